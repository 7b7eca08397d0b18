"""Campaigns: what was sent, live, with the state of each submission in plain words."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.domain.campaign import SubmissionState
from app.ui.models.campaigns_model import COL_COUNTS, COL_NAME, SubmissionRole
from app.ui.viewmodels.campaigns_vm import CampaignsViewModel


class CampaignsPage(QWidget):
    """A table of submissions; unconfirmed ones can be looked up again, never resent."""

    def __init__(self, vm: CampaignsViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Campaigns</h2>"), self))
        self.table = QTableView(self)
        self.table.setObjectName("campaignsTable")
        self.table.setAccessibleName(self.tr("Campaigns sent"))
        self.table.setModel(self._vm.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
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
        row.addStretch(1)
        layout.addLayout(row)
        self._vm.model.dataChanged.connect(lambda *_: self._on_current_changed(self.table.currentIndex()))

    def _current(self):  # noqa: ANN202 - Submission | None
        index = self.table.currentIndex()
        return index.data(SubmissionRole) if index.isValid() else None

    def _on_current_changed(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
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

    def _on_check_clicked(self) -> None:
        sub = self._current()
        if sub is not None:
            self._vm.check_again(sub)
