"""A small player bar bound to PreviewViewModel: play/pause, stop, position, time, a note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.ui.viewmodels.preview_vm import PreviewState, PreviewViewModel


def format_time(ms: int) -> str:
    """`m:ss` for a number of milliseconds."""
    seconds = max(0, int(ms)) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class PlayerBar(QWidget):
    """Synchronous view of the preview player; every action goes to the view-model."""

    def __init__(self, vm: PreviewViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._duration = 0
        self._dragging = False
        self._setup_ui()
        vm.state_changed.connect(self._on_state)
        vm.position_changed.connect(self._on_position)
        vm.duration_changed.connect(self._on_duration)
        vm.message_changed.connect(self._on_message)
        self._on_state(vm.state.value)

    def _setup_ui(self) -> None:
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setObjectName("previewPlay")
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setObjectName("previewStop")
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("previewPosition")
        self.slider.setRange(0, 0)
        self.slider.setAccessibleName(self.tr("Position in the preview"))
        self.time_label = QLabel(self._time_text(0), self)
        self.status_label = QLabel("", self)
        self.approx_label = QLabel(self.tr("Approximation of the provider's voice"), self)
        self.approx_label.setObjectName("previewApproximation")
        self.message_label = QLabel("", self)
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.play_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        notes = QHBoxLayout()
        notes.addWidget(self.approx_label)
        notes.addStretch(1)
        notes.addWidget(self.status_label)
        column.addLayout(notes)
        column.addWidget(self.message_label)

        self.play_button.clicked.connect(self._on_play_clicked)
        self.stop_button.clicked.connect(self._vm.stop)
        self.slider.sliderPressed.connect(self._on_slider_pressed)
        self.slider.sliderReleased.connect(self._on_slider_released)
        self.slider.valueChanged.connect(self._on_slider_value)

    def _time_text(self, position: int) -> str:
        return self.tr("{0} / {1}").format(format_time(position), format_time(self._duration))

    # ----- slots ---------------------------------------------------------------------

    def _on_play_clicked(self) -> None:
        self._vm.toggle()

    def _on_slider_pressed(self) -> None:
        self._dragging = True

    def _on_slider_released(self) -> None:
        self._dragging = False
        self._vm.seek(self.slider.value())

    def _on_slider_value(self, value: int) -> None:
        self.time_label.setText(self._time_text(value))
        if not self._dragging:  # a click on the track or a key; our own updates are blocked
            self._vm.seek(value)

    def _on_state(self, state: str) -> None:
        state_ = PreviewState(state)
        playing = state_ is PreviewState.PLAYING
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        has_sound = self._vm.current_path is not None
        self.play_button.setEnabled(state_ is not PreviewState.RENDERING and has_sound)
        self.stop_button.setEnabled(state_ in (
            PreviewState.RENDERING, PreviewState.PLAYING, PreviewState.PAUSED))
        self.slider.setEnabled(has_sound and state_ is not PreviewState.RENDERING)
        texts = {
            PreviewState.IDLE: "",
            PreviewState.RENDERING: self.tr("Preparing the preview…"),
            PreviewState.PLAYING: self.tr("Playing"),
            PreviewState.PAUSED: self.tr("Paused"),
            PreviewState.ERROR: self.tr("Error"),
        }
        self.status_label.setText(texts[state_])

    def _on_position(self, ms: int) -> None:
        if self._dragging:
            return
        blocked = self.slider.blockSignals(True)
        self.slider.setValue(ms)
        self.slider.blockSignals(blocked)
        self.time_label.setText(self._time_text(ms))

    def _on_duration(self, ms: int) -> None:
        self._duration = max(0, ms)
        self.slider.setRange(0, self._duration)
        self.time_label.setText(self._time_text(self.slider.value()))

    def _on_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
