"""Which account the open draft sends through: the choices for its provider, the user's choice
(remembered per provider for new drafts), and the safe fallbacks, which always go to the Sandbox
and never silently to a paid account."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.domain.providers import ProviderId, capabilities
from app.providers.sandbox.account import SANDBOX_SENDER
from app.services.accounts import SANDBOX_ACCOUNT, SANDBOX_ACCOUNT_ID, Account, AccountService, is_removed
from app.services.settings import LAST_ACCOUNTS, Settings
from app.ui.tasks import TaskRunner
from app.ui.viewmodels.draft_vm import DraftViewModel


class DraftAccountViewModel(QObject):
    """Keeps the open draft on an account that exists and serves its provider; says why it moved."""

    accounts_changed = Signal()  # the accounts (or the draft's provider) changed: choices may differ
    account_changed = Signal(object)  # Account the open draft now sends through
    note = Signal(str)  # plain words on why the account changed by itself ("" clears the note)

    def __init__(
        self,
        draft_vm: DraftViewModel,
        accounts: AccountService,
        settings: Settings,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._draft_vm = draft_vm
        self._accounts = accounts
        self._settings = settings
        self._tasks = tasks
        self._known: dict[str, Account] | None = None  # None until loaded: never fall back before
        self._provider = draft_vm.draft.provider
        self._account_id = draft_vm.draft.account_id
        self._last: dict[str, str] = dict(settings.get(LAST_ACCOUNTS))  # ahead of the store while it saves
        self.last_note = ""  # the note in force, for views created after it was said
        draft_vm.loaded.connect(self._on_loaded)
        draft_vm.changed.connect(self._on_changed)

    # --- loading ------------------------------------------------------------------------------
    async def load(self) -> None:
        """Read every account (removed ones too, to name old campaigns), then check the open draft."""
        accounts = await self._accounts.all_accounts()
        self._known = {a.id: a for a in accounts}
        self._last = dict(self._settings.get(LAST_ACCOUNTS))
        self.accounts_changed.emit()
        self._check_open_draft()
        self.account_changed.emit(self.current())

    def reload(self) -> None:
        """Read the accounts again (one was added, edited or removed in the Accounts dialog)."""
        self._tasks.run(self.load(), name="reload accounts")

    # --- what the views ask -------------------------------------------------------------------
    def account(self, account_id: str) -> Account | None:
        """A usable account by id (None when unknown on this computer or removed)."""
        if account_id == SANDBOX_ACCOUNT_ID:
            return (self._known or {}).get(SANDBOX_ACCOUNT_ID, SANDBOX_ACCOUNT)
        found = (self._known or {}).get(account_id)
        return None if found is None or is_removed(found) else found

    def known(self, account_id: str) -> Account | None:
        """Any account ever set up here, removed ones included (to name an old campaign's account)."""
        if account_id == SANDBOX_ACCOUNT_ID:
            return self.account(account_id)
        return (self._known or {}).get(account_id)

    def known_accounts(self) -> dict[str, Account]:
        """Every account set up here by id, removed ones included."""
        return dict(self._known or {SANDBOX_ACCOUNT_ID: SANDBOX_ACCOUNT})

    def current(self) -> Account:
        """The account the open draft sends through (the Sandbox while its own is not known)."""
        return self.account(self._draft_vm.draft.account_id) or self.account(SANDBOX_ACCOUNT_ID)  # type: ignore[return-value]

    @property
    def is_sandbox(self) -> bool:
        """True while the open draft practises on the Sandbox (nobody is called, nothing charged)."""
        return self._draft_vm.draft.account_id == SANDBOX_ACCOUNT_ID

    def choices(self) -> list[Account]:
        """The Sandbox, then the accounts that serve the open draft's provider, by name."""
        provider = self._draft_vm.draft.provider
        real = [a for a in (self._known or {}).values()
                if not a.is_sandbox and not is_removed(a) and a.provider == provider]
        sandbox = self.account(SANDBOX_ACCOUNT_ID)
        assert sandbox is not None
        return [sandbox, *sorted(real, key=lambda a: a.display_name.casefold())]

    def label(self, account: Account) -> str:
        """"Town hall Routee (Routee)", or the Sandbox's name with "practice" in it."""
        if account.is_sandbox or account.provider is None:
            return self.tr("Sandbox (practice: nobody is called, nothing is charged)")
        return self.tr("%1 (%2)").replace("%1", account.display_name).replace(
            "%2", capabilities(account.provider).display_name)

    def default_for(self, provider: ProviderId) -> Account:
        """The account new drafts for `provider` use: the last one chosen, else the Sandbox."""
        remembered = self._last.get(ProviderId(provider).value, SANDBOX_ACCOUNT_ID)
        account = self.account(remembered)
        if account is None or not account.supports(provider):
            account = self.account(SANDBOX_ACCOUNT_ID)
        return account  # type: ignore[return-value]

    @staticmethod
    def sender_of(account: Account | None) -> str:
        """The account's default sender number ("" when it has none)."""
        if account is None:
            return ""
        return account.sender or (SANDBOX_SENDER if account.is_sandbox else "")

    def for_new_draft(self, provider: ProviderId) -> tuple[str, str]:
        """(account id, sender number) a new draft for `provider` starts with."""
        account = self.default_for(provider)
        return account.id, self.sender_of(account)

    # --- commands -----------------------------------------------------------------------------
    def choose(self, account_id: str) -> None:
        """The user picked an account for the open draft: use it and remember it for its provider."""
        account = self.account(account_id)
        if account is None or not account.supports(self._draft_vm.draft.provider):
            return
        self._use(account)
        self._say("")
        provider = self._draft_vm.draft.provider.value
        if self._last.get(provider) != account.id:
            self._last[provider] = account.id
            self._tasks.run(self._settings.set(LAST_ACCOUNTS, dict(self._last)), name="remember account")

    def _use(self, account: Account) -> None:
        """Put the draft on `account`; the sender follows when it was empty or the old default."""
        draft = self._draft_vm.draft
        old_default = self.sender_of(self.known(draft.account_id))
        sender = draft.delivery.sender
        new_default = self.sender_of(account)
        follow = bool(new_default) and (not sender or sender == old_default)
        self._draft_vm.set_account(account.id, new_default if follow else None)

    def _say(self, text: str) -> None:
        self.last_note = text
        self.note.emit(text)

    def _fall_back(self, account: Account, text: str) -> None:
        self._use(account)
        self._say(text)

    # --- keeping the draft on a usable account --------------------------------------------------
    def _check_open_draft(self) -> None:
        """An opened or imported draft whose account is not usable here goes to the Sandbox."""
        if self._known is None:
            return
        draft = self._draft_vm.draft
        if draft.account_id == SANDBOX_ACCOUNT_ID:
            return
        stored = self._known.get(draft.account_id)
        sandbox = self.account(SANDBOX_ACCOUNT_ID)
        assert sandbox is not None
        if stored is None:
            text = self.tr("This draft was set to send with an account that is not set up on this computer, so it "
                           "now uses the Sandbox: nobody is called. Choose a real account in step 4 before sending.")
        elif is_removed(stored):
            text = self.tr("The account “%1” was removed, so this draft now uses the Sandbox: nobody is called. "
                           "Choose another account in step 4 before sending.").replace("%1", stored.display_name)
        elif not stored.supports(draft.provider):
            text = self._provider_note(stored, sandbox, draft.provider)
        else:
            return
        self._fall_back(sandbox, text)

    def _provider_note(self, old: Account, new: Account, provider: ProviderId) -> str:
        """Why the account changed with the provider, naming both accounts."""
        old_provider = capabilities(old.provider).display_name if old.provider else ""
        name = capabilities(provider).display_name
        if new.is_sandbox:
            text = self.tr("“%1” sends only %2 campaigns, so this draft now uses the Sandbox for %3: nobody is "
                           "called. Choose a %3 account in step 4 to send for real.")
        else:
            text = self.tr("“%1” sends only %2 campaigns, so this draft now sends %3 calls with “%4”.")
        return (text.replace("%1", old.display_name).replace("%2", old_provider).replace("%3", name)
                .replace("%4", new.display_name))

    def _on_loaded(self) -> None:
        draft = self._draft_vm.draft
        self._provider, self._account_id = draft.provider, draft.account_id
        self._say("")  # another draft: the old note is about something else
        self.accounts_changed.emit()
        self._check_open_draft()
        self._account_id = self._draft_vm.draft.account_id
        self.account_changed.emit(self.current())

    def _on_changed(self) -> None:
        draft = self._draft_vm.draft
        if draft.provider != self._provider:
            self._provider = draft.provider
            current = self.account(draft.account_id)
            if current is not None and not current.supports(draft.provider):
                target = self.default_for(draft.provider)
                self._fall_back(target, self._provider_note(current, target, draft.provider))
            self.accounts_changed.emit()
        account_id = self._draft_vm.draft.account_id
        if account_id != self._account_id:
            self._account_id = account_id
            self.account_changed.emit(self.current())
