"""Combo boxes that show readable names for provider codes (languages, voices, providers)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.domain.providers import CAPABILITIES, Gender, ProviderCapabilities, ProviderId

# The providers' language names (app/domain/providers.py), marked here so lupdate extracts them;
# tests/ui/test_translations.py checks that every offered language is in this list.
LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("Language", "Bulgarian (Bulgaria)"),
    QT_TRANSLATE_NOOP("Language", "Dutch (Belgium)"),
    QT_TRANSLATE_NOOP("Language", "Dutch (Netherlands)"),
    QT_TRANSLATE_NOOP("Language", "English (United Kingdom)"),
    QT_TRANSLATE_NOOP("Language", "English (United States)"),
    QT_TRANSLATE_NOOP("Language", "French (Belgium)"),
    QT_TRANSLATE_NOOP("Language", "French (France)"),
    QT_TRANSLATE_NOOP("Language", "German (Germany)"),
    QT_TRANSLATE_NOOP("Language", "Greek (Greece)"),
    QT_TRANSLATE_NOOP("Language", "Hungarian (Hungary)"),
    QT_TRANSLATE_NOOP("Language", "Italian (Italy)"),
    QT_TRANSLATE_NOOP("Language", "Polish (Poland)"),
    QT_TRANSLATE_NOOP("Language", "Portuguese (Brazil)"),
    QT_TRANSLATE_NOOP("Language", "Russian (Russia)"),
    QT_TRANSLATE_NOOP("Language", "Spanish (Latin America)"),
    QT_TRANSLATE_NOOP("Language", "Spanish (Spain)"),
    QT_TRANSLATE_NOOP("Language", "Swedish (Sweden)"),
)


def language_name(caps: ProviderCapabilities, code: str) -> str:
    """"French (Belgium)" for fr-BE, translated; the code itself when unknown."""
    option = caps.language(code)
    return QCoreApplication.translate("Language", option.name) if option else code


def voice_name(gender: Gender) -> str:
    female, male = QT_TRANSLATE_NOOP("Voice", "Female voice"), QT_TRANSLATE_NOOP("Voice", "Male voice")
    return QCoreApplication.translate("Voice", female if gender is Gender.FEMALE else male)


class CodeCombo(QComboBox):
    """A combo whose items carry a code; `set_code` selects without emitting a user change."""

    def current_code(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0 and index != self.currentIndex():
            blocked = self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(blocked)

    def fill(self, items: list[tuple[str, str]], current: str | None) -> None:
        """Replace the items with (label, code) pairs, keeping signals quiet."""
        blocked = self.blockSignals(True)
        self.clear()
        for label, code in items:
            self.addItem(label, code)
        if current is not None:
            index = self.findData(current)
            self.setCurrentIndex(max(index, 0))
        self.blockSignals(blocked)


class ProviderCombo(CodeCombo):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fill([(caps.display_name, pid.value) for pid, caps in CAPABILITIES.items()], ProviderId.ROUTEE.value)


class LanguageCombo(CodeCombo):
    def show_for(self, caps: ProviderCapabilities, current: str) -> None:
        items = sorted(((language_name(caps, lang.code), lang.code) for lang in caps.languages), key=lambda i: i[0])
        self.fill(items, current)


class VoiceCombo(CodeCombo):
    def show_for(self, caps: ProviderCapabilities, current: Gender) -> None:
        self.fill([(voice_name(g), g.value) for g in caps.voice_codes], current.value)
