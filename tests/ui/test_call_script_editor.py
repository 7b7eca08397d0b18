"""The call script editor, driven like a user: every edit lands in the draft as a new CallScript."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.campaign import CampaignDraft
from app.domain.message import CallScript, Menu, MenuChoice, Prompt, Transfer, Welcome
from app.domain.providers import ProviderId
from app.ui.viewmodels.draft_vm import DraftViewModel
from app.ui.widgets.call_script_editor import CallScriptEditor


def _draft(script: CallScript | None = None) -> CampaignDraft:
    return CampaignDraft(provider=ProviderId.NAXAI, message=script or CallScript())


@pytest.fixture
def vm() -> DraftViewModel:
    model = DraftViewModel()
    model.load(_draft())
    return model


@pytest.fixture
def editor(qtbot, vm: DraftViewModel) -> CallScriptEditor:
    widget = CallScriptEditor(vm)
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.show()
    return widget


def _script(vm: DraftViewModel) -> CallScript:
    assert isinstance(vm.draft.message, CallScript)
    return vm.draft.message


def test_typing_the_welcome_replaces_the_script(qtbot, vm: DraftViewModel, editor: CallScriptEditor) -> None:
    before = _script(vm)
    assert editor.welcome_editor.problem_label.isVisibleTo(editor)  # empty welcome is pointed at
    qtbot.keyClicks(editor.welcome_editor.text_edit, "Bonjour")
    assert _script(vm).welcome.say == "Bonjour"
    assert before.welcome.say is None  # the old script object was not edited
    assert not editor.welcome_editor.problem_label.isVisibleTo(editor)
    editor.welcome_replay.setValue(3)
    assert _script(vm).welcome.replay == 2


def test_welcome_as_a_recording_address(qtbot, vm: DraftViewModel, editor: CallScriptEditor) -> None:
    qtbot.keyClicks(editor.welcome_editor.text_edit, "Hello")
    editor.welcome_editor.mode_combo.setCurrentIndex(1)
    qtbot.keyClicks(editor.welcome_editor.url_edit, "example.org/a.wav")
    assert _script(vm).welcome.prompt == "example.org/a.wav" and _script(vm).welcome.say is None
    assert "https://" in editor.welcome_editor.problem_label.text()
    assert not editor.welcome_editor.listen_button.isEnabled()
    editor.welcome_editor.mode_combo.setCurrentIndex(0)  # the text typed before is still there
    assert _script(vm).welcome.say == "Hello"


def test_menu_choices_keys_and_transfer(qtbot, vm: DraftViewModel, editor: CallScriptEditor) -> None:
    qtbot.keyClicks(editor.welcome_editor.text_edit, "Bonjour")
    editor.menu_box.setChecked(True)
    assert _script(vm).menu is not None and [c.key for c in _script(vm).menu.choices] == ["1"]
    qtbot.keyClicks(editor.menu_editor.text_edit, "Press 1 or 2")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert [c.key for c in _script(vm).menu.choices] == ["1", "2"]
    first, second = editor.rows
    keys_offered = [second.key_combo.itemData(i) for i in range(second.key_combo.count())]
    assert "1" not in keys_offered and "2" in keys_offered and "#" in keys_offered
    qtbot.keyClicks(first.text_edit, "Details")
    second.action_combo.setCurrentIndex(2)  # transfer
    assert "number" in second.problem_label.text()
    qtbot.keyClicks(second.number_edit, "+32 2 555 01 00")
    second.attempts_spin.setValue(3)
    second.timeout_spin.setValue(99)  # clamped to 30
    qtbot.keyClicks(second.whisper_edit, "Water campaign")
    second.key_combo.setCurrentIndex(second.key_combo.findData("#"))
    choice = _script(vm).menu.choices[1]
    assert choice.key == "#"
    assert choice.transfer == Transfer(destination="+32 2 555 01 00", attempts=3, timeout=30,
                                       whisper=Prompt(say="Water campaign"))
    assert not editor.rows[1].problem_label.isVisibleTo(editor)
    assert [first.key_combo.itemData(i) for i in range(first.key_combo.count())].count("#") == 0
    assert _script(vm).menu.choices[0] == MenuChoice(key="1", say="Details")


def test_remove_choice_and_menu_off_keeps_the_choices(qtbot, vm: DraftViewModel, editor: CallScriptEditor) -> None:
    editor.menu_box.setChecked(True)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.rows[1].text_edit, "Two")
    qtbot.mouseClick(editor.rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert [(c.key, c.say) for c in _script(vm).menu.choices] == [("2", "Two")]
    assert len(editor.rows) == 1
    editor.menu_box.setChecked(False)
    assert _script(vm).menu is None
    editor.menu_box.setChecked(True)
    assert [(c.key, c.say) for c in _script(vm).menu.choices] == [("2", "Two")]


def test_add_is_disabled_when_every_key_is_used(qtbot, vm: DraftViewModel, editor: CallScriptEditor) -> None:
    editor.menu_box.setChecked(True)
    for _ in range(11):
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(_script(vm).menu.choices) == 12
    assert not editor.add_button.isEnabled()


def test_listen_and_play_all_emit_the_callers_path(qtbot, vm: DraftViewModel, editor: CallScriptEditor) -> None:
    vm.load(_draft(CallScript(
        machine_detection=True,
        voicemail=Prompt(say="Service message"),
        welcome=Welcome(say="Hello"),
        menu=Menu(say="Press 1", choices=[MenuChoice(key="1", say="Details"),
                                          MenuChoice(key="2", transfer=Transfer(destination="3225550100"))]),
        end=Prompt(say="Goodbye"),
    )))
    with qtbot.waitSignal(editor.preview_requested) as blocker:
        qtbot.mouseClick(editor.welcome_editor.listen_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["Hello"]
    with qtbot.waitSignal(editor.preview_requested) as blocker:
        qtbot.mouseClick(editor.rows[0].listen_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["Details"]
    combo = editor.path_combo
    combo.setCurrentIndex(combo.findData("1"))
    with qtbot.waitSignal(editor.play_all_requested) as blocker:
        qtbot.mouseClick(editor.play_all_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [["Hello", "Press 1", "Details", "Goodbye"]]
    combo.setCurrentIndex(combo.findData("2"))
    with qtbot.waitSignal(editor.play_all_requested) as blocker:
        qtbot.mouseClick(editor.play_all_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [["Hello", "Press 1"]]  # the call is transferred, no end message
    combo.setCurrentIndex(combo.findData("voicemail"))
    with qtbot.waitSignal(editor.play_all_requested) as blocker:
        qtbot.mouseClick(editor.play_all_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [["Service message"]]


def test_loading_a_draft_shows_it_and_points_at_duplicate_keys(qtbot, vm: DraftViewModel, editor: CallScriptEditor) -> None:
    qtbot.keyClicks(editor.welcome_editor.text_edit, "Typed before")
    vm.load(_draft(CallScript(
        welcome=Welcome(prompt="https://example.org/w.wav"),
        menu=Menu(say="Press", choices=[MenuChoice(key="1", say="a"), MenuChoice(key="1", say="b")]),
    )))
    assert editor.welcome_editor.mode == "play"
    assert editor.welcome_editor.url_edit.text() == "https://example.org/w.wav"
    assert editor.welcome_editor.text_edit.toPlainText() == ""
    assert editor.menu_box.isChecked() and len(editor.rows) == 2
    for row in editor.rows:
        assert "used twice" in row.problem_label.text()
    editor.rows[1].key_combo.setCurrentIndex(editor.rows[1].key_combo.findData("5"))
    assert [c.key for c in _script(vm).menu.choices] == ["1", "5"]
    assert not any(row.problem_label.isVisibleTo(editor) for row in editor.rows)


def test_machine_detection_and_optional_parts(qtbot, vm: DraftViewModel, editor: CallScriptEditor) -> None:
    editor.machine_box.setChecked(True)
    assert _script(vm).machine_detection is True
    assert "answering machines" in editor.voicemail_editor.problem_label.text()
    qtbot.keyClicks(editor.voicemail_editor.text_edit, "Call us back")
    assert _script(vm).voicemail == Prompt(say="Call us back")
    qtbot.keyClicks(editor.end_editor.text_edit, "Bye")
    assert _script(vm).end == Prompt(say="Bye")
    editor.end_editor.text_edit.clear()
    assert _script(vm).end is None


def test_accessible_names_on_every_input(editor: CallScriptEditor, vm: DraftViewModel) -> None:
    vm.load(_draft(CallScript(welcome=Welcome(say="Hi"), menu=Menu(say="Q", choices=[MenuChoice(key="*", say="x")]))))
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton):
        for widget in editor.findChildren(kind):
            if widget.isVisibleTo(editor) and widget.parent() is not None and not widget.objectName().startswith("qt_"):
                assert widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()), widget
    assert "*" in editor.rows[0].action_combo.accessibleName()
