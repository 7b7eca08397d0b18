"""Preview logic for the GUI: render through PreviewService, play the WAV with QtMultimedia."""

from __future__ import annotations

import asyncio
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

from app.domain.providers import Gender
from app.services.preview import PreviewCancelled, PreviewError, PreviewService, RenderedPreview
from app.services.voices import NoteKind, VoiceNote
from app.services.wav_info import WavInfo, WavProblem, inspect_wav
from app.ui.tasks import TaskRunner


def make_player(parent: QObject | None = None) -> tuple[QMediaPlayer, QAudioOutput]:
    """A media player with its audio output, safe from the FFmpeg backend's threads (see below).

    Pitfall (a deadlock, seen as a test run hanging forever): objects created from Python are
    PySide wrapper subclasses whose C++ virtuals first ask Python whether they are overridden,
    which needs the GIL. The FFmpeg backend destroys its renderers in its own Qt threads, and
    ~QObject then calls disconnectNotify() on our QAudioOutput/QMediaPlayer while holding a Qt
    signal/slot mutex; meanwhile the GUI thread, holding the GIL, calls stop()/setSource(),
    which wants that mutex. PySide caches "no override" per object after the first lookup, so
    we make that lookup happen here, on this thread, before the backend ever sees the objects.
    """
    audio = QAudioOutput(parent)
    player = QMediaPlayer(parent)
    for obj in (audio, player):
        _cache_no_overrides(obj)
    player.setAudioOutput(audio)
    return player, audio


def _cache_no_overrides(obj: QObject) -> None:
    """Call the virtuals Qt may call from other threads once here, so PySide caches "none"."""
    probe = QObject()
    obj.destroyed.connect(probe.deleteLater)  # connectNotify
    obj.destroyed.disconnect(probe.deleteLater)  # disconnectNotify
    QCoreApplication.sendEvent(obj, QEvent(QEvent.Type.User))  # event, customEvent
    probe.setParent(obj)  # childEvent (added)
    probe.setParent(None)  # childEvent (removed)


class PreviewState(StrEnum):
    """What the preview player is doing."""

    IDLE = "idle"
    RENDERING = "rendering"
    PLAYING = "playing"
    PAUSED = "paused"
    ERROR = "error"


class PreviewViewModel(QObject):
    """Renders previews off the GUI thread and plays them; play, pause, stop and seek any time."""

    state_changed = Signal(str)  # PreviewState value
    position_changed = Signal(int)  # milliseconds
    duration_changed = Signal(int)  # milliseconds
    message_changed = Signal(str)  # plain words for the user (voice note, error), "" to clear
    rendered = Signal(object)  # RenderedPreview
    file_checked = Signal(object)  # WavInfo of a recorded message that passed the checks
    exported = Signal(object)  # RenderedPreview saved where the user asked

    def __init__(
        self,
        service: PreviewService,
        tasks: TaskRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._state = PreviewState.IDLE
        self._message = ""
        self._generation = 0
        self._task: asyncio.Task[RenderedPreview | None] | None = None
        self.last_preview: RenderedPreview | None = None
        self.current_path: Path | None = None
        self._player, self._audio = make_player(self)
        self._player.positionChanged.connect(lambda ms: self.position_changed.emit(int(ms)))
        self._player.durationChanged.connect(lambda ms: self.duration_changed.emit(int(ms)))
        self._player.mediaStatusChanged.connect(self._on_media_status)
        self._player.errorOccurred.connect(self._on_player_error)

    # ----- properties ----------------------------------------------------------------

    @property
    def state(self) -> PreviewState:
        return self._state

    @property
    def message(self) -> str:
        return self._message

    @property
    def position_ms(self) -> int:
        return int(self._player.position())

    @property
    def duration_ms(self) -> int:
        return int(self._player.duration())

    @property
    def player(self) -> QMediaPlayer:
        """The media player (tests and the UI may read it; control it through this class)."""
        return self._player

    # ----- rendering -----------------------------------------------------------------

    def preview(self, text: str, language: str, gender: Gender) -> None:
        """Slot: render `text` and play it, through the TaskRunner (or the running loop)."""
        coro = self.render_and_play(text, language, gender)
        if self._tasks is not None:
            self._task = self._tasks.run(coro, on_failure=self._on_unexpected, name="preview")
        else:  # fallback when no TaskRunner was injected
            self._task = asyncio.ensure_future(coro)

    async def render_and_play(
        self, text: str, language: str, gender: Gender
    ) -> RenderedPreview | None:
        """Render (or take from the cache) and start playing; None when stopped or failed."""
        self._generation += 1
        generation = self._generation
        self._player.stop()
        self._set_message("")
        self._set_state(PreviewState.RENDERING)
        try:
            rendered = await self._service.render(text, language, gender)
        except PreviewCancelled:
            if generation == self._generation and self._state is PreviewState.RENDERING:
                self._set_state(PreviewState.IDLE)
            return None
        except PreviewError as exc:
            if generation == self._generation:
                self._fail(self.tr("The preview could not be made: {0}").format(exc.message))
            return None
        except asyncio.CancelledError:
            if generation == self._generation:
                self._set_state(PreviewState.IDLE)
            raise
        if generation != self._generation:
            return None  # stopped, or a newer preview was asked for meanwhile
        self.last_preview = rendered
        self.rendered.emit(rendered)
        if rendered.voice_note is not None:
            self._set_message(self.voice_note_text(rendered.voice_note))
        self._play_path(rendered.path)
        return rendered

    async def export(
        self, text: str, language: str, gender: Gender, out_path: Path
    ) -> RenderedPreview | None:
        """Save the preview as a WAV file; None (and a message) when it could not be made."""
        try:
            exported = await self._service.export_wav(text, language, gender, Path(out_path))
        except PreviewError as exc:
            self._set_message(self.tr("The preview could not be saved: {0}").format(exc.message))
        except OSError as exc:
            self._set_message(
                self.tr("The preview could not be saved to {0}: {1}").format(
                    str(out_path), exc.strerror or str(exc)
                )
            )
        else:
            self._set_message(self.tr("Saved the preview to {0}.").format(str(exported.path)))
            self.exported.emit(exported)
            return exported
        return None

    def voice_note_text(self, note: VoiceNote) -> str:
        """The translated sentence for a voice note."""
        if note.kind is NoteKind.NO_GENDER:
            return self.tr("No local {0} voice; using {1}.").format(note.requested, note.used_name)
        return self.tr("No local voice for {0}; using the nearest one: {1}.").format(
            note.requested, note.used_name
        )

    # ----- recorded messages -------------------------------------------------------------

    def check_file(self, path: Path | str) -> WavInfo | None:
        """Check a WAV file the user picked; its facts, or None with a plain message."""
        try:
            info = inspect_wav(path)
        except WavProblem as exc:
            self._set_message(exc.message)
            return None
        self._set_message("")
        self.file_checked.emit(info)
        return info

    def play_file(self, path: Path | str) -> WavInfo | None:
        """Check a recorded WAV and play it; None (with a message) when it is not usable."""
        self.stop()
        info = self.check_file(path)
        if info is not None:
            self._play_path(Path(path))
        return info

    # ----- transport -----------------------------------------------------------------

    def play(self) -> None:
        """Play the current sound from where it is (or from the start after a stop)."""
        if self.current_path is not None and self._state is not PreviewState.RENDERING:
            self._player.play()
            self._set_state(PreviewState.PLAYING)

    def pause(self) -> None:
        """Pause playback (keeps the position)."""
        if self._state is PreviewState.PLAYING:
            self._player.pause()
            self._set_state(PreviewState.PAUSED)

    def toggle(self) -> None:
        """Play when paused or stopped, pause when playing."""
        if self._state is PreviewState.PLAYING:
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        """Stop at any moment: cancels a render in progress, or stops playback."""
        self._generation += 1
        if self._state is PreviewState.RENDERING:
            self._service.cancel()
            if self._task is not None and not self._task.done():
                self._task.cancel()
        self._task = None
        self._player.stop()
        if self._state is not PreviewState.ERROR:
            self._set_state(PreviewState.IDLE)

    def seek(self, position_ms: int) -> None:
        """Move to `position_ms` (clamped to the sound's length)."""
        duration = self.duration_ms
        self._player.setPosition(max(0, min(int(position_ms), duration or int(position_ms))))

    def shutdown(self) -> None:
        """Stop everything (on quit); the app owner also awaits PreviewService.aclose()."""
        self.stop()
        self._player.setSource(QUrl())

    # ----- internals -----------------------------------------------------------------

    def _play_path(self, path: Path) -> None:
        self.current_path = path
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()
        self._set_state(PreviewState.PLAYING)

    def _on_media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._player.stop()
            self.position_changed.emit(0)
            self._set_state(PreviewState.IDLE)
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail(self.tr("This sound cannot be played."))

    def _on_player_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self._fail(self.tr("The sound could not be played: {0}").format(text))

    def _on_unexpected(self, exc: BaseException) -> None:
        self._fail(self.tr("The preview failed unexpectedly: {0}").format(str(exc)))

    def _fail(self, message: str) -> None:
        self._player.stop()
        self._set_message(message)
        self._set_state(PreviewState.ERROR)

    def _set_state(self, state: PreviewState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state.value)

    def _set_message(self, message: str) -> None:
        if message != self._message:
            self._message = message
            self.message_changed.emit(message)
