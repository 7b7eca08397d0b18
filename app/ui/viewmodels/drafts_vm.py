"""The Drafts page's view-model: list, new, open, duplicate, delete with undo, export and import of
`.voicedraft` files. The async work lives here; the page's slots only start it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.domain.campaign import CampaignDraft
from app.domain.providers import ProviderId
from app.services.autosave import DraftAutosaver
from app.services.draft_files import DraftFileError, export_draft, import_draft
from app.services.store import DraftSummary, Store, StoreError
from app.ui.error_text import describe
from app.ui.models.drafts_model import DraftsTableModel
from app.ui.tasks import TaskRunner
from app.ui.viewmodels.draft_vm import DraftViewModel


def summary_of(draft: CampaignDraft) -> DraftSummary:
    """The list line of a whole draft."""
    return DraftSummary(draft.id, draft.name, draft.provider, draft.updated_at)


class DraftsViewModel(QObject):
    """Owns the DraftsTableModel and the store calls; the page shows what these signals say."""

    open_requested = Signal()  # a draft was opened (or created, or imported): show step 1
    failed = Signal(str, str, str)  # title, what happened and what to do, support details
    deleted = Signal(object)  # DraftSummary that can be brought back with undo_delete()
    restored = Signal(object)  # DraftSummary back in the list (undo done)
    select_requested = Signal(str)  # draft id the list should select
    notice = Signal(str)  # a short plain-words note for the status line

    def __init__(
        self,
        store: Store,
        draft_vm: DraftViewModel,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        autosaver: DraftAutosaver | None = None,
        new_draft: Callable[[ProviderId], CampaignDraft] | None = None,
    ) -> None:
        super().__init__(parent)
        self._autosaver = autosaver
        self._make_draft = new_draft or (lambda provider: CampaignDraft(provider=provider))
        self._store = store
        self._draft_vm = draft_vm
        self._tasks = tasks
        self.model = DraftsTableModel(self)
        self.last_deleted: DraftSummary | None = None
        self._just_loaded = False
        draft_vm.loaded.connect(self._on_draft_loaded)
        draft_vm.changed.connect(self._on_draft_changed)

    # --- slots for the page: one line each, the work is in the coroutines below ----------------
    def request_refresh(self) -> None:
        self._start(self.refresh(), "refresh drafts")

    def request_new(self) -> None:
        self._start(self.new_draft(), "new draft")

    def request_open(self, draft_id: str) -> None:
        self._start(self.open_draft(draft_id), "open draft")

    def request_duplicate(self, draft_id: str) -> None:
        self._start(self.duplicate(draft_id), "duplicate draft")

    def request_delete(self, draft_id: str) -> None:
        self._start(self.delete(draft_id), "delete draft")

    def request_undo(self) -> None:
        self._start(self.undo_delete(), "undo delete")

    def request_export(self, draft_id: str, path: str) -> None:
        self._start(self.export(draft_id, path), "export draft")

    def request_import(self, path: str) -> None:
        self._start(self.import_from(path), "import draft")

    def _start(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        self._tasks.run(coro, on_failure=self._on_unexpected, name=name)

    # --- the work -----------------------------------------------------------------------------
    async def refresh(self) -> None:
        """Reload the list from the store."""
        try:
            drafts = await self._store.list_drafts()
        except StoreError as exc:
            self._fail(self.tr("Could not list the drafts"), exc)
            return
        self.model.set_drafts(drafts)

    async def new_draft(self) -> CampaignDraft | None:
        """Start an empty draft for the same provider, save it, open it."""
        draft = self._make_draft(self._draft_vm.draft.provider)
        try:
            await self._flush_open_draft()
            await self._store.save_draft(draft, make_current=True)
        except StoreError as exc:
            self._fail(self.tr("Could not start a new draft"), exc)
            return None
        self._show_opened(draft)
        return draft

    async def open_draft(self, draft_id: str) -> CampaignDraft | None:
        """Open a saved draft in the steps and remember it as the open one."""
        try:
            await self._flush_open_draft()
            draft = await self._store.load_draft(draft_id)
            if draft is None:
                self.model.remove(draft_id)
                self.failed.emit(self.tr("Could not open the draft"), self.tr("That draft no longer exists."), "")
                return None
            await self._store.set_current_draft(draft.id)
        except StoreError as exc:
            self._fail(self.tr("Could not open the draft"), exc)
            return None
        self._show_opened(draft)
        return draft

    async def duplicate(self, draft_id: str) -> CampaignDraft | None:
        """Save a copy named "… (copy)" and select it; the open draft stays open."""
        try:
            name = await self._name_of(draft_id) or self.tr("Untitled draft")
            await self._flush_open_draft(draft_id)
            copy = await self._store.duplicate_draft(draft_id, self.tr("%1 (copy)").replace("%1", name).strip())
        except StoreError as exc:
            self._fail(self.tr("Could not duplicate the draft"), exc)
            return None
        self.model.upsert(summary_of(copy))
        self.select_requested.emit(copy.id)
        return copy

    async def delete(self, draft_id: str) -> DraftSummary | None:
        """Move a draft to the bin; `deleted` offers the undo. Deleting the open draft opens a new one."""
        row = self.model.row_of(draft_id)
        summary = self.model.summary(row) if row is not None else None
        is_open = self._draft_vm.draft.id == draft_id
        try:
            if is_open and self._autosaver is not None:
                self._autosaver.discard()  # a pending save must not bring the deleted draft back
            await self._store.delete_draft(draft_id)
        except StoreError as exc:
            self._fail(self.tr("Could not delete the draft"), exc)
            return None
        self.model.remove(draft_id)
        if summary is None:
            summary = DraftSummary(draft_id, "", self._draft_vm.draft.provider, self._draft_vm.draft.updated_at)
        if is_open:
            replacement = self._make_draft(self._draft_vm.draft.provider)
            self._just_loaded = True
            self._draft_vm.load(replacement)
        self.last_deleted = summary
        self.deleted.emit(summary)
        return summary

    async def undo_delete(self) -> DraftSummary | None:
        """Bring the last deleted draft back into the list."""
        summary = self.last_deleted
        if summary is None:
            return None
        try:
            draft = await self._store.restore_draft(summary.id)
        except StoreError as exc:
            self.last_deleted = None
            self._fail(self.tr("Could not bring the draft back"), exc)
            return None
        self.last_deleted = None
        restored = summary_of(draft)
        self.model.upsert(restored)
        self.select_requested.emit(restored.id)
        self.restored.emit(restored)
        return restored

    async def export(self, draft_id: str, path: str | Path) -> Path | None:
        """Write a draft to a `.voicedraft` file (the open draft as it is on screen)."""
        try:
            draft = self._draft_vm.draft if self._draft_vm.draft.id == draft_id else await self._store.load_draft(draft_id)
            if draft is None:
                self.failed.emit(self.tr("Could not export the draft"), self.tr("That draft no longer exists."), "")
                return None
            written = await asyncio.to_thread(export_draft, draft, path)
        except (StoreError, DraftFileError) as exc:
            self._fail(self.tr("Could not export the draft"), exc)
            return None
        self.notice.emit(self.tr("Saved to %1.").replace("%1", written.name))
        return written

    async def import_from(self, path: str | Path) -> CampaignDraft | None:
        """Read a `.voicedraft` file as a new draft and open it; a bad file changes nothing."""
        try:
            draft = await asyncio.to_thread(import_draft, path)
            await self._flush_open_draft()
            await self._store.save_draft(draft, make_current=True)
        except (StoreError, DraftFileError) as exc:
            self._fail(self.tr("Could not open the draft file"), exc)
            return None
        self._show_opened(draft)
        self.notice.emit(self.tr("Imported %1.").replace("%1", Path(path).name))
        return draft

    # --- helpers ------------------------------------------------------------------------------
    def _show_opened(self, draft: CampaignDraft) -> None:
        self.model.upsert(summary_of(draft))
        self._just_loaded = True
        self._draft_vm.load(draft)
        self.select_requested.emit(draft.id)
        self.open_requested.emit()

    async def _name_of(self, draft_id: str) -> str:
        if self._draft_vm.draft.id == draft_id:
            return self._draft_vm.draft.name
        row = self.model.row_of(draft_id)
        return self.model.summary(row).name if row is not None else ""

    async def _flush_open_draft(self, only_id: str | None = None) -> None:
        """Save the open draft as shown, so a copy or a switch never misses the last keystrokes."""
        if self._autosaver is not None:
            await self._autosaver.flush()
        draft = self._draft_vm.draft
        if (only_id is None or draft.id == only_id) and self.model.row_of(draft.id) is not None:
            await self._store.save_draft(draft)

    def _fail(self, title: str, exc: BaseException) -> None:
        message, details = describe(exc)
        if isinstance(exc, DraftFileError) and exc.detail:
            details = exc.detail
        self.failed.emit(title, message, details)

    def _on_unexpected(self, exc: BaseException) -> None:
        self._fail(self.tr("Something went wrong"), exc)

    # --- keep the open draft's line up to date --------------------------------------------------
    def _on_draft_loaded(self) -> None:
        self._just_loaded = True

    def _on_draft_changed(self) -> None:
        if self._just_loaded:  # `changed` right after `loaded` is not an edit
            self._just_loaded = False
            return
        self.model.upsert(summary_of(self._draft_vm.draft))
