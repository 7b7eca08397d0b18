"""The Campaigns list as a real item model (Vorta style): column constants, a role that returns the
Submission, and `dataChanged` on the changed row only, never a full reset on updates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from app.ui.models.rows import Index, RowsTableModel
from app.domain.campaign import CampaignState, Submission, SubmissionState
from app.domain.providers import capabilities

SubmissionRole = Qt.ItemDataRole.UserRole + 1

COL_NAME, COL_PROVIDER, COL_SENT, COL_SUBMISSION, COL_STATE, COL_PROGRESS, COL_COUNTS = range(7)
_HEADERS = ("Name", "Provider", "Sent", "Submission", "Campaign", "Progress", "Calls")



def _tr(text: str) -> str:
    return QCoreApplication.translate("Campaigns", text)


SUBMISSION_WORDS = {
    SubmissionState.INTENT: "Preparing",
    SubmissionState.SENDING: "Sending…",
    SubmissionState.CONFIRMED: "Accepted by the provider",
    SubmissionState.UNCONFIRMED: "Not confirmed yet: checking with the provider",
    SubmissionState.FAILED: "Not sent",
    SubmissionState.NOT_SENT: "Not sent (checked with the provider)",
}

STATE_WORDS = {
    CampaignState.DRAFT: "Waiting to start",
    CampaignState.SCHEDULED: "Scheduled",
    CampaignState.QUEUED: "Queued",
    CampaignState.RUNNING: "Calling",
    CampaignState.PAUSED: "Paused",
    CampaignState.COMPLETED: "Finished",
    CampaignState.CANCELED: "Cancelled",
    CampaignState.FAILED: "Failed",
    CampaignState.UNKNOWN: "—",
}


def counts_text(sub: Submission) -> str:
    """"Completed 2 · NoAnswer 1" with the non-zero per-status counts."""
    parts = [f"{_tr(key)} {value}" for key, value in sorted(sub.status.counts.items()) if value]
    return " · ".join(parts)


class CampaignsTableModel(RowsTableModel[Submission]):
    """Rows are submissions, newest first."""

    HEADERS = _HEADERS
    CONTEXT = "Campaigns"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        sub = self.row_at(index)
        if sub is None:
            return None
        if role == SubmissionRole:
            return sub
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(sub, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if sub.error:
                return sub.error
            return sub.reference
        return None

    def _display(self, sub: Submission, column: int) -> str:
        if column == COL_NAME:
            return sub.name or sub.reference
        if column == COL_PROVIDER:
            return capabilities(sub.provider).display_name
        if column == COL_SENT:
            return sub.created_at.astimezone().strftime("%d %b %H:%M")
        if column == COL_SUBMISSION:
            return _tr(SUBMISSION_WORDS[sub.state])
        if column == COL_STATE:
            if sub.state is not SubmissionState.CONFIRMED:
                return ""
            return _tr(STATE_WORDS[sub.status.state])
        if column == COL_PROGRESS:
            total = sub.status.total or sub.recipient_count
            return f"{sub.status.finished} / {total}" if total else ""
        if column == COL_COUNTS:
            return counts_text(sub)
        return ""

    # --- updates ------------------------------------------------------------------------------
    def set_submissions(self, submissions: list[Submission]) -> None:
        """Replace every row (used once, when the list is loaded)."""
        self.beginResetModel()
        self._rows = sorted(submissions, key=lambda s: s.created_at, reverse=True)
        self.endResetModel()

    def upsert(self, sub: Submission) -> None:
        """Insert a new submission at the top, or update its row in place."""
        for row, existing in enumerate(self._rows):
            if existing.id == sub.id:
                self._rows[row] = sub
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(_HEADERS) - 1))
                return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, sub)
        self.endInsertRows()

    def submission(self, row: int) -> Submission:
        return self._rows[row]

    def find(self, submission_id: str) -> Submission | None:
        return next((s for s in self._rows if s.id == submission_id), None)
