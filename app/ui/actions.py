"""QActions registered by name (Picard style): text, shortcut and slot in one table, menus elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""


ACTION_SPECS = (
    ActionSpec("new_draft", QT_TRANSLATE_NOOP("Actions", "&New draft"), QKeySequence.StandardKey.New,
               QT_TRANSLATE_NOOP("Actions", "Start a new message")),
    ActionSpec("import_draft", QT_TRANSLATE_NOOP("Actions", "&Import draft…"), "Ctrl+I",
               QT_TRANSLATE_NOOP("Actions", "Open a .voicedraft file a colleague sent")),
    ActionSpec("export_draft", QT_TRANSLATE_NOOP("Actions", "&Export draft…"), "Ctrl+E",
               QT_TRANSLATE_NOOP("Actions", "Save this draft as a .voicedraft file to share")),
    ActionSpec("export_preview", QT_TRANSLATE_NOOP("Actions", "Export &preview as WAV…"), None,
               QT_TRANSLATE_NOOP("Actions", "Save the local preview as a WAV file")),
    ActionSpec("show_request", QT_TRANSLATE_NOOP("Actions", "Show the &API request…"), None,
               QT_TRANSLATE_NOOP("Actions", "For support: the exact request sending would make")),
    ActionSpec("accounts", QT_TRANSLATE_NOOP("Actions", "&Accounts…"), None,
               QT_TRANSLATE_NOOP("Actions", "Add or edit provider accounts")),
    ActionSpec("do_not_call", QT_TRANSLATE_NOOP("Actions", "&Do-not-call list…"), None,
               QT_TRANSLATE_NOOP("Actions", "Numbers that are never called, in any campaign")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), QKeySequence.StandardKey.Quit, ""),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About VoiceDesk"), None, ""),
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
