"""Translations: the .ts files are up to date with the code, every entry is translated and keeps its
placeholders and accelerator, the committed .qm files match their .ts, and the app really shows
French, Dutch, German and Greek (Qt's own buttons included).

When a test here fails after you added or changed UI strings:
    bash scripts/update-translations.sh      # extracts new texts, compiles .qm files
then translate the entries it marks type="unfinished" in resources/translations/*.ts (any text
editor, or pyside6-linguist), run the script again and commit the .ts and .qm files.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from app.ui.translations import ENV_VARIABLE, SETTING_KEY, choose_language, install_translators, stored_language

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "nl", "de", "el")
PYSIDE_BIN = Path(sys.executable).parent
HOW_TO_FIX = ("Run `bash scripts/update-translations.sh`, translate the entries it marks "
              "type=\"unfinished\" in resources/translations/*.ts, run it again and commit the .ts "
              "and .qm files.")

Message = tuple[str, str]  # (context, source)


def _messages(ts: Path) -> dict[Message, tuple[str, bool]]:
    """(context, source) -> (translation, finished) for every message of a .ts file."""
    result: dict[Message, tuple[str, bool]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            result[(name, message.findtext("source") or "")] = (translation.text or "", finished)
    return result


def _tool(name: str) -> str:
    tool = PYSIDE_BIN / name
    if not tool.exists():
        pytest.skip(f"{name} is not installed next to {sys.executable}")
    return str(tool)


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of resources/translations run through scripts/update-translations.sh."""
    _tool("pyside6-lupdate")
    folder = tmp_path_factory.mktemp("translations")
    for ts in FOLDER.glob("*.ts"):
        shutil.copy(ts, folder / ts.name)
    env = {**os.environ, "TRANSLATIONS_DIR": str(folder), "PYSIDE_BIN": str(PYSIDE_BIN)}
    subprocess.run(["bash", str(ROOT / "scripts" / "update-translations.sh")], cwd=ROOT, env=env,
                   check=True, capture_output=True, timeout=120)
    return folder


# --- (a) the .ts files hold exactly the texts of the code ---------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_is_up_to_date_with_the_code(regenerated: Path, language: str) -> None:
    committed = set(_messages(FOLDER / f"voicedesk_{language}.ts"))
    current = set(_messages(regenerated / f"voicedesk_{language}.ts"))
    new = sorted(current - committed)
    gone = sorted(committed - current)
    assert not new and not gone, (
        f"voicedesk_{language}.ts is out of date with the code.\n"
        + "".join(f"  new in the code:   [{c}] {s!r}\n" for c, s in new)
        + "".join(f"  no longer in code: [{c}] {s!r}\n" for c, s in gone)
        + HOW_TO_FIX)


def test_every_context_is_one_tr_looks_up(regenerated: Path) -> None:
    """lupdate names the context of `x.tr("…")` after the variable `x`, but tr() looks the text up
    under x's class: such texts would never be translated."""
    contexts = {context for context, _ in _messages(regenerated / "voicedesk_fr.ts")}
    wrong = sorted(c for c in contexts if not c[:1].isupper())
    assert not wrong, (f"Texts filed under the contexts {wrong}: a tr() called on a variable "
                       "(window.tr, parent.tr…). Use self.tr() in the class, or "
                       "QCoreApplication.translate(\"ClassName\", \"…\").")


def test_main_py_texts_are_marked_in_the_main_window_context(tmp_path: Path) -> None:
    """app/main.py's window.tr() texts are looked up under MainWindow; the script takes them from the
    markers in app/ui/main_window_texts.py, so each must be there."""
    ts = tmp_path / "main_fr.ts"
    subprocess.run([_tool("pyside6-lupdate"), "-silent", str(ROOT / "app" / "main.py"), "-ts", str(ts)],
                   check=True, capture_output=True, timeout=60)
    in_main = {source for _, source in _messages(ts)}
    marked = {source for context, source in _messages(FOLDER / "voicedesk_fr.ts") if context == "MainWindow"}
    assert in_main, "lupdate found no text in app/main.py: this check would prove nothing"
    missing = sorted(in_main - marked)
    assert not missing, ("app/main.py shows texts that are not marked: add "
                         + ", ".join(f'QT_TRANSLATE_NOOP("MainWindow", {s!r})' for s in missing)
                         + " to app/ui/main_window_texts.py. " + HOW_TO_FIX)


def test_every_offered_language_name_is_translatable() -> None:
    from app.domain.providers import CAPABILITIES

    names = {option.name for caps in CAPABILITIES.values() for option in caps.languages}
    marked = {source for context, source in _messages(FOLDER / "voicedesk_fr.ts") if context == "Language"}
    assert names and not names - marked, (
        f"Language names not in LANGUAGE_NAMES of app/ui/widgets/choices.py: {sorted(names - marked)}")


# --- (b) every entry translated, placeholders and accelerators kept ------------------------------
_PLACEHOLDER = re.compile(r"%n|%\d|\{[^{}]*\}")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


def _form_problems(source: str, translation: str) -> list[str]:
    problems = []
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(translation)):
        problems.append(f"placeholders {sorted(_PLACEHOLDER.findall(source))} became "
                        f"{sorted(_PLACEHOLDER.findall(translation))}")
    if _accelerators(source) != _accelerators(translation):
        problems.append(f"{_accelerators(source)} accelerator(s) (&) became {_accelerators(translation)}")
    if sorted(_TAG.findall(source)) != sorted(_TAG.findall(translation)):
        problems.append("HTML tags differ")
    if source.endswith("…") != translation.endswith("…"):
        problems.append("the closing ellipsis (…) differs")
    if (source[:1].isspace(), source[-1:].isspace()) != (translation[:1].isspace(), translation[-1:].isspace()):
        problems.append("leading or trailing space differs")
    return problems


def test_the_form_check_catches_lost_placeholders_and_accelerators() -> None:
    assert _form_problems("&Send %1 calls…", "&Envoyer %1 appels…") == []
    assert _form_problems("{0:.1f} MB", "{0:.1f} Mo") == []
    assert len(_form_problems("&Send %1 calls…", "Envoyer %2 appels")) == 3
    assert _form_problems("<b>%n call</b>", "%n appel")
    assert _form_problems("at most {limit} characters", "au plus {limite} caractères")  # named ones too


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_keeps_its_form(language: str) -> None:
    messages = _messages(FOLDER / f"voicedesk_{language}.ts")
    assert len(messages) > 400
    unfinished = [f"  [{c}] {s!r}" for (c, s), (text, done) in messages.items() if not done or not text]
    assert not unfinished, (f"{len(unfinished)} untranslated entries in voicedesk_{language}.ts:\n"
                            + "\n".join(unfinished) + "\n" + HOW_TO_FIX)
    wrong = [f"  [{c}] {s!r} -> {text!r}: {'; '.join(problems)}"
             for (c, s), (text, _) in messages.items() if (problems := _form_problems(s, text))]
    assert not wrong, f"Translations in voicedesk_{language}.ts that lose their form:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_problem_translations_keep_the_names_of_their_values(language: str) -> None:
    """The problems before sending are str.format templates: a renamed or lost `{name}` would show
    the English sentence instead (app/ui/problem_text.py)."""
    problems = {s: text for (c, s), (text, _) in _messages(FOLDER / f"voicedesk_{language}.ts").items()
                if c == "DraftProblem"}
    assert len(problems) > 60, "the DraftProblem context is missing from the translations"
    named = re.compile(r"\{(\w*)\}")
    wrong = [f"  {s!r} -> {text!r}" for s, text in problems.items()
             if sorted(named.findall(s)) != sorted(named.findall(text))]
    assert not wrong, f"DraftProblem translations in voicedesk_{language}.ts with other placeholders:\n" + "\n".join(wrong)


# --- (c) the committed .qm files are compiled from the committed .ts files ------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_qm_matches_its_ts(tmp_path: Path, language: str) -> None:
    ts, qm = FOLDER / f"voicedesk_{language}.ts", FOLDER / f"voicedesk_{language}.qm"
    assert qm.exists(), f"{qm.name} is missing. {HOW_TO_FIX}"
    fresh = tmp_path / qm.name
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)],
                   check=True, capture_output=True, timeout=60)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} was not compiled from {ts.name}. {HOW_TO_FIX}"


# --- choosing the language -----------------------------------------------------------------------
def test_language_comes_from_env_then_setting_then_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VARIABLE, raising=False)
    assert choose_language("", ["nl-BE", "fr-BE"]) == "nl"
    assert choose_language("", ["ja-JP", "fr-BE", "en-US"]) == "fr"  # first language we speak
    assert choose_language("", ["ja-JP"]) == "en"
    assert choose_language("de", ["nl-BE"]) == "de"
    assert choose_language("xx", ["el-GR"]) == "el"  # an unknown setting falls through
    monkeypatch.setenv(ENV_VARIABLE, "el_GR")
    assert choose_language("de", ["nl-BE"]) == "el"


def test_stored_setting_is_read_before_the_store_opens(tmp_path: Path) -> None:
    from app.services.settings import UI_LANGUAGE, Settings
    from app.services.store import Store

    assert SETTING_KEY == UI_LANGUAGE.key
    database = tmp_path / "voicedesk.sqlite3"
    assert stored_language(database) == ""

    async def save(value: str) -> None:
        store = Store(database)
        try:
            settings = Settings(store)
            await settings.load()
            await settings.set(UI_LANGUAGE, value)
        finally:
            await store.aclose()

    asyncio.run(save("nl"))
    assert stored_language(database) == "nl"
    asyncio.run(save("de-DE"))
    assert stored_language(database) == "de-DE" and choose_language(stored_language(database), []) == "de"


def test_missing_translation_file_leaves_english(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VARIABLE, "fr")
    active = install_translators(qapp, tmp_path)  # an empty folder
    try:
        assert active.language == "en" and not active.translators
        assert QCoreApplication.translate("MainWindow", "2. Recipients") == "2. Recipients"
    finally:
        active.remove()


def test_loader_imports_only_qt_core() -> None:
    code = ("import sys, app.ui.translations; print(sorted(m for m in sys.modules if m.startswith("
            "('app.services', 'app.providers', 'app.domain', 'pydantic', 'httpx', 'PySide6.QtWidgets'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=60).stdout.strip()
    assert out == "[]"


# --- (d) the app as users see it -----------------------------------------------------------------
EXPECTED = {  # sidebar step 2, File menu, Quit action, Back button, Qt's Cancel button
    "fr": ("2. Destinataires", "&Fichier", "&Quitter", "← &Précédent", "Annuler"),
    "nl": ("2. Ontvangers", "&Bestand", "&Afsluiten", "← &Vorige", "Annuleren"),
    "de": ("2. Empfänger", "&Datei", "&Beenden", "← &Zurück", "Abbrechen"),
    "el": ("2. Παραλήπτες", "&Αρχείο", "Έ&ξοδος", "← &Πίσω", "Ακύρωση"),  # Qt has no Greek: ours
}


@pytest.fixture
def speaking(request: pytest.FixtureRequest, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The translators of `request.param` installed as at start-up (VOICEDESK_LANGUAGE), removed after."""
    monkeypatch.setenv(ENV_VARIABLE, request.param)
    active = install_translators(qapp, FOLDER, setting="")
    try:
        assert active.language == request.param
        yield request.param
    finally:
        active.remove()


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    try:
        return box.button(QDialogButtonBox.StandardButton.Cancel).text()
    finally:
        box.deleteLater()


@pytest.mark.parametrize("speaking", ["fr"], indirect=True)
def test_composed_app_speaks_french(speaking: str, voicedesk: Any) -> None:
    window = voicedesk.window
    step, file_menu, quit_text, back, cancel = EXPECTED[speaking]
    assert window.nav.item(1).text() == step
    assert window.menuBar().actions()[0].text() == file_menu
    assert window.menuBar().actions()[0].menu().actions()[-1].text() == quit_text  # File > Quit
    assert window.back_button.text() == back
    assert _cancel_text() == cancel


@pytest.mark.parametrize("speaking", ["nl", "de", "el"], indirect=True)
def test_main_window_speaks_the_language(speaking: str, qtbot: Any) -> None:
    from app.ui.actions import ActionRegistry
    from app.ui.main_window import MainWindow

    actions = ActionRegistry(None)
    window = MainWindow(actions)
    actions.setParent(window)
    qtbot.addWidget(window)
    step, file_menu, quit_text, back, cancel = EXPECTED[speaking]
    assert window.tr("2. Recipients") == step  # looked up as app/main.py does
    assert window.tr("&File") == file_menu
    assert actions.get("quit").text() == quit_text
    assert window.back_button.text() == back
    assert _cancel_text() == cancel


def _plain(label_html: str) -> str:
    """A rich-text label's text as the user reads it, one line per list item (no-break spaces kept,
    which QTextDocument.toPlainText would turn into plain ones)."""
    import html

    return html.unescape(re.sub(r"<[^>]+>", "\n", label_html))


@pytest.mark.parametrize("speaking", ["fr"], indirect=True)
def test_review_lists_the_problems_before_sending_in_french(speaking: str, voicedesk: Any, qloop: Any,
                                                            qtbot: Any) -> None:
    """A Routee text too long to read and no caller number: Review says so in French, with the
    numbers written the French way (narrow no-break space between thousands)."""
    from PySide6.QtCore import Qt

    app = voicedesk
    message = app.pages["message"]
    qtbot.keyClicks(message.name_edit, "Rappel collecte")
    message.text_edit.setPlainText("Bonjour. " * 137 + "A")  # 1,234 characters, as if pasted
    app.window.go_to(1)
    qtbot.keyClicks(app.pages["recipients"].numbers_edit, "+32 470 12 34 56")
    app.window.go_to(2)
    delivery = app.pages["delivery"]
    delivery.sender_edit.selectAll()
    qtbot.keyClick(delivery.sender_edit, Qt.Key.Key_Delete)
    qloop.run_until(lambda: delivery.errors["delivery.sender"].isVisible(), message="no sender problem shown")
    assert delivery.errors["delivery.sender"].text() == (
        "⚠ Saisissez le numéro que les personnes verront quand elles seront appelées.")

    app.window.go_to(3)
    review = app.pages["review"]
    qloop.run_until(lambda: "Raccourcissez" in review.problems_label.text(),
                    message=f"Review shows: {_plain(review.problems_label.text())!r}")
    shown = _plain(review.problems_label.text())
    assert "Routee lit au plus 1\u202f000 caractères\u00a0; ce texte en a 1\u202f234. Raccourcissez-le." in shown
    assert ("Saisissez le numéro d'appelant que les personnes verront (chiffres uniquement, jusqu'à 16)."
            in shown)
    assert "Routee reads" not in shown and not review.send_button.isEnabled()


@pytest.mark.parametrize("speaking", ["de"], indirect=True)
def test_schedule_refusals_and_waits_are_said_in_german(speaking: str) -> None:
    """Dates, waiting times and numbers inside a problem follow the UI language too."""
    from datetime import datetime

    from app.domain import schedule as sch
    from app.domain.delivery import RetryPolicy
    from app.ui.problem_text import problem_text

    with pytest.raises(sch.ScheduleError) as refused:
        sch.to_utc(datetime(2026, 3, 29, 2, 30), "Europe/Brussels")
    assert problem_text(refused.value).startswith("02:30 am 29. März gibt es in der Zeitzone Brussels nicht:")
    [too_long] = sch.retry_problems(RetryPolicy(retries=1, delays_minutes=[4380]))
    assert problem_text(too_long) == ("Wiederholung 1: Die Wartezeit darf höchstens 3 Tage (4.320 Minuten) "
                                      "betragen; sie beträgt 73 Stunden.")
    assert too_long.message == "Retry 1: the wait must be at most 3 days (4,320 minutes); it is 73 hours."
