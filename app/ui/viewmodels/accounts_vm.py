"""The Accounts dialog's view-model: list, add, edit and remove provider accounts, and "Test
connection". The async work lives here; the dialog's slots only start it.

A secret passes through here once, on its way to the keyring; it is never kept, emitted or logged.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP, Signal

from app.domain.providers import ProviderId, capabilities
from app.services.accounts import SANDBOX_ACCOUNT_ID, Account, AccountError, AccountService, AccountUsage
from app.services.secrets import NoSecureStore, SecretStore
from app.ui.error_text import describe
from app.ui.plural import plural
from app.ui.tasks import TaskRunner


@dataclass
class AccountForm:
    """What the form says. `secret` empty on an existing account means "keep the saved one";
    empty base addresses mean the provider's real ones."""

    provider: ProviderId
    display_name: str
    client_id: str
    secret: str = field(default="", repr=False)
    sender: str = ""
    api_base_url: str = ""
    auth_base_url: str = ""


class AccountsViewModel(QObject):
    """Owns the account list and the AccountService calls; the dialog shows what the signals say."""

    accounts_changed = Signal(list)  # list[Account], the Sandbox first
    saved = Signal(object)  # Account just added or edited (the form shows it, secret field empty)
    removed = Signal(str)  # account id
    removal_explained = Signal(str, str)  # account id, what removing it does (plain words)
    credentials_changed = Signal(str)  # account id whose gateways must be rebuilt (edited or removed)
    failed = Signal(str, str, str)  # what happened and what to do, form field to fix ("" if none), details
    test_finished = Signal(bool, str)  # connected?, plain words
    busy_changed = Signal(bool)
    secure_store_checked = Signal(bool, str)  # available?, plain words when it is not

    def __init__(
        self,
        accounts: AccountService,
        tasks: TaskRunner,
        secrets: SecretStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._tasks = tasks
        self._secrets = secrets
        self._busy = 0
        self.accounts: list[Account] = []
        self.secure_store_available: bool | None = None

    # --- state -----------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy > 0

    def account(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts if a.id == account_id), None)

    def _start(self, coro, on_success, on_failure) -> None:  # noqa: ANN001 - a coroutine and two callbacks
        self._busy += 1
        if self._busy == 1:
            self.busy_changed.emit(True)

        def finish() -> None:
            self._busy -= 1
            if self._busy == 0:
                self.busy_changed.emit(False)

        def ok(result: object) -> None:
            finish()
            on_success(result)

        def bad(exc: BaseException) -> None:
            finish()
            on_failure(exc)

        self._tasks.run(coro, on_success=ok, on_failure=bad, name="accounts")

    def _fail(self, exc: BaseException) -> None:
        text, details = describe(exc)
        field_name = exc.field if isinstance(exc, AccountError) and exc.field else ""
        if isinstance(exc, NoSecureStore):
            field_name = "secret"
        self.failed.emit(text, field_name, details)

    # --- commands --------------------------------------------------------------------------
    def load(self) -> None:
        """Read the accounts (and whether this computer has a secure password store)."""
        self._start(self._accounts.list_accounts(), self._on_loaded, self._fail)
        if self._secrets is not None:
            self._start(asyncio.to_thread(self._secrets.is_available), self._on_store_checked,
                        lambda exc: self._on_store_checked(False))

    def _on_loaded(self, accounts: list[Account]) -> None:
        # The Sandbox first, whatever order the store keeps.
        self.accounts = sorted(accounts, key=lambda a: not a.is_sandbox)
        self.accounts_changed.emit(list(self.accounts))

    def _on_store_checked(self, available: bool) -> None:
        self.secure_store_available = bool(available)
        self.secure_store_checked.emit(self.secure_store_available,
                                       "" if available else NoSecureStore().message)

    def save(self, account_id: str | None, form: AccountForm, *, then_test: bool = False) -> None:
        """Add (account_id None) or edit an account; with `then_test`, test the connection after."""
        self._start(self._save(account_id, form), lambda account: self._on_saved(account, then_test), self._fail)

    async def _save(self, account_id: str | None, form: AccountForm) -> Account:
        if account_id is None:
            return await self._accounts.add(
                form.provider, form.display_name, form.client_id, form.secret, sender=form.sender,
                api_base_url=form.api_base_url or None, auth_base_url=form.auth_base_url or None,
            )
        current = await self._accounts.get(account_id)
        if current.is_sandbox:
            return await self._accounts.edit(account_id, display_name=form.display_name, sender=form.sender)
        return await self._accounts.edit(
            account_id,
            display_name=form.display_name,
            client_id=form.client_id,
            secret=form.secret or None,
            sender=form.sender,
            api_base_url=form.api_base_url or None,
            auth_base_url=form.auth_base_url or None,
        )

    def _on_saved(self, account: Account, then_test: bool) -> None:
        others = [a for a in self.accounts if a.id != account.id]
        self.accounts = sorted([*others, account], key=lambda a: not a.is_sandbox)
        self.accounts_changed.emit(list(self.accounts))
        self.credentials_changed.emit(account.id)
        self.saved.emit(account)
        if then_test:
            self.test_connection(account.id)

    def explain_removal(self, account_id: str) -> None:
        """Find what uses the account, then say what removing it does (`removal_explained`)."""
        self._start(self._accounts.usage(account_id), lambda usage: self._on_usage(account_id, usage), self._fail)

    def _on_usage(self, account_id: str, usage: AccountUsage) -> None:
        account = self.account(account_id)
        name = account.display_name if account is not None else ""
        if usage.unsettled:
            self.failed.emit(self.tr("A campaign sent through “%1” is not confirmed yet. Check it with the provider on "
                                     "the Campaigns page first, then remove the account.").replace("%1", name), "", "")
            return
        lines = [self.tr("Its secret is deleted from the system keyring.")]
        if usage.drafts:
            lines.append(plural("AccountsViewModel", usage.drafts,
                                QT_TRANSLATE_NOOP("AccountsViewModel", "%n saved draft uses it: when opened, it goes back to the Sandbox, so nobody is "
                                "called until you choose another account."),
                                QT_TRANSLATE_NOOP("AccountsViewModel", "%n saved drafts use it: when opened, they go back to the Sandbox, so nobody is "
                                "called until you choose another account.")))
        if usage.campaigns:
            lines.append(plural("AccountsViewModel", usage.campaigns,
                                QT_TRANSLATE_NOOP("AccountsViewModel", "%n campaign was sent through it: it stays in the Campaigns list."),
                                QT_TRANSLATE_NOOP("AccountsViewModel", "%n campaigns were sent through it: they stay in the Campaigns list.")))
        if usage.in_progress:
            lines.append(plural("AccountsViewModel", usage.in_progress,
                                QT_TRANSLATE_NOOP("AccountsViewModel", "%n of them is still under way and cannot be followed until you add this account "
                                "again (with the same application id)."),
                                QT_TRANSLATE_NOOP("AccountsViewModel", "%n of them are still under way and cannot be followed until you add this account "
                                "again (with the same application id).")))
        if not usage.drafts and not usage.campaigns:
            lines.append(self.tr("No draft or campaign uses it."))
        self.removal_explained.emit(account_id, "\n\n".join(lines))

    def remove(self, account_id: str) -> None:
        """Remove an account and its secret (the dialog asked first)."""
        self._start(self._accounts.remove(account_id), lambda _: self._on_removed(account_id), self._fail)

    def _on_removed(self, account_id: str) -> None:
        self.accounts = [a for a in self.accounts if a.id != account_id]
        self.accounts_changed.emit(list(self.accounts))
        self.credentials_changed.emit(account_id)
        self.removed.emit(account_id)

    def test_connection(self, account_id: str) -> None:
        """Get a token with the saved credentials and say in plain words how it went."""
        self._start(self._accounts.test_connection(account_id),
                    lambda _: self._on_tested(account_id), self._on_test_failed)

    def _on_tested(self, account_id: str) -> None:
        account = self.account(account_id)
        if account is None or account.provider is None or account_id == SANDBOX_ACCOUNT_ID:
            self.test_finished.emit(True, self.tr("Connected to the Sandbox (Routee and Naxai)."))
            return
        name = capabilities(account.provider).display_name
        self.test_finished.emit(True, self.tr("Connected to %1.").replace("%1", name))

    def _on_test_failed(self, exc: BaseException) -> None:
        text, _details = describe(exc)
        self.test_finished.emit(False, text)
