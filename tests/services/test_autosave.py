"""Debounced autosave: timing, crash recovery, failures keep the draft, SIGKILL loses <= 2 s."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.domain.campaign import CampaignDraft
from app.domain.message import SpokenText
from app.services.autosave import DraftAutosaver
from app.services.store import Store, StoreError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "voicedesk.sqlite3")
    yield s
    s.close()


def _with_text(draft: CampaignDraft, text: str) -> CampaignDraft:
    return draft.model_copy(update={"message": SpokenText(text=text)})


@pytest.mark.asyncio
async def test_debounce_saves_once_after_quiet(store: Store) -> None:
    saved: list[str] = []
    saver = DraftAutosaver(
        store, delay=0.1, max_delay=1.0, on_saved=lambda d: saved.append(d.message.text)
    )
    draft = CampaignDraft(name="A")
    for i in range(5):
        saver.changed(_with_text(draft, "x" * i))
        await asyncio.sleep(0.02)
    assert saved == []
    assert saver.has_unsaved_changes
    await asyncio.sleep(0.25)
    assert saved == ["xxxx"]
    assert not saver.has_unsaved_changes
    assert (await store.current_draft()).message.text == "xxxx"
    await saver.aclose()


@pytest.mark.asyncio
async def test_continuous_typing_still_saves_within_max_delay(store: Store) -> None:
    saved: list[float] = []
    saver = DraftAutosaver(
        store, delay=0.1, max_delay=0.3, on_saved=lambda d: saved.append(time.monotonic())
    )
    draft = CampaignDraft()
    start = time.monotonic()
    for i in range(40):  # typing every 20 ms for 0.8 s: the debounce alone would never fire
        saver.changed(_with_text(draft, "a" * i))
        await asyncio.sleep(0.02)
    assert saved, "no save during continuous typing"
    assert saved[0] - start < 0.3 + 0.15
    gaps = [b - a for a, b in zip(saved, saved[1:], strict=False)]
    assert all(g < 0.3 + 0.15 for g in gaps)
    await saver.flush()
    assert (await store.current_draft()).message.text == "a" * 39
    await saver.aclose()


@pytest.mark.asyncio
async def test_flush_writes_now_and_restore_brings_it_back(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = Store(path)
    saver = DraftAutosaver(store, delay=10, max_delay=10)
    draft = CampaignDraft(name="Open one")
    await saver.open(draft)
    saver.changed(_with_text(draft, "typed before quit"))
    await saver.aclose()
    store.close()

    again = Store(path)
    restored = await DraftAutosaver(again).restore()
    assert restored is not None and restored.id == draft.id
    assert restored.message.text == "typed before quit"
    again.close()


@pytest.mark.asyncio
async def test_save_failure_keeps_draft_in_memory_and_retries(store: Store) -> None:
    errors: list[StoreError] = []
    saver = DraftAutosaver(
        store, delay=0.01, max_delay=0.05, retry_after_error=0.1, on_error=errors.append
    )
    draft = CampaignDraft()
    store.run_sync(lambda: store._connection().execute("PRAGMA query_only = 1"))
    saver.changed(_with_text(draft, "precious"))
    await asyncio.sleep(0.08)
    assert errors and "read-only" in errors[0].message
    assert saver.has_unsaved_changes and saver.pending_draft.message.text == "precious"
    assert saver.last_error is errors[0]
    with pytest.raises(StoreError):
        await saver.flush()
    assert saver.pending_draft.message.text == "precious"
    # The disk comes back: the retry saves it without any new change.
    store.run_sync(lambda: store._connection().execute("PRAGMA query_only = 0"))
    await asyncio.sleep(0.3)
    assert not saver.has_unsaved_changes and saver.last_error is None
    assert (await store.current_draft()).message.text == "precious"
    await saver.aclose()


@pytest.mark.asyncio
async def test_newer_change_during_save_is_not_overwritten(store: Store) -> None:
    saver = DraftAutosaver(store, delay=0.0, max_delay=0.0)
    draft = CampaignDraft()
    for i in range(30):
        saver.changed(_with_text(draft, str(i)))
        await asyncio.sleep(0)
    await saver.flush()
    assert (await store.current_draft()).message.text == "29"
    await saver.aclose()


@pytest.mark.asyncio
async def test_discard_and_flush_sync(store: Store) -> None:
    saver = DraftAutosaver(store, delay=10, max_delay=10)
    draft = CampaignDraft()
    await saver.open(draft)
    saver.changed(_with_text(draft, "dropped"))
    saver.discard()
    await saver.flush()
    assert (await store.current_draft()).message.text == ""
    saver.changed(_with_text(draft, "kept at quit"))
    saver.flush_sync()
    assert not saver.has_unsaved_changes
    assert (await store.current_draft()).message.text == "kept at quit"
    await saver.aclose()


def test_invalid_delays() -> None:
    with pytest.raises(ValueError):
        DraftAutosaver(None, delay=2, max_delay=1)  # type: ignore[arg-type]


TYPIST = textwrap.dedent(
    """
    import asyncio, sys, time
    from app.domain.campaign import CampaignDraft
    from app.domain.message import SpokenText
    from app.services.autosave import DraftAutosaver
    from app.services.store import Store

    async def main() -> None:
        store = Store(sys.argv[1])
        saver = DraftAutosaver(store)  # production timings: 0.5 s debounce, 1.5 s at most
        draft = CampaignDraft(name="Typing")
        await saver.open(draft)
        text = ""
        while True:
            text += "a"
            saver.changed(draft.model_copy(update={"message": SpokenText(text=text)}))
            print(len(text), time.monotonic(), flush=True)
            await asyncio.sleep(0.02)  # 50 characters per second

    asyncio.run(main())
    """
)


def test_sigkill_while_typing_loses_at_most_two_seconds(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert first, proc.stderr.read() if proc.stderr else "typist did not start"
    lines = [first]
    deadline = time.monotonic() + 3.3
    while time.monotonic() < deadline:
        lines.append(proc.stdout.readline())
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    typed: list[tuple[int, float]] = []
    for line in [*lines, *proc.stdout.read().splitlines()]:
        if line.strip():
            count, stamp = line.split()
            typed.append((int(count), float(stamp)))
    # Everything printed before the kill was typed; the last line is the last keystroke.
    last_count, last_time = max(typed)

    store = Store(path)
    try:
        saved = asyncio.run(store.current_draft())
    finally:
        store.close()
    assert saved is not None, "nothing was saved before the kill"
    saved_len = len(saved.message.text)
    if saved_len >= last_count:
        lost_seconds = 0.0
    else:
        # The keystroke after the saved text is the first one lost.
        lost_seconds = last_time - next(t for c, t in typed if c == saved_len + 1)
    print(f"typed {last_count} characters, saved {saved_len}, lost {lost_seconds:.2f} s")
    assert last_count > 100, "the typist did not type long enough"
    assert lost_seconds <= 2.0, (
        f"lost {lost_seconds:.2f} s of typing ({last_count - saved_len} characters)"
    )
