"""The one background-task helper: exactly one outcome callback, errors never silent, quiet on quit."""

from __future__ import annotations

import asyncio
from typing import Any

from app.ui.tasks import TaskRunner


async def _value(x: int) -> int:
    await asyncio.sleep(0.01)
    return x


async def _boom() -> None:
    await asyncio.sleep(0.01)
    raise ValueError("broken")


def test_success_and_failure_each_reach_exactly_one_callback(qloop: Any) -> None:
    runner = TaskRunner()
    seen: list[Any] = []
    runner.run(_value(3), on_success=seen.append, on_failure=lambda e: seen.append(("failed", e)))
    runner.run(_boom(), on_success=seen.append, on_failure=lambda e: seen.append(("failed", str(e))))
    qloop.run_until(lambda: len(seen) == 2)
    assert 3 in seen and ("failed", "broken") in seen
    assert not runner.busy


def test_an_unhandled_failure_is_reported_not_swallowed(qloop: Any, qtbot: Any) -> None:
    runner = TaskRunner()
    with qtbot.waitSignal(runner.failed, timeout=2000) as reported:
        runner.run(_boom())
    assert isinstance(reported.args[0], ValueError)


def test_after_close_nothing_runs_and_nothing_is_reported(qloop: Any) -> None:
    runner = TaskRunner()
    reported: list[Any] = []
    runner.failed.connect(reported.append)
    pending = runner.run(_boom())
    runner.close()
    late = runner.run(_value(1), on_success=reported.append)
    qloop.idle(0.1)
    assert pending.cancelled() and late.cancelled() and reported == []
