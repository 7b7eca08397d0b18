"""The Message step as a user drives it: message kinds switch the editor, providers limit the choices."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.domain.message import AudioFile, CallScript
from app.domain.providers import ProviderId
from app.ui.viewmodels.draft_vm import DraftViewModel
from app.ui.views.message_page import MessagePage


def make_page(qtbot: Any) -> tuple[MessagePage, DraftViewModel]:
    vm = DraftViewModel()
    page = MessagePage(vm)
    qtbot.addWidget(page)
    page.show()
    return page, vm


def test_choosing_a_recorded_message_shows_the_address_field(qtbot: Any) -> None:
    page, vm = make_page(qtbot)
    qtbot.mouseClick(page.audio_radio, Qt.MouseButton.LeftButton)
    assert isinstance(vm.draft.message, AudioFile)
    assert page.editors.currentIndex() == 1 and page.audio_url_edit.isVisible()
    qtbot.keyClicks(page.audio_url_edit, "https://commune.example/water.wav")
    assert vm.draft.message.url == "https://commune.example/water.wav"
    assert not page.language_combo.isEnabled()
    qtbot.mouseClick(page.text_radio, Qt.MouseButton.LeftButton)
    assert page.editors.currentIndex() == 0 and page.text_edit.isVisible()


def test_call_scripts_are_offered_only_for_naxai(qtbot: Any) -> None:
    page, vm = make_page(qtbot)
    assert not page.script_radio.isVisible()
    page.provider_combo.setCurrentIndex(page.provider_combo.findData(ProviderId.NAXAI.value))
    assert page.script_radio.isVisible()
    assert [page.language_combo.itemText(i) for i in range(page.language_combo.count())] == [
        "Dutch (Belgium)", "Dutch (Netherlands)", "English (United Kingdom)", "French (Belgium)",
        "French (France)", "German (Germany)"]
    qtbot.mouseClick(page.script_radio, Qt.MouseButton.LeftButton)
    assert isinstance(vm.draft.message, CallScript) and page.editors.currentIndex() == 2


def test_the_counter_warns_when_the_text_is_too_long_for_routee(qtbot: Any) -> None:
    page, vm = make_page(qtbot)
    vm.set_text("a" * 1001)
    assert page.counter_label.text().startswith("1,001 / 1,000 characters")
    assert "too long for Routee" in page.counter_label.text()
