"""The preview worker process: owns the one pyttsx3 engine and renders jobs to WAV files.

Started with the multiprocessing *spawn* context by `PreviewService`; nothing here imports Qt.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

FINISH_TIMEOUT = 5.0  # extra seconds allowed for `finished-utterance` after runAndWait returns


@dataclass(frozen=True)
class RenderJob:
    """Render `text` with `voice_id` at `rate` words per minute into the WAV `out`."""

    job_id: int
    text: str
    voice_id: str
    rate: int
    out: str


@dataclass(frozen=True)
class WorkerHello:
    """Sent once when the engine is ready: engine name and version, and the installed voices."""

    engine: str
    version: str
    voices: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class RenderDone:
    """A job finished: the WAV at `out` is complete and `duration_seconds` long."""

    job_id: int
    out: str
    duration_seconds: float
    render_seconds: float


@dataclass(frozen=True)
class RenderFailed:
    """A job failed; `message` is plain words for the user."""

    job_id: int
    message: str


STOP = "stop"


def _engine_info(engine: Any) -> WorkerHello:
    driver = type(engine.proxy._driver).__module__.rsplit(".", 1)[-1]
    version = "unknown"
    try:
        from importlib.metadata import version as dist_version

        version = f"pyttsx3-{dist_version('pyttsx3')}"
    except Exception:  # noqa: BLE001 - frozen apps may lack metadata
        pass
    if driver == "espeak":
        from pyttsx3.drivers import _espeak

        version += "/espeak-ng-" + (_espeak.Info(None) or b"?").decode("ascii", "replace")
    voices = [
        {
            "id": str(v.id).lower() if driver == "espeak" else str(v.id),
            "name": str(v.name or v.id),
            "languages": [str(lang) for lang in (v.languages or [])],
            "gender": v.gender,
        }
        for v in engine.getProperty("voices")
    ]
    return WorkerHello(engine=driver, version=version, voices=voices)


def _check_wav(path: Path) -> float:
    from app.services.wav_info import inspect_wav

    return inspect_wav(path).duration_seconds


class _Renderer:
    """One pyttsx3 engine; renders jobs one at a time and waits for the real end of each."""

    def __init__(self) -> None:
        import pyttsx3

        self.engine = pyttsx3.init()
        self.finished = threading.Event()
        self.completed = True
        self._retryable = False
        self.engine.connect("finished-utterance", self._on_finished)
        self.driver = type(self.engine.proxy._driver).__module__.rsplit(".", 1)[-1]

    def _on_finished(self, name: object = None, completed: bool = True) -> None:
        self.completed = bool(completed)
        self.finished.set()

    def _settle(self) -> None:
        """Let eSpeak NG go idle (voice and rate changes keep it busy a moment), drop a stale stop.

        pyttsx3 2.99's runAndWait calls `stop()` before synthesis when the queue is idle; if eSpeak
        is still busy then, `_stopping` is set and cancels the utterance (an empty WAV).
        """
        if self.driver != "espeak":
            return
        from pyttsx3.drivers import _espeak

        deadline = time.monotonic() + 1.0
        while _espeak.IsPlaying() and time.monotonic() < deadline:
            time.sleep(0.001)
        driver = self.engine.proxy._driver
        if getattr(driver, "_stopping", False):
            driver._stopping = False

    def render(self, job: RenderJob, attempts: int = 3) -> RenderDone | RenderFailed:
        """Render a job, trying again (up to `attempts`) when the engine cut the utterance short."""
        result: RenderDone | RenderFailed = RenderFailed(job.job_id, "The speech engine failed.")
        for _ in range(attempts):
            result = self._render_once(job)
            if isinstance(result, RenderDone) or not self._retryable:
                return result
        return result

    def _render_once(self, job: RenderJob) -> RenderDone | RenderFailed:
        out = Path(job.out)
        start = time.perf_counter()
        self._retryable = False
        try:
            self.engine.setProperty("voice", job.voice_id)
            self.engine.setProperty("rate", job.rate)
            self._settle()
            out.unlink(missing_ok=True)
            self.finished.clear()
            self.engine.save_to_file(job.text, str(out))
            self.engine.runAndWait()
            # runAndWait may return before eSpeak NG has written the file: wait for the callback.
            budget = FINISH_TIMEOUT + len(job.text) / 20
            if not self.finished.wait(budget):
                return RenderFailed(job.job_id, "The speech engine did not finish in time.")
            if not self.completed:
                self._retryable = True
                return RenderFailed(job.job_id, "The speech engine stopped before the end.")
            deadline = time.monotonic() + 0.5
            while True:
                try:
                    duration = _check_wav(out)
                    break
                except Exception as exc:  # noqa: BLE001 - file may still be landing
                    if time.monotonic() > deadline:
                        self._retryable = True
                        msg = getattr(exc, "message", str(exc))
                        return RenderFailed(job.job_id, f"The rendered sound is not valid: {msg}")
                    time.sleep(0.005)
            # eSpeak NG applies a voice at synthesis time and keeps the old one for unknown names.
            current = str(self.engine.getProperty("voice") or "")
            if self.driver == "espeak" and current.lower() != job.voice_id.lower():
                out.unlink(missing_ok=True)
                return RenderFailed(job.job_id, f"The local voice {job.voice_id} is not installed.")
        except Exception as exc:  # noqa: BLE001 - reported to the app, never swallowed
            return RenderFailed(job.job_id, f"The speech engine failed: {exc}")
        return RenderDone(job.job_id, str(out), duration, time.perf_counter() - start)


def worker_main(conn: Connection) -> None:
    """Worker process entry point: say hello, then serve `RenderJob`s until STOP or EOF."""
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - pyttsx3 prints "Audio saved to ..."
    try:
        renderer = _Renderer()
        conn.send(_engine_info(renderer.engine))
    except Exception as exc:  # noqa: BLE001
        conn.send(RenderFailed(-1, f"The local speech engine could not start: {exc}"))
        return
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job == STOP or not isinstance(job, RenderJob):
            return
        conn.send(renderer.render(job))
