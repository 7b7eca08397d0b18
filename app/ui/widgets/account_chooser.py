"""“Send from account: [account ▾]  Manage accounts…”: the account the open draft goes through.
Why it changed by itself (an unknown account, another provider) is said in the window's note bar."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

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
        self._fill()

    def _setup_ui(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
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
