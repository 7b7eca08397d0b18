"""Choose the UI language and install VoiceDesk's and Qt's own translations for it, at start-up.

The language is, in order: the VOICEDESK_LANGUAGE environment variable (for testing), the declared
setting `ui.language` (app/services/settings.py UI_LANGUAGE), the system's UI languages; English
when none of them is one VoiceDesk speaks. Imports QtCore only: this runs before the window shows.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("en", "fr", "nl", "de", "el")  # English is the source language: no file needed
ENV_VARIABLE = "VOICEDESK_LANGUAGE"
SETTING_KEY = "ui.language"  # the key of app.services.settings.UI_LANGUAGE (a test holds them equal)
ZERO_IS_SINGULAR = frozenset({"fr"})  # "0 appel": French counts nothing in the singular

_active = "en"  # the language install_translators installed (English until then, and after remove)


def active_language() -> str:
    """The language the UI speaks now: "en", or the one install_translators installed."""
    return _active


def zero_is_singular() -> bool:
    """Whether the UI language says "0 call" rather than "0 calls" (French: "0 appel")."""
    return _active in ZERO_IS_SINGULAR


@dataclass
class ActiveLanguage:
    """The language the UI now speaks and the translators installed for it (removable, for tests)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale | None = None

    def remove(self) -> None:
        """Uninstall the translators and restore the default locale (the UI speaks English again)."""
        global _active
        _active = "en"
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
        self.translators.clear()
        if self.previous_locale is not None:
            QLocale.setDefault(self.previous_locale)
            self.previous_locale = None


def _base(tag: str) -> str:
    """'fr' for 'fr-BE', 'fr_BE' or 'FR'; '' for an empty tag."""
    return tag.strip().replace("_", "-").split("-")[0].lower()


def choose_language(setting: str = "", ui_languages: Sequence[str] | None = None) -> str:
    """The first of VOICEDESK_LANGUAGE, the setting and the system's UI languages that VoiceDesk
    speaks; an unknown or empty choice falls through to the next one, and English comes last."""
    system = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for tag in (os.environ.get(ENV_VARIABLE, ""), setting, *system):
        if _base(tag) in LANGUAGES:
            return _base(tag)
    return "en"


def stored_language(database: Path) -> str:
    """The `ui.language` setting as saved in the app's SQLite file ('' when unset or unreadable),
    read synchronously and read-only: the store itself is opened only later, after the window."""
    if not database.is_file():
        return ""
    import sqlite3

    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (SETTING_KEY,)).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return ""
    try:
        value = json.loads(row[0]) if row else ""
    except (TypeError, ValueError):
        return ""
    return value if isinstance(value, str) else ""


def install_translators(app: QCoreApplication, folder: Path, setting: str = "") -> ActiveLanguage:
    """Install voicedesk_<lang>.qm from `folder` and Qt's qtbase_<lang>.qm (standard buttons such
    as Cancel) for the chosen language; English, with nothing installed, when ours is missing."""
    language = choose_language(setting)
    active = ActiveLanguage("en")
    if language == "en":
        return active
    ours = QTranslator(app)
    if not ours.load(f"voicedesk_{language}", str(folder)):
        log.warning("no VoiceDesk translation for %s in %s; the UI stays in English", language, folder)
        return active
    global _active
    app.installTranslator(ours)
    active.language = _active = language
    active.translators.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        active.translators.append(qt)
    system = QLocale.system()
    if system.language() != QLocale(language).language():
        # Chosen against the system: dates and day names follow the UI language too.
        active.previous_locale = QLocale()
        QLocale.setDefault(QLocale(QLocale(language).language(), system.territory()))
    return active
