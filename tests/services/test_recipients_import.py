"""Importing recipients: encodings, delimiters, headers, the phone column, batches, cancel, export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.domain.numbers import Problem, clean_numbers
from app.services.recipients_import import (
    CancelToken,
    ImportCancelled,
    ImportProblem,
    NumberCleaner,
    RecipientsImporter,
    export_invalid,
    read_table,
)

ROWS = [
    ("Benoît Dupré", "0470 12 34 56", "Liège"),
    ("Zoë Müller", "+33 6 12 34 56 78", "Besançon"),
    ("Jan Peeters", "0032.470.12.34.56", "Gent"),
    ("Anaïs Bœuf", "04701234ab", "Namur"),
    ("Hélène", "", "Mons"),
    ("Sven", "02 555 12 34", "Brussel"),
]


def write_text(path: Path, header: list[str] | None, rows: list[tuple[str, ...]], delimiter: str,
               encoding: str) -> Path:
    lines = ([delimiter.join(header)] if header else []) + [delimiter.join(r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "delimiter", "header"),
    [
        ("cp1252", ";", ["Nom", "Téléphone", "Ville"]),
        ("utf-16", "\t", ["Naam", "GSM-nummer", "Gemeente"]),
        ("utf-8-sig", ",", ["Name", "Phone number", "City"]),
        ("utf-8", "|", ["Name", "Telefon", "Stadt"]),
    ],
)
@pytest.mark.asyncio
async def test_csv_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str,
                                            header: list[str]) -> None:
    path = write_text(tmp_path / "list.csv", header, ROWS, delimiter, encoding)
    importer = RecipientsImporter()
    result = await importer.import_file(path, "BE")
    table = result.table
    assert table.delimiter == delimiter
    assert table.headers == header
    assert table.proposal.index == 1 and table.proposal.certain
    assert [row[0] for row in table.rows] == [r[0] for r in ROWS]  # accents decoded right
    assert result.entries == ["0470 12 34 56", "+33 6 12 34 56 78", "0032.470.12.34.56",
                              "04701234ab", "02 555 12 34"]
    assert result.rows == [2, 3, 4, 5, 7]
    report = result.report
    assert [p.e164 for p in report.valid] == ["+32470123456", "+33612345678", "+3225551234"]
    assert [(p.original, p.problem) for p in report.invalid] == [("04701234ab", Problem.LETTERS.value)]
    assert (report.duplicates, report.total, report.per_country) == (1, 5, {"BE": 2, "FR": 1})


def test_one_number_per_line_without_header(tmp_path: Path) -> None:
    path = tmp_path / "numbers.txt"
    path.write_text("0470 12 34 56\n0471 98 76 54\n\n+33 6 12 34 56 78\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers is None and table.delimiter is None and table.first_row == 1
    assert table.proposal.index == 0 and table.proposal.certain
    assert table.entries(0) == (["0470 12 34 56", "0471 98 76 54", "+33 6 12 34 56 78"], [1, 2, 3])


def test_two_phone_columns_ask_the_user(tmp_path: Path) -> None:
    rows = [("Ann", "0470 12 34 56", "02 555 12 34"), ("Bob", "0471 98 76 54", "02 555 12 35")]
    path = write_text(tmp_path / "two.csv", ["Name", "Phone", "Telephone"], rows, ";", "utf-8")
    proposal = read_table(path).proposal
    assert proposal.index in (1, 2) and not proposal.certain
    assert set(proposal.candidates) == {1, 2}


def test_phone_column_found_by_content_without_header(tmp_path: Path) -> None:
    rows = [("Ann", "Brussel", "0470 12 34 56"), ("Bob", "Gent", "0471 98 76 54")]
    table = read_table(write_text(tmp_path / "plain.csv", None, rows, ",", "utf-8"))
    assert table.headers is None and table.proposal.index == 2 and table.proposal.certain


@pytest.mark.asyncio
async def test_xlsx_with_numeric_cells_and_chosen_column(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Contacts"
    sheet.append(["Naam", "Mobiel", "Vast"])
    sheet.append(["Ann", 32470123456, "02 555 12 34"])
    sheet.append(["Bob", "0471 98 76 54", None])
    sheet.append(["Cas", "nope", "02 555 12 35"])
    sheet.append(["Dirk", 470123456.0, None])
    path = tmp_path / "contacts.xlsx"
    workbook.save(path)

    importer = RecipientsImporter()
    result = await importer.import_file(path, "BE")
    assert result.table.sheet == "Contacts" and result.table.headers == ["Naam", "Mobiel", "Vast"]
    assert result.column == 1 and result.table.proposal.certain
    assert result.entries == ["32470123456", "0471 98 76 54", "nope", "470123456"]
    assert [p.e164 for p in result.report.valid] == ["+32470123456", "+32471987654"]
    assert [(p.original, p.problem) for p in result.report.invalid] == [("nope", Problem.LETTERS.value)]
    assert result.report.duplicates == 1

    other = await importer.parse_column(result.table, 2, "BE")
    assert [p.e164 for p in other.report.valid] == ["+3225551234", "+3225551235"]
    assert other.rows == [2, 4]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "The file is empty."),
        ("blank.csv", b"  \r\n\r\n", "The file is empty."),
        ("picture.csv", bytes(range(256)) * 40, "not a text (CSV) file"),
        ("names.csv", "Name;City\nAnn;Gent\nBob;Liège\n".encode(), "No column in this file looks like"),
        ("only-header.csv", b"Name;Phone\n", "header row but no numbers"),
        ("broken.xlsx", b"PK\x03\x04 this is not really a zip", "This Excel file cannot be read"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "old Excel file (.xls)"),
    ],
)
def test_malformed_files_say_why(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportProblem) as caught:
        read_table(path)
    assert message in caught.value.message
    assert path.read_bytes() == content  # nothing lost or changed


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem, match="not found"):
        read_table(tmp_path / "gone.csv")


@pytest.mark.asyncio
async def test_batches_report_progress_and_match_the_domain() -> None:
    entries = [f"04{70 + i % 30} {i:06d}" for i in range(4500)] + ["bad", "0471 000001"]
    seen: list[tuple[int, int]] = []
    cleaner = NumberCleaner(batch_size=1000)
    report = await cleaner.clean(entries, "BE", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(entries), len(entries)) and len(seen) >= 3
    expected = clean_numbers(entries, "BE")
    assert report.valid == expected.valid and report.invalid == expected.invalid
    assert report.duplicates == expected.duplicates == 1


@pytest.mark.asyncio
async def test_worker_processes_give_the_same_answer() -> None:
    entries = [f"+32 47{i % 10} {i:06d}" for i in range(3000)] + ["12"]
    cleaner = NumberCleaner(workers=2, process_threshold=1000, batch_size=500)
    try:
        report = await cleaner.clean(entries, "BE")
    finally:
        cleaner.close()
    expected = clean_numbers(entries, "BE")
    assert report.valid == expected.valid and report.invalid == expected.invalid


@pytest.mark.asyncio
async def test_cancel_stops_between_batches() -> None:
    token = CancelToken()
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        token.cancel()

    cleaner = NumberCleaner(batch_size=500)
    with pytest.raises(ImportCancelled):
        await cleaner.clean([f"0470 {i:06d}" for i in range(5000)], "BE", progress, token)
    assert calls == [500]


def test_export_invalid_round_trips(tmp_path: Path) -> None:
    report = clean_numbers(["0470 12 34 56", "04701234ab", "12, 'quoted'"], "BE")
    target = export_invalid(report.invalid, tmp_path / "invalid", rows=[3, 9])
    assert target.name == "invalid.csv"
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["number as entered", "problem", "country", "row in file"],
        ["04701234ab", Problem.LETTERS.value, "", "3"],
        ["12, 'quoted'", Problem.LETTERS.value, "", "9"],
    ]
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_to_missing_folder_says_why(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem, match="could not be saved"):
        export_invalid([], tmp_path / "nowhere" / "x.csv")
