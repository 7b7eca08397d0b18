"""Accounts: the built-in Sandbox and the user's Routee and Naxai accounts, with "Test connection".

A non-modal window (show it with `present()`; never exec()). Once saved, a secret is never shown
again: the secret field stays empty and says where it is kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.providers import ProviderId, capabilities
from app.providers.naxai.client import DEFAULT_BASE_URL as NAXAI_API
from app.providers.routee.client import DEFAULT_BASE_URL as ROUTEE_API
from app.services.accounts import Account
from app.ui.dialogs import Dialogs
from app.ui.viewmodels.accounts_vm import AccountForm, AccountsViewModel

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole
_DEFAULT_HOSTS = {
    ProviderId.ROUTEE: (ROUTEE_API, "https://auth.routee.net"),
    ProviderId.NAXAI: (NAXAI_API, "https://auth.naxai.com"),
}


class AccountsDialog(QDialog):
    """List on the left, the chosen account's form on the right."""

    def __init__(self, vm: AccountsViewModel, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vm = vm
        self._dialogs = dialogs
        self._editing: str | None = None  # account id in the form; None: a new account
        self._secret_saved = False
        self._setup_ui()
        vm.accounts_changed.connect(self._on_accounts_changed)
        vm.saved.connect(self._on_saved)
        vm.removed.connect(self._on_removed)
        vm.removal_explained.connect(self._confirm_removal)
        vm.failed.connect(self._on_failed)
        vm.test_finished.connect(self._on_test_finished)
        vm.busy_changed.connect(self._on_busy_changed)
        vm.secure_store_checked.connect(self._on_secure_store_checked)

    # --- building ----------------------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Accounts"))
        self.setModal(False)
        self.setObjectName("accountsDialog")
        outer = QVBoxLayout(self)
        self.store_warning = QLabel(self)
        self.store_warning.setObjectName("secureStoreWarning")
        self.store_warning.setWordWrap(True)
        self.store_warning.setStyleSheet("QLabel { color: #8a4b00; }")
        self.store_warning.hide()
        outer.addWidget(self.store_warning)
        body = QHBoxLayout()
        outer.addLayout(body, 1)

        left = QVBoxLayout()
        self.account_list = QListWidget(self)
        self.account_list.setObjectName("accountList")
        self.account_list.setAccessibleName(self.tr("Accounts"))
        self.account_list.currentItemChanged.connect(self._on_current_changed)
        left.addWidget(self.account_list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("addAccountButton")
        self.add_button.clicked.connect(self._on_add_clicked)
        buttons.addWidget(self.add_button)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.remove_button.setObjectName("removeAccountButton")
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        body.addLayout(left, 1)

        self.form_box = QGroupBox(self.tr("Account"), self)
        form = QFormLayout(self.form_box)
        self.provider_combo = QComboBox(self.form_box)
        self.provider_combo.setAccessibleName(self.tr("Provider"))
        for provider in ProviderId:
            self.provider_combo.addItem(capabilities(provider).display_name, provider)
        self.provider_combo.setPlaceholderText(self.tr("Routee and Naxai (simulated)"))
        self.provider_combo.currentIndexChanged.connect(self._on_provider_changed)
        form.addRow(self.tr("&Provider:"), self.provider_combo)
        self.name_edit = QLineEdit(self.form_box)
        self.name_edit.setAccessibleName(self.tr("Display name"))
        self.name_edit.setPlaceholderText(self.tr("For example: Town hall Routee"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.client_id_edit = QLineEdit(self.form_box)
        self.client_id_edit.setAccessibleName(self.tr("Application or client id"))
        form.addRow(self.tr("Application or &client id:"), self.client_id_edit)
        self.secret_edit = QLineEdit(self.form_box)
        self.secret_edit.setAccessibleName(self.tr("Secret"))
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        form.addRow(self.tr("&Secret:"), self.secret_edit)
        self.sender_edit = QLineEdit(self.form_box)
        self.sender_edit.setAccessibleName(self.tr("Sender number"))
        self.sender_edit.setPlaceholderText(self.tr("The number people see, for example 3225550100"))
        form.addRow(self.tr("Sender &number:"), self.sender_edit)

        self.advanced_button = QToolButton(self.form_box)
        self.advanced_button.setText(self.tr("Advanced: provider addresses"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.toggled.connect(self._on_advanced_toggled)
        form.addRow(self.advanced_button)
        self.advanced = QWidget(self.form_box)
        advanced_form = QFormLayout(self.advanced)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        self.api_url_edit = QLineEdit(self.advanced)
        self.api_url_edit.setAccessibleName(self.tr("API address"))
        advanced_form.addRow(self.tr("API address:"), self.api_url_edit)
        self.auth_url_edit = QLineEdit(self.advanced)
        self.auth_url_edit.setAccessibleName(self.tr("Sign-in address"))
        advanced_form.addRow(self.tr("Sign-in address:"), self.auth_url_edit)
        hint = QLabel(self.tr("Leave empty to use the provider's own addresses. Only https:// is allowed."),
                      self.advanced)
        hint.setWordWrap(True)
        advanced_form.addRow(hint)
        self.advanced.hide()
        form.addRow(self.advanced)

        self.form_message = QLabel(self.form_box)
        self.form_message.setObjectName("formMessage")
        self.form_message.setWordWrap(True)
        self.form_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.form_message)
        self.test_result = QLabel(self.form_box)
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(self.tr("Connection test result"))
        form.addRow(self.test_result)
        actions = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"), self.form_box)
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.setToolTip(self.tr("Save, then ask the provider for a sign-in token with these details."))
        self.test_button.clicked.connect(self._on_test_clicked)
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save"), self.form_box)
        self.save_button.setObjectName("saveAccountButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        actions.addWidget(self.save_button)
        form.addRow(actions)
        body.addWidget(self.form_box, 2)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        outer.addWidget(close)
        self._fields = {
            "display_name": self.name_edit,
            "client_id": self.client_id_edit,
            "secret": self.secret_edit,
            "sender": self.sender_edit,
            "api_base_url": self.api_url_edit,
            "auth_base_url": self.auth_url_edit,
        }
        self.resize(760, 460)
        self._clear_form()

    # --- showing -------------------------------------------------------------------------------
    def present(self) -> None:
        """Show (non-modal), bring to front and reload the list."""
        self.show()
        self.raise_()
        self.activateWindow()
        self._vm.load()

    def _on_secure_store_checked(self, available: bool, text: str) -> None:
        self.store_warning.setText(text)
        self.store_warning.setVisible(not available)

    def _on_accounts_changed(self, accounts: list[Account]) -> None:
        current = self._editing
        self.account_list.blockSignals(True)
        self.account_list.clear()
        for account in accounts:
            if account.is_sandbox:
                label = account.display_name
            else:
                label = f"{account.display_name} \u2014 {capabilities(account.provider).display_name}"  # type: ignore[arg-type]
            item = QListWidgetItem(label, self.account_list)
            item.setData(ACCOUNT_ID_ROLE, account.id)
            if account.id == current:
                self.account_list.setCurrentItem(item)
        self.account_list.blockSignals(False)
        if current is not None and self._vm.account(current) is None:
            self._clear_form()
        elif self.account_list.currentItem() is None and self._editing is None and not self.name_edit.text():
            self.account_list.setCurrentRow(0)
        self._update_buttons()

    def _on_current_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        account = self._vm.account(item.data(ACCOUNT_ID_ROLE)) if item is not None else None
        if account is None:
            self._clear_form()
        else:
            self._show_account(account)

    def _clear_form(self) -> None:
        """An empty form for a new account."""
        self._editing = None
        self._secret_saved = False
        self.form_box.setTitle(self.tr("New account"))
        self.provider_combo.setEnabled(True)
        self.provider_combo.setCurrentIndex(0)
        for edit in self._fields.values():
            edit.clear()
            edit.setEnabled(True)
        self.secret_edit.setPlaceholderText(self.tr("The secret the provider gave you"))
        self.form_message.clear()
        self.test_result.clear()
        self._on_provider_changed()
        self._update_buttons()

    def _show_account(self, account: Account) -> None:
        self._editing = account.id
        self.form_box.setTitle(account.display_name)
        sandbox = account.is_sandbox
        self.provider_combo.setEnabled(False)
        self.provider_combo.setCurrentIndex(-1 if sandbox else self.provider_combo.findData(account.provider))
        self.name_edit.setText(account.display_name)
        self.client_id_edit.setText(account.client_id)
        self.sender_edit.setText(account.sender)
        self.api_url_edit.setText(account.api_base_url or "")
        self.auth_url_edit.setText(account.auth_base_url or "")
        self.secret_edit.clear()
        self._secret_saved = not sandbox
        if sandbox:
            self.secret_edit.setPlaceholderText(self.tr("Built in: no secret needed"))
        else:
            self.secret_edit.setPlaceholderText(self.tr("Saved in the system keyring"))
        for edit in (self.client_id_edit, self.secret_edit, self.api_url_edit, self.auth_url_edit):
            edit.setEnabled(not sandbox)
        self.form_message.clear()
        self.test_result.clear()
        self._on_provider_changed()
        self._update_buttons()

    def _on_provider_changed(self, _index: int = -1) -> None:
        provider = self.provider_combo.currentData()
        if provider is None:
            self.client_id_edit.setPlaceholderText("")
            return
        api, auth = _DEFAULT_HOSTS[ProviderId(provider)]
        self.api_url_edit.setPlaceholderText(api)
        self.auth_url_edit.setPlaceholderText(auth)
        if ProviderId(provider) is ProviderId.ROUTEE:
            self.client_id_edit.setPlaceholderText(self.tr("The application id from the Routee console"))
        else:
            self.client_id_edit.setPlaceholderText(self.tr("The client id from the Naxai console"))

    def _on_advanced_toggled(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _update_buttons(self) -> None:
        busy = self._vm.busy
        account = self._vm.account(self._editing) if self._editing else None
        self.remove_button.setEnabled(not busy and account is not None and not account.is_sandbox)
        self.save_button.setEnabled(not busy)
        self.test_button.setEnabled(not busy)
        self.add_button.setEnabled(not busy)

    def _on_busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    # --- user actions ------------------------------------------------------------------------
    def _form(self) -> AccountForm:
        provider = self.provider_combo.currentData()
        return AccountForm(
            provider=ProviderId(provider) if provider is not None else ProviderId.ROUTEE,
            display_name=self.name_edit.text(),
            client_id=self.client_id_edit.text(),
            secret=self.secret_edit.text(),
            sender=self.sender_edit.text(),
            api_base_url=self.api_url_edit.text().strip(),
            auth_base_url=self.auth_url_edit.text().strip(),
        )

    def _on_add_clicked(self) -> None:
        self.account_list.blockSignals(True)
        self.account_list.setCurrentRow(-1)
        self.account_list.clearSelection()
        self.account_list.blockSignals(False)
        self._clear_form()
        self.name_edit.setFocus()

    def _on_save_clicked(self) -> None:
        self._save(then_test=False)

    def _on_test_clicked(self) -> None:
        self.test_result.setText(self.tr("Testing the connection…"))
        if self._editing is not None and not self._is_dirty():
            self._vm.test_connection(self._editing)
        else:
            self._save(then_test=True)

    def _save(self, *, then_test: bool) -> None:
        self.form_message.clear()
        form = self._form()  # once saved, _on_saved empties the secret field for good
        self._vm.save(self._editing, form, then_test=then_test)

    def _is_dirty(self) -> bool:
        account = self._vm.account(self._editing) if self._editing else None
        if account is None:
            return True
        return bool(
            self.secret_edit.text()
            or self.name_edit.text() != account.display_name
            or self.sender_edit.text() != account.sender
            or self.client_id_edit.text() != account.client_id
            or self.api_url_edit.text().strip() != (account.api_base_url or "")
            or self.auth_url_edit.text().strip() != (account.auth_base_url or "")
        )

    def _on_remove_clicked(self) -> None:
        account = self._vm.account(self._editing) if self._editing else None
        if account is None or account.is_sandbox:
            return
        self.form_message.clear()
        self._vm.explain_removal(account.id)  # what uses it, then _confirm_removal asks

    def _confirm_removal(self, account_id: str, explanation: str) -> None:
        account = self._vm.account(account_id)
        if account is None:
            return
        self._dialogs.confirm(
            self,
            self.tr("Remove account"),
            self.tr("Remove \u201c%1\u201d?").replace("%1", account.display_name),
            self.tr("Remove"),
            lambda: self._vm.remove(account_id),
            informative=explanation,
        )

    # --- outcomes ----------------------------------------------------------------------------
    def _on_saved(self, account: Account) -> None:
        self._editing = account.id
        for i in range(self.account_list.count()):
            item = self.account_list.item(i)
            if item.data(ACCOUNT_ID_ROLE) == account.id:
                self.account_list.blockSignals(True)
                self.account_list.setCurrentItem(item)
                self.account_list.blockSignals(False)
        self._show_account(account)
        self.form_message.setText(self.tr("Saved."))

    def _on_removed(self, _account_id: str) -> None:
        self.account_list.setCurrentRow(0)

    def _on_failed(self, text: str, field_name: str, _details: str) -> None:
        self.form_message.setText(text)
        self.test_result.clear()
        edit = self._fields.get(field_name)
        if edit is not None:
            if field_name in ("api_base_url", "auth_base_url"):
                self.advanced_button.setChecked(True)
            edit.setFocus()

    def _on_test_finished(self, ok: bool, text: str) -> None:
        self.test_result.setText(("\u2714 " if ok else "\u2716 ") + text)
