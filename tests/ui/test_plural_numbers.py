"""Counts and phrases follow the UI language: its group separator ("2 500" in French, "2,500" in
English), its rule for zero ("0 numéro", singular, in French) and its capitals (German nouns)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from app.ui.numbers_text import count_text
from app.ui.plural import plural
from app.ui.translations import ENV_VARIABLE, active_language, install_translators

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
ONE = QT_TRANSLATE_NOOP("ReviewPage", "%n invalid number")
MANY = QT_TRANSLATE_NOOP("ReviewPage", "%n invalid numbers")


@pytest.fixture
def french(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The French translators and locale installed as at start-up, removed after."""
    monkeypatch.setenv(ENV_VARIABLE, "fr")
    active = install_translators(qapp, FOLDER)
    try:
        assert active.language == "fr" == active_language()
        yield
    finally:
        active.remove()
    assert active_language() == "en"


def test_english_counts_and_plurals(qapp: Any) -> None:
    assert active_language() == "en"
    assert count_text(2500) == "2,500"
    assert plural("ReviewPage", 2500, ONE, MANY) == "2,500 invalid numbers"
    assert plural("ReviewPage", 1, ONE, MANY) == "1 invalid number"
    assert plural("ReviewPage", 0, ONE, MANY) == "0 invalid numbers"


def test_french_counts_with_its_separator_and_zero_in_the_singular(french: None) -> None:
    separator = QLocale(QLocale.Language.French).groupSeparator()
    assert separator.strip() == ""  # a (narrow) non-breaking space, not a comma
    assert count_text(2500) == f"2{separator}500"
    assert plural("ReviewPage", 2500, ONE, MANY) == f"2{separator}500 numéros non valides"
    assert plural("ReviewPage", 1, ONE, MANY) == "1 numéro non valide"
    assert plural("ReviewPage", 0, ONE, MANY) == "0 numéro non valide"


@pytest.fixture
def german(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The German translators installed as at start-up, removed after."""
    monkeypatch.setenv(ENV_VARIABLE, "de")
    active = install_translators(qapp, FOLDER)
    try:
        assert active.language == "de"
        yield
    finally:
        active.remove()


def test_script_part_names_keep_german_capitals(german: None, qtbot: Any) -> None:
    """Part names are translated as whole phrases, not lowercased into them ("begrüßung")."""
    from app.domain.campaign import CampaignDraft
    from app.domain.message import CallScript
    from app.domain.providers import ProviderId
    from app.ui.viewmodels.draft_vm import DraftViewModel
    from app.ui.widgets.call_script_editor import CallScriptEditor

    vm = DraftViewModel()
    vm.load(CampaignDraft(provider=ProviderId.NAXAI, message=CallScript()))
    editor = CallScriptEditor(vm)
    qtbot.addWidget(editor)
    assert editor.welcome_editor.listen_button.accessibleName() == "Begrüßung anhören"
    assert editor.voicemail_editor.listen_button.accessibleName() == "Nachricht für Anrufbeantworter anhören"
