"""Step 1, Message: provider, campaign name, the text (or a WAV address), language, voice, listen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.message import AudioFile, CallScript, SpokenText
from app.domain.providers import Gender, ProviderId
from app.domain.speech import WarningKind, estimate_seconds, speech_warnings
from app.ui.viewmodels.draft_vm import DraftViewModel
from app.ui.widgets.choices import LanguageCombo, ProviderCombo, VoiceCombo


class MessagePage(QWidget):
    """Binds the message fields of the open draft; every edit goes through the DraftViewModel."""

    preview_requested = Signal()

    def __init__(self, draft_vm: DraftViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = draft_vm
        self._setup_ui()
        self._vm.loaded.connect(self._refresh_all)
        self._vm.changed.connect(self._on_draft_changed)
        self._refresh_all()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>1. Message</h2>"))
        layout.addWidget(title)

        form = QFormLayout()
        self.provider_combo = ProviderCombo(self)
        self.provider_combo.setAccessibleName(self.tr("Provider"))
        self.provider_combo.currentIndexChanged.connect(self._on_provider_changed)
        form.addRow(self.tr("Send &with:"), self.provider_combo)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("For example: Water cut Ixelles"))
        self.name_edit.setAccessibleName(self.tr("Campaign name"))
        self.name_edit.textEdited.connect(self._vm.set_name)
        form.addRow(self.tr("Campaign &name:"), self.name_edit)

        kinds = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.text_radio = QRadioButton(self.tr("&Spoken text"), self)
        self.audio_radio = QRadioButton(self.tr("&Recorded message (WAV)"), self)
        self.script_radio = QRadioButton(self.tr("Call s&cript with key-press menu"), self)
        for button, kind in ((self.text_radio, "text"), (self.audio_radio, "audio"), (self.script_radio, "script")):
            button.setProperty("kind", kind)
            self.kind_group.addButton(button)
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.kind_group.buttonClicked.connect(lambda b: self._vm.set_message_kind(b.property("kind")))
        form.addRow(self.tr("Message:"), kinds)

        self.language_combo = LanguageCombo(self)
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.currentIndexChanged.connect(lambda _i: self._vm.set_language(self.language_combo.current_code() or ""))
        self.voice_combo = VoiceCombo(self)
        self.voice_combo.setAccessibleName(self.tr("Voice"))
        self.voice_combo.currentIndexChanged.connect(lambda _i: self._vm.set_gender(Gender(self.voice_combo.current_code() or "female")))
        voice_row = QHBoxLayout()
        voice_row.addWidget(self.language_combo, 2)
        voice_row.addWidget(self.voice_combo, 1)
        self.voice_row_label = QLabel(self.tr("&Language and voice:"), self)
        self.voice_row_label.setBuddy(self.language_combo)
        form.addRow(self.voice_row_label, voice_row)
        layout.addLayout(form)

        self.editors = QStackedWidget(self)
        self.editors.addWidget(self._text_editor())
        self.editors.addWidget(self._audio_editor())
        self.script_holder = QWidget(self)
        QVBoxLayout(self.script_holder)
        self.editors.addWidget(self.script_holder)
        layout.addWidget(self.editors, 1)

        listen_row = QHBoxLayout()
        self.listen_button = QPushButton(self.tr("▶ &Listen"), self)
        self.listen_button.setAccessibleName(self.tr("Listen to the message"))
        self.listen_button.setToolTip(self.tr("Speak the message with this computer's voice (an approximation of the provider's voice)"))
        self.listen_button.clicked.connect(self.preview_requested)
        listen_row.addWidget(self.listen_button)
        self.player_holder = QHBoxLayout()
        listen_row.addLayout(self.player_holder, 1)
        layout.addLayout(listen_row)

    def _text_editor(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text_edit = QPlainTextEdit(box)
        self.text_edit.setAccessibleName(self.tr("Message text"))
        self.text_edit.setPlaceholderText(self.tr("Type what people will hear, for example: Water will be cut tomorrow from 8 to 12 o'clock."))
        self.text_edit.textChanged.connect(self._on_text_changed)
        layout.addWidget(self.text_edit, 1)
        self.counter_label = QLabel(box)
        self.counter_label.setAccessibleName(self.tr("Length of the message"))
        layout.addWidget(self.counter_label)
        self.warnings_label = QLabel(box)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setAccessibleName(self.tr("Words that may sound wrong"))
        layout.addWidget(self.warnings_label)
        return box

    def _audio_editor(self) -> QWidget:
        box = QWidget(self)
        layout = QFormLayout(box)
        self.audio_url_edit = QLineEdit(box)
        self.audio_url_edit.setPlaceholderText("https://example.org/messages/water-cut.wav")
        self.audio_url_edit.setAccessibleName(self.tr("Public address of the WAV file"))
        self.audio_url_edit.textEdited.connect(self._vm.set_audio_url)
        layout.addRow(self.tr("Public &address of the WAV file:"), self.audio_url_edit)
        self.audio_holder = QVBoxLayout()
        layout.addRow(self.audio_holder)
        hint = QLabel(self.tr("Providers fetch the recording from its address: put the same WAV file on a public web server."), box)
        hint.setWordWrap(True)
        layout.addRow(hint)
        return box

    def add_player(self, widget: QWidget) -> None:
        """Place the preview player bar next to the Listen button."""
        self.player_holder.addWidget(widget)

    def set_script_editor(self, widget: QWidget) -> None:
        """Place the call-script editor shown for Naxai scripts."""
        self.script_holder.layout().addWidget(widget)

    def add_audio_widget(self, widget: QWidget) -> None:
        """Place the local WAV picker under the address field."""
        self.audio_holder.addWidget(widget)

    # --- slots -------------------------------------------------------------------------------
    def _on_provider_changed(self, _index: int) -> None:
        code = self.provider_combo.current_code()
        if code:
            self._vm.set_provider(ProviderId(code))
            self._refresh_all()

    def _on_text_changed(self) -> None:
        self._vm.set_text(self.text_edit.toPlainText())

    # --- refresh from the view-model --------------------------------------------------------
    def _on_draft_changed(self) -> None:
        """A keystroke only updates the counters; a new message kind or provider redraws the page."""
        draft = self._vm.draft
        shown = (self.editors.currentIndex(), self.provider_combo.current_code())
        wanted = ({"text": 0, "audio": 1, "script": 2}[draft.message.kind], draft.provider.value)
        if shown != wanted:
            self._refresh_all()
        else:
            self._refresh_counters()

    def _refresh_all(self) -> None:
        draft = self._vm.draft
        caps = self._vm.caps
        self.provider_combo.set_code(draft.provider.value)
        if self.name_edit.text() != draft.name:
            self.name_edit.setText(draft.name)
        message = draft.message
        self.script_radio.setVisible(caps.supports_call_script)
        for button in self.kind_group.buttons():
            button.setChecked(button.property("kind") == message.kind)
        self.editors.setCurrentIndex({"text": 0, "audio": 1, "script": 2}[message.kind])
        spoken = isinstance(message, (SpokenText, CallScript))
        self.language_combo.setEnabled(spoken)
        self.voice_combo.setEnabled(spoken)
        if spoken:
            self.language_combo.show_for(caps, message.language)
            self.voice_combo.show_for(caps, message.gender)
        if isinstance(message, SpokenText) and self.text_edit.toPlainText() != message.text:
            blocked = self.text_edit.blockSignals(True)
            self.text_edit.setPlainText(message.text)
            self.text_edit.blockSignals(blocked)
        if isinstance(message, AudioFile) and self.audio_url_edit.text() != message.url:
            self.audio_url_edit.setText(message.url)
        self._refresh_counters()

    def _refresh_counters(self) -> None:
        message = self._vm.draft.message
        if not isinstance(message, SpokenText):
            return
        caps = self._vm.caps
        length = len(message.text)
        seconds = estimate_seconds(message.text)
        if caps.max_text_length:
            counter = self.tr("%1 / %2 characters · about %3 seconds when spoken").replace(
                "%1", f"{length:,}").replace("%2", f"{caps.max_text_length:,}").replace("%3", f"{seconds:g}")
            over = length > caps.max_text_length
        else:
            counter = self.tr("%1 characters · about %3 seconds when spoken").replace("%1", f"{length:,}").replace("%3", f"{seconds:g}")
            over = False
        if over:
            counter += " · " + self.tr("too long for %1: shorten the text").replace("%1", caps.display_name)
        self.counter_label.setText(counter)
        self.counter_label.setStyleSheet("color: palette(highlight); font-weight: bold;" if over else "")
        warnings = speech_warnings(message.text)
        if not warnings:
            self.warnings_label.clear()
            return
        kinds = {
            WarningKind.NUMBER: self.tr("long number, may be read as an amount"),
            WarningKind.ABBREVIATION: self.tr("abbreviation, may be spelled out"),
            WarningKind.URL: self.tr("web or e-mail address, read letter by letter"),
            WarningKind.TIME: self.tr("time, write it in words to be sure"),
        }
        items = "; ".join(f"“{w.fragment}” ({kinds[w.kind]})" for w in warnings[:6])
        self.warnings_label.setText("⚠ " + self.tr("Listen to check these: %1").replace("%1", items))
