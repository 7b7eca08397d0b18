"""The Accounts dialog: add a Routee account that points at the Sandbox on a loopback socket, test
its connection in plain words, and never show its secret again after saving."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import keyring.backend
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QListWidget, QWidget

from app.domain.providers import ProviderId
from app.providers.sandbox.account import SandboxAccount
from app.providers.sandbox.routee import SANDBOX_APP_ID, SANDBOX_SECRET, RouteeSimulator
from app.providers.sandbox.server import LoopbackServer
from app.services.accounts import AccountService, Credentials
from app.services.gateway_factory import account_gateway_factory, make_gateway, token_url
from app.services.secrets import NO_SECURE_STORE_MESSAGE, SecretStore
from app.services.store import Account, Store, default_store_path
from app.ui.dialogs import Dialogs
from app.ui.tasks import TaskRunner
from app.ui.viewmodels.accounts_vm import AccountsViewModel
from app.ui.views.accounts_dialog import ACCOUNT_ID_ROLE, AccountsDialog
from tests.services.test_secrets import secret_service  # noqa: F401 - the real keyring fixture


class MemoryKeyring:
    """An in-memory keyring (a plain class, so keyring never registers it), as in test_accounts."""

    priority = 5

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class PlaintextKeyring(MemoryKeyring):
    """Looks like keyrings.alt's plain-text file backend: never acceptable."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def routee_server() -> Iterator[LoopbackServer]:
    with LoopbackServer(RouteeSimulator()) as server:
        yield server


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store(default_store_path())
    yield s
    s.close()


def _build(qtbot: Any, store: Store, backend: Any) -> tuple[AccountsDialog, AccountsViewModel, Dialogs]:
    secrets = SecretStore(backend)
    service = AccountService(store, secrets, account_gateway_factory(SandboxAccount(speed=100)))
    tasks = TaskRunner()
    dialogs = Dialogs()
    vm = AccountsViewModel(service, tasks, secrets)
    dialog = AccountsDialog(vm, dialogs)
    qtbot.addWidget(dialog)
    dialog.present()
    return dialog, vm, dialogs


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def ui(qloop: Any, qtbot: Any, store: Store, memory_keyring: MemoryKeyring) -> tuple[AccountsDialog, AccountsViewModel, Dialogs]:
    dialog, vm, dialogs = _build(qtbot, store, memory_keyring)
    qloop.run_until(lambda: dialog.account_list.count() == 1 and not vm.busy)
    return dialog, vm, dialogs


def _fill_routee(dialog: AccountsDialog, server: LoopbackServer, secret: str, qtbot: Any) -> None:
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.provider_combo.setCurrentIndex(dialog.provider_combo.findData(ProviderId.ROUTEE))
    qtbot.keyClicks(dialog.name_edit, "Town hall")
    qtbot.keyClicks(dialog.client_id_edit, SANDBOX_APP_ID)
    qtbot.keyClicks(dialog.secret_edit, secret)
    qtbot.keyClicks(dialog.sender_edit, "3225550100")
    qtbot.mouseClick(dialog.advanced_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.api_url_edit, server.url)
    qtbot.keyClicks(dialog.auth_url_edit, server.url)


def _all_widget_text(dialog: QWidget) -> str:
    parts: list[str] = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            parts += [widget.text(), widget.displayText(), widget.placeholderText()]
        elif isinstance(widget, QLabel | QAbstractButton):
            parts.append(widget.text())
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            parts += [widget.item(i).text() for i in range(widget.count())]
        parts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    return "\n".join(parts)


def test_sandbox_is_listed_first_and_cannot_be_removed(ui: Any, qtbot: Any) -> None:
    dialog, _vm, _dialogs = ui
    assert not dialog.isModal()
    assert dialog.account_list.item(0).data(ACCOUNT_ID_ROLE) == "sandbox"
    dialog.account_list.setCurrentRow(0)
    assert not dialog.remove_button.isEnabled()
    assert not dialog.secret_edit.isEnabled() and not dialog.client_id_edit.isEnabled()


def test_add_routee_account_and_test_connection(
    ui: Any, qloop: Any, qtbot: Any, routee_server: LoopbackServer, memory_keyring: MemoryKeyring, store: Store
) -> None:
    dialog, vm, _dialogs = ui
    _fill_routee(dialog, routee_server, SANDBOX_SECRET, qtbot)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: "Connected" in dialog.test_result.text() or "\u2716" in dialog.test_result.text(),
                    message="the connection test never finished")
    assert dialog.test_result.text().endswith("Connected to Routee."), dialog.test_result.text()
    assert dialog.form_message.text() == "Saved."
    assert dialog.account_list.count() == 2
    assert dialog.account_list.item(0).data(ACCOUNT_ID_ROLE) == "sandbox"
    account = vm.accounts[1]
    assert account.api_base_url == routee_server.url and account.provider is ProviderId.ROUTEE
    # The secret went to the keyring, and only there: never back into the window.
    assert list(memory_keyring.items.values()) == [SANDBOX_SECRET]
    assert dialog.secret_edit.text() == ""
    assert dialog.secret_edit.placeholderText() == "Saved in the system keyring"
    assert SANDBOX_SECRET not in _all_widget_text(dialog)
    saved = qloop.run(store.get_account(account.id))
    assert SANDBOX_SECRET not in repr(saved)

    # Testing again, untouched, does not save again and still connects.
    dialog.test_result.clear()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: dialog.test_result.text().endswith("Connected to Routee."))

    # Renaming without typing a secret keeps the saved one.
    dialog.name_edit.setText("Town hall 2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: dialog.form_message.text() == "Saved." and not vm.busy)
    assert vm.accounts[1].display_name == "Town hall 2"
    assert list(memory_keyring.items.values()) == [SANDBOX_SECRET]
    assert SANDBOX_SECRET not in _all_widget_text(dialog)


def test_wrong_secret_says_check_the_credentials(
    ui: Any, qloop: Any, qtbot: Any, routee_server: LoopbackServer
) -> None:
    dialog, vm, _dialogs = ui
    wrong = "definitely-not-the-secret"
    _fill_routee(dialog, routee_server, wrong, qtbot)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: "\u2716" in dialog.test_result.text() or "Connected" in dialog.test_result.text())
    text = dialog.test_result.text()
    assert "credentials" in text and "Check them" in text, text
    assert "Connected" not in text
    assert wrong not in _all_widget_text(dialog)

    # Entering the right secret (Edit) fixes it.
    qtbot.keyClicks(dialog.secret_edit, SANDBOX_SECRET)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: dialog.test_result.text().endswith("Connected to Routee."))
    assert len(vm.accounts) == 2
    assert SANDBOX_SECRET not in _all_widget_text(dialog)


def test_form_errors_and_http_address_refused(ui: Any, qloop: Any, qtbot: Any, memory_keyring: MemoryKeyring) -> None:
    dialog, vm, _dialogs = ui
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "Plain web")
    qtbot.keyClicks(dialog.client_id_edit, "app")
    qtbot.keyClicks(dialog.secret_edit, "s3cret-value")
    dialog.api_url_edit.setText("http://connect.routee.net")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: bool(dialog.form_message.text()) and not vm.busy)
    assert "https://" in dialog.form_message.text()
    assert dialog.advanced.isVisibleTo(dialog)
    assert memory_keyring.items == {} and len(vm.accounts) == 1


def test_remove_asks_first(ui: Any, qloop: Any, qtbot: Any, routee_server: LoopbackServer,
                           memory_keyring: MemoryKeyring) -> None:
    dialog, vm, dialogs = ui
    _fill_routee(dialog, routee_server, SANDBOX_SECRET, qtbot)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: len(vm.accounts) == 2 and not vm.busy)
    changed: list[str] = []
    vm.credentials_changed.connect(changed.append)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: dialogs.current is not None, message="removing never asked")  # after counting its uses
    box = dialogs.current
    assert box is not None and "Town hall" in box.text()
    assert "No draft or campaign uses it." in box.informativeText()
    qtbot.mouseClick(box.findChild(QAbstractButton, "acceptButton"), Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: len(vm.accounts) == 1 and not vm.busy)
    assert dialog.account_list.count() == 1 and memory_keyring.items == {}
    assert changed and changed[0] != "sandbox"


def test_no_secure_store_is_said_plainly_and_nothing_is_saved(qloop: Any, qtbot: Any, store: Store,
                                                              routee_server: LoopbackServer) -> None:
    dialog, vm, _dialogs = _build(qtbot, store, PlaintextKeyring())
    qloop.run_until(lambda: vm.secure_store_available is not None and not vm.busy)
    assert dialog.store_warning.isVisibleTo(dialog)
    assert "no secure password store" in dialog.store_warning.text()
    _fill_routee(dialog, routee_server, SANDBOX_SECRET, qtbot)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: bool(dialog.form_message.text()) and not vm.busy)
    assert dialog.form_message.text() == NO_SECURE_STORE_MESSAGE
    assert len(vm.accounts) == 1
    assert qloop.run(store.list_accounts())[-1].is_sandbox


def test_with_the_real_system_keyring(qloop: Any, qtbot: Any, store: Store, routee_server: LoopbackServer,
                                      secret_service: keyring.backend.KeyringBackend) -> None:  # noqa: F811
    dialog, vm, _dialogs = _build(qtbot, store, secret_service)
    qloop.run_until(lambda: dialog.account_list.count() == 1 and not vm.busy)
    _fill_routee(dialog, routee_server, SANDBOX_SECRET, qtbot)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qloop.run_until(lambda: "\u2714" in dialog.test_result.text() or "\u2716" in dialog.test_result.text())
    assert dialog.test_result.text().endswith("Connected to Routee."), dialog.test_result.text()
    assert SANDBOX_SECRET not in _all_widget_text(dialog)
    account_id = vm.accounts[1].id
    assert secret_service.get_password("VoiceDesk", account_id) == SANDBOX_SECRET
    qloop.run(AccountService(store, SecretStore(secret_service)).remove(account_id))


def test_make_gateway_uses_real_hosts_by_default() -> None:
    account = Account(id="a", display_name="A", provider=ProviderId.ROUTEE, client_id="app")
    creds = Credentials("app", "secret")
    assert token_url(ProviderId.ROUTEE, None) == "https://auth.routee.net/oauth/token"
    assert token_url(ProviderId.NAXAI, "https://auth.example.com/") == "https://auth.example.com/oauth2/token"
    routee = make_gateway(account, creds, ProviderId.ROUTEE)
    assert str(routee.client.config.base_url).startswith("https://connect.routee.net")
    naxai_account = Account(id="b", display_name="B", provider=ProviderId.NAXAI, client_id="c",
                            api_base_url="http://127.0.0.1:9")
    naxai = make_gateway(naxai_account, creds, ProviderId.NAXAI)
    assert str(naxai.client.config.base_url) == "http://127.0.0.1:9"
    with pytest.raises(ValueError):
        make_gateway(account, creds, ProviderId.NAXAI)
