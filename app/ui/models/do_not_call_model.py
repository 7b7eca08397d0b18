"""The do-not-call list as a table: readable number, country, date added, note; filtered and sorted
in the model itself (list comprehensions over precomputed keys), so 100,000 rows stay quick."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from app.services.do_not_call import readable_number
from app.services.store import DoNotCallEntry
from app.ui.country_names import country_name
from app.ui.models.rows import Index, RowsTableModel

COLUMN_NUMBER = 0
COLUMN_COUNTRY = 1
COLUMN_ADDED = 2
COLUMN_NOTE = 3

E164_ROLE = Qt.ItemDataRole.UserRole + 1

_NOT_DIGITS = re.compile(r"\D")


def search_keys(entries: Sequence[DoNotCallEntry]) -> list[str]:
    """One lower-case search text per entry: the number's digits and its note (cheap to scan)."""
    return [f"{e.number[1:]}\x00{e.note.casefold()}" for e in entries]


def _needles(text: str) -> tuple[str, str]:
    """(digits to look for, words to look for): '0470 12' -> '47012'; '+32 470' -> '32470'."""
    words = text.strip().casefold()
    digits = _NOT_DIGITS.sub("", words).lstrip("0")
    has_letters = any(ch.isalpha() for ch in words)
    return ("" if has_letters else digits), words


class DoNotCallTableModel(RowsTableModel[DoNotCallEntry]):
    """All entries, the ones the search shows, and a small cache of readable numbers."""

    HEADERS = ("Number", "Country", "Added", "Note")
    CONTEXT = "DoNotCallTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[DoNotCallEntry] = []
        self._keys: list[str] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] = (COLUMN_NUMBER, Qt.SortOrder.AscendingOrder)
        self._readable: dict[str, tuple[str, str]] = {}

    @property
    def total(self) -> int:
        """How many numbers are on the list (shown or not)."""
        return len(self._all)

    @property
    def filter_text(self) -> str:
        """The search text in force."""
        return self._filter

    def set_entries(self, entries: Sequence[DoNotCallEntry], keys: Sequence[str] | None = None) -> None:
        """Show a new list (keys from `search_keys`, computed off the GUI thread for big lists)."""
        self._all = list(entries)
        self._keys = list(keys) if keys is not None else search_keys(self._all)
        if self._sort != (COLUMN_NUMBER, Qt.SortOrder.AscendingOrder):  # the store's order
            self._sort_all()
        self._apply()

    def set_filter(self, text: str) -> None:
        """Show only numbers containing these digits, or whose note contains these words."""
        if text == self._filter:
            return
        self._filter = text
        self._apply()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (the country sorts with the number: the calling code comes first)."""
        self._sort = (column, order)
        self._sort_all()
        self._apply()

    def _sort_all(self) -> None:
        column, order = self._sort
        if column == COLUMN_ADDED:
            order_of = sorted(range(len(self._all)), key=lambda i: (self._all[i].added_at, self._all[i].number))
        elif column == COLUMN_NOTE:
            order_of = sorted(range(len(self._all)), key=lambda i: (self._keys[i].split("\x00", 1)[1],
                                                                    self._all[i].number))
        else:
            order_of = sorted(range(len(self._all)), key=lambda i: self._all[i].number)
        if order == Qt.SortOrder.DescendingOrder:
            order_of.reverse()
        self._all = [self._all[i] for i in order_of]
        self._keys = [self._keys[i] for i in order_of]

    def _apply(self) -> None:
        digits, words = _needles(self._filter)
        self.beginResetModel()
        if not words:
            self._rows = list(self._all)
        elif digits:
            self._rows = [e for e, key in zip(self._all, self._keys, strict=True)
                          if digits in key or words in key]
        else:
            self._rows = [e for e, key in zip(self._all, self._keys, strict=True) if words in key]
        self.endResetModel()

    def _display(self, number: str) -> tuple[str, str]:
        shown = self._readable.get(number)
        if shown is None:
            if len(self._readable) > 20_000:
                self._readable.clear()
            text, region = readable_number(number)
            shown = self._readable[number] = (text, country_name(region))
        return shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_at(index)
        if entry is None:
            return None
        column = index.column()
        if role == E164_ROLE:
            return entry.number
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_NUMBER:
                return self._display(entry.number)[0]
            if column == COLUMN_COUNTRY:
                return self._display(entry.number)[1]
            if column == COLUMN_ADDED:
                return entry.added_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if column == COLUMN_NOTE:
                return entry.note
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_NUMBER:
            return entry.number
        return None

    def numbers_at(self, rows: Sequence[int]) -> list[str]:
        """The E.164 numbers on these visible rows."""
        return [self._rows[r].number for r in rows if 0 <= r < len(self._rows)]

    def row_of(self, number: str) -> int:
        """The visible row of a number, or -1."""
        for row, entry in enumerate(self._rows):
            if entry.number == number:
                return row
        return -1

    def index_of(self, number: str) -> QModelIndex:
        """The index of a number's first column (invalid when not shown)."""
        row = self.row_of(number)
        return self.index(row, 0) if row >= 0 else QModelIndex()
