"""Small windows for support and sharing: About, "Show the API request", and file pickers that
open without blocking the loop (open(), never exec())."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from app.about import app_metadata


def show_about(parent: QWidget) -> QMessageBox:
    """Name, version and copyright, all from pyproject.toml."""
    meta = app_metadata()
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("About", "About %1").replace("%1", meta.name),
                      f"<h3>{meta.name} {meta.version}</h3><p>{meta.description}</p><p>{meta.copyright}</p>",
                      QMessageBox.StandardButton.Ok, parent)
    box.open()
    return box


class RequestDialog(QDialog):
    """Shows, read-only, the exact JSON that sending the draft would POST (for support)."""

    def __init__(self, bodies: list[dict[str, Any]] | None, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The API request"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        if problems:
            label = QLabel(self.tr("This draft cannot be sent yet:") + "\n• " + "\n• ".join(problems), self)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Request body"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        if bodies is not None:
            shown = bodies[0] if len(bodies) == 1 else bodies
            self.text.setPlainText(json.dumps(shown, indent=2, ensure_ascii=False))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def pick_open_file(parent: QWidget, title: str, name_filters: list[str], on_chosen: Callable[[str], None]) -> QFileDialog:
    """Ask for an existing file, without a nested event loop; `on_chosen` gets the path."""
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(name_filters)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


def pick_save_file(parent: QWidget, title: str, name_filter: str, suffix: str, on_chosen: Callable[[str], None],
                   file_name: str = "") -> QFileDialog:
    """Ask where to save (offering `file_name`), without a nested event loop; `on_chosen` gets the path."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    if file_name:
        dialog.selectFile(file_name)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog
