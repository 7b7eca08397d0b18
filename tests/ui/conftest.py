"""GUI test helpers: a qasync loop in `already_running` mode on the pytest-qt QApplication, so that
whenever Qt processes events (qtbot.waitUntil, clicks) asyncio callbacks run too, exactly as in the
app, where the qasync loop drives everything."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import pytest


class QLoop:
    """Runs coroutines and waits for conditions by letting Qt (and so asyncio) process events."""

    def __init__(self, loop: asyncio.AbstractEventLoop, qtbot: Any) -> None:
        self.loop = loop
        self._qtbot = qtbot

    def run(self, coro: Coroutine[Any, Any, Any], timeout: float = 30.0) -> Any:
        task = asyncio.ensure_future(coro, loop=self.loop)
        self._qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return task.result()

    def run_until(self, predicate: Callable[[], bool], timeout: float = 30.0, message: str = "") -> None:
        try:
            self._qtbot.waitUntil(lambda: bool(predicate()), timeout=int(timeout * 1000))
        except AssertionError as exc:
            raise AssertionError(message or f"condition not met within {timeout} s") from exc

    def idle(self, seconds: float) -> None:
        self._qtbot.wait(int(seconds * 1000))


_CLOSED_LOOPS: list[asyncio.AbstractEventLoop] = []


@pytest.fixture
def qloop(qapp: Any, qtbot: Any) -> Iterator[QLoop]:
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    helper = QLoop(loop, qtbot)
    try:
        yield helper
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            qtbot.waitUntil(lambda: all(t.done() for t in pending), timeout=5000)
        loop._after_run_forever()  # the counterpart of already_running's set-up
        loop._QEventLoop__is_running = False  # so that close() shuts the executor threads down
        asyncio.events._set_running_loop(None)
        timer = loop._timer  # qasync's stop() only marks it: kill its Qt timers now
        for timer_id in list(timer._SimpleTimer__callbacks):
            timer.killTimer(timer_id)
        loop.close()
        _CLOSED_LOOPS.append(loop)  # never freed while Qt may still deliver to its objects
        asyncio.set_event_loop(None)


@pytest.fixture
def voicedesk(qloop: QLoop, qtbot: Any) -> Iterator[Any]:
    """The whole app as users get it, on a fast Sandbox (campaigns end in seconds)."""
    from app.main import compose

    app = qloop.run(compose(sandbox_speed=400.0, tracking_interval=0.05))
    app.window.show()
    try:
        yield app
    finally:
        qloop.run(app.aclose())
        app.window.close()
        app.window.deleteLater()
