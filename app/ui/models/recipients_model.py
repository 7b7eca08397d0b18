"""A table of parsed numbers (Vorta style): column constants, a role returning the ParsedNumber,
incremental appends, and edits of the original text handed to whoever owns the list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain.numbers import LineType, ParsedNumber, Problem
from app.ui.country_names import country_name

Index = QModelIndex | QPersistentModelIndex

COLUMN_NUMBER = 0
COLUMN_COUNTRY = 1
COLUMN_LINE_TYPE = 2
COLUMN_PROBLEM = 3
COLUMN_ORIGINAL = 4
COLUMN_COUNT = 5

PARSED_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecipientsTableModel", text)


def line_type_label(value: str | None) -> str:
    """The line type in the user's words."""
    labels = {
        LineType.MOBILE.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Mobile")),
        LineType.FIXED.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Landline")),
        LineType.FIXED_OR_MOBILE.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Landline or mobile")),
        LineType.TOLL_FREE.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Toll-free")),
        LineType.PREMIUM.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Premium rate")),
        LineType.SHARED_COST.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Shared cost")),
        LineType.VOIP.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Internet phone (VoIP)")),
        LineType.PERSONAL.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Personal number")),
        LineType.PAGER.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Pager")),
        LineType.UAN.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Company number")),
        LineType.VOICEMAIL.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Voicemail")),
        LineType.UNKNOWN.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Unknown")),
    }
    return labels.get(value or "", "")


def problem_label(value: str | None) -> str:
    """Why an entry cannot be used, in the user's words."""
    labels = {
        Problem.EMPTY.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Empty entry")),
        Problem.LETTERS.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Contains letters")),
        Problem.NOT_A_NUMBER.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Not a phone number")),
        Problem.UNKNOWN_COUNTRY_CODE.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Unknown country code")),
        Problem.TOO_SHORT.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Too few digits")),
        Problem.TOO_LONG.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Too many digits")),
        Problem.WRONG_LENGTH.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Wrong number of digits for this country")),
        Problem.NOT_IN_USE.value: _tr(QT_TRANSLATE_NOOP("RecipientsTableModel", "Not a valid number in this country's numbering plan")),
    }
    return labels.get(value or "", value or "")


class RecipientsTableModel(QAbstractTableModel):
    """Rows of ParsedNumber; the original text can be edited when `editable` (fix in place)."""

    edit_requested = Signal(int, object, str)  # row, the ParsedNumber, the new text

    def __init__(self, editable: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ParsedNumber] = []
        self._editable = editable

    # --- reading ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def item(self, row: int) -> ParsedNumber:
        """The ParsedNumber on a row."""
        return self._items[row]

    def items(self) -> list[ParsedNumber]:
        """A copy of all rows."""
        return list(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == PARSED_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COLUMN_NUMBER:
                return item.e164 or ""
            if column == COLUMN_COUNTRY:
                return country_name(item.country)
            if column == COLUMN_LINE_TYPE:
                return line_type_label(item.line_type)
            if column == COLUMN_PROBLEM:
                return problem_label(item.problem)
            if column == COLUMN_ORIGINAL:
                return item.original
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_ORIGINAL and self._editable:
            return self.tr("Double-click to correct this number")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COLUMN_NUMBER: self.tr("Number"),
            COLUMN_COUNTRY: self.tr("Country"),
            COLUMN_LINE_TYPE: self.tr("Line type"),
            COLUMN_PROBLEM: self.tr("Problem"),
            COLUMN_ORIGINAL: self.tr("As entered"),
        }
        return titles.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._editable and index.isValid() and index.column() == COLUMN_ORIGINAL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """An edit of the original text is handed on (`edit_requested`); the owner re-validates."""
        if (not self._editable or role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != COLUMN_ORIGINAL):
            return False
        text = str(value)
        item = self._items[index.row()]
        if text == item.original:
            return False
        self.edit_requested.emit(index.row(), item, text)
        return True

    # --- changing --------------------------------------------------------------------------
    def append(self, items: Sequence[ParsedNumber]) -> None:
        """Add rows at the end (one beginInsertRows for the whole batch)."""
        if not items:
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self._items.extend(items)
        self.endInsertRows()

    def replace(self, row: int, item: ParsedNumber) -> None:
        """Change one row in place."""
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def remove(self, row: int) -> None:
        """Remove one row."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()

    def clear(self) -> None:
        """Remove every row."""
        if not self._items:
            return
        self.beginResetModel()
        self._items = []
        self.endResetModel()

    def set_items(self, items: Sequence[ParsedNumber]) -> None:
        """Show another list with the smallest change: append, update changed rows, or reset."""
        old = self._items
        new = list(items)
        if len(new) >= len(old) and new[: len(old)] == old:
            self.append(new[len(old):])
            return
        if len(new) == len(old):
            changed = [row for row, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
            self._items = new
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
            return
        self.beginResetModel()
        self._items = new
        self.endResetModel()
