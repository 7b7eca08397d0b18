"""Debounced autosave of the open draft, with crash recovery; asyncio only, no Qt.

A change is saved `delay` seconds after the last change, and never later than `max_delay` seconds
after the first unsaved change, so a crash (even SIGKILL) loses at most about `max_delay` plus
one save of typing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from app.domain.campaign import CampaignDraft
from app.services.store import Store, StoreError

log = logging.getLogger(__name__)

DEFAULT_DELAY = 0.5
DEFAULT_MAX_DELAY = 1.5
RETRY_AFTER_ERROR = 5.0


class DraftAutosaver:
    """Saves the open draft shortly after each change; keeps it in memory when saving fails."""

    def __init__(
        self,
        store: Store,
        *,
        delay: float = DEFAULT_DELAY,
        max_delay: float = DEFAULT_MAX_DELAY,
        retry_after_error: float = RETRY_AFTER_ERROR,
        on_saved: Callable[[CampaignDraft], None] | None = None,
        on_error: Callable[[StoreError], None] | None = None,
    ) -> None:
        """`on_saved`/`on_error` are called on the event loop after each save attempt."""
        if delay < 0 or max_delay < delay:
            raise ValueError("need 0 <= delay <= max_delay")
        self._store = store
        self.delay = delay
        self.max_delay = max_delay
        self.retry_after_error = retry_after_error
        self._on_saved = on_saved
        self._on_error = on_error
        self._pending: CampaignDraft | None = None
        self._first_change: float | None = None
        self._handle: asyncio.TimerHandle | None = None
        self._task: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._closed = False
        self.last_error: StoreError | None = None
        self.last_saved_at: datetime | None = None

    @property
    def has_unsaved_changes(self) -> bool:
        """True while a change waits to be written (or failed to be written)."""
        return self._pending is not None

    @property
    def pending_draft(self) -> CampaignDraft | None:
        """The latest change not yet written (kept in memory when the disk refuses it)."""
        return self._pending

    async def restore(self) -> CampaignDraft | None:
        """The draft that was open when the app last quit or crashed, or None."""
        return await self._store.current_draft()

    async def open(self, draft: CampaignDraft) -> None:
        """Make `draft` the open one: saves any pending change first, then remembers this draft."""
        await self.flush()
        await self._store.save_draft(draft, make_current=True)

    def changed(self, draft: CampaignDraft) -> None:
        """Call on every edit: schedules a save of (a copy of) `draft`; cheap and never blocks."""
        if self._closed:
            raise RuntimeError("the autosaver is closed")
        loop = asyncio.get_running_loop()
        self._pending = draft.model_copy(update={"updated_at": datetime.now(UTC)}, deep=True)
        now = loop.time()
        if self._first_change is None:
            self._first_change = now
        self._schedule(min(now + self.delay, self._first_change + self.max_delay))

    def _schedule(self, when: float) -> None:
        loop = asyncio.get_running_loop()
        if self._handle is not None:
            self._handle.cancel()
        self._handle = loop.call_at(when, self._fire)

    def _fire(self) -> None:
        self._handle = None
        if self._task is not None and not self._task.done():
            # A save is running; it will reschedule if new changes are pending.
            return
        self._task = asyncio.get_running_loop().create_task(self._background_save())

    async def _background_save(self) -> None:
        with contextlib.suppress(StoreError):  # reported through last_error and on_error
            await self._save_pending()

    async def _save_pending(self) -> None:
        async with self._lock:
            draft = self._pending
            if draft is None:
                return
            self._pending = None
            self._first_change = None
            try:
                await self._store.save_draft(draft, make_current=True)
            except StoreError as exc:
                # Nothing is lost: keep the draft unless a newer change arrived meanwhile.
                if self._pending is None:
                    self._pending = draft
                self.last_error = exc
                log.warning("autosave failed: %s", exc.message)
                if self._on_error is not None:
                    self._on_error(exc)
                if not self._closed and self._handle is None:
                    loop = asyncio.get_running_loop()
                    self._first_change = self._first_change or loop.time()
                    self._schedule(loop.time() + self.retry_after_error)
                raise
            self.last_error = None
            self.last_saved_at = datetime.now(UTC)
            if self._on_saved is not None:
                self._on_saved(draft)
        if self._pending is not None and self._handle is None and not self._closed:
            # Changes arrived while saving and their timer already fired: save them soon.
            loop = asyncio.get_running_loop()
            first = self._first_change or loop.time()
            self._schedule(min(loop.time() + self.delay, first + self.max_delay))

    async def _run_task(self) -> None:
        task = self._task
        if task is not None and not task.done():
            with contextlib.suppress(StoreError):
                await task

    async def flush(self) -> None:
        """Write any pending change now (for quit or before switching drafts).

        Raises StoreError when the disk refuses; the change stays pending in memory.
        """
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        await self._run_task()
        if self._pending is not None:
            try:
                await self._save_pending()
            finally:
                if self._handle is not None and self._closed:
                    self._handle.cancel()
                    self._handle = None

    def flush_sync(self) -> None:
        """Blocking flush for the very end of quit, when the event loop no longer runs."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        draft = self._pending
        if draft is not None:
            self._store.save_draft_sync(draft, make_current=True)
            self._pending = None
            self._first_change = None

    def discard(self) -> None:
        """Drop the pending change without saving (before deleting the open draft)."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._pending = None
        self._first_change = None

    async def aclose(self) -> None:
        """Flush and stop scheduling saves."""
        try:
            await self.flush()
        finally:
            self._closed = True
            if self._handle is not None:
                self._handle.cancel()
                self._handle = None
