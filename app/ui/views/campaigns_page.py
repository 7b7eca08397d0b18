"""Campaigns: what was sent, live, with the state of each submission in plain words; the parts of
a split send are one row that opens to show each part."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeView, QVBoxLayout, QWidget

from app.domain.campaign import SubmissionState
from app.domain.split import BatchView
from app.ui.models.campaigns_model import COL_ACCOUNT, COL_COUNTS, COL_NAME, COL_SUBMISSION, BatchRole, SubmissionRole
from app.ui.dialogs import Dialogs
from app.ui.numbers_text import count_text
from app.ui.plural import plural
from app.ui.views.batch_stopped import show_batch_stopped
from app.ui.viewmodels.campaigns_vm import CampaignsViewModel


class CampaignsPage(QWidget):
    """A list of submissions (batches open to their parts); unconfirmed ones can be looked up again,
    never resent; the parts of a batch that certainly were not created can be sent."""

    def __init__(self, vm: CampaignsViewModel, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._dialogs = dialogs
        self._setup_ui()
        vm.batch_stopped.connect(lambda outcome: show_batch_stopped(self, dialogs, outcome, vm.send_remaining))

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Campaigns</h2>"), self))
        self.empty_label = QLabel(self.tr("No campaign sent yet. When you send one from step 4, it shows here "
                                          "with its calls as they happen."), self)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.table = QTreeView(self)
        self.table.setObjectName("campaignsTable")
        self.table.setAccessibleName(self.tr("Campaigns sent"))
        self.table.setModel(self._vm.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The name is what people look for: it gets the most room (the user can widen any column);
        # the per-status counts take what is left.
        for column, width in ((COL_NAME, 210), (COL_ACCOUNT, 120), (COL_SUBMISSION, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_COUNTS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        layout.addWidget(self.table, 1)
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        layout.addWidget(self.detail_label)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("&Refresh now"), self)
        self.refresh_button.clicked.connect(self._vm.refresh)
        row.addWidget(self.refresh_button)
        self.check_button = QPushButton(self.tr("&Check with the provider"), self)
        self.check_button.setToolTip(self.tr("Ask the provider whether this campaign was created. It is never sent twice."))
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self._on_check_clicked)
        row.addWidget(self.check_button)
        self.remaining_button = QPushButton(self.tr("Send the remaining &parts…"), self)
        self.remaining_button.setToolTip(self.tr("Send the parts of this campaign that certainly were not sent. "
                                                 "Parts that went out are never sent again."))
        self.remaining_button.setEnabled(False)
        self.remaining_button.clicked.connect(self._on_remaining_clicked)
        row.addWidget(self.remaining_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._vm.model.dataChanged.connect(lambda *_: self._on_current_changed(self.table.currentIndex()))
        for signal in (self._vm.model.rowsInserted, self._vm.model.rowsRemoved, self._vm.model.modelReset):
            signal.connect(self._show_empty_note)
        self._show_empty_note()

    def _show_empty_note(self, *_: object) -> None:
        """Say what the page is for while it has nothing to show."""
        self.empty_label.setVisible(self._vm.model.rowCount() == 0)

    def _current(self):  # noqa: ANN202 - Submission | None
        index = self.table.currentIndex()
        return index.data(SubmissionRole) if index.isValid() else None

    def _current_batch(self) -> BatchView | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(BatchRole) if index.isValid() else None

    def _on_current_changed(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        index = index.siblingAtColumn(0) if index.isValid() else index
        batch: BatchView | None = index.data(BatchRole) if index.isValid() else None
        self.remaining_button.setEnabled(batch is not None and batch.can_send_remaining)
        if batch is not None:
            self.check_button.setEnabled(bool(batch.in_state(SubmissionState.UNCONFIRMED, SubmissionState.SENDING)))
            self.detail_label.setText(self._batch_detail(batch))
            return
        sub = index.data(SubmissionRole) if index.isValid() else None
        self.check_button.setEnabled(sub is not None and sub.state in (SubmissionState.UNCONFIRMED, SubmissionState.SENDING))
        if sub is None:
            self.detail_label.clear()
            return
        text = self.tr("Reference at the provider: %1").replace("%1", sub.reference)
        if sub.provider_id:
            text += " · " + self.tr("provider id %1").replace("%1", sub.provider_id)
        if sub.error and sub.state is not SubmissionState.CONFIRMED:
            text += "\n" + self.tr("Last problem: %1").replace("%1", sub.error)
        self.detail_label.setText(text)

    def _batch_detail(self, batch: BatchView) -> str:
        """Why the send is several campaigns, and which parts were not sent."""
        text = plural("CampaignsPage", batch.part_count, QT_TRANSLATE_NOOP("CampaignsPage", "Sent as %n campaign."),
                      QT_TRANSLATE_NOOP("CampaignsPage", "Sent as %n campaigns because the provider takes a limited number of recipients per campaign."))
        not_sent = batch.in_state(SubmissionState.FAILED, SubmissionState.NOT_SENT)
        if not_sent:
            text += " " + plural("CampaignsPage", len(not_sent), QT_TRANSLATE_NOOP("CampaignsPage", "Not sent: part %1."), QT_TRANSLATE_NOOP("CampaignsPage", "Not sent: parts %1.")).replace(
                "%1", ", ".join(str(p.part_index) for p in not_sent))
        return text

    def _on_check_clicked(self) -> None:
        batch = self._current_batch()
        if batch is not None:
            self._vm.check_batch(batch)
            return
        sub = self._current()
        if sub is not None:
            self._vm.check_again(sub)

    def _on_remaining_clicked(self) -> None:
        batch = self._current_batch()
        if batch is None or not batch.can_send_remaining:
            return
        parts = batch.in_state(SubmissionState.FAILED, SubmissionState.NOT_SENT)
        calls = sum(p.recipient_count for p in parts)
        question = (plural("CampaignsPage", len(parts), QT_TRANSLATE_NOOP("CampaignsPage", "Send the %n remaining part (%1 calls)? This is a paid service."),
                           QT_TRANSLATE_NOOP("CampaignsPage", "Send the %n remaining parts (%1 calls)? This is a paid service."))
                    .replace("%1", count_text(calls)))
        detail = self.tr("Only the parts that certainly were not sent go out: %1.").replace(
            "%1", ", ".join(p.name for p in parts))
        batch_id = batch.batch_id

        def send() -> None:
            self.remaining_button.setEnabled(False)  # until the list shows the parts sending
            self._vm.send_remaining(batch_id)

        self._dialogs.confirm(self, self.tr("Send the remaining parts"), question, self.tr("Send the remaining parts"),
                              send, informative=detail)
