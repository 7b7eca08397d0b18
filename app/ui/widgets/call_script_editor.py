"""The Naxai call script editor: welcome, optional key-press menu, end message, and the voicemail
left on answering machines. Every edit replaces the draft's CallScript through the DraftViewModel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.message import CallScript, Menu, MenuChoice, Prompt, Transfer, Welcome
from app.domain.script_paths import (
    ALL_KEYS,
    VOICEMAIL,
    ProblemKind,
    ScriptProblem,
    add_choice,
    caller_path_texts,
    free_keys,
    part_text,
    remove_choice,
    replace_choice,
    script_problems,
    updated,
)
from app.ui.viewmodels.draft_vm import DraftViewModel
from app.ui.widgets.choices import CodeCombo

SPEAK, PLAY, TRANSFER = "say", "play", "transfer"
_PROBLEM_STYLE = "color: palette(highlight); font-weight: bold;"


def key_label(widget: QWidget, key: str) -> str:
    """"1", "* (star)", "# (hash)": how a key is named to the user."""
    if key == "*":
        return QCoreApplication.translate("CallScriptEditor", "* (star)")
    if key == "#":
        return QCoreApplication.translate("CallScriptEditor", "# (hash)")
    return key


def _problem_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(_PROBLEM_STYLE)
    label.setAccessibleName(name)
    label.setVisible(False)
    return label


def _show_problem(label: QLabel, texts: list[str]) -> None:
    text = "\n".join(f"⚠ {t}" for t in texts)
    if label.text() != text:
        label.setText(text)
    label.setVisible(bool(texts))


class PlayCountSpin(QSpinBox):
    """How many times a part is played in all (the model's `replay` is the extra plays)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(1, 10)
        self.setAccessibleName(accessible_name)
        self.setSuffix(self.tr(" time(s)"))

    def replay(self) -> int:
        return self.value() - 1

    def set_replay(self, replay: int) -> None:
        if self.replay() != replay:
            blocked = self.blockSignals(True)
            self.setValue(replay + 1)
            self.blockSignals(blocked)


class PartEditor(QWidget):
    """One spoken part: a text to speak or the address of a recording, with a Listen button."""

    edited = Signal()
    listen_requested = Signal(str)

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None, *,
                 listen_name: str, problem_name: str) -> None:
        """`name` is the part's title ("Welcome"); `listen_name` and `problem_name` are the whole
        accessible names of its Listen button and problem line, each translated as one phrase."""
        super().__init__(parent)
        self._name = name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.mode_combo = CodeCombo(self)
        self.mode_combo.fill([(self.tr("Speak this text"), SPEAK), (self.tr("Play a recording from its address"), PLAY)], SPEAK)
        self.mode_combo.setAccessibleName(self.tr("%1: spoken text or recording").replace("%1", name))
        self.mode_combo.currentIndexChanged.connect(self._on_mode_changed)
        row.addWidget(self.mode_combo)
        row.addStretch(1)
        self.listen_button = QPushButton(self.tr("▶ Listen"), self)
        self.listen_button.setAccessibleName(listen_name)
        self.listen_button.clicked.connect(lambda: self.listen_requested.emit(self.text_edit.toPlainText().strip()))
        row.addWidget(self.listen_button)
        layout.addLayout(row)
        self.stack = QStackedWidget(self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(placeholder)
        self.text_edit.setAccessibleName(self.tr("%1 text").replace("%1", name))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.text_edit.textChanged.connect(self._on_edited)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://example.org/messages/welcome.wav")
        self.url_edit.setAccessibleName(self.tr("%1 recording address").replace("%1", name))
        self.url_edit.textEdited.connect(self._on_edited)
        url_box = QWidget(self)
        url_layout = QVBoxLayout(url_box)
        url_layout.setContentsMargins(0, 0, 0, 0)
        url_layout.addWidget(self.url_edit)
        url_layout.addStretch(1)
        self.stack.addWidget(self.text_edit)
        self.stack.addWidget(url_box)
        self.stack.setFixedHeight(self.text_edit.height())
        layout.addWidget(self.stack)
        self.problem_label = _problem_label(self, problem_name)
        layout.addWidget(self.problem_label)
        self._update_listen()

    # --- values ---------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self.mode_combo.current_code() or SPEAK

    def value(self) -> tuple[str | None, str | None]:
        """(say, prompt): one of them is set, the other None."""
        if self.mode == PLAY:
            return None, self.url_edit.text().strip()
        return self.text_edit.toPlainText(), None

    def prompt(self, optional: bool = False) -> Prompt | None:
        """The part as a Prompt; None for an optional part left empty."""
        say, url = self.value()
        if optional and not (say or "").strip() and not url:
            return None
        return Prompt(say=say, prompt=url)

    def sync(self, part: Prompt | None, reset: bool = False) -> None:
        """Show `part` unless the fields already say the same (keeps the cursor while typing)."""
        say, url = (part.say or "", part.prompt or "") if part is not None else ("", "")
        mine = self.value()
        if (mine[0] or "", mine[1] or "") != (say, url) or reset:
            blocked = self.blockSignals(True)
            self.mode_combo.set_code(PLAY if url and not say else SPEAK)
            self.stack.setCurrentIndex(1 if self.mode == PLAY else 0)
            if self.mode == PLAY or reset:
                if self.url_edit.text() != url:
                    self.url_edit.setText(url)
            if self.mode == SPEAK or reset:
                if self.text_edit.toPlainText() != say:
                    self.text_edit.setPlainText(say)
            self.blockSignals(blocked)
        self._update_listen()

    def set_problems(self, texts: list[str]) -> None:
        _show_problem(self.problem_label, texts)

    # --- slots -----------------------------------------------------------------------------
    def _on_mode_changed(self, _index: int) -> None:
        self.stack.setCurrentIndex(1 if self.mode == PLAY else 0)
        (self.url_edit if self.mode == PLAY else self.text_edit).setFocus()
        self._on_edited()

    def _on_edited(self, *_args: object) -> None:
        self._update_listen()
        if not self.signalsBlocked():
            self.edited.emit()

    def _update_listen(self) -> None:
        speakable = self.mode == SPEAK and bool(self.text_edit.toPlainText().strip())
        self.listen_button.setEnabled(speakable)
        self.listen_button.setToolTip(
            self.tr("Hear this text with this computer's voice (an approximation of the provider's voice)") if speakable
            else self.tr("Recordings are played by the provider from their address; only written text can be listened to here")
            if self.mode == PLAY else self.tr("Write a text first"))


class ChoiceRow(QFrame):
    """One menu choice: the key, then speak a text, play a recording, or transfer to a number."""

    edited = Signal()
    listen_requested = Signal(str)
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._kept: tuple[str | None, str | None] = (None, None)  # text kept with a transfer (from a file)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.key_label = QLabel(self.tr("When the caller presses"), self)
        top.addWidget(self.key_label)
        self.key_combo = CodeCombo(self)
        self.key_label.setBuddy(self.key_combo)
        self.key_combo.currentIndexChanged.connect(self._on_edited)
        top.addWidget(self.key_combo)
        self.action_combo = CodeCombo(self)
        self.action_combo.fill([
            (self.tr("speak this text"), SPEAK),
            (self.tr("play a recording from its address"), PLAY),
            (self.tr("transfer the call to a number"), TRANSFER),
        ], SPEAK)
        self.action_combo.currentIndexChanged.connect(self._on_action_changed)
        top.addWidget(self.action_combo, 1)
        self.listen_button = QPushButton(self.tr("▶ Listen"), self)
        self.listen_button.clicked.connect(self._on_listen)
        top.addWidget(self.listen_button)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_requested)
        top.addWidget(self.remove_button)
        layout.addLayout(top)

        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("For example: The water will be cut tomorrow from 8 to 12 o'clock."))
        self.text_edit.textEdited.connect(self._on_edited)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://example.org/messages/details.wav")
        self.url_edit.textEdited.connect(self._on_edited)
        self.transfer_box = self._transfer_box()
        self._pages = (self.text_edit, self.url_edit, self.transfer_box)
        for page in self._pages:
            layout.addWidget(page)
        replay_row = QHBoxLayout()
        self.replay_label = QLabel(self.tr("Times played:"), self)
        self.replay_spin = PlayCountSpin("", self)
        self.replay_label.setBuddy(self.replay_spin)
        self.replay_spin.valueChanged.connect(self._on_edited)
        replay_row.addWidget(self.replay_label)
        replay_row.addWidget(self.replay_spin)
        replay_row.addStretch(1)
        layout.addLayout(replay_row)
        self.problem_label = _problem_label(self, "")
        layout.addWidget(self.problem_label)
        self._show_page()

    def _transfer_box(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.number_edit = QLineEdit(box)
        self.number_edit.setPlaceholderText(self.tr("For example: +32 2 555 01 00"))
        self.number_edit.textEdited.connect(self._on_edited)
        form.addRow(self.tr("&Number:"), self.number_edit)
        limits = QHBoxLayout()
        self.attempts_spin = QSpinBox(box)
        self.attempts_spin.setRange(1, 3)
        self.attempts_spin.setValue(1)
        self.attempts_spin.setSuffix(self.tr(" attempt(s)"))
        self.attempts_spin.valueChanged.connect(self._on_edited)
        self.timeout_spin = QSpinBox(box)
        self.timeout_spin.setRange(5, 30)
        self.timeout_spin.setValue(15)
        self.timeout_spin.setSuffix(self.tr(" seconds"))
        self.timeout_spin.valueChanged.connect(self._on_edited)
        self.attempts_spin.setToolTip(self.tr("How many times the number is called if nobody answers (1 to 3)"))
        self.timeout_spin.setToolTip(self.tr("How long the number rings each time before giving up (5 to 30 seconds)"))
        limits.addWidget(self.attempts_spin)
        ring = QLabel(self.tr("ringing for up to"), box)
        ring.setBuddy(self.timeout_spin)
        limits.addWidget(ring)
        limits.addWidget(self.timeout_spin)
        limits.addWidget(QLabel(self.tr("each"), box))
        limits.addStretch(1)
        form.addRow(self.tr("Try:"), limits)
        whisper_row = QHBoxLayout()
        self.whisper_edit = QLineEdit(box)
        self.whisper_edit.setPlaceholderText(self.tr("Optional: heard only by the person who answers, before the caller is put through"))
        self.whisper_edit.textEdited.connect(self._on_edited)
        whisper_row.addWidget(self.whisper_edit, 1)
        self.whisper_listen = QPushButton(self.tr("▶ Listen"), box)
        self.whisper_listen.clicked.connect(lambda: self.listen_requested.emit(self.whisper_edit.text().strip()))
        whisper_row.addWidget(self.whisper_listen)
        whisper_label = QLabel(self.tr("&Whisper:"), box)
        whisper_label.setBuddy(self.whisper_edit)
        form.addRow(whisper_label, whisper_row)
        return box

    # --- values ---------------------------------------------------------------------------
    @property
    def action(self) -> str:
        return self.action_combo.current_code() or SPEAK

    @property
    def key(self) -> str:
        return self.key_combo.current_code() or "1"

    def value(self) -> MenuChoice:
        """The choice as the fields show it."""
        action = self.action
        say, url = self._kept if action == TRANSFER else (None, None)
        transfer = None
        if action == SPEAK:
            say = self.text_edit.text()
        elif action == PLAY:
            url = self.url_edit.text().strip()
        else:
            whisper = self.whisper_edit.text()
            transfer = Transfer(destination=self.number_edit.text().strip(), attempts=self.attempts_spin.value(),
                                timeout=self.timeout_spin.value(), whisper=Prompt(say=whisper) if whisper.strip() else None)
        return MenuChoice(key=self.key, say=say, prompt=url, replay=self.replay_spin.replay(), transfer=transfer)

    def sync(self, choice: MenuChoice, keys: list[str], reset: bool = False) -> None:
        """Show `choice`; the key picker offers `keys` (the free ones plus this choice's own)."""
        blocked = self.blockSignals(True)
        self.key_combo.fill([(key_label(self, k), k) for k in keys], choice.key)
        if reset or self.value() != choice:
            if choice.transfer is not None:
                action = TRANSFER
                self._kept = (choice.say, choice.prompt)
            else:
                action = PLAY if choice.prompt and not choice.say else SPEAK
                self._kept = (None, None)
            self.action_combo.set_code(action)
            self._show_page()
            self._set_text(self.text_edit, choice.say or "" if action == SPEAK else None, reset)
            self._set_text(self.url_edit, choice.prompt or "" if action == PLAY else None, reset)
            transfer = choice.transfer
            self._set_text(self.number_edit, transfer.destination if transfer else None, reset)
            whisper = part_text(transfer.whisper) if transfer else None
            self._set_text(self.whisper_edit, whisper, reset)
            if transfer is not None:
                self.attempts_spin.setValue(transfer.attempts)
                self.timeout_spin.setValue(transfer.timeout)
            self.replay_spin.set_replay(choice.replay)
        self.blockSignals(blocked)
        self._update_labels()

    @staticmethod
    def _set_text(edit: QLineEdit, text: str | None, reset: bool) -> None:
        if text is None:
            text = "" if reset else edit.text()
        if edit.text() != text:
            edit.setText(text)

    def set_problems(self, texts: list[str]) -> None:
        _show_problem(self.problem_label, texts)

    def focus_text(self) -> None:
        self.text_edit.setFocus()

    # --- slots -----------------------------------------------------------------------------
    def _on_action_changed(self, _index: int) -> None:
        self._show_page()
        {SPEAK: self.text_edit, PLAY: self.url_edit, TRANSFER: self.number_edit}[self.action].setFocus()
        self._on_edited()

    def _show_page(self) -> None:
        current = (SPEAK, PLAY, TRANSFER).index(self.action)
        for index, page in enumerate(self._pages):
            page.setVisible(index == current)

    def _on_edited(self, *_args: object) -> None:
        self._update_labels()
        if not self.signalsBlocked():
            self.edited.emit()

    def _on_listen(self) -> None:
        self.listen_requested.emit(self.text_edit.text().strip())

    def _update_labels(self) -> None:
        key = key_label(self, self.key)
        action = self.action
        self.key_combo.setAccessibleName(self.tr("Key of this choice"))
        self.action_combo.setAccessibleName(self.tr("What happens when the caller presses %1").replace("%1", key))
        self.text_edit.setAccessibleName(self.tr("Text spoken after key %1").replace("%1", key))
        self.url_edit.setAccessibleName(self.tr("Recording address played after key %1").replace("%1", key))
        self.number_edit.setAccessibleName(self.tr("Number the caller is transferred to after key %1").replace("%1", key))
        self.attempts_spin.setAccessibleName(self.tr("How many times the transfer number is tried"))
        self.timeout_spin.setAccessibleName(self.tr("How long the transfer number rings each time, in seconds"))
        self.whisper_edit.setAccessibleName(self.tr("Whisper heard by the person who answers the transfer"))
        self.whisper_listen.setAccessibleName(self.tr("Listen to the whisper for key %1").replace("%1", key))
        self.whisper_listen.setEnabled(bool(self.whisper_edit.text().strip()))
        self.replay_spin.setAccessibleName(self.tr("How many times the message of key %1 is played").replace("%1", key))
        self.listen_button.setAccessibleName(self.tr("Listen to the message of key %1").replace("%1", key))
        self.remove_button.setAccessibleName(self.tr("Remove the choice for key %1").replace("%1", key))
        self.problem_label.setAccessibleName(self.tr("Problem with key %1").replace("%1", key))
        self.listen_button.setEnabled(action == SPEAK and bool(self.text_edit.text().strip()))
        self.listen_button.setVisible(action != TRANSFER)
        self.replay_label.setVisible(action != TRANSFER)
        self.replay_spin.setVisible(action != TRANSFER)


class CallScriptEditor(QWidget):
    """Edits the draft's CallScript; Listen and Play all ask the app to speak texts (not wired here)."""

    preview_requested = Signal(str)
    play_all_requested = Signal(list)

    def __init__(self, draft_vm: DraftViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = draft_vm
        self._rows: list[ChoiceRow] = []
        self._last_menu: Menu | None = None
        self._setup_ui()
        self._vm.loaded.connect(self._on_loaded)
        self._vm.changed.connect(self._on_changed)
        self._on_loaded()

    # --- layout ------------------------------------------------------------------------------
    def _setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        layout = QVBoxLayout(content)

        welcome_box = QGroupBox(self.tr("1. Welcome: what the caller hears first"), content)
        welcome_layout = QVBoxLayout(welcome_box)
        self.welcome_editor = PartEditor(self.tr("Welcome"), self.tr("For example: Hello, this is a message from your town hall."), welcome_box,
                                         listen_name=self.tr("Listen to the welcome"), problem_name=self.tr("Problem with the welcome"))
        welcome_layout.addWidget(self.welcome_editor)
        self.welcome_replay = PlayCountSpin(self.tr("How many times the welcome is played"), welcome_box)
        welcome_layout.addLayout(self._labelled(self.tr("Times &played:"), self.welcome_replay))
        layout.addWidget(welcome_box)

        self.menu_box = QGroupBox(self.tr("2. Key-press menu: let the caller choose by pressing a key"), content)
        self.menu_box.setCheckable(True)
        self.menu_box.setChecked(False)
        self.menu_box.setAccessibleName(self.tr("Key-press menu"))
        self.menu_box.toggled.connect(self._on_menu_toggled)
        menu_layout = QVBoxLayout(self.menu_box)
        self.menu_editor = PartEditor(self.tr("Question"), self.tr("For example: Press 1 to hear the details again, press 2 to speak to someone."), self.menu_box,
                                      listen_name=self.tr("Listen to the question"), problem_name=self.tr("Problem with the question"))
        menu_layout.addWidget(self.menu_editor)
        self.menu_replay = PlayCountSpin(self.tr("How many times the question is asked when no key is pressed"), self.menu_box)
        self.menu_replay.setToolTip(self.tr("When the caller presses no key, the question is asked again, up to this number of times in all"))
        menu_layout.addLayout(self._labelled(self.tr("Times &asked:"), self.menu_replay))
        self.rows_layout = QVBoxLayout()
        menu_layout.addLayout(self.rows_layout)
        add_row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("+ Add a &key"), self.menu_box)
        self.add_button.setAccessibleName(self.tr("Add a key the caller can press"))
        self.add_button.clicked.connect(self._on_add_choice)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        menu_layout.addLayout(add_row)
        self.menu_problem = _problem_label(self.menu_box, self.tr("Problem with the menu"))
        menu_layout.addWidget(self.menu_problem)
        layout.addWidget(self.menu_box)

        end_box = QGroupBox(self.tr("3. End: the last words before hanging up (optional)"), content)
        end_layout = QVBoxLayout(end_box)
        self.end_editor = PartEditor(self.tr("End message"), self.tr("For example: Thank you, goodbye."), end_box,
                                     listen_name=self.tr("Listen to the end message"), problem_name=self.tr("Problem with the end message"))
        end_layout.addWidget(self.end_editor)
        layout.addWidget(end_box)

        self.machine_box = QGroupBox(self.tr("Detect answering machines and leave this message instead"), content)
        self.machine_box.setCheckable(True)
        self.machine_box.setChecked(False)
        self.machine_box.setAccessibleName(self.tr("Detect answering machines"))
        self.machine_box.toggled.connect(self._on_machine_toggled)
        machine_layout = QVBoxLayout(self.machine_box)
        self.voicemail_editor = PartEditor(self.tr("Voicemail message"), self.tr("For example: This is your town hall: the water will be cut tomorrow from 8 to 12."), self.machine_box,
                                           listen_name=self.tr("Listen to the voicemail message"),
                                           problem_name=self.tr("Problem with the voicemail message"))
        machine_layout.addWidget(self.voicemail_editor)
        layout.addWidget(self.machine_box)
        layout.addStretch(1)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

        play_row = QHBoxLayout()
        play_label = QLabel(self.tr("Hear the whole call when the caller &presses:"), self)
        self.path_combo = QComboBox(self)
        self.path_combo.setAccessibleName(self.tr("Key the caller presses in Play all"))
        play_label.setBuddy(self.path_combo)
        self.path_combo.currentIndexChanged.connect(self._update_play_all)
        self.play_all_button = QPushButton(self.tr("▶ Play &all"), self)
        self.play_all_button.setAccessibleName(self.tr("Play the whole call as the caller hears it"))
        self.play_all_button.clicked.connect(self._on_play_all)
        play_row.addWidget(play_label)
        play_row.addWidget(self.path_combo, 1)
        play_row.addWidget(self.play_all_button)
        outer.addLayout(play_row)

        for editor in (self.welcome_editor, self.menu_editor, self.end_editor, self.voicemail_editor):
            editor.listen_requested.connect(self._emit_preview)
        self.welcome_editor.edited.connect(self._on_welcome_edited)
        self.welcome_replay.valueChanged.connect(self._on_welcome_edited)
        self.menu_editor.edited.connect(self._on_menu_edited)
        self.menu_replay.valueChanged.connect(self._on_menu_edited)
        self.end_editor.edited.connect(self._on_end_edited)
        self.voicemail_editor.edited.connect(self._on_voicemail_edited)

    def _labelled(self, text: str, widget: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(text, self)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget)
        row.addStretch(1)
        return row

    # --- access for the view and tests ------------------------------------------------------
    @property
    def rows(self) -> list[ChoiceRow]:
        return list(self._rows)

    def _script(self) -> CallScript | None:
        message = self._vm.draft.message
        return message if isinstance(message, CallScript) else None

    def _commit(self, script: CallScript) -> None:
        self._vm.set_message(script)

    # --- edits ------------------------------------------------------------------------------
    def _on_welcome_edited(self, *_args: object) -> None:
        script = self._script()
        if script is not None:
            say, url = self.welcome_editor.value()
            self._commit(updated(script, welcome=Welcome(say=say, prompt=url, replay=self.welcome_replay.replay())))

    def _on_menu_toggled(self, on: bool) -> None:
        script = self._script()
        if script is None or (script.menu is not None) == on:
            return
        if on:
            menu = self._last_menu or Menu(say="", choices=[MenuChoice(key="1", say="")])
        else:
            self._last_menu, menu = script.menu, None
        self._commit(updated(script, menu=menu))
        if on:
            self.menu_editor.text_edit.setFocus()

    def _on_menu_edited(self, *_args: object) -> None:
        script = self._script()
        if script is not None and script.menu is not None:
            say, url = self.menu_editor.value()
            menu = script.menu.model_copy(update={"say": say, "prompt": url, "replay": self.menu_replay.replay()})
            self._commit(updated(script, menu=menu))

    def _on_choice_edited(self, row: ChoiceRow) -> None:
        script = self._script()
        if script is not None and row in self._rows:
            self._commit(replace_choice(script, self._rows.index(row), row.value()))

    def _on_add_choice(self) -> None:
        script = self._script()
        if script is None:
            return
        self._commit(add_choice(script))
        if self._rows:
            self._rows[-1].focus_text()

    def _on_remove_choice(self, row: ChoiceRow) -> None:
        script = self._script()
        if script is not None and row in self._rows:
            self._commit(remove_choice(script, self._rows.index(row)))
            self.add_button.setFocus()

    def _on_end_edited(self) -> None:
        script = self._script()
        if script is not None:
            self._commit(updated(script, end=self.end_editor.prompt(optional=True)))

    def _on_machine_toggled(self, on: bool) -> None:
        script = self._script()
        if script is not None and script.machine_detection != on:
            self._commit(updated(script, machine_detection=on))

    def _on_voicemail_edited(self) -> None:
        script = self._script()
        if script is not None:
            self._commit(updated(script, voicemail=self.voicemail_editor.prompt(optional=True)))

    def _emit_preview(self, text: str) -> None:
        if text:
            self.preview_requested.emit(text)

    def _on_play_all(self) -> None:
        texts = self._path_texts()
        if texts:
            self.play_all_requested.emit(texts)

    def _path_texts(self) -> list[str]:
        script = self._script()
        if script is None:
            return []
        key = self.path_combo.currentData()
        return caller_path_texts(script, key or None)

    # --- refresh from the view-model ---------------------------------------------------------
    def _on_loaded(self) -> None:
        self._last_menu = None
        self._sync(reset=True)

    def _on_changed(self) -> None:
        self._sync(reset=False)

    def _sync(self, reset: bool) -> None:
        script = self._script()
        if script is None:
            return
        self.welcome_editor.sync(script.welcome, reset)
        self.welcome_replay.set_replay(script.welcome.replay)
        self._set_checked(self.menu_box, script.menu is not None)
        menu = script.menu
        self.menu_editor.sync(menu, reset)
        self.menu_replay.set_replay(menu.replay if menu else 0)
        choices = menu.choices if menu else []
        if reset or len(choices) != len(self._rows):
            self._rebuild_rows(len(choices))
        for row, choice in zip(self._rows, choices, strict=True):
            row.sync(choice, free_keys(menu, keep=choice.key), reset)
        self.add_button.setEnabled(len(choices) < len(ALL_KEYS))
        self.end_editor.sync(script.end, reset)
        self._set_checked(self.machine_box, script.machine_detection)
        self.voicemail_editor.sync(script.voicemail, reset)
        self._show_problems(script_problems(script))
        self._fill_path_combo(script)

    @staticmethod
    def _set_checked(box: QGroupBox, on: bool) -> None:
        if box.isChecked() != on:
            blocked = box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(blocked)

    def _rebuild_rows(self, count: int) -> None:
        for row in self._rows:
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self._rows = []
        for _ in range(count):
            row = ChoiceRow(self.menu_box)
            row.edited.connect(lambda r=row: self._on_choice_edited(r))
            row.remove_requested.connect(lambda r=row: self._on_remove_choice(r))
            row.listen_requested.connect(self._emit_preview)
            self.rows_layout.addWidget(row)
            self._rows.append(row)

    def _fill_path_combo(self, script: CallScript) -> None:
        items: list[tuple[str, str]] = [(self.tr("no key (welcome, question, end)"), "")]
        if script.menu is not None:
            items += [(self.tr("key %1").replace("%1", key_label(self, c.key)), c.key) for c in script.menu.choices]
        if script.machine_detection:
            items.append((self.tr("an answering machine picks up"), VOICEMAIL))
        current = self.path_combo.currentData()
        if [(self.path_combo.itemText(i), self.path_combo.itemData(i)) for i in range(self.path_combo.count())] != items:
            blocked = self.path_combo.blockSignals(True)
            self.path_combo.clear()
            for label, code in items:
                self.path_combo.addItem(label, code)
            self.path_combo.setCurrentIndex(max(self.path_combo.findData(current), 0))
            self.path_combo.blockSignals(blocked)
        self._update_play_all()

    def _update_play_all(self, *_args: object) -> None:
        self.play_all_button.setEnabled(bool(self._path_texts()))

    def _show_problems(self, problems: list[ScriptProblem]) -> None:
        by_part: dict[str | int, list[str]] = {}
        no_choices: list[str] = []
        for problem in problems:
            text = self._problem_text(problem)
            if problem.kind is ProblemKind.MENU_NO_CHOICES:
                no_choices.append(text)
            else:
                by_part.setdefault(problem.part, []).append(text)
        self.welcome_editor.set_problems(by_part.get("welcome", []))
        self.menu_editor.set_problems(by_part.get("menu", []))
        _show_problem(self.menu_problem, no_choices)
        self.end_editor.set_problems(by_part.get("end", []))
        self.voicemail_editor.set_problems(by_part.get("voicemail", []))
        for index, row in enumerate(self._rows):
            row.set_problems(by_part.get(index, []))

    def _problem_text(self, problem: ScriptProblem) -> str:
        key = key_label(self, problem.key) if problem.key else ""
        texts = {
            ProblemKind.WELCOME_EMPTY: self.tr("Write what the caller hears first, or give the address of a recording."),
            ProblemKind.VOICEMAIL_EMPTY: self.tr("Write the message left on answering machines, or turn detection off."),
            ProblemKind.MENU_EMPTY: self.tr("Write the question that tells the caller which key to press."),
            ProblemKind.MENU_NO_CHOICES: self.tr("Add at least one key the caller can press, or turn the menu off."),
            ProblemKind.CHOICE_EMPTY: self.tr("Write what the caller hears after pressing %1."),
            ProblemKind.DUPLICATE_KEY: self.tr("Key %1 is used twice: choose another key."),
            ProblemKind.TRANSFER_NO_NUMBER: self.tr("Give the number to transfer the caller to."),
            ProblemKind.NOT_AN_ADDRESS: self.tr("The address of a recording starts with https://"),
        }
        return texts[problem.kind].replace("%1", key)

