"""The Recipients step's state and async work: the typed text, validation, file import, fixes.

The raw text lives in an `Audience` (bound by the app owner to the open draft). Validation is
debounced, reuses earlier results for entries already seen, and runs big lists off the GUI
thread through the NumberCleaner (threads or worker processes).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

import phonenumbers
from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.numbers import NumberReport, ParsedNumber, ReportBuilder, entry_spans
from app.domain.recipients import Audience
from app.services.recipients_import import (
    CancelToken,
    ImportCancelled,
    ImportProblem,
    ImportResult,
    PausedGarbageCollector,
    RecipientsImporter,
    Table,
    export_invalid,
)
from app.ui.country_names import country_name
from app.ui.models.recipients_model import RecipientsTableModel
from app.ui.tasks import TaskRunner

_SEPARATOR_CHARS = re.compile(r"[\n\r,;\t|]")
_LONG_CELL = re.compile(r"[^\x00]{18,}")
_DIGITS = re.compile(r"\d")
_INLINE_CHARS = 20_000  # below this, splitting and folding run inline (well under a millisecond each)


def _plan(text: str, cache: dict[str, ParsedNumber]) -> tuple[list[str], list[str]]:
    """The entries of the text and the distinct ones not parsed yet."""
    entries = [text[a:b] for a, b in entry_spans(text)]
    missing = list(dict.fromkeys(e for e in entries if e not in cache))
    return entries, missing


def _all_single_entries(cells: list[str]) -> bool:
    """True when each cell is exactly one entry of the text: no separator inside and not two
    numbers typed on one line (more than 17 digits); one regex pass over all cells."""
    joined = "\x00".join(cells)
    if _SEPARATOR_CHARS.search(joined) is not None:
        return False
    return not any(len(_DIGITS.findall(m.group())) > 17 for m in _LONG_CELL.finditer(joined))


def _cache_of(cache: dict[str, ParsedNumber], parsed: list[ParsedNumber]) -> dict[str, ParsedNumber]:
    """A parse cache that also knows these results (the cache wins for entries in both)."""
    return {**{item.original: item for item in parsed}, **cache}


def _assemble(entries: list[str], cache: dict[str, ParsedNumber]) -> tuple[list[ParsedNumber], NumberReport]:
    """Parsed entries in order and their report."""
    parsed = [cache[e] for e in entries]
    builder = ReportBuilder()
    builder.add(parsed)
    return parsed, builder.report()


class RecipientsViewModel(QObject):
    """Holds the Recipients step: text, default country, report, invalid rows, imports."""

    audience_changed = Signal(object)  # an updated Audience, for the open draft
    text_replaced = Signal(str)  # the whole text changed here (draft loaded, a fix)
    text_appended = Signal(str)  # text added at the end (an import); the page appends it
    default_country_changed = Signal(str)
    report_changed = Signal(object)  # NumberReport
    busy_changed = Signal(bool)
    progress_changed = Signal(int, int)  # done, total
    column_choice_needed = Signal(object)  # Table: the phone column is not obvious
    import_finished = Signal(object)  # ImportResult
    import_cancelled = Signal()
    error_occurred = Signal(str, str)  # plain-words message, details

    def __init__(self, importer: RecipientsImporter, tasks: TaskRunner | None = None,
                 debounce_ms: int = 300, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._importer = importer
        self._tasks = tasks or TaskRunner(self)
        self._audience = Audience()
        self._report = NumberReport()
        self._parsed: list[ParsedNumber] = []
        self._validated_text = ""
        self._cache: dict[str, ParsedNumber] = {}
        self._imports: list[tuple[list[str], list[int]]] = []  # entries and file rows, for the export
        self._cache_stale = False  # True when `_parsed` holds results the cache lacks
        self._loaded = False
        self._generation = 0
        self._busy = 0
        self._token: CancelToken | None = None
        self.invalid_model = RecipientsTableModel(editable=True, parent=self)
        self.invalid_model.edit_requested.connect(self.fix_entry)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.validate_later)

    # --- state -------------------------------------------------------------------------------
    def audience(self) -> Audience:
        """The Audience as edited here."""
        return self._audience

    def text(self) -> str:
        """The raw numbers text."""
        return self._audience.numbers_text

    def default_country(self) -> str:
        """ISO alpha-2 code used for numbers written without a country code."""
        return self._audience.default_country

    def report(self) -> NumberReport:
        """The report of the last finished validation."""
        return self._report

    def parsed(self) -> list[ParsedNumber]:
        """Every entry of the text, parsed, in order (from the last finished validation)."""
        return self._parsed

    @property
    def busy(self) -> bool:
        """True while a validation or import runs."""
        return self._busy > 0

    @property
    def cancellable(self) -> bool:
        """True while an import runs that cancel() can stop."""
        return self._token is not None

    @property
    def validation_pending(self) -> bool:
        """True while a debounced validation waits to start."""
        return self._debounce.isActive()

    def countries(self) -> list[tuple[str, str]]:
        """(code, readable name) of every country phonenumbers knows, by name."""
        codes = {code for code in phonenumbers.SUPPORTED_REGIONS if code != "001"}
        pairs = [(code, country_name(code)) for code in codes]
        return sorted(pairs, key=lambda pair: pair[1].casefold())

    def summary(self) -> str:
        """'312 valid, 4 invalid, 7 duplicates removed; Belgium 300, France 12'."""
        report = self._report
        if report.total == 0:
            return self.tr("No numbers yet")
        removed = (self.tr("1 duplicate removed") if report.duplicates == 1 else
                   self.tr("{count} duplicates removed").format(count=report.duplicates))
        text = self.tr("{valid} valid, {invalid} invalid, {removed}").format(
            valid=report.valid_count, invalid=report.invalid_count, removed=removed)
        if report.per_country:
            countries = ", ".join(f"{country_name(code) or self.tr('Unknown')} {count}"
                                  for code, count in report.per_country.items())
            text = f"{text}; {countries}"
        return text

    # --- edits -------------------------------------------------------------------------------
    def set_audience(self, audience: Audience) -> None:
        """Show the draft's audience (not an edit: no audience_changed); validated at once when its
        numbers or country differ, so binding it to every draft change is safe."""
        old = self._audience
        self._audience = audience
        changed = not self._loaded
        self._loaded = True
        if audience.default_country != old.default_country:
            self._cache = {}
            self._cache_stale = False
            self.default_country_changed.emit(audience.default_country)
            changed = True
        if audience.numbers_text != old.numbers_text:
            self._imports = []
            self.text_replaced.emit(audience.numbers_text)
            changed = True
        if changed:  # the same numbers again (our own change coming back): nothing to redo
            self._generation += 1
            self._debounce.stop()
            self.validate_later()

    def set_text(self, text: str) -> None:
        """The user typed or pasted: keep the text, validate after a pause."""
        if text == self._audience.numbers_text:
            return
        self._set_audience_text(text)
        self._generation += 1  # results of a running validation are now stale
        self._debounce.start()

    def set_default_country(self, code: str) -> None:
        """Numbers without a country code belong to this country; re-validate now."""
        code = code.upper()
        if code == self._audience.default_country:
            return
        self._audience = self._audience.model_copy(update={"default_country": code})
        self._generation += 1  # a check still running for the old country is now stale
        self._cache = {}
        self._cache_stale = False
        self.default_country_changed.emit(code)
        self.audience_changed.emit(self._audience)
        self._debounce.stop()
        self.validate_later()

    def fix_entry(self, row: int, item: ParsedNumber, new_text: str) -> None:
        """Replace an invalid entry in the text by the user's correction (empty removes it)."""
        occurrence = sum(1 for other in self._report.invalid[:row] if other.original == item.original)
        text = self.text()
        for start, end in entry_spans(text):
            if text[start:end] != item.original:
                continue
            if occurrence:
                occurrence -= 1
                continue
            replacement = new_text.strip()
            if not replacement:
                # drop the entry and one separator after it
                end = end + 1 if end < len(text) and text[end] in "\n,;\t|" else end
            self._set_audience_text(text[:start] + replacement + text[end:])
            self.text_replaced.emit(self.text())
            self._debounce.stop()
            self.validate_later()
            return

    def _set_audience_text(self, text: str) -> None:
        self._audience = self._audience.model_copy(update={"numbers_text": text})
        self.audience_changed.emit(self._audience)

    # --- validation --------------------------------------------------------------------------
    def validate_later(self) -> None:
        """Start a validation in the background (one line for slots and timers)."""
        self._run(self.validate())

    async def validate(self) -> NumberReport | None:
        """Validate the current text; None when the text changed meanwhile (a newer run follows)."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        text = self.text()
        big = len(text) > 10 * _INLINE_CHARS  # thousands of entries: off the GUI thread, GC paused
        self._set_busy(+1)
        try:
            with PausedGarbageCollector() if big else contextlib.nullcontext():
                outcome = await self._validate(text, generation, big)
        finally:
            self._set_busy(-1)
        if outcome is None or generation != self._generation:
            return None
        parsed, report, cache = outcome
        self._cache = cache
        self._finish(parsed, report, text)
        return report

    async def _validate(self, text: str, generation: int, big: bool,
                        ) -> tuple[list[ParsedNumber], NumberReport, dict[str, ParsedNumber]] | None:
        loop = asyncio.get_running_loop()

        async def run(function: Any, *args: Any) -> Any:
            return await loop.run_in_executor(None, function, *args) if big else function(*args)

        if self._cache_stale:
            self._cache = await run(_cache_of, self._cache, self._parsed)
            self._cache_stale = False
        cache = self._cache
        entries, missing = await run(_plan, text, cache)
        if missing:
            progress = self._emit_progress if len(missing) > 5_000 else None
            fresh = await self._importer.cleaner.parse(missing, self.default_country(), progress)
            if generation != self._generation:
                return None
            cache = await run(_cache_of, cache, fresh)
        parsed, report = await run(_assemble, entries, cache)
        if len(cache) > 2 * len(parsed) + 1000:  # forget entries no longer in the text
            cache = await run(_cache_of, {}, parsed)
        return parsed, report, cache

    def _finish(self, parsed: list[ParsedNumber], report: NumberReport, text: str) -> None:
        self._parsed = parsed
        self._report = report
        self._validated_text = text
        self.invalid_model.set_items(report.invalid)
        self.report_changed.emit(report)

    # --- import ------------------------------------------------------------------------------
    def start_import(self, path: str | Path) -> None:
        """Import a file in the background (a picker is requested when the column is unclear)."""
        self._run(self.import_file(path))

    def choose_column(self, table: Table, column: int) -> None:
        """The user picked the phone column: continue the import."""
        self._run(self.import_column(table, column))

    def cancel(self) -> None:
        """Stop the running import at the next batch."""
        if self._token is not None:
            self._token.cancel()

    async def import_file(self, path: str | Path, column: int | None = None) -> ImportResult | None:
        """Read a file; validate its phone column, or ask for it (`column_choice_needed`)."""
        with PausedGarbageCollector():
            return await self._import_file(path, column)

    async def _import_file(self, path: str | Path, column: int | None) -> ImportResult | None:
        self._set_busy(+1)
        try:
            table = await self._importer.read(path)
        except ImportProblem as problem:
            self.error_occurred.emit(self._problem_text(problem), problem.detail)
            return None
        finally:
            self._set_busy(-1)
        if column is None and not table.proposal.certain:
            self.column_choice_needed.emit(table)
            return None
        chosen = table.proposal.index if column is None else column
        return await self._import_column(table, chosen if chosen is not None else 0)

    async def import_column(self, table: Table, column: int) -> ImportResult | None:
        """Validate one column of a read file and append its numbers to the text."""
        with PausedGarbageCollector():
            return await self._import_column(table, column)

    async def _import_column(self, table: Table, column: int) -> ImportResult | None:
        token = self._token = CancelToken()
        self._set_busy(+1)
        before = self.text()
        shown = False
        try:
            entries, rows = await self._importer.column_entries(table, column)
            separator = "\n" if before and not before.endswith(("\n", ",", ";", "\t")) else ""
            added, single = await self._joined(entries, separator)
            # the page fills the text box while the numbers are checked; taken back on cancel
            self.text_appended.emit(added)
            shown = True
            # when the text was checked, fold the new numbers into its report as they arrive
            builder: ReportBuilder | None = None
            if self._validated_text == before and not self.validation_pending and single:
                builder = ReportBuilder()
                for start in range(0, len(self._parsed), 10_000):
                    builder.add(self._parsed[start:start + 10_000])
                    await asyncio.sleep(0)
            parsed = await self._importer.cleaner.parse(
                entries, self.default_country(), self._emit_progress, token,
                builder.add if builder is not None else None)
        except ImportCancelled:
            if shown:
                self.text_replaced.emit(before)
            self.import_cancelled.emit()
            return None
        except ImportProblem as problem:
            if shown:
                self.text_replaced.emit(before)
            self.error_occurred.emit(self._problem_text(problem), problem.detail)
            return None
        finally:
            self._token = None
            self._set_busy(-1)
        result = ImportResult(table, column, entries, rows, parsed)
        self._imports.append((entries, rows))
        self._cache_stale = True
        self._set_audience_text(before + added)
        if builder is not None and self._validated_text == before:
            self._generation += 1  # only the new part was new: its report is ready
            self._finish(self._parsed + parsed, builder.report(), self.text())
        else:
            await self.validate()
        self.import_finished.emit(result)
        return result

    @staticmethod
    async def _joined(entries: list[str], separator: str) -> tuple[str, bool]:
        """The text to append for imported cells, and whether each cell is exactly one entry."""
        single = True
        step = 20_000
        for start in range(0, len(entries), step):
            single = single and _all_single_entries(entries[start:start + step])
            await asyncio.sleep(0)
        return separator + "\n".join(entries), single

    def export_invalid(self, path: str | Path) -> Path | None:
        """Save the invalid entries (with their file rows when imported) as CSV."""
        invalid = self._report.invalid
        where: dict[str, int] = {}
        for entries, numbers in self._imports:
            for entry, row in zip(entries, numbers, strict=True):
                where.setdefault(entry, row)
        rows = [where.get(item.original) for item in invalid]
        try:
            return export_invalid(invalid, path, rows if any(r is not None for r in rows) else None)
        except ImportProblem as problem:
            self.error_occurred.emit(self._problem_text(problem), problem.detail)
            return None

    # --- helpers -----------------------------------------------------------------------------
    def _problem_text(self, problem: ImportProblem) -> str:
        """The service's plain-words message, translated (each listed so lupdate finds it)."""
        translated = {
            "No column in this file looks like phone numbers.":
                self.tr("No column in this file looks like phone numbers."),
            "The file has a header row but no numbers under it.":
                self.tr("The file has a header row but no numbers under it."),
            "The file is empty.": self.tr("The file is empty."),
            "The file was not found. It may have been moved or deleted.":
                self.tr("The file was not found. It may have been moved or deleted."),
            "The list could not be saved there. Choose another folder.":
                self.tr("The list could not be saved there. Choose another folder."),
            "This column does not exist in the file.": self.tr("This column does not exist in the file."),
            "This column is empty.": self.tr("This column is empty."),
            "This file is not a text (CSV) file that VoiceDesk can read.":
                self.tr("This file is not a text (CSV) file that VoiceDesk can read."),
            "This file is too large to import (more than 200 MB).":
                self.tr("This file is too large to import (more than 200 MB)."),
            "This is a folder, not a file.": self.tr("This is a folder, not a file."),
            "VoiceDesk is not allowed to read this file.":
                self.tr("VoiceDesk is not allowed to read this file."),
            "This Excel file cannot be read. Open it in Excel and save it again as .xlsx or CSV.":
                self.tr("This Excel file cannot be read. Open it in Excel and save it again as .xlsx or CSV."),
            "This is an old Excel file (.xls). Open it in Excel and save it as .xlsx or CSV.":
                self.tr("This is an old Excel file (.xls). Open it in Excel and save it as .xlsx or CSV."),
        }
        return translated.get(problem.message, problem.message)

    def _emit_progress(self, done: int, total: int) -> None:
        self.progress_changed.emit(done, total)

    def _set_busy(self, step: int) -> None:
        was = self.busy
        self._busy += step
        if self.busy != was:
            self.busy_changed.emit(self.busy)

    def _run(self, coro: Coroutine[Any, Any, Any]) -> None:
        def failed(exc: BaseException) -> None:
            self.error_occurred.emit(self.tr("Something went wrong while checking the numbers."),
                                     repr(exc))

        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no loop (e.g. a synchronous test): nothing can run in the background
            coro.close()
            return
        self._tasks.run(coro, on_failure=failed, name="recipients")
