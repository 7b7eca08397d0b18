"""QActions registered by name (Picard style): text, shortcut and slot in one table, menus elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""


ACTION_SPECS = (
    ActionSpec("new_draft", "&New draft", QKeySequence.StandardKey.New, "Start a new message"),
    ActionSpec("import_draft", "&Import draft…", "Ctrl+I", "Open a .voicedraft file a colleague sent"),
    ActionSpec("export_draft", "&Export draft…", "Ctrl+E", "Save this draft as a .voicedraft file to share"),
    ActionSpec("export_preview", "Export &preview as WAV…", None, "Save the local preview as a WAV file"),
    ActionSpec("show_request", "Show the &API request…", None, "For support: the exact request sending would make"),
    ActionSpec("accounts", "&Accounts…", None, "Add or edit provider accounts"),
    ActionSpec("quit", "&Quit", QKeySequence.StandardKey.Quit, ""),
    ActionSpec("about", "&About VoiceDesk", None, ""),
)


class ActionRegistry(QObject):
    """Creates every action once; `bind(name, slot)` connects it, `get(name)` finds it."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        for spec in ACTION_SPECS:
            action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
            action.setObjectName(spec.name)
            if isinstance(spec.shortcut, QKeySequence.StandardKey):  # every binding of this platform
                action.setShortcuts(spec.shortcut)
            elif spec.shortcut is not None:  # (setShortcuts: setShortcut's overloads load all of Qt.*)
                action.setShortcuts([QKeySequence(spec.shortcut)])
            if spec.tip:
                action.setStatusTip(QCoreApplication.translate("Actions", spec.tip))
            self._actions[spec.name] = action

    def get(self, name: str) -> QAction:
        return self._actions[name]

    def bind(self, name: str, slot: Callable[[], None]) -> QAction:
        action = self._actions[name]
        action.triggered.connect(lambda _checked=False: slot())
        return action
