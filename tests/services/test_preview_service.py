"""PreviewService: real renders in the worker process, cache, cancel, restart, a free event loop."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from app.domain.providers import Gender
from app.services.preview import PreviewCancelled, PreviewError, PreviewService
from app.services.wav_info import inspect_wav
from tests.services.conftest_audio import espeak_cli_wav

FRENCH = (
    "Bonjour, ceci est un message de la mairie. La collecte des déchets aura lieu mardi "
    "matin. Merci de sortir vos poubelles la veille au soir et bonne journée à tous."
)


@pytest_asyncio.fixture
async def service() -> AsyncIterator[PreviewService]:
    svc = PreviewService()
    yield svc
    await svc.aclose()


def _cli_seconds(text: str, voice: str, tmp_path: Path, name: str = "cli.wav") -> float:
    return inspect_wav(espeak_cli_wav(text, voice, tmp_path / name)).duration_seconds


@pytest.mark.asyncio
async def test_french_female_matches_the_espeak_command_line(
    service: PreviewService, tmp_path: Path
) -> None:
    rendered = await service.render(FRENCH, "fr-FR", Gender.FEMALE)
    assert rendered.voice_id == "roa/fr+f3" and rendered.voice_note is None
    assert not rendered.cached
    info = inspect_wav(rendered.path)
    assert info.is_pcm and info.channels == 1 and info.sample_rate == 22050
    assert info.duration_seconds == pytest.approx(rendered.duration_seconds)
    expected = _cli_seconds(FRENCH, rendered.voice_id, tmp_path)
    assert abs(info.duration_seconds - expected) <= 0.3 * expected, (info, expected)


@pytest.mark.asyncio
async def test_second_render_comes_from_the_cache(service: PreviewService) -> None:
    first = await service.render(FRENCH, "fr-BE", Gender.FEMALE)
    stamp = first.path.stat().st_mtime_ns
    start = time.perf_counter()
    second = await service.render(FRENCH, "fr-BE", Gender.FEMALE)
    elapsed = time.perf_counter() - start
    assert second.cached and second.path == first.path
    assert second.duration_seconds == pytest.approx(first.duration_seconds)
    assert elapsed < 0.05
    assert first.path.parent.is_relative_to(Path(os.environ["VOICEDESK_CACHE_DIR"]))
    # A different gender or language is a different entry.
    other = await service.render(FRENCH, "fr-BE", Gender.MALE)
    assert not other.cached and other.path != first.path
    assert first.path.stat().st_mtime_ns >= stamp


@pytest.mark.asyncio
async def test_twenty_previews_in_a_row_some_cancelled(
    service: PreviewService, tmp_path: Path
) -> None:
    done = cancelled = 0
    for i in range(20):
        text = f"Message numéro {i}. " + FRENCH * (1 + i % 3)
        task = asyncio.create_task(service.render(text, "fr-FR", Gender.FEMALE))
        if i % 4 == 1:
            await asyncio.sleep(0.005 * (i % 3))
            service.cancel()
            try:
                await task
            except PreviewCancelled:
                cancelled += 1
                continue
        rendered = await task
        assert not rendered.cached
        got = inspect_wav(rendered.path).duration_seconds
        expected = _cli_seconds(text, rendered.voice_id, tmp_path, f"cli{i}.wav")
        assert abs(got - expected) <= 0.15 * expected, (i, got, expected)
        done += 1
    assert done + cancelled == 20 and done >= 15 and cancelled >= 1
    # Cancelled renders leave no half-written files behind.
    assert not list(service.cache_folder.glob("*.part*"))


@pytest.mark.asyncio
async def test_killed_idle_worker_is_replaced(service: PreviewService) -> None:
    await service.render("Premier message.", "fr-FR", Gender.FEMALE)
    pid = service.worker_pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    rendered = await service.render("Deuxième message.", "fr-FR", Gender.FEMALE)
    assert inspect_wav(rendered.path).duration_seconds > 0.5
    assert service.worker_pid not in (None, pid)
    assert service.restarts == 1


@pytest.mark.asyncio
async def test_worker_dying_mid_render_is_retried_once(
    service: PreviewService, monkeypatch: pytest.MonkeyPatch
) -> None:
    await service.engine_info()
    original = service._blocking_receive
    killed: list[int] = []

    def crash_first_job(w, timeout, cancellable):  # noqa: ANN001, ANN202
        if cancellable and not killed and w.hello is not None:
            killed.append(w.process.pid)
            os.kill(w.process.pid, signal.SIGKILL)
        return original(w, timeout, cancellable)

    monkeypatch.setattr(service, "_blocking_receive", crash_first_job)
    rendered = await service.render(FRENCH, "fr-FR", Gender.MALE)
    assert killed and service.worker_pid not in (None, killed[0])
    assert inspect_wav(rendered.path).duration_seconds > 3


async def _loop_gaps_during_renders(service: PreviewService) -> list[tuple[float, str]]:
    """Gaps between ticks of a 10 ms asyncio task while previews render (cold, warm, cached...)."""
    gaps: list[tuple[float, str]] = []
    phase = ["idle"]
    stop = asyncio.Event()

    async def probe() -> None:
        last = time.perf_counter()
        while not stop.is_set():
            await asyncio.sleep(0.01)
            now = time.perf_counter()
            gaps.append((now - last, phase[0]))
            last = now

    ticker = asyncio.create_task(probe())
    await asyncio.sleep(0.3)  # idle baseline: what the machine's load alone does to the loop
    phase[0] = "cold"
    await service.render(FRENCH * 4, "fr-FR", Gender.FEMALE)
    phase[0] = "warm"
    await service.render(FRENCH * 5, "de-DE", Gender.MALE)
    phase[0] = "cached"
    await service.render(FRENCH * 5, "de-DE", Gender.MALE)
    phase[0] = "cancel"
    task = asyncio.create_task(service.render(FRENCH * 6, "en-GB", Gender.FEMALE))
    await asyncio.sleep(0.01)
    service.cancel()
    with pytest.raises(PreviewCancelled):
        await task
    phase[0] = "restart"
    await service.render(FRENCH, "en-GB", Gender.FEMALE)
    phase[0] = "idle"
    await asyncio.sleep(0.03)
    stop.set()
    await ticker
    return gaps


@pytest.mark.asyncio
async def test_event_loop_never_blocked_over_50ms() -> None:
    """Max gap between ticks < 50 ms. This machine is shared (2 cores): a run disturbed by other
    processes is repeated, up to 3 runs; a real block in our code shows in every run."""
    runs: list[str] = []
    pauses: list[float] = []  # interpreter GC pauses, reported to explain a failure

    def on_gc(stage: str, info: dict[str, int]) -> None:
        if stage == "start":
            on_gc.started = time.perf_counter()  # type: ignore[attr-defined]
        else:
            pauses.append(time.perf_counter() - on_gc.started)  # type: ignore[attr-defined]

    gc.callbacks.append(on_gc)
    try:
        for _ in range(3):
            service = PreviewService()
            try:
                gaps = await _loop_gaps_during_renders(service)
            finally:
                await service.aclose()
            assert len(gaps) > 10
            worst, where = max(g for g in gaps if g[1] != "idle")
            baseline = max(g for g, p in gaps if p == "idle")
            if worst < 0.05:
                return
            runs.append(
                f"{worst * 1000:.0f} ms during the {where} render (idle baseline "
                f"{baseline * 1000:.0f} ms, longest GC pause "
                f"{max(pauses, default=0) * 1000:.0f} ms, "
                f"load {os.getloadavg()[0]:.1f})"
            )
    finally:
        gc.callbacks.remove(on_gc)
    pytest.fail("event loop blocked in every run: " + "; ".join(runs))


@pytest.mark.asyncio
async def test_export_wav_and_plain_errors(service: PreviewService, tmp_path: Path) -> None:
    out = tmp_path / "export" / "message.wav"
    exported = await service.export_wav("Bonjour à tous.", "fr-BE", Gender.FEMALE, out)
    assert exported.path == out and inspect_wav(out).duration_seconds > 0.3
    with pytest.raises(PreviewError, match="no text"):
        await service.render("   ", "fr-BE", Gender.FEMALE)


@pytest.mark.asyncio
async def test_nearest_voice_note_is_data(service: PreviewService) -> None:
    rendered = await service.render("Goedemorgen allemaal.", "nl-BE", Gender.FEMALE)
    assert rendered.voice_id == "gmw/nl+f3"
    assert rendered.voice_note is not None and rendered.voice_note.requested == "Dutch (Belgium)"


@pytest.mark.asyncio
async def test_aclose_stops_the_worker(tmp_path: Path) -> None:
    svc = PreviewService()
    await svc.render("Un.", "fr-FR", Gender.MALE)
    worker = svc._worker
    assert worker is not None
    await svc.aclose()
    assert not worker.process.is_alive()


@pytest.mark.asyncio
async def test_one_worker_renders_many_jobs_in_a_row_completely(
    service: PreviewService, tmp_path: Path
) -> None:
    """Regression: pyttsx3's runAndWait could cancel the next utterance (an empty or short WAV)."""
    pid = None
    for i in range(8):
        text = f"Essai {i}. " + FRENCH * (1 + i % 2)
        language, gender = ("fr-FR", Gender.FEMALE) if i % 2 else ("de-DE", Gender.MALE)
        rendered = await service.render(text, language, gender)
        pid = pid or service.worker_pid
        assert service.worker_pid == pid
        expected = _cli_seconds(text, rendered.voice_id, tmp_path, f"row{i}.wav")
        got = inspect_wav(rendered.path).duration_seconds
        assert abs(got - expected) <= 0.1 * expected, (i, got, expected)
    assert service.starts == 1 and service.restarts == 0


@pytest.mark.asyncio
async def test_render_after_aclose_is_a_plain_error() -> None:
    svc = PreviewService()
    await svc.aclose()
    with pytest.raises(PreviewError, match="shutting down"):
        await svc.render("Bonjour.", "fr-FR", Gender.FEMALE)


@pytest.mark.asyncio
async def test_cache_hit_after_restart_needs_no_worker(service: PreviewService) -> None:
    first = await service.render(FRENCH, "fr-BE", Gender.FEMALE)
    await service.aclose()
    fresh = PreviewService()
    try:
        start = time.perf_counter()
        again = await fresh.render(FRENCH, "fr-BE", Gender.FEMALE)
        assert time.perf_counter() - start < 0.05
        assert again.cached and again.path == first.path and fresh.starts == 0
        other = await fresh.render(FRENCH + " Merci.", "fr-BE", Gender.FEMALE)
        assert not other.cached and fresh.starts == 1
    finally:
        await fresh.aclose()
