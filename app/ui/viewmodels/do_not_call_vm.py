"""The do-not-call window's state and async work: load, add, remove with undo, import, export.

Every store call runs through the TaskRunner; the dialog only starts work and shows the signals.
`list_changed` fires after each change so the open send is re-checked at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import phonenumbers
from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP, Signal

from app.services.do_not_call import AddOutcome, DoNotCallProblem, DoNotCallService
from app.services.recipients_import import CancelToken, ImportCancelled, ImportProblem, Table
from app.services.store import DoNotCallEntry
from app.ui.error_text import describe
from app.ui.models.do_not_call_model import DoNotCallTableModel, search_keys
from app.ui.country_names import country_name
from app.ui.models.recipients_model import problem_label
from app.ui.plural import plural
from app.ui.tasks import TaskRunner

_CONTEXT = "DoNotCallViewModel"
_KEYS_IN_THREAD = 20_000  # entries above which search keys are built off the GUI thread
_SHOWN_INVALID = 5  # invalid entries quoted in a summary


class DoNotCallViewModel(QObject):
    """Owns the table model and the service calls; the dialog shows what the signals say."""

    count_changed = Signal(int)  # numbers on the list
    list_changed = Signal()  # the list changed: the next send must be re-checked
    message_changed = Signal(str, bool)  # what just happened, whether it can be undone
    added = Signal(object)  # AddOutcome of typed or pasted numbers
    busy_changed = Signal(bool)
    progress_changed = Signal(int, int)  # done, total
    column_choice_needed = Signal(object)  # Table whose phone column is not obvious
    error_occurred = Signal(str, str)  # plain words, details

    def __init__(self, service: DoNotCallService, tasks: TaskRunner,
                 default_country: Callable[[], str] = lambda: "BE",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._draft_country = default_country
        self._country = default_country()
        self._busy = 0
        self._token: CancelToken | None = None
        self._undo: list[DoNotCallEntry] = []
        self.model = DoNotCallTableModel(self)

    # --- state -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """True while a change, import or export runs."""
        return self._busy > 0

    @property
    def cancellable(self) -> bool:
        """True while an import runs that cancel() can stop."""
        return self._token is not None

    @property
    def can_undo(self) -> bool:
        """True when the last removal can be taken back."""
        return bool(self._undo)

    def default_country(self) -> str:
        """ISO code of the country of numbers written without a country code."""
        return self._country

    def set_default_country(self, code: str) -> None:
        """Numbers typed or imported without a country code belong to this country."""
        self._country = code.upper()

    def follow_draft_country(self) -> None:
        """Take the open draft's default country (each time the window opens)."""
        self._country = self._draft_country()

    @staticmethod
    def countries() -> list[tuple[str, str]]:
        """(code, readable name) of every country, by name."""
        pairs = [(code, country_name(code)) for code in phonenumbers.SUPPORTED_REGIONS if code != "001"]
        return sorted(pairs, key=lambda pair: pair[1].casefold())

    def set_filter(self, text: str) -> None:
        """Show only the numbers or notes matching the search text."""
        self.model.set_filter(text)

    # --- work --------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the list from the store in the background."""
        self._run(self.reload())

    async def reload(self) -> None:
        """Read the list and show it (search keys of big lists built off the GUI thread)."""
        entries = await self._service.entries()
        if len(entries) > _KEYS_IN_THREAD:
            keys = await asyncio.get_running_loop().run_in_executor(None, search_keys, entries)
        else:
            keys = search_keys(entries)
        self.model.set_entries(entries, keys)
        self.count_changed.emit(len(entries))

    def add_text(self, text: str, note: str = "") -> None:
        """Add typed or pasted numbers; `added` and `message_changed` tell the outcome."""
        if text.strip():
            self._run(self._add_text(text, note))

    async def _add_text(self, text: str, note: str) -> AddOutcome:
        outcome = await self._service.add_text(text, self._country, note)
        await self._changed(outcome.changed)
        self._undo = []
        self.message_changed.emit(self.summary(outcome), False)
        self.added.emit(outcome)
        return outcome

    def remove(self, numbers: list[str]) -> None:
        """Take numbers off the list; the removal can be undone."""
        if numbers:
            self._run(self._remove(numbers))

    async def _remove(self, numbers: list[str]) -> list[DoNotCallEntry]:
        removed = await self._service.remove(numbers)
        await self._changed(bool(removed))
        self._undo = removed
        self.message_changed.emit(
            plural(_CONTEXT, len(removed), QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n number removed from the list; it may be called again."),
                   QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n numbers removed from the list; they may be called again.")), bool(removed))
        return removed

    def undo(self) -> None:
        """Put the numbers of the last removal back, with their notes and dates."""
        if self._undo:
            entries, self._undo = self._undo, []
            self._run(self._restore(entries))

    async def _restore(self, entries: list[DoNotCallEntry]) -> int:
        restored = await self._service.restore(entries)
        await self._changed(restored > 0)
        self.message_changed.emit(plural(_CONTEXT, restored, QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n number put back on the list."),
                                         QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n numbers put back on the list.")), False)
        return restored

    def start_import(self, path: str | Path, note: str = "") -> None:
        """Import the phone column of a file (a picker is requested when the column is unclear)."""
        self._run(self.import_file(path, note))

    def choose_column(self, table: Table, column: int, note: str = "") -> None:
        """The user picked the phone column: continue the import."""
        self._run(self.import_column(table, column, note))

    def cancel(self) -> None:
        """Stop the running import; nothing of it is added."""
        if self._token is not None:
            self._token.cancel()

    async def import_file(self, path: str | Path, note: str = "") -> AddOutcome | None:
        """Read a file; add its phone column, or ask which column it is (`column_choice_needed`)."""
        try:
            table = await self._service.read_file(path)
        except ImportProblem as problem:
            self.error_occurred.emit(self._import_text(problem), problem.detail)
            return None
        if not table.proposal.certain:
            self.column_choice_needed.emit(table)
            return None
        return await self.import_column(table, table.proposal.index or 0, note)

    async def import_column(self, table: Table, column: int, note: str = "") -> AddOutcome | None:
        """Add the numbers of one column; the note defaults to the file's name."""
        token = self._token = CancelToken()
        self._set_busy(+1)
        note = note.strip() or self.tr("Imported from %1").replace("%1", table.path.name)
        try:
            outcome = await self._service.import_column(
                table, column, self._country, note, self.progress_changed.emit, token)
        except ImportCancelled:
            self.message_changed.emit(self.tr("Import cancelled; nothing was added."), False)
            return None
        except ImportProblem as problem:
            self.error_occurred.emit(self._import_text(problem), problem.detail)
            return None
        finally:
            self._token = None
            self._set_busy(-1)
        await self._changed(outcome.changed)
        self._undo = []
        self.message_changed.emit(self.summary(outcome), False)
        return outcome

    def export(self, path: str | Path) -> None:
        """Save the list as a CSV file."""
        self._run(self._export(path))

    async def _export(self, path: str | Path) -> Path | None:
        try:
            target, count = await self._service.export_csv(path)
        except DoNotCallProblem as problem:
            self.error_occurred.emit(self._export_text(problem), problem.detail)
            return None
        self.message_changed.emit(
            plural(_CONTEXT, count, QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n number saved to %1."), QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n numbers saved to %1.")).replace("%1", target.name),
            False)
        return target

    # --- words -------------------------------------------------------------------------------
    def summary(self, outcome: AddOutcome) -> str:
        """'3 added, 1 already on the list, 1 not a phone number: “abc” (contains letters)'."""
        parts = [plural(_CONTEXT, outcome.added, QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n added"), QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n added"))]
        if outcome.already_listed:
            parts.append(plural(_CONTEXT, outcome.already_listed, QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n already on the list"),
                                QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n already on the list")))
        if outcome.repeated:
            parts.append(plural(_CONTEXT, outcome.repeated, QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n repeated"), QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n repeated")))
        if outcome.invalid:
            quoted = ", ".join(f"“{item.original.strip()}” ({problem_label(item.problem).lower()})"
                               for item in outcome.invalid[:_SHOWN_INVALID])
            more = len(outcome.invalid) - _SHOWN_INVALID
            if more > 0:
                quoted += " " + plural(_CONTEXT, more, QT_TRANSLATE_NOOP("DoNotCallViewModel", "and %n more"), QT_TRANSLATE_NOOP("DoNotCallViewModel", "and %n more"))
            parts.append(plural(_CONTEXT, len(outcome.invalid), QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n not a phone number: %1"),
                                QT_TRANSLATE_NOOP("DoNotCallViewModel", "%n not phone numbers: %1")).replace("%1", quoted))
        return ", ".join(parts) + "."

    @staticmethod
    def _import_text(problem: ImportProblem) -> str:
        """The importer's plain words, translated as the Recipients step lists them for lupdate."""
        return QCoreApplication.translate("RecipientsViewModel", problem.message)

    def _export_text(self, problem: DoNotCallProblem) -> str:
        """The export's plain words, translated (each listed so lupdate finds it)."""
        translated = {
            "The disk is full, so the list could not be saved. Free some space and try again.":
                self.tr("The disk is full, so the list could not be saved. Free some space and try again."),
            "VoiceDesk is not allowed to save in this folder. Choose another folder.":
                self.tr("VoiceDesk is not allowed to save in this folder. Choose another folder."),
            "This folder does not exist any more. Choose another folder.":
                self.tr("This folder does not exist any more. Choose another folder."),
            "This is a folder, not a file. Choose a file name.":
                self.tr("This is a folder, not a file. Choose a file name."),
            "The list could not be saved there. Choose another folder.":
                self.tr("The list could not be saved there. Choose another folder."),
        }
        return translated.get(problem.message, problem.message)

    # --- plumbing ----------------------------------------------------------------------------
    async def _changed(self, changed: bool) -> None:
        if changed:
            await self.reload()
            self.list_changed.emit()

    def _run(self, coro: Coroutine[Any, Any, Any]) -> None:
        self._set_busy(+1)

        def done(_result: object = None) -> None:
            self._set_busy(-1)

        def failed(exc: BaseException) -> None:
            self._set_busy(-1)
            self.error_occurred.emit(*describe(exc))  # a StoreError's plain words included

        self._tasks.run(coro, on_success=done, on_failure=failed, name="do-not-call")

    def _set_busy(self, delta: int) -> None:
        before = self.busy
        self._busy += delta
        if self.busy != before:
            self.busy_changed.emit(self.busy)
