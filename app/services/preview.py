"""Local text-to-speech preview: one worker process (spawn), a WAV cache, cancel and restart."""

from __future__ import annotations

import asyncio
import hashlib
import json
import multiprocessing
import os
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from app.domain.providers import Gender
from app.services.paths import cache_dir
from app.services.preview_worker import (
    STOP,
    RenderDone,
    RenderFailed,
    RenderJob,
    WorkerHello,
    worker_main,
)
from app.services.voices import LocalVoice, VoiceChoice, VoiceNote, choose_voice
from app.services.wav_info import WavProblem, inspect_wav

DEFAULT_RATE = 175  # words per minute; eSpeak NG's own default, close to the providers' pace
START_TIMEOUT = 30.0
POLL_SECONDS = 0.02
MAX_CACHE_FILES = 500
ENGINE_FILE = "engine.json"


class PreviewError(Exception):
    """A preview could not be made; `message` says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PreviewCancelled(PreviewError):
    """The render was stopped by `cancel()` before it finished."""

    def __init__(self) -> None:
        super().__init__("The preview was stopped.")


@dataclass(frozen=True)
class RenderedPreview:
    """A rendered preview WAV, its length, the note about the local voice, and whether cached."""

    path: Path
    duration_seconds: float
    voice_note: VoiceNote | None
    cached: bool
    voice_id: str = ""


class _Worker:
    """One spawned worker process and our end of its pipe."""

    def __init__(self, ctx: Any) -> None:
        parent, child = ctx.Pipe(duplex=True)
        self.conn: Connection = parent
        self.process = ctx.Process(
            target=worker_main, args=(child,), name="voicedesk-preview", daemon=True
        )
        self.process.start()
        child.close()
        self.hello: WorkerHello | None = None
        self.killed = False

    @property
    def alive(self) -> bool:
        return not self.killed and self.process.is_alive()

    def kill_now(self) -> None:
        """Send SIGKILL (or TerminateProcess) without waiting; the worker counts as dead at once."""
        self.killed = True
        if self.process.is_alive():
            self.process.kill()

    def kill(self) -> None:
        self.kill_now()
        self.process.join(timeout=2)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(STOP)
        except OSError:
            pass
        self.process.join(timeout=2)
        self.kill()


class _Died(Exception):
    """The worker exited before answering."""


class PreviewService:
    """Renders previews in one lazily started worker process; async, never blocks the loop."""

    def __init__(
        self,
        cache: Path | None = None,
        rate: int = DEFAULT_RATE,
        render_timeout: float = 60.0,
    ) -> None:
        self._cache = cache
        self.rate = rate
        self.render_timeout = render_timeout
        self._ctx = multiprocessing.get_context("spawn")
        self._worker: _Worker | None = None
        self._lock = asyncio.Lock()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="preview-wait")
        self._cancel = threading.Event()
        self._job_id = 0
        self.restarts = 0
        self.starts = 0
        self._closed = False
        self._known_engine_on_disk: WorkerHello | None = None

    # ----- public API -------------------------------------------------------------------

    @property
    def cache_folder(self) -> Path:
        """The folder holding rendered WAVs."""
        folder = self._cache or cache_dir() / "previews"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    @property
    def worker_pid(self) -> int | None:
        """Process id of the running worker, or None."""
        w = self._worker
        return w.process.pid if w is not None and w.alive else None

    @property
    def busy(self) -> bool:
        """True while a job is rendering or queued."""
        return self._lock.locked()

    async def engine_info(self) -> WorkerHello:
        """Engine name, version and installed voices (starts the worker if needed)."""
        async with self._lock:
            return await self._ensure_worker()

    async def choose_voice(self, language: str, gender: Gender) -> VoiceChoice:
        """The local voice for a language and gender, with the note when it is only the nearest."""
        hello = await self.engine_info()
        return self._choose(hello, language, gender)

    async def render(self, text: str, language: str, gender: Gender) -> RenderedPreview:
        """Render `text` (or take it from the cache); raise PreviewError or PreviewCancelled."""
        text = text.strip()
        if not text:
            raise PreviewError("There is no text to preview.")
        if self._closed:
            raise PreviewError("The preview is shutting down.")
        async with self._lock:
            self._cancel.clear()  # cancel() only ever stops the render in flight
            known = self._known_engine()
            if known is not None:  # a cache hit needs no worker, even right after start-up
                found = self._lookup(text, language, gender, known)
                if found is not None:
                    return found
            hello = await self._ensure_worker()
            if hello != known:
                found = self._lookup(text, language, gender, hello)
                if found is not None:
                    return found
            choice = self._choose(hello, language, gender)
            target = self._target(text, choice, hello)
            duration = await self._render_job(text, choice.voice_id, target)
            self._prune()
            return RenderedPreview(target, duration, choice.note, False, choice.voice_id)

    async def export_wav(
        self, text: str, language: str, gender: Gender, out_path: Path
    ) -> RenderedPreview:
        """Render (or reuse) the preview and copy it to `out_path` atomically."""
        rendered = await self.render(text, language, gender)
        out_path = Path(out_path)
        out_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = out_path.with_name(f".{out_path.name}.{os.getpid()}.part")
        try:
            await asyncio.get_running_loop().run_in_executor(
                None, shutil.copyfile, rendered.path, tmp
            )
            os.replace(tmp, out_path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return RenderedPreview(
            out_path, rendered.duration_seconds, rendered.voice_note, rendered.cached,
            rendered.voice_id,
        )

    def cancel(self) -> None:
        """Stop an in-flight render now (its worker is killed and restarted on the next render)."""
        if self._lock.locked():
            self._cancel.set()
            w = self._worker
            if w is not None:
                w.kill_now()

    async def aclose(self) -> None:
        """Stop the worker and the waiting thread; later renders raise PreviewError."""
        self._closed = True
        self.cancel()
        w, self._worker = self._worker, None
        if w is not None:
            await asyncio.get_running_loop().run_in_executor(None, w.stop)
        self._executor.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Synchronous stop for shutdown paths that have no running loop."""
        self._closed = True
        w, self._worker = self._worker, None
        if w is not None:
            w.stop()
        self._executor.shutdown(wait=False, cancel_futures=True)

    # ----- internals --------------------------------------------------------------------

    def _choose(self, hello: WorkerHello, language: str, gender: Gender) -> VoiceChoice:
        voices = [
            LocalVoice(v["id"], v["name"], tuple(v["languages"]), v["gender"])
            for v in hello.voices
        ]
        try:
            return choose_voice(language, gender, voices, hello.engine)
        except LookupError as exc:
            raise PreviewError(str(exc)) from None

    def _target(self, text: str, choice: VoiceChoice, hello: WorkerHello) -> Path:
        return self.cache_folder / f"{self._key(text, choice, hello, self.rate)}.wav"

    def _lookup(
        self, text: str, language: str, gender: Gender, hello: WorkerHello
    ) -> RenderedPreview | None:
        choice = self._choose(hello, language, gender)
        target = self._target(text, choice, hello)
        hit = self._cached(target)
        if hit is None:
            return None
        return RenderedPreview(target, hit, choice.note, True, choice.voice_id)

    def _known_engine(self) -> WorkerHello | None:
        """The live worker's engine, else the one the last worker reported (saved in the cache)."""
        w = self._worker
        if w is not None and w.alive and w.hello is not None:
            return w.hello
        try:
            data = json.loads((self.cache_folder / ENGINE_FILE).read_text(encoding="utf-8"))
            return WorkerHello(str(data["engine"]), str(data["version"]), list(data["voices"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _remember_engine(self, hello: WorkerHello) -> None:
        path = self.cache_folder / ENGINE_FILE
        tmp = path.with_name(f".{ENGINE_FILE}.{os.getpid()}.part")
        data = {"engine": hello.engine, "version": hello.version, "voices": hello.voices}
        try:
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            tmp.unlink(missing_ok=True)  # only a speed-up; the next start writes it again

    @staticmethod
    def _key(text: str, choice: VoiceChoice, hello: WorkerHello, rate: int | None = None) -> str:
        raw = json.dumps(
            [text, choice.language, str(choice.gender), choice.voice_id, hello.engine,
             hello.version, rate],
            ensure_ascii=False,
        )
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]

    def _cached(self, target: Path) -> float | None:
        if not target.exists():
            return None
        try:
            duration = inspect_wav(target).duration_seconds
        except WavProblem:
            target.unlink(missing_ok=True)
            return None
        os.utime(target)
        return duration

    def _prune(self) -> None:
        files = sorted(self.cache_folder.glob("*.wav"), key=lambda p: p.stat().st_mtime)
        for old in files[:-MAX_CACHE_FILES]:
            old.unlink(missing_ok=True)

    async def _ensure_worker(self) -> WorkerHello:
        """Start the worker if none is alive and return its hello; caller holds the lock."""
        w = self._worker
        if w is not None and w.alive and w.hello is not None:
            return w.hello
        if w is not None:
            self._worker = None
            self.restarts += 1
            await asyncio.get_running_loop().run_in_executor(None, w.kill)
        loop = asyncio.get_running_loop()
        w = await loop.run_in_executor(None, _Worker, self._ctx)
        self._worker = w
        self.starts += 1
        try:
            reply = await self._receive(w, START_TIMEOUT, cancellable=True)
        except _Died:
            if self._cancel.is_set():
                raise PreviewCancelled() from None
            raise PreviewError("The local speech engine could not start.") from None
        if isinstance(reply, RenderFailed):
            raise PreviewError(reply.message)
        if not isinstance(reply, WorkerHello):
            raise PreviewError("The local speech engine answered something unexpected.")
        w.hello = reply
        if reply != self._known_engine_on_disk:
            self._remember_engine(reply)
            self._known_engine_on_disk = reply
        return reply

    async def _render_job(self, text: str, voice_id: str, target: Path) -> float:
        """Send one job, retrying once on a fresh worker if the worker dies; return duration."""
        for attempt in (1, 2):
            await self._ensure_worker()
            w = self._worker
            assert w is not None
            self._job_id += 1
            tmp = target.with_name(f".{target.stem}.{self._job_id}.part.wav")
            job = RenderJob(self._job_id, text, voice_id, self.rate, str(tmp))
            try:
                w.conn.send(job)
                reply = await self._receive(w, self.render_timeout, cancellable=True)
            except (_Died, OSError):
                w.kill_now()
                tmp.unlink(missing_ok=True)
                if self._cancel.is_set():
                    raise PreviewCancelled() from None
                if attempt == 2:
                    raise PreviewError(
                        "The local speech engine stopped unexpectedly, twice. "
                        "Try a shorter text or restart VoiceDesk."
                    ) from None
                continue
            except asyncio.CancelledError:
                # The awaiting task was cancelled: kill the in-flight render too.
                tmp.unlink(missing_ok=True)
                w.kill_now()
                raise
            if isinstance(reply, RenderFailed) or not isinstance(reply, RenderDone):
                tmp.unlink(missing_ok=True)
                raise PreviewError(getattr(reply, "message", "The speech engine failed."))
            if reply.job_id != job.job_id:
                tmp.unlink(missing_ok=True)
                w.kill_now()
                continue
            os.replace(tmp, target)
            return reply.duration_seconds
        raise PreviewError("The local speech engine could not render this text.")

    async def _receive(self, w: _Worker, timeout: float, cancellable: bool) -> Any:
        """Wait for the worker's next message in a thread, so the event loop stays free."""
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(
            self._executor, self._blocking_receive, w, timeout, cancellable
        )
        if isinstance(result, _Died):
            raise result
        return result

    def _blocking_receive(self, w: _Worker, timeout: float, cancellable: bool) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            if cancellable and self._cancel.is_set():
                w.kill_now()
                return _Died()
            try:
                if w.conn.poll(POLL_SECONDS):
                    return w.conn.recv()
            except (EOFError, OSError):
                return _Died()
            if not w.alive and not w.conn.poll(0):
                w.killed = True
                return _Died()
            if time.monotonic() > deadline:
                w.kill_now()
                return _Died()
