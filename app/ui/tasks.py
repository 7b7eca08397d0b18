"""The one helper that runs a coroutine from the GUI (Anki's QueryOp, on asyncio).

It keeps a reference to every task, and each task ends in exactly one success or failure callback
on the GUI thread (the qasync loop runs there). With no failure handler, the error goes to the
application's error reporter so nothing fails silently.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskRunner(QObject):
    """Starts coroutines on the running loop and routes their outcome to callbacks."""

    failed = Signal(object)  # an exception no caller handled
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: dict[asyncio.Task[Any], str] = {}
        self._closed = False

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def run(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        name: str = "",
    ) -> asyncio.Task[T]:
        """Start `coro`; exactly one of the callbacks runs when it ends (none when it is cancelled).

        After `close()` nothing new starts: the coroutine is cancelled at once (the app is quitting).
        """
        if self._closed:
            coro.close()  # never started: the loop may already be gone
            cancelled: concurrent.futures.Future[T] = concurrent.futures.Future()
            cancelled.cancel()
            return cancelled  # type: ignore[return-value]
        task = asyncio.ensure_future(coro)
        self._tasks[task] = name
        if len(self._tasks) == 1:
            self.busy_changed.emit(True)

        def done(t: asyncio.Task[T]) -> None:
            self._tasks.pop(t, None)
            if not self._tasks:
                self.busy_changed.emit(False)
            if t.cancelled() or self._closed:
                if not t.cancelled():
                    t.exception()  # retrieved: the app is closing, nobody is left to tell
                return
            exc = t.exception()
            if exc is None:
                if on_success is not None:
                    on_success(t.result())
                return
            if on_failure is not None:
                on_failure(exc)
            else:
                log.error("background task %s failed", name or coro, exc_info=exc)
                self.failed.emit(exc)

        task.add_done_callback(done)
        return task

    def cancel_all(self) -> None:
        """Cancel every running task."""
        for task in list(self._tasks):
            task.cancel()

    def close(self) -> None:
        """On quit: cancel every task, start no new one, report no more failures."""
        self._closed = True
        self.cancel_all()

    async def wait_idle(self) -> None:
        """Wait until every task has ended (tests and shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

