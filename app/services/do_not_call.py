"""The do-not-call list kept across campaigns: add typed or pasted numbers, import a column of a
CSV/Excel file, remove (keeping what was removed for an undo), export as CSV (no Qt).

Numbers are stored in E.164; parsing reuses the recipients' NumberCleaner (threads, or worker
processes for big lists) so the event loop never does the heavy work.
"""

from __future__ import annotations

import asyncio
import csv
import errno
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers

from app.domain.numbers import NumberReport, ParsedNumber, ReportBuilder, split_entries
from app.services.recipients_import import (
    CancelToken,
    PausedGarbageCollector,
    Progress,
    RecipientsImporter,
    Table,
)
from app.services.store import DoNotCallEntry, Store

EXPORT_HEADER = ("phone number", "added", "note")
_SPLIT_IN_THREAD = 100_000  # characters of pasted text above which splitting leaves the loop


class DoNotCallProblem(Exception):
    """Exporting failed; `message` says why in plain words and what to do, nothing was lost."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


@dataclass(frozen=True)
class AddOutcome:
    """What adding did: how many were new, already listed or repeated, and what was not a number."""

    added: int
    already_listed: int
    repeated: int
    invalid: list[ParsedNumber] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when the list grew."""
        return self.added > 0


def readable_number(e164: str) -> tuple[str, str | None]:
    """('+32 470 12 34 56', 'BE') for an E.164 number; the number itself when it cannot be read."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164, None
    text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return text, phonenumbers.region_code_for_number(number)


def _save_problem(exc: OSError) -> DoNotCallProblem:
    """Plain words for a failed save, by the operating system's reason."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        text = "The disk is full, so the list could not be saved. Free some space and try again."
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = "VoiceDesk is not allowed to save in this folder. Choose another folder."
    elif code == errno.ENOENT:
        text = "This folder does not exist any more. Choose another folder."
    elif code == errno.EISDIR:
        text = "This is a folder, not a file. Choose a file name."
    else:
        text = "The list could not be saved there. Choose another folder."
    return DoNotCallProblem(text, f"{type(exc).__name__}: {exc}")


def write_export(entries: Sequence[DoNotCallEntry], path: Path) -> Path:
    """Write the list as CSV (E.164, date added, note) atomically: a temporary file, then rename."""
    target = path if path.suffix else path.with_suffix(".csv")
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(EXPORT_HEADER)
            writer.writerows(
                (e.number, e.added_at.astimezone().strftime("%Y-%m-%d %H:%M"), e.note)
                for e in entries
            )
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        raise _save_problem(exc) from exc
    return target


class DoNotCallService:
    """The list's operations over the store; parsing through the importer's NumberCleaner."""

    def __init__(self, store: Store, importer: RecipientsImporter | None = None) -> None:
        self._store = store
        self._importer = importer or RecipientsImporter()

    async def entries(self) -> list[DoNotCallEntry]:
        """Every number on the list, sorted by number."""
        return await self._store.list_do_not_call()

    async def count(self) -> int:
        """How many numbers are on the list."""
        return await self._store.count_do_not_call()

    async def add_text(self, text: str, default_country: str, note: str = "") -> AddOutcome:
        """Add the numbers of typed or pasted text (any separators), read against a country."""
        if len(text) > _SPLIT_IN_THREAD:
            loop = asyncio.get_running_loop()
            entries = await loop.run_in_executor(None, split_entries, text)
        else:
            entries = split_entries(text)
        builder = ReportBuilder()
        await self._importer.cleaner.parse(entries, default_country, on_batch=builder.add)
        return await self._add_report(builder.report(), note.strip())

    async def read_file(self, path: Path | str) -> Table:
        """Read a CSV or Excel file and propose its phone column (ImportProblem in plain words)."""
        return await self._importer.read(path)

    async def import_column(self, table: Table, column: int, default_country: str, note: str = "",
                            progress: Progress | None = None,
                            cancel: CancelToken | None = None) -> AddOutcome:
        """Add the numbers of one column of a read file; ImportCancelled leaves the list as it was."""
        with PausedGarbageCollector():
            entries, _rows = await self._importer.column_entries(table, column)
            builder = ReportBuilder()
            await self._importer.cleaner.parse(entries, default_country, progress, cancel, builder.add)
            return await self._add_report(builder.report(), note.strip())

    async def _add_report(self, report: NumberReport, note: str) -> AddOutcome:
        numbers = [item.e164 for item in report.valid if item.e164]
        added = await self._store.add_do_not_call(numbers, note) if numbers else 0
        return AddOutcome(added, len(numbers) - added, report.duplicates, list(report.invalid))

    async def remove(self, numbers: Sequence[str]) -> list[DoNotCallEntry]:
        """Take numbers off the list; returns what was removed (with notes and dates) for an undo."""
        return await self._store.take_do_not_call(numbers)

    async def restore(self, entries: Sequence[DoNotCallEntry]) -> int:
        """Put removed entries back as they were; returns how many came back."""
        return await self._store.add_do_not_call_entries(entries)

    async def export_csv(self, path: Path | str) -> tuple[Path, int]:
        """Save the list as CSV (written atomically); DoNotCallProblem in plain words on failure."""
        entries = await self._store.list_do_not_call()
        loop = asyncio.get_running_loop()
        target = await loop.run_in_executor(None, write_export, entries, Path(path))
        return target, len(entries)

    def close(self) -> None:
        """Stop the importer's worker processes."""
        self._importer.close()
