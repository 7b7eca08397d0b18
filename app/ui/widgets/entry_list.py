"""A short list the user types or pastes into (contact ids, group names): add, paste, remove."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.recipients import MAX_LIST_ENTRIES, clean_entries, split_entries

ERROR_STYLE = "color: palette(highlight); font-weight: bold;"


class EntryListEditor(QWidget):
    """Entries one per row, without duplicates; says how many there are against the limit."""

    entries_edited = Signal(list)  # the user's new list (cleaned, de-duplicated)

    def __init__(self, title: str, placeholder: str, count_text: Callable[[int], str],
                 separators: str = ",;\t", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count_text = count_text
        self._separators = separators
        self._entries: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(f"<b>{title}</b>", self)
        layout.addWidget(self.title_label)
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(self.fontMetrics().height() * 5)
        self.list.setMaximumHeight(self.fontMetrics().height() * 8)
        self.list.itemSelectionChanged.connect(self._on_selection)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.entry_edit = QLineEdit(self)
        self.entry_edit.setPlaceholderText(placeholder)
        self.entry_edit.setAccessibleName(placeholder)
        self.entry_edit.returnPressed.connect(self.add_typed)
        row.addWidget(self.entry_edit, 1)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_typed)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.paste_button = QPushButton(self.tr("Paste a list"), self)
        self.paste_button.setToolTip(self.tr("Add every line (or comma-separated entry) on the clipboard"))
        self.paste_button.clicked.connect(self.paste)
        buttons.addWidget(self.paste_button)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected entries"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self._show_count()

    def entries(self) -> list[str]:
        return list(self._entries)

    def set_entries(self, entries: list[str]) -> None:
        """Show the draft's entries (not an edit: nothing is emitted)."""
        if entries == self._entries:
            return
        self._entries = list(entries)
        self.list.clear()
        self.list.addItems(self._entries)
        self._show_count()

    def add_text(self, text: str) -> None:
        """Add the entries in typed or pasted text (duplicates are dropped)."""
        added = split_entries(text, self._separators)
        if added:
            self._edit(clean_entries(self._entries + added))

    def add_typed(self) -> None:
        self.add_text(self.entry_edit.text())
        self.entry_edit.clear()

    def paste(self) -> None:
        self.add_text(QGuiApplication.clipboard().text())

    def remove_selected(self) -> None:
        rows = {self.list.row(item) for item in self.list.selectedItems()}
        if rows:
            self._edit([e for i, e in enumerate(self._entries) if i not in rows])

    def _edit(self, entries: list[str]) -> None:
        self.set_entries(entries)
        self.entries_edited.emit(list(entries))

    def _on_selection(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def _show_count(self) -> None:
        n = len(self._entries)
        over = n > MAX_LIST_ENTRIES
        text = self._count_text(n)
        if over:
            text += " " + self.tr("That is more than %1: send them in several campaigns.").replace(
                "%1", f"{MAX_LIST_ENTRIES:,}")
        self.count_label.setText(text)
        self.count_label.setStyleSheet(ERROR_STYLE if over else "")
