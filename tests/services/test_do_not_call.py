"""The do-not-call list on a real SQLite file: add what people type, import odd files, remove and
put back, export and read back, plain words when saving fails, and 100,000 numbers."""

from __future__ import annotations

import csv
import errno
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.services.do_not_call import (
    EXPORT_HEADER,
    DoNotCallProblem,
    _save_problem,
    DoNotCallService,
    readable_number,
    write_export,
)
from app.services.recipients_import import (
    CancelToken,
    ImportCancelled,
    NumberCleaner,
    RecipientsImporter,
)
from app.services.store import DoNotCallEntry, Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "voicedesk.sqlite3")
    yield s
    s.close()


@pytest.fixture
def service(store: Store) -> Iterator[DoNotCallService]:
    s = DoNotCallService(store, RecipientsImporter(NumberCleaner(batch_size=500, process_threshold=5_000)))
    yield s
    s.close()


@pytest.mark.asyncio
async def test_store_removes_with_notes_and_dates_and_puts_them_back(store: Store) -> None:
    await store.add_do_not_call(["+32470000001", "+32470000002"], note="asked by phone")
    await store.add_do_not_call(["+32470000003"])
    before = await store.list_do_not_call()
    assert await store.count_do_not_call() == 3

    taken = await store.take_do_not_call(["+32470000001", "+32470000003", "+32479999999"])
    assert sorted(e.number for e in taken) == ["+32470000001", "+32470000003"]
    assert {e.number: e.note for e in taken} == {"+32470000001": "asked by phone", "+32470000003": ""}
    assert [e.number for e in await store.list_do_not_call()] == ["+32470000002"]
    assert await store.count_do_not_call() == 1

    assert await store.add_do_not_call_entries(taken) == 2
    assert await store.add_do_not_call_entries(taken) == 0  # already back: nothing twice
    assert await store.list_do_not_call() == before  # same notes, same dates


@pytest.mark.asyncio
async def test_store_takes_more_numbers_than_one_query_holds(store: Store) -> None:
    numbers = [f"+3247{i:07d}" for i in range(1_200)]
    await store.add_do_not_call(numbers)
    taken = await store.take_do_not_call(numbers[:1_100] + ["+32479999999"])
    assert len(taken) == 1_100
    assert await store.count_do_not_call() == 100


@pytest.mark.asyncio
async def test_adding_a_messy_paste_says_what_happened(service: DoNotCallService, store: Store) -> None:
    await store.add_do_not_call(["+32470123456"])
    outcome = await service.add_text(
        "0470 12 34 56; +32 471 98 76 54\n0032 472 11 22 33, abc | 12\t+33 6 12 34 56 78\n0471987654",
        "BE", note="  asked not to be called ")
    assert (outcome.added, outcome.already_listed, outcome.repeated) == (3, 1, 1)
    assert [(i.original, i.problem) for i in outcome.invalid] == [("abc", "Contains letters"), ("12", "Too few digits")]
    entries = {e.number: e.note for e in await store.list_do_not_call()}
    assert entries == {"+32470123456": "", "+32471987654": "asked not to be called",
                       "+32472112233": "asked not to be called", "+33612345678": "asked not to be called"}


@pytest.mark.asyncio
async def test_the_default_country_reads_national_numbers(service: DoNotCallService, store: Store) -> None:
    outcome = await service.add_text("06 12 34 56 78", "FR")
    assert outcome.added == 1
    assert [e.number for e in await store.list_do_not_call()] == ["+33612345678"]


@pytest.mark.asyncio
async def test_import_a_semicolon_windows_1252_file(service: DoNotCallService, store: Store, tmp_path: Path) -> None:
    path = tmp_path / "opt-out.csv"
    path.write_bytes("Nom;Téléphone;Remarque\r\nFrançois Hélène;0470 12 34 56;né à Liège\r\n"
                     "Zoë Müller;+32 471 98 76 54;\r\nAndré;pas de numéro;\r\n".encode("cp1252"))
    table = await service.read_file(path)
    assert table.encoding == "cp1252" and table.delimiter == ";" and table.proposal.certain
    outcome = await service.import_column(table, table.proposal.index or 0, "BE", note="From the town hall")
    assert (outcome.added, outcome.already_listed) == (2, 0)
    assert [i.original for i in outcome.invalid] == ["pas de numéro"]
    assert [(e.number, e.note) for e in await store.list_do_not_call()] == [
        ("+32470123456", "From the town hall"), ("+32471987654", "From the town hall")]


@pytest.mark.asyncio
async def test_a_cancelled_import_adds_nothing(service: DoNotCallService, store: Store, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("phone\n" + "".join(f"+3247{i:07d}\n" for i in range(3_000)))
    table = await service.read_file(path)
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        token.cancel()

    with pytest.raises(ImportCancelled):
        await service.import_column(table, 0, "BE", progress=progress, cancel=token)
    assert seen and await store.count_do_not_call() == 0


@pytest.mark.asyncio
async def test_export_then_import_the_file_again(service: DoNotCallService, store: Store, tmp_path: Path) -> None:
    await service.add_text("0470 12 34 56, +33 6 12 34 56 78", "BE", note='said "never", twice')
    target, count = await service.export_csv(tmp_path / "list")
    assert target == tmp_path / "list.csv" and count == 2
    assert not list(tmp_path.glob(".*.tmp"))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(EXPORT_HEADER)
    assert [(r[0], r[2]) for r in rows[1:]] == [("+32470123456", 'said "never", twice'),
                                                ("+33612345678", 'said "never", twice')]
    assert datetime.strptime(rows[1][1], "%Y-%m-%d %H:%M")  # a date a spreadsheet reads

    await store.take_do_not_call(["+32470123456", "+33612345678"])
    table = await service.read_file(target)
    assert table.proposal.certain  # our own export needs no column picker
    outcome = await service.import_column(table, table.proposal.index or 0, "BE")
    assert outcome.added == 2 and not outcome.invalid


@pytest.mark.asyncio
async def test_export_failures_are_plain_words_and_keep_the_old_file(service: DoNotCallService, tmp_path: Path) -> None:
    await service.add_text("0470 12 34 56", "BE")
    with pytest.raises(DoNotCallProblem) as missing:
        await service.export_csv(tmp_path / "gone" / "list.csv")
    assert missing.value.message == "This folder does not exist any more. Choose another folder."
    folder = tmp_path / "a folder.csv"
    folder.mkdir()
    (folder / "x").write_text("keep")
    with pytest.raises(DoNotCallProblem) as directory:
        await service.export_csv(folder)
    assert "Choose" in directory.value.message and (folder / "x").read_text() == "keep"
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "The disk is full, so the list could not be saved. Free some space and try again."),
        (errno.EACCES, "VoiceDesk is not allowed to save in this folder. Choose another folder."),
        (errno.EROFS, "VoiceDesk is not allowed to save in this folder. Choose another folder."),
    ],
)
def test_a_full_disk_or_a_locked_folder_is_said_in_plain_words(code: int, words: str) -> None:
    problem = _save_problem(OSError(code, "the system's words"))
    assert problem.message == words and "the system's words" in problem.detail


def test_a_failed_export_keeps_the_previous_file(tmp_path: Path) -> None:
    old = tmp_path / "list.csv"
    old.write_text("the previous export")
    (tmp_path / ".list.csv.tmp").mkdir()  # the temporary file cannot be written
    entry = DoNotCallEntry("+32470123456", "", datetime.now(UTC))
    with pytest.raises(DoNotCallProblem):
        write_export([entry], old)
    assert old.read_text() == "the previous export"


def test_numbers_are_shown_readably() -> None:
    assert readable_number("+32470123456") == ("+32 470 12 34 56", "BE")
    assert readable_number("+33612345678") == ("+33 6 12 34 56 78", "FR")
    assert readable_number("not a number") == ("not a number", None)


@pytest.mark.asyncio
async def test_a_hundred_thousand_numbers(service: DoNotCallService, store: Store) -> None:
    text = "\n".join(f"+3247{i:07d}" for i in range(100_000))
    started = time.monotonic()
    outcome = await service.add_text(text, "BE")
    assert outcome.added == 100_000
    entries = await service.entries()
    assert len(entries) == 100_000 and await service.count() == 100_000
    assert await store.do_not_call_contains(["+32470099999", "+32480000000"]) == {"+32470099999"}
    print(f"100,000 numbers added and read back in {time.monotonic() - started:.1f} s")
