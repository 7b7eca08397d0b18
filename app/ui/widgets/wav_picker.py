"""The recorded-message picker of the Message step: choose a WAV, see its facts, play it, and check
that its public address holds the same recording."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.message import AudioFile
from app.services.audio_check import AddressCheck, check_address
from app.services.wav_info import WavInfo, WavProblem, inspect_wav
from app.ui.tasks import TaskRunner
from app.ui.viewmodels.draft_vm import DraftViewModel
from app.ui.viewmodels.preview_vm import PreviewViewModel


class WavPicker(QWidget):
    """Choose a local WAV (an invalid one changes nothing), play it, and check its address."""

    def __init__(
        self,
        draft_vm: DraftViewModel,
        preview_vm: PreviewViewModel,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._draft_vm = draft_vm
        self._preview_vm = preview_vm
        self._tasks = tasks
        self._info: WavInfo | None = None
        self._dialog: QFileDialog | None = None
        self._check_generation = 0
        self._checking = False

        self.choose_button = QPushButton(self.tr("Choose WAV file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the recorded message"))
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setAccessibleName(self.tr("Play the recorded message"))
        self.check_button = QPushButton(self.tr("Check address"))
        self.check_button.setAccessibleName(self.tr("Check the public address of the recording"))
        self.facts_label = QLabel(self.tr("No WAV file chosen."))
        self.facts_label.setAccessibleName(self.tr("Facts of the recorded message"))
        self.facts_label.setWordWrap(True)
        self.check_label = QLabel("")
        self.check_label.setAccessibleName(self.tr("Result of the address check"))
        self.check_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.play_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.check_label)

        self.choose_button.clicked.connect(self.choose_file)
        self.play_button.clicked.connect(self.play)
        self.check_button.clicked.connect(self.check_address)
        draft_vm.loaded.connect(self._refresh_from_draft)
        draft_vm.changed.connect(self._update_buttons)
        self._refresh_from_draft()

    # ----- properties --------------------------------------------------------------------

    @property
    def info(self) -> WavInfo | None:
        """Facts of the chosen local WAV (None when none is chosen or it is not usable)."""
        return self._info

    # ----- slots -------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Open the file dialog (window-modal, with open(): the event loop keeps running)."""
        if self._dialog is None:
            self._dialog = QFileDialog(self, self.tr("Choose the recorded message"))
            self._dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            self._dialog.setNameFilters(
                [self.tr("WAV files (*.wav *.WAV)"), self.tr("All files (*)")]
            )
            self._dialog.fileSelected.connect(self.on_file_chosen)
        self._dialog.open()

    def on_file_chosen(self, path: str) -> None:
        """Check the chosen file: a valid WAV becomes the draft's local file, an invalid one
        changes nothing and its problem is shown in plain words."""
        if not path:
            return
        info = self._preview_vm.check_file(path)
        if info is None:
            self.facts_label.setText(
                self._preview_vm.message or self.tr("This file is not a usable WAV file.")
            )
            self._update_buttons()
            return
        self._info = info
        self.facts_label.setText(self.facts_text(info))
        self.check_label.setText("")
        message = self._draft_vm.draft.message
        url = message.url if isinstance(message, AudioFile) else ""
        self._draft_vm.set_message(AudioFile(url=url, local_path=str(Path(path))))
        self._update_buttons()

    def play(self) -> None:
        if self._info is not None:
            self._preview_vm.play_file(self._info.path)

    def check_address(self) -> None:
        """Download the draft's address and compare it with the local file, off the GUI thread."""
        message = self._draft_vm.draft.message
        url = message.url if isinstance(message, AudioFile) else ""
        if not url.strip():
            self.check_label.setText(self.tr("Enter the public address of the WAV file first."))
            return
        self._check_generation += 1
        generation = self._check_generation
        self._checking = True
        self.check_label.setText(self.tr("Checking the address…"))
        self.check_button.setEnabled(False)

        def done(result: AddressCheck) -> None:
            if generation == self._check_generation:
                self._show_check(result.message, result.ok)

        def failed(exc: BaseException) -> None:
            if generation == self._check_generation:
                text = self.tr("The address could not be checked: {0}").format(str(exc))
                self._show_check(text, False)

        self._tasks.run(
            check_address(url, self._info), on_success=done, on_failure=failed, name="check-address"
        )

    # ----- text --------------------------------------------------------------------------

    def facts_text(self, info: WavInfo) -> str:
        """The facts of a WAV in plain words: "a.wav: PCM, mono, 8,000 Hz, 16-bit, 8.5 seconds"."""
        if info.channels == 1:
            channels = self.tr("mono")
        elif info.channels == 2:
            channels = self.tr("stereo")
        else:
            channels = self.tr("{0} channels").format(info.channels)
        if info.size_bytes >= 1_048_576:
            size = self.tr("{0:.1f} MB").format(info.size_bytes / 1_048_576)
        else:
            size = self.tr("{0} KB").format(max(1, round(info.size_bytes / 1024)))
        bits = self.tr("{0}-bit, ").format(info.bits_per_sample) if info.bits_per_sample else ""
        return self.tr("{0}: {1}, {2}, {3:,} Hz, {4}{5:.1f} seconds, {6}").format(
            info.path.name,
            info.format_name,
            channels,
            info.sample_rate,
            bits,
            info.duration_seconds,
            size,
        )

    # ----- internals ---------------------------------------------------------------------

    def _show_check(self, text: str, ok: bool) -> None:
        self._checking = False
        self.check_label.setText(text)
        self.check_label.setProperty("ok", ok)
        self._update_buttons()

    def _refresh_from_draft(self) -> None:
        """Show the facts of the draft's local file (a draft was opened); quietly, no messages."""
        message = self._draft_vm.draft.message
        local = message.local_path if isinstance(message, AudioFile) else None
        self._info = None
        self._check_generation += 1  # a check still running is about the previous draft
        self._checking = False
        self.check_label.setText("")
        if not local:
            self.facts_label.setText(self.tr("No WAV file chosen."))
        else:
            try:
                self._info = inspect_wav(local)
            except WavProblem as exc:
                self.facts_label.setText(exc.message)
            else:
                self.facts_label.setText(self.facts_text(self._info))
        self._update_buttons()

    def _update_buttons(self) -> None:
        message = self._draft_vm.draft.message
        url = message.url if isinstance(message, AudioFile) else ""
        self.play_button.setEnabled(self._info is not None)
        self.check_button.setEnabled(bool(url.strip()) and not self._checking)
