"""Import recipients from CSV and Excel files and validate big lists off the event loop (no Qt).

Reading detects encoding (BOM, UTF-8, then charset-normalizer), delimiter (csv.Sniffer, checked
against consistent column counts) and a header row, and proposes the phone column by header name
(English, French, Dutch, German) and by content. Parsing runs in batches in worker processes
(both cores) for large lists, reporting progress and honouring a cancel token between batches.
"""

from __future__ import annotations

import asyncio
import codecs
import csv
import gc
import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property, partial
from multiprocessing import get_context
from pathlib import Path

from app.domain.numbers import NumberReport, ParsedNumber, ReportBuilder, build_report, parse_many

Progress = Callable[[int, int], None]

_MAX_BYTES = 200 * 1024 * 1024
_SAMPLE_ROWS = 200
_STEP_ROWS = 4_000  # rows handled between two turns of the event loop
_PHONE_LIKE = re.compile(r"\+?\d{6,17}")
_STRIP = str.maketrans("", "", " .-()/\u00a0")
_LETTERS = re.compile(r"[^\W\d_]")


class ImportProblem(Exception):
    """A file could not be imported; `message` says why in plain words, nothing was changed."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class ImportCancelled(Exception):
    """The user cancelled a long import or validation."""


class CancelToken:
    """Set by the caller to stop work between batches."""

    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        """Ask the work to stop at the next batch."""
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._cancelled


@dataclass(frozen=True)
class ColumnProposal:
    """Which column probably holds the numbers, whether that is obvious, and the other candidates."""

    index: int | None
    certain: bool
    candidates: tuple[int, ...] = ()


@dataclass
class Table:
    """A file read into text cells, with its detected format and the proposed phone column."""

    path: Path
    rows: list[tuple[str, ...]]
    headers: list[str] | None
    first_row: int  # the file's row number (1-based) of rows[0]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    proposal: ColumnProposal = field(default_factory=lambda: ColumnProposal(None, False))
    _columns: int | None = field(default=None, repr=False, compare=False)

    @property
    def column_count(self) -> int:
        """The widest row's number of cells (counted once)."""
        if self._columns is None:
            self._columns = max(map(len, self.rows), default=0)
        return self._columns

    def column_names(self) -> list[str]:
        """Header texts, or '' for columns without one."""
        names = list(self.headers or [])
        return names + [""] * (self.column_count - len(names))

    def sample(self, column: int, size: int = 5) -> list[str]:
        """The first non-empty cells of a column (to show in a column picker)."""
        cells = (row[column].strip() for row in self.rows if column < len(row))
        return [cell for cell in cells if cell][:size]

    def entries(self, column: int) -> tuple[list[str], list[int]]:
        """The non-empty cells of a column and the file row number of each."""
        values: list[str] = []
        numbers: list[int] = []
        for offset, row in enumerate(self.rows):
            if column < len(row) and row[column].strip():
                values.append(row[column].strip())
                numbers.append(self.first_row + offset)
        return values, numbers


@dataclass
class ImportResult:
    """The numbers taken from one column of a file, validated."""

    table: Table
    column: int
    entries: list[str]
    rows: list[int]
    parsed: list[ParsedNumber]

    @cached_property
    def report(self) -> NumberReport:
        """The report of this column alone (built on first use)."""
        return build_report(self.parsed)


# --- reading -----------------------------------------------------------------------------------

def _decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: BOMs first, then strict UTF-8, then charset-normalizer."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16"), (codecs.BOM_UTF32_LE, "utf-32")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:1_000_000] if len(data) > 1_000_000 else data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise ImportProblem("This file is not a text (CSV) file that VoiceDesk can read.")
    # our users write Western European languages: when Windows-1252 reads the bytes as well as
    # the winner (often cp1250 for French names), trust Windows-1252
    western = next((m for m in matches if m.encoding == "cp1252"), None)
    if western is not None and western.chaos <= best.chaos + 0.01 and (
        western.coherence >= best.coherence - 0.05
    ):
        best = western
    if best.encoding is None:  # pragma: no cover
        raise ImportProblem("This file is not a text (CSV) file that VoiceDesk can read.")
    try:
        return data.decode(best.encoding, errors="replace"), best.encoding
    except LookupError as exc:  # pragma: no cover - charset-normalizer names are Python codecs
        raise ImportProblem("This file is not a text (CSV) file that VoiceDesk can read.") from exc


def _consistency(sample: str, delimiter: str) -> tuple[int, float]:
    """(column count, share of rows with exactly that many cells) for a delimiter."""
    counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row]
    if not counts:
        return 1, 0.0
    mode = max(set(counts), key=counts.count)
    return mode, counts.count(mode) / len(counts)


def _detect_delimiter(text: str) -> str | None:
    """The delimiter of CSV text, or None for one value per line."""
    sample = "\n".join(text[:50_000].splitlines()[:100])
    candidates = ";,\t|"
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=candidates).delimiter
    except csv.Error:
        sniffed = None
    scored: list[tuple[float, int, str]] = []
    for delimiter in candidates:
        columns, share = _consistency(sample, delimiter)
        if columns > 1 and share >= 0.8:
            scored.append((share + (0.01 if delimiter == sniffed else 0.0), columns, delimiter))
    if not scored:
        return None
    return max(scored)[2]


def _looks_phone(cell: str) -> bool:
    """True when a cell looks like a phone number (6 to 17 digits and punctuation)."""
    return _PHONE_LIKE.fullmatch(cell.strip().translate(_STRIP)) is not None


def _split_header(rows: list[tuple[str, ...]]) -> tuple[list[str] | None, list[tuple[str, ...]], int]:
    """(headers, data rows, first data row number): the first row is a header when it has words
    and nothing that looks like a phone number."""
    if not rows:
        return None, rows, 1
    first = rows[0]
    has_words = any(_LETTERS.search(cell) for cell in first)
    if has_words and not any(_looks_phone(cell) for cell in first):
        return [cell.strip() for cell in first], rows[1:], 2
    return None, rows, 1


def _read_csv(path: Path, data: bytes) -> Generator[None, None, Table]:
    """Parse CSV bytes into a table, pausing (yield) every few thousand rows."""
    if b"\x00" in data[:4096] and not data[:4].startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportProblem("This file is not a text (CSV) file that VoiceDesk can read.") from None
    text, encoding = _decode(data)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ImportProblem("The file is empty.")
    if sum(1 for ch in text[:4096] if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\r\n\t")) > 40:
        raise ImportProblem("This file is not a text (CSV) file that VoiceDesk can read.")
    delimiter = _detect_delimiter(text)
    yield
    rows: list[tuple[str, ...]] = []
    lines = text.splitlines() if delimiter is None else csv.reader(io.StringIO(text), delimiter=delimiter)
    for count, line in enumerate(lines, 1):
        row = (line,) if delimiter is None else tuple(line)
        if any(cell.strip() for cell in row):
            rows.append(row)  # tuples of strings leave the garbage collector's tracking
        if count % _STEP_ROWS == 0:
            yield
    headers, body, first = _split_header(rows)
    return Table(path, body, headers, first, encoding=encoding, delimiter=delimiter)


def _cell_text(value: object) -> str:
    """An Excel cell as text; whole-number floats lose their '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path) -> Generator[None, None, Table]:
    """Read the first non-empty worksheet of an .xlsx file (read-only mode), pausing now and then."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    unreadable = (
        "This Excel file cannot be read. Open it in Excel and save it again as .xlsx or CSV."
    )
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ImportProblem(unreadable, str(exc)) from exc
    try:
        for sheet in workbook.worksheets:
            rows: list[tuple[str, ...]] = []
            for count, values in enumerate(sheet.iter_rows(values_only=True), 1):
                row = tuple(_cell_text(value) for value in values)
                if any(cell.strip() for cell in row):
                    rows.append(row)
                if count % (_STEP_ROWS // 4) == 0:
                    yield
            if rows:
                headers, body, first = _split_header(rows)
                return Table(path, body, headers, first, sheet=sheet.title)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise ImportProblem(unreadable, str(exc)) from exc
    finally:
        workbook.close()
    raise ImportProblem("The file is empty.")


def _read_steps(path: Path, data: bytes | None) -> Generator[None, None, Table]:
    """Read a file (its bytes already read for CSV) step by step; returns the table."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportProblem(
            "This is an old Excel file (.xls). Open it in Excel and save it as .xlsx or CSV."
        )
    try:
        if data is None:
            data = _read_bytes(path)
        if suffix in (".xlsx", ".xlsm") or data.startswith(b"PK\x03\x04"):
            table = yield from _read_xlsx(path)
        elif not data.strip():
            raise ImportProblem("The file is empty.")
        else:
            table = yield from _read_csv(path, data)
    except PermissionError as exc:
        raise ImportProblem("VoiceDesk is not allowed to read this file.", str(exc)) from exc
    if not table.rows:
        raise ImportProblem("The file has a header row but no numbers under it.")
    table.proposal = propose_phone_column(table)
    if table.proposal.index is None:
        raise ImportProblem("No column in this file looks like phone numbers.")
    return table


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, with plain-words errors (blocking I/O)."""
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise ImportProblem("This file is too large to import (more than 200 MB).")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportProblem("The file was not found. It may have been moved or deleted.") from exc
    except PermissionError as exc:
        raise ImportProblem("VoiceDesk is not allowed to read this file.", str(exc)) from exc
    except IsADirectoryError as exc:
        raise ImportProblem("This is a folder, not a file.") from exc


def read_table(path: Path | str) -> Table:
    """Read a CSV or .xlsx file and propose its phone column (blocking)."""
    steps = _read_steps(Path(path), None)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


async def read_table_async(path: Path | str) -> Table:
    """Read a file without holding the event loop: the bytes in a thread, then the rows a slice
    per loop turn (a few milliseconds each), so no other thread fights the GUI for the GIL."""
    path = Path(path)
    data = None if path.suffix.lower() in (".xlsx", ".xlsm", ".xls") else (
        await asyncio.get_running_loop().run_in_executor(None, _read_bytes, path))
    steps = _read_steps(path, data)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value
        await asyncio.sleep(0)


# --- the phone column --------------------------------------------------------------------------

_STRONG_NAMES = {
    "phone", "phonenumber", "telephone", "telephonenumber", "tel", "mobile", "mobilenumber",
    "mobilephone", "cell", "cellphone", "gsm", "msisdn", "telefoon", "telefoonnummer", "mobiel",
    "mobielnummer", "gsmnummer", "gsmnr", "telnr", "numerodetelephone", "numerotelephone",
    "portable", "numeroportable", "telefon", "telefonnummer", "handy", "handynummer", "mobil",
    "mobilnummer", "mobiltelefon", "rufnummer", "phoneno", "tel1", "phone1",
}
_WEAK_WORDS = ("phone", "tel", "gsm", "mobil", "mobiel", "portable", "handy", "cell", "ruf")
_NUMBER_WORDS = ("number", "numero", "nummer", "num", "nr", "no")


def _header_score(name: str) -> int:
    """3 for a phone header (en/fr/nl/de), 2 when it contains a phone word, 1 for 'number'."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = re.sub(r"[^a-z0-9]", "", plain)
    if not plain:
        return 0
    if plain in _STRONG_NAMES:
        return 3
    if any(word in plain for word in _WEAK_WORDS):
        return 2
    if plain in _NUMBER_WORDS or plain.startswith(_NUMBER_WORDS[:3]):
        return 1
    return 0


def propose_phone_column(table: Table) -> ColumnProposal:
    """The column that holds the numbers: by header name, then by how many cells look like numbers."""
    columns = table.column_count
    sample = table.rows[:_SAMPLE_ROWS]
    shares: list[float] = []
    for index in range(columns):
        cells = [row[index] for row in sample if index < len(row) and row[index].strip()]
        shares.append(sum(_looks_phone(c) for c in cells) / len(cells) if cells else 0.0)
    names = table.column_names()
    scores = [_header_score(name) for name in names]
    phone_like = [i for i in range(columns) if shares[i] >= 0.5]
    candidates = tuple(sorted(phone_like, key=lambda i: (-scores[i], -shares[i])))
    if not candidates:
        named = [i for i in range(columns) if scores[i] >= 2 and shares[i] > 0]
        if named:
            return ColumnProposal(named[0], False, tuple(named))
        return ColumnProposal(None, False, ())
    best = candidates[0]
    if len(candidates) == 1:
        return ColumnProposal(best, True, candidates)
    rivals = [i for i in candidates[1:] if scores[i] == scores[best]]
    certain = not rivals and scores[best] >= 2
    return ColumnProposal(best, certain, candidates)


# --- parsing in batches ------------------------------------------------------------------------

def _parse_batch(entries: list[str], region: str) -> list[tuple[str | None, ...]]:
    """Worker: each entry parsed, as plain tuples (cheap to send back between processes)."""
    return [tuple(p) for p in parse_many(entries, region)]


_as_parsed = partial(tuple.__new__, ParsedNumber)  # plain tuple -> ParsedNumber, at C speed


def _lower_priority() -> None:
    """Worker start-up: yield the CPU to the GUI process when both compete for it."""
    try:
        os.nice(5)
    except (AttributeError, OSError):  # pragma: no cover - Windows has no nice()
        pass


class PausedGarbageCollector:
    """Pauses Python's cyclic garbage collector while big lists are built (nesting-safe).

    Each full collection walks every tracked object: with 100,000 ParsedNumbers alive it takes
    50 to 170 ms, a visible freeze, and building the list triggers several. The bulk work makes
    no reference cycles, so collection waits (Mercurial's `util.nogc` does the same); at the end
    the survivors, long-lived by nature, are moved out of the collector's way with gc.freeze()
    (they are still freed by reference counting when the list is dropped)."""

    _depth = 0
    _was_enabled = True

    def __enter__(self) -> PausedGarbageCollector:
        cls = type(self)
        if cls._depth == 0:
            cls._was_enabled = gc.isenabled()
            gc.disable()
        cls._depth += 1
        return self

    def __exit__(self, *_exc: object) -> None:
        cls = type(self)
        cls._depth -= 1
        if cls._depth == 0:
            gc.freeze()
            if cls._was_enabled:
                gc.enable()


class NumberCleaner:
    """Validates lists in batches: small ones in a thread, large ones in worker processes."""

    def __init__(self, *, workers: int | None = None, process_threshold: int = 20_000,
                 batch_size: int = 5_000) -> None:
        self._workers = workers or max(1, min(4, os.cpu_count() or 1))
        self._threshold = process_threshold
        self._batch = batch_size
        self._pool: ProcessPoolExecutor | None = None

    def _process_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self._workers, mp_context=get_context("spawn"),
                                             initializer=_lower_priority)
        return self._pool

    async def warm_up(self) -> None:
        """Start the worker processes now (so the first big import does not wait for them)."""
        loop = asyncio.get_running_loop()
        pool = self._process_pool()
        await asyncio.gather(*(loop.run_in_executor(pool, _parse_batch, ["0"], "BE")
                               for _ in range(self._workers)))

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    async def parse(self, entries: Sequence[str], default_country: str,
                    progress: Progress | None = None,
                    cancel: CancelToken | None = None,
                    on_batch: Callable[[list[ParsedNumber]], None] | None = None,
                    ) -> list[ParsedNumber]:
        """Parse entries in order, in batches, reporting (done, total) after each batch and
        handing each parsed batch to `on_batch` (to fold it while the workers go on)."""
        total = len(entries)
        region = default_country.upper()
        loop = asyncio.get_running_loop()
        executor: Executor | None = self._process_pool() if total >= self._threshold else None
        size = self._batch if executor is not None else min(self._batch, 2_000)
        batches = [list(entries[i:i + size]) for i in range(0, total, size)]
        futures = [loop.run_in_executor(executor, _parse_batch, batch, region) for batch in batches]
        parsed: list[ParsedNumber] = []
        try:
            for future in futures:
                if cancel is not None and cancel.cancelled:
                    raise ImportCancelled
                batch = list(map(_as_parsed, await future))
                parsed += batch
                if on_batch is not None:
                    on_batch(batch)
                if progress is not None:
                    progress(len(parsed), total)
            if cancel is not None and cancel.cancelled:
                raise ImportCancelled
        except BaseException:
            for future in futures:
                future.cancel()
            raise
        if progress is not None and total == 0:
            progress(0, 0)
        return parsed

    async def clean(self, entries: Sequence[str], default_country: str,
                    progress: Progress | None = None,
                    cancel: CancelToken | None = None) -> NumberReport:
        """Parse and fold into a report (see `app.domain.numbers.clean_numbers`)."""
        builder = ReportBuilder()
        await self.parse(entries, default_country, progress, cancel, builder.add)
        return builder.report()


class RecipientsImporter:
    """Reads a file off the loop, then validates the chosen column with a NumberCleaner."""

    def __init__(self, cleaner: NumberCleaner | None = None) -> None:
        self.cleaner = cleaner or NumberCleaner()

    async def read(self, path: Path | str) -> Table:
        """Read a file and propose its phone column (raises ImportProblem in plain words)."""
        return await read_table_async(path)

    async def column_entries(self, table: Table, column: int) -> tuple[list[str], list[int]]:
        """The non-empty cells of a column and their file rows, a slice per loop turn."""
        if not 0 <= column < table.column_count:
            raise ImportProblem("This column does not exist in the file.")
        entries: list[str] = []
        rows: list[int] = []
        for start in range(0, len(table.rows), _STEP_ROWS):
            part = Table(table.path, table.rows[start:start + _STEP_ROWS], None, table.first_row + start)
            values, numbers = part.entries(column)
            entries += values
            rows += numbers
            await asyncio.sleep(0)
        if not entries:
            raise ImportProblem("This column is empty.")
        return entries, rows

    async def parse_column(self, table: Table, column: int, default_country: str,
                           progress: Progress | None = None,
                           cancel: CancelToken | None = None) -> ImportResult:
        """Validate one column of a table that was read."""
        entries, rows = await self.column_entries(table, column)
        parsed = await self.cleaner.parse(entries, default_country, progress, cancel)
        return ImportResult(table, column, entries, rows, parsed)

    async def import_file(self, path: Path | str, default_country: str, column: int | None = None,
                          progress: Progress | None = None,
                          cancel: CancelToken | None = None) -> ImportResult:
        """Read and validate in one go, using `column` or the proposed one."""
        table = await self.read(path)
        chosen = table.proposal.index if column is None else column
        assert chosen is not None  # read() raises when no column looks like numbers
        return await self.parse_column(table, chosen, default_country, progress, cancel)

    def close(self) -> None:
        """Stop worker processes."""
        self.cleaner.close()


# --- export ------------------------------------------------------------------------------------

def export_invalid(items: Sequence[ParsedNumber], path: Path | str,
                   rows: Sequence[int | None] | None = None) -> Path:
    """Write invalid entries (original text, reason, file row when known) as CSV, atomically."""
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(".csv")
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            header = ["number as entered", "problem", "country"]
            if rows is not None:
                header.append("row in file")
            writer.writerow(header)
            for index, item in enumerate(items):
                line = [item.original, item.problem or "", item.country or ""]
                if rows is not None:
                    row = rows[index] if index < len(rows) else None
                    line.append("" if row is None else str(row))
                writer.writerow(line)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ImportProblem("The list could not be saved there. Choose another folder.",
                            str(exc)) from exc
    return target
