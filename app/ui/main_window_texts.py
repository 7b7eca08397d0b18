"""The texts app/main.py shows through `window.tr(...)`, marked for lupdate in the MainWindow context.

lupdate files `window.tr("…")` under the variable's name ("window"), but at run time tr() looks the
text up under the window's class, MainWindow. So scripts/update-translations.sh leaves app/main.py
out and extracts these markers instead; tests/ui/test_translations.py fails, naming the text, when
app/main.py has a tr() text that is missing here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MAIN_TEXTS = (
    QT_TRANSLATE_NOOP("MainWindow", "Sandbox account: practice freely. Nobody is called and nothing is charged."),
    QT_TRANSLATE_NOOP("MainWindow", "VoiceDesk"),
    QT_TRANSLATE_NOOP("MainWindow", "1. Message"),
    QT_TRANSLATE_NOOP("MainWindow", "2. Recipients"),
    QT_TRANSLATE_NOOP("MainWindow", "3. Delivery"),
    QT_TRANSLATE_NOOP("MainWindow", "4. Review and send"),
    QT_TRANSLATE_NOOP("MainWindow", "Drafts"),
    QT_TRANSLATE_NOOP("MainWindow", "Campaigns"),
    QT_TRANSLATE_NOOP("MainWindow", "Export the draft"),
    QT_TRANSLATE_NOOP("MainWindow", "VoiceDesk drafts (*.voicedraft)"),
    QT_TRANSLATE_NOOP("MainWindow", "Export preview"),
    QT_TRANSLATE_NOOP("MainWindow", "Write the spoken text first."),
    QT_TRANSLATE_NOOP("MainWindow", "Export the preview"),
    QT_TRANSLATE_NOOP("MainWindow", "WAV audio (*.wav)"),
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&Tools"),
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
)
