"""Support tools from the menus: the exact API request of the open draft, and About."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.views.support import RequestDialog


def test_show_api_request_displays_the_routee_body(voicedesk: Any, qloop: Any, qtbot: Any) -> None:
    app = voicedesk
    qtbot.keyClicks(app.pages["message"].text_edit, "School closed today.")
    qtbot.keyClicks(app.pages["recipients"].numbers_edit, "0470 12 34 56")
    app.window.actions_registry.get("show_request").trigger()

    def dialog() -> RequestDialog | None:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, RequestDialog) and w.isVisible()), None)

    qloop.run_until(lambda: dialog() is not None)
    body = json.loads(dialog().text.toPlainText())
    assert body["message"] == {"text": "School closed today.", "language": "en-GB", "gender": "female"}
    assert body["to"] == ["+32470123456"]
    assert body["from"] == "3225550100"


def test_show_api_request_names_what_to_fix(voicedesk: Any, qloop: Any) -> None:
    voicedesk.window.actions_registry.get("show_request").trigger()
    qloop.run_until(lambda: any(isinstance(w, RequestDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    shown = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RequestDialog) and w.isVisible())
    labels = " ".join(label.text() for label in shown.findChildren(type(shown.layout().itemAt(0).widget())))
    assert "cannot be sent yet" in labels


def test_about_shows_the_version_from_pyproject(voicedesk: Any) -> None:
    voicedesk.window.actions_registry.get("about").trigger()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "VoiceDesk 0.1.0" in box.text()
    box.close()
