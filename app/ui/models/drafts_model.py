"""The Drafts list as a real item model (Vorta style): column constants, a role that returns the
DraftSummary, and `dataChanged` on the changed row only."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from app.ui.models.rows import Index, RowsTableModel
from app.domain.providers import capabilities
from app.services.store import DraftSummary

DraftSummaryRole = Qt.ItemDataRole.UserRole + 1

COL_NAME, COL_PROVIDER, COL_CHANGED = range(3)
_HEADERS = (
    QT_TRANSLATE_NOOP("Drafts", "Name"),
    QT_TRANSLATE_NOOP("Drafts", "Provider"),
    QT_TRANSLATE_NOOP("Drafts", "Last change"),
)



def _tr(text: str) -> str:
    return QCoreApplication.translate("Drafts", text)


def when_text(moment: datetime, now: datetime | None = None) -> str:
    """"Today 09:30", "Yesterday 17:02" or "12 Mar 2025 09:30", in local time."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).astimezone().date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return _tr(QT_TRANSLATE_NOOP("Drafts", "Today %1")).replace("%1", clock)
    if (today - local.date()).days == 1:
        return _tr(QT_TRANSLATE_NOOP("Drafts", "Yesterday %1")).replace("%1", clock)
    return local.strftime("%d %b %Y ") + clock


class DraftsTableModel(RowsTableModel[DraftSummary]):
    """Rows are saved drafts, most recently changed first (as the store lists them)."""

    HEADERS = _HEADERS
    CONTEXT = "Drafts"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self.row_at(index)
        if summary is None:
            return None
        if role == DraftSummaryRole:
            return summary
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(summary, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_CHANGED:
            return summary.updated_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        return None

    def _display(self, summary: DraftSummary, column: int) -> str:
        if column == COL_NAME:
            return summary.name.strip() or _tr(QT_TRANSLATE_NOOP("Drafts", "Untitled draft"))
        if column == COL_PROVIDER:
            return capabilities(summary.provider).display_name
        if column == COL_CHANGED:
            return when_text(summary.updated_at)
        return ""

    # --- updates ------------------------------------------------------------------------------
    def set_drafts(self, drafts: list[DraftSummary]) -> None:
        """Replace every row (when the list is loaded from the store)."""
        self.beginResetModel()
        self._rows = [d for d in drafts if not d.deleted]
        self.endResetModel()

    def upsert(self, summary: DraftSummary) -> int:
        """Update a draft's row in place, or insert it at the top; returns its row."""
        row = self.row_of(summary.id)
        if row is not None:
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(_HEADERS) - 1))
            return row
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, summary)
        self.endInsertRows()
        return 0

    def remove(self, draft_id: str) -> DraftSummary | None:
        """Take a draft's row out; returns its summary (None when it was not listed)."""
        row = self.row_of(draft_id)
        if row is None:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        summary = self._rows.pop(row)
        self.endRemoveRows()
        return summary

    def row_of(self, draft_id: str) -> int | None:
        return next((i for i, d in enumerate(self._rows) if d.id == draft_id), None)

    def summary(self, row: int) -> DraftSummary:
        return self._rows[row]
