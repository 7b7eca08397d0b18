"""“Send with: [account ▾]  Manage accounts…”: the account the open draft goes through, with the
note that says why it changed by itself (an unknown account, another provider)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.accounts import Account
from app.ui.viewmodels.draft_account_vm import DraftAccountViewModel


class AccountChooser(QWidget):
    """Lists the Sandbox and the accounts serving the draft's provider; a pick goes to the view-model."""

    manage_requested = Signal()

    def __init__(self, vm: DraftAccountViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._setup_ui()
        vm.accounts_changed.connect(self._fill)
        vm.account_changed.connect(self._select)
        vm.note.connect(self._on_note)
        self._fill()
        self._on_note(vm.last_note)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("Send from &account:"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("accountCombo")
        self.combo.setAccessibleName(self.tr("Account that sends the calls"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.activated.connect(self._on_activated)  # the user's pick only, never a refill
        label.setBuddy(self.combo)
        row.addWidget(label)
        row.addWidget(self.combo)
        self.manage_button = QPushButton(self.tr("&Manage accounts…"), self)
        self.manage_button.setAccessibleName(self.tr("Manage accounts"))
        self.manage_button.clicked.connect(self.manage_requested)
        row.addWidget(self.manage_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("accountNote")
        self.note_label.setWordWrap(True)
        self.note_label.setAccessibleName(self.tr("Why the account changed"))
        self.note_label.hide()
        layout.addWidget(self.note_label)

    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for account in self._vm.choices():
            self.combo.addItem(self._vm.label(account), account.id)
        self.combo.blockSignals(False)
        self._select(self._vm.current())

    def _select(self, account: Account) -> None:
        index = self.combo.findData(account.id)
        if index < 0:  # not offered (yet): the next refill selects it
            return
        self.combo.setCurrentIndex(index)
        self.combo.setToolTip(self.combo.itemText(index))

    def _on_activated(self, index: int) -> None:
        account_id = self.combo.itemData(index)
        if account_id:
            self._vm.choose(str(account_id))

    def _on_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))
