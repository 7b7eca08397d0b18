"""The window a user sees first: the real one, greyed out with "Opening your draft…" while the
app is built, then the Message step once it is ready; Tools > Accounts still opens its dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.main import compose, open_window
from app.ui.views.accounts_dialog import AccountsDialog

ENTRIES = ["1. Message", "2. Recipients", "3. Delivery", "4. Review and send", "", "Drafts", "Campaigns"]


def _entries(window: Any) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_the_window_opens_greyed_out_then_shows_the_message_step(qloop: Any, qtbot: Any) -> None:
    window = open_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "VoiceDesk"
    assert window.placeholder.isVisible() and window.placeholder.text() == "Opening your draft…"
    assert _entries(window) == ENTRIES
    assert not window.nav.isEnabled()
    assert window.banner.isVisible() and "Sandbox" in window.banner.text()
    assert not window.next_button.isEnabled() and not window.back_button.isEnabled()
    assert not window.actions_registry.get("new_draft").isEnabled()
    assert window.actions_registry.get("quit").isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)  # nothing to move to yet
    assert window.placeholder.isVisible()

    app = qloop.run(compose(sandbox_speed=400.0, tracking_interval=0.05, window=window))
    try:
        assert app.window is window
        assert not window.placeholder.isVisible()
        assert app.pages["message"].isVisible() and app.pages["message"].text_edit.isEnabled()
        assert _entries(window) == ENTRIES
        assert window.nav.isEnabled() and window.next_button.isEnabled()
        assert window.actions_registry.get("new_draft").isEnabled()
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
        assert app.pages["recipients"].isVisible()
        window.go_to(ENTRIES.index(""))  # the blank row between the steps and the lists
        assert app.pages["recipients"].isVisible()
        window.go_to(ENTRIES.index("Campaigns"))
        assert app.pages["campaigns"].isVisible()
    finally:
        qloop.run(app.aclose())
        window.close()
        window.deleteLater()


def test_tools_accounts_opens_the_accounts_dialog(voicedesk: Any, qloop: Any) -> None:
    voicedesk.window.actions_registry.get("accounts").trigger()
    qloop.run_until(lambda: any(isinstance(w, AccountsDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    voicedesk.window.actions_registry.get("accounts").trigger()  # built once, shown again
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AccountsDialog)]
    assert len([d for d in dialogs if d.parent() is voicedesk.window]) == 1
