"""Every question and message box goes through here, shown with open() (never a blocking exec()
inside the loop), so the window keeps answering and tests can answer the dialog like a user."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget


class Dialogs(QObject):
    """Shows confirmations and errors window-modally; `shown` lets tests find the open box."""

    shown = Signal(QMessageBox)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: QMessageBox | None = None

    def confirm(
        self,
        parent: QWidget,
        title: str,
        text: str,
        accept_label: str,
        on_accept: Callable[[], None],
        *,
        informative: str = "",
    ) -> QMessageBox:
        """Ask a yes/no question; `on_accept` runs only if the user picks the accept button."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        if informative:
            box.setInformativeText(informative)
        accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        accept.setObjectName("acceptButton")

        def finished() -> None:
            self.current = None
            if box.clickedButton() is accept:
                on_accept()
            box.deleteLater()

        box.finished.connect(finished)
        return self._open(box)

    def error(self, parent: QWidget, title: str, text: str, details: str = "") -> QMessageBox:
        """Tell the user what went wrong in plain words; support details go in the expandable part."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)

        def finished() -> None:
            self.current = None
            box.deleteLater()

        box.finished.connect(finished)
        return self._open(box)

    def _open(self, box: QMessageBox) -> QMessageBox:
        self.current = box
        box.open()
        self.shown.emit(box)
        return box
