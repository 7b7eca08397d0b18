"""The Campaigns list as a real item model (Vorta style): column constants, a role that returns the
Submission, and `dataChanged` on the changed row only, never a full reset on updates.

The parts of one split send are tracked together: one top-level row for the batch ("Spring
reminders — 5 campaigns", summed progress, combined state) whose child rows are its parts (the
latest attempt of each). A single campaign is a top-level row without children, as before."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, Qt

from app.domain.campaign import CampaignState, Submission, SubmissionState
from app.domain.providers import capabilities
from app.domain.split import BatchView
from app.services.accounts import SANDBOX_ACCOUNT_ID, Account, is_removed
from app.ui.models.rows import Index
from app.ui.numbers_text import count_text
from app.ui.plural import plural

SubmissionRole = Qt.ItemDataRole.UserRole + 1  # the Submission of a single campaign or of a part
BatchRole = Qt.ItemDataRole.UserRole + 2  # the BatchView of a batch row

COL_NAME, COL_PROVIDER, COL_ACCOUNT, COL_SENT, COL_SUBMISSION, COL_STATE, COL_PROGRESS, COL_COUNTS = range(8)
_HEADERS = (
    QT_TRANSLATE_NOOP("Campaigns", "Name"),
    QT_TRANSLATE_NOOP("Campaigns", "Provider"),
    QT_TRANSLATE_NOOP("Campaigns", "Account"),
    QT_TRANSLATE_NOOP("Campaigns", "Sent"),
    QT_TRANSLATE_NOOP("Campaigns", "Submission"),
    QT_TRANSLATE_NOOP("Campaigns", "Campaign"),
    QT_TRANSLATE_NOOP("Campaigns", "Progress"),
    QT_TRANSLATE_NOOP("Campaigns", "Calls"),
)
_LONG_COLUMNS = (COL_NAME, COL_COUNTS)  # often elided: their tooltip is the whole text



def _tr(text: str) -> str:
    return QCoreApplication.translate("Campaigns", text)


SUBMISSION_WORDS = {
    SubmissionState.INTENT: QT_TRANSLATE_NOOP("Campaigns", "Preparing"),
    SubmissionState.SENDING: QT_TRANSLATE_NOOP("Campaigns", "Sending…"),
    SubmissionState.CONFIRMED: QT_TRANSLATE_NOOP("Campaigns", "Accepted by the provider"),
    SubmissionState.UNCONFIRMED: QT_TRANSLATE_NOOP("Campaigns", "Not confirmed yet: checking with the provider"),
    SubmissionState.FAILED: QT_TRANSLATE_NOOP("Campaigns", "Not sent"),
    SubmissionState.NOT_SENT: QT_TRANSLATE_NOOP("Campaigns", "Not sent (checked with the provider)"),
}

STATE_WORDS = {
    CampaignState.DRAFT: QT_TRANSLATE_NOOP("Campaigns", "Waiting to start"),
    CampaignState.SCHEDULED: QT_TRANSLATE_NOOP("Campaigns", "Scheduled"),
    CampaignState.QUEUED: QT_TRANSLATE_NOOP("Campaigns", "Queued"),
    CampaignState.RUNNING: QT_TRANSLATE_NOOP("Campaigns", "Calling"),
    CampaignState.PAUSED: QT_TRANSLATE_NOOP("Campaigns", "Paused"),
    CampaignState.COMPLETED: QT_TRANSLATE_NOOP("Campaigns", "Finished"),
    CampaignState.CANCELED: QT_TRANSLATE_NOOP("Campaigns", "Cancelled"),
    CampaignState.FAILED: QT_TRANSLATE_NOOP("Campaigns", "Failed"),
    CampaignState.UNKNOWN: QT_TRANSLATE_NOOP("Campaigns", "—"),
}


def counts_text(sub: Submission) -> str:
    """"Completed 2 · NoAnswer 1" with the non-zero per-status counts."""
    return _counts(sub.status.counts)


def _counts(counts: dict[str, int]) -> str:
    return " · ".join(f"{_tr(key)} {value}" for key, value in sorted(counts.items()) if value)


def batch_submission_text(batch: BatchView) -> str:
    """How the parts of a batch stand with the provider, in one phrase."""
    n = len(batch.parts)
    if batch.in_state(SubmissionState.INTENT, SubmissionState.SENDING):
        return _tr(SUBMISSION_WORDS[SubmissionState.SENDING])
    if batch.in_state(SubmissionState.UNCONFIRMED):
        return _tr(SUBMISSION_WORDS[SubmissionState.UNCONFIRMED])
    accepted = len(batch.in_state(SubmissionState.CONFIRMED))
    if accepted == n:
        return _tr(SUBMISSION_WORDS[SubmissionState.CONFIRMED])
    if accepted == 0:
        return _tr(SUBMISSION_WORDS[SubmissionState.FAILED])
    return _tr(QT_TRANSLATE_NOOP("Campaigns", "%1 of %2 accepted; the others were not sent")).replace("%1", str(accepted)).replace("%2", str(n))


@dataclass
class _Entry:
    """A top-level row: one submission, or the parts of a batch (latest attempt per part)."""

    key: int
    single: Submission | None = None
    batch_id: str | None = None
    parts: list[Submission] = field(default_factory=list)

    @property
    def batch(self) -> BatchView | None:
        return None if self.batch_id is None else BatchView(self.batch_id, tuple(self.parts))

    @property
    def created_at(self) -> Any:
        return self.single.created_at if self.single is not None else min(p.created_at for p in self.parts)


class CampaignsTableModel(QAbstractItemModel):
    """Top-level rows are submissions and batches, newest first; a batch's children are its parts."""

    HEADERS = _HEADERS
    CONTEXT = "Campaigns"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Entry] = []
        self._keys = itertools.count(1)  # a child index's internal id: its batch entry's key
        self._accounts: dict[str, Account] = {}  # every account set up here, removed ones included

    # --- structure ----------------------------------------------------------------------------
    def _entry_by_key(self, key: int) -> tuple[int, _Entry] | None:
        return next(((row, e) for row, e in enumerate(self._rows) if e.key == key), None)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, self._rows[parent.row()].key)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        found = self._entry_by_key(child.internalId())
        return QModelIndex() if found is None else self.createIndex(found[0], 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._rows[parent.row()].parts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def _item(self, index: Index) -> Submission | _Entry | None:
        """The submission (single or part) or the batch entry behind an index."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if index.row() >= len(self._rows):
                return None
            entry = self._rows[index.row()]
            return entry.single if entry.single is not None else entry
        found = self._entry_by_key(index.internalId())
        if found is None or index.row() >= len(found[1].parts):
            return None
        return found[1].parts[index.row()]

    # --- data ---------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._item(index)
        if item is None:
            return None
        if isinstance(item, _Entry):
            batch = item.batch
            assert batch is not None
            if role == BatchRole:
                return batch
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._batch_display(batch, index.column())
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_ACCOUNT:
                return self._account_tip(batch.parts[0].account_id)
            if role == Qt.ItemDataRole.ToolTipRole and index.column() in _LONG_COLUMNS:
                return self._batch_display(batch, index.column())  # the whole text of an elided cell
            return None
        if role == SubmissionRole:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == COL_ACCOUNT:
                return self._account_tip(item.account_id)
            if index.column() == COL_COUNTS:
                return self._display(item, index.column())  # the whole text of an elided cell
            return item.error or item.reference
        return None

    def _display(self, sub: Submission, column: int) -> str:
        if column == COL_NAME:
            return sub.name or sub.reference
        if column == COL_PROVIDER:
            return capabilities(sub.provider).display_name
        if column == COL_ACCOUNT:
            return self._account_text(sub.account_id)
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

    def _batch_display(self, batch: BatchView, column: int) -> str:
        if column == COL_NAME:
            return plural(self.CONTEXT, batch.part_count, QT_TRANSLATE_NOOP("Campaigns", "%1 — %n campaign"), QT_TRANSLATE_NOOP("Campaigns", "%1 — %n campaigns")).replace("%1", batch.name)
        if column == COL_PROVIDER:
            return capabilities(batch.parts[0].provider).display_name
        if column == COL_ACCOUNT:
            return self._account_text(batch.parts[0].account_id)
        if column == COL_SENT:
            return batch.created_at.astimezone().strftime("%d %b %H:%M")
        if column == COL_SUBMISSION:
            return batch_submission_text(batch)
        if column == COL_STATE:
            if not batch.in_state(SubmissionState.CONFIRMED):
                return ""
            return _tr(STATE_WORDS[batch.state])
        if column == COL_PROGRESS:
            return f"{count_text(batch.finished)} / {count_text(batch.total)}" if batch.total else ""
        if column == COL_COUNTS:
            return _counts(batch.counts)
        return ""

    def _account_text(self, account_id: str) -> str:
        """The account a campaign went through: its name, or the Sandbox marked as practice."""
        if account_id == SANDBOX_ACCOUNT_ID:
            return _tr(QT_TRANSLATE_NOOP("Campaigns", "Sandbox (practice)"))
        account = self._accounts.get(account_id)
        if account is None:
            return _tr(QT_TRANSLATE_NOOP("Campaigns", "An account not set up here"))
        if is_removed(account):
            return _tr(QT_TRANSLATE_NOOP("Campaigns", "%1 (removed)")).replace("%1", account.display_name)
        return account.display_name

    def _account_tip(self, account_id: str) -> str:
        if account_id == SANDBOX_ACCOUNT_ID:
            return _tr(QT_TRANSLATE_NOOP("Campaigns", "Practice on the Sandbox: nobody was called and nothing was charged."))
        account = self._accounts.get(account_id)
        if account is None or is_removed(account):
            return _tr(QT_TRANSLATE_NOOP("Campaigns", "This account is not set up on this computer any more, so the campaign cannot be followed. "
                       "Add the account again in Tools → Accounts, with the same application id, to follow it."))
        return _tr(QT_TRANSLATE_NOOP("Campaigns", "Real calls, charged to the account “%1”.")).replace("%1", account.display_name)

    # --- updates ------------------------------------------------------------------------------
    def set_accounts(self, accounts: dict[str, Account]) -> None:
        """Name the accounts (after one was added, renamed or removed); only that column changes."""
        self._accounts = dict(accounts)
        for row in range(len(self._rows)):
            top = self.index(row, COL_ACCOUNT)
            self.dataChanged.emit(top, top)
            children = self.rowCount(self.index(row, 0))
            if children:
                parent = self.index(row, 0)
                self.dataChanged.emit(self.index(0, COL_ACCOUNT, parent), self.index(children - 1, COL_ACCOUNT, parent))

    def set_submissions(self, submissions: list[Submission]) -> None:
        """Replace every row (used once, when the list is loaded)."""
        self.beginResetModel()
        self._rows = []
        batches: dict[str, _Entry] = {}
        for sub in sorted(submissions, key=lambda s: s.created_at):
            if sub.batch_id is None:
                self._rows.append(_Entry(next(self._keys), single=sub))
                continue
            entry = batches.get(sub.batch_id)
            if entry is None:
                entry = batches[sub.batch_id] = _Entry(next(self._keys), batch_id=sub.batch_id)
                self._rows.append(entry)
            _place_part(entry.parts, sub)
        self._rows.sort(key=lambda e: e.created_at, reverse=True)
        self.endResetModel()

    def upsert(self, sub: Submission) -> None:
        """Insert a new submission (or batch) at the top, or update its row in place."""
        if sub.batch_id is not None:
            self._upsert_part(sub)
            return
        for row, existing in enumerate(self._rows):
            if existing.single is not None and existing.single.id == sub.id:
                existing.single = sub
                self._changed(self.index(row, 0))
                return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, _Entry(next(self._keys), single=sub))
        self.endInsertRows()

    def _upsert_part(self, sub: Submission) -> None:
        row, entry = next(((r, e) for r, e in enumerate(self._rows) if e.batch_id == sub.batch_id), (-1, None))
        if entry is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, _Entry(next(self._keys), batch_id=sub.batch_id, parts=[sub]))
            self.endInsertRows()
            return
        parent = self.index(row, 0)
        position = next((i for i, p in enumerate(entry.parts) if p.part_index == sub.part_index), None)
        if position is None:
            position = sum(1 for p in entry.parts if (p.part_index or 0) < (sub.part_index or 0))
            self.beginInsertRows(parent, position, position)
            entry.parts.insert(position, sub)
            self.endInsertRows()
        elif _place_part(entry.parts, sub):
            self._changed(self.index(position, 0, parent))
        self._changed(parent)

    def _changed(self, index: QModelIndex) -> None:
        self.dataChanged.emit(index, index.siblingAtColumn(len(_HEADERS) - 1))

    def submission(self, row: int) -> Submission | None:
        """The single submission of a top-level row (None for a batch row)."""
        return self._rows[row].single

    def find(self, submission_id: str) -> Submission | None:
        """A recorded submission or part shown in the list, by id."""
        for entry in self._rows:
            for sub in [entry.single] if entry.single is not None else entry.parts:
                if sub is not None and sub.id == submission_id:
                    return sub
        return None


def _place_part(parts: list[Submission], sub: Submission) -> bool:
    """Put `sub` in place of its part's shown attempt when it is that attempt or a newer one
    (a part sent again later); returns True when the list changed."""
    for i, existing in enumerate(parts):
        if existing.part_index == sub.part_index:
            if existing.id == sub.id or sub.created_at >= existing.created_at:
                parts[i] = sub
                return True
            return False
    parts.append(sub)
    parts.sort(key=lambda p: p.part_index or 0)
    return True
