"""Provider accounts: the built-in Sandbox plus Routee and Naxai accounts the user adds.

Metadata goes to the store, secrets to the OS keyring (`SecretStore`); building a gateway from an
account is left to a factory passed in, so this module knows no provider client.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from types import EllipsisType
from typing import TYPE_CHECKING, Any

from app.domain.campaign import SubmissionState
from app.domain.providers import ProviderId, capabilities
from app.providers.http import check_base_url
from app.services.secrets import SecretStore
from app.services.store import Account, Store, StoreError

if TYPE_CHECKING:
    from app.providers.gateway import CampaignGateway
    from app.services.settings import Settings

__all__ = [
    "SANDBOX_ACCOUNT",
    "SANDBOX_ACCOUNT_ID",
    "Account",
    "AccountError",
    "AccountService",
    "AccountUsage",
    "Credentials",
    "is_removed",
]

log = logging.getLogger(__name__)

SANDBOX_ACCOUNT_ID = "sandbox"
# Public constants of the built-in simulator: they protect nothing, so no keyring is needed.
SANDBOX_CLIENT_ID = "voicedesk-sandbox"
SANDBOX_SECRET = "voicedesk-sandbox-secret"

SANDBOX_ACCOUNT = Account(
    id=SANDBOX_ACCOUNT_ID,
    display_name="Sandbox (practice, no real calls)",
    provider=None,
    client_id=SANDBOX_CLIENT_ID,
    is_sandbox=True,
)

MAX_NAME_LENGTH = 60

# A removed account keeps its metadata (never its secret) under this mark, so the Campaigns list
# can still name it, and adding the same provider account again (same client id) brings its
# campaigns back to life.
REMOVED_MARK = "removed"


def is_removed(account: Account) -> bool:
    """True for an account the user removed (kept only so its campaigns can name it)."""
    return account.extra.get(REMOVED_MARK) == "yes"


@dataclass(frozen=True)
class AccountUsage:
    """What uses an account: saved drafts, campaigns sent through it, and those still open."""

    drafts: int = 0
    campaigns: int = 0
    in_progress: int = 0  # confirmed campaigns still being followed
    unsettled: int = 0  # submissions whose outcome is not known yet (must be checked first)


class AccountError(Exception):
    """An account could not be used or changed; the message says why in plain words.

    `field` names the form field to fix, when there is one.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class Credentials:
    """What a gateway needs to obtain a token; the secret never shows in `repr`."""

    client_id: str
    secret: str = field(repr=False)


_UNSETTLED = (SubmissionState.INTENT, SubmissionState.SENDING, SubmissionState.UNCONFIRMED)

GatewayFactory = Callable[[Account, Credentials, ProviderId], "CampaignGateway"]
"""Builds a gateway from an account, its credentials and the provider (the Sandbox has two)."""


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise AccountError(
            "Give the account a name, for example \u201cTown hall Routee\u201d.", "display_name"
        )
    if len(name) > MAX_NAME_LENGTH:
        raise AccountError(
            f"The account name is too long (at most {MAX_NAME_LENGTH} characters).", "display_name"
        )
    return name


def _clean_client_id(client_id: str) -> str:
    client_id = client_id.strip()
    if not client_id:
        raise AccountError("Enter the application or client id the provider gave you.", "client_id")
    return client_id


def _clean_sender(provider: ProviderId | None, sender: str) -> str:
    sender = sender.strip().replace(" ", "")
    if not sender or provider is None:
        return sender
    caps = capabilities(provider)
    digits = sender[1:] if sender.startswith("+") else sender
    if not digits.isdigit() or not caps.sender_min_length <= len(digits) <= caps.sender_max_length:
        raise AccountError(
            f"The sender number must be {caps.sender_min_length} to {caps.sender_max_length} "
            "digits "
            f"for {caps.display_name}.",
            "sender",
        )
    return sender


def _clean_url(url: str | None, field_name: str) -> str | None:
    if url is None or not url.strip():
        return None
    url = url.strip().rstrip("/")
    try:
        return check_base_url(url)
    except ValueError:
        raise AccountError(
            "Provider addresses must start with https:// (plain http:// is only allowed for "
            "this computer, such as http://127.0.0.1).",
            field_name,
        ) from None
    except Exception:  # noqa: BLE001 - httpx raises its own errors for malformed addresses
        raise AccountError("This is not a valid web address.", field_name) from None


class AccountService:
    """List, add, edit and remove accounts; secrets only ever go to the `SecretStore`."""

    def __init__(
        self,
        store: Store,
        secrets: SecretStore,
        gateway_factory: GatewayFactory | None = None,
        settings: Settings | None = None,
    ) -> None:
        """`gateway_factory` makes a gateway from an account and its credentials."""
        self._store = store
        self._secrets = secrets
        self._gateway_factory = gateway_factory
        self._settings = settings

    async def ensure_sandbox(self) -> Account:
        """Create the built-in Sandbox account on first start; returns it."""
        existing = await self._store.get_account(SANDBOX_ACCOUNT_ID)
        if existing is not None and existing.is_sandbox:
            return existing
        await self._store.save_account(SANDBOX_ACCOUNT)
        return SANDBOX_ACCOUNT

    async def list_accounts(self) -> list[Account]:
        """Every usable account, the Sandbox first (removed ones are left out)."""
        return [a for a in await self.all_accounts() if not is_removed(a)]

    async def all_accounts(self) -> list[Account]:
        """Every account including removed ones (to name the account of an old campaign)."""
        await self.ensure_sandbox()
        return await self._store.list_accounts()

    async def get(self, account_id: str) -> Account:
        """One usable account; AccountError when it does not exist or was removed."""
        if account_id == SANDBOX_ACCOUNT_ID:
            return await self.ensure_sandbox()
        account = await self._store.get_account(account_id)
        if account is None:
            raise AccountError("This account no longer exists. Choose another one.")
        if is_removed(account):
            raise AccountError(
                f"\u201c{account.display_name}\u201d was removed, so it no longer exists on this "
                "computer. Add it again in Tools \u2192 Accounts, with the same application id, "
                "to use it and follow its campaigns."
            )
        return account

    async def add(
        self,
        provider: ProviderId,
        display_name: str,
        client_id: str,
        secret: str,
        *,
        sender: str = "",
        api_base_url: str | None = None,
        auth_base_url: str | None = None,
    ) -> Account:
        """Check and save a new Routee or Naxai account; the secret goes to the keyring first.

        Raises AccountError (a field to fix), NoSecureStore or another SecretStoreError, or
        StoreError; in each case nothing is saved.
        """
        provider = ProviderId(provider)
        client_id = _clean_client_id(client_id)
        account = Account(
            id=await self._removed_id(provider, client_id) or uuid.uuid4().hex,
            display_name=_clean_name(display_name),
            provider=provider,
            client_id=client_id,
            sender=_clean_sender(provider, sender),
            api_base_url=_clean_url(api_base_url, "api_base_url"),
            auth_base_url=_clean_url(auth_base_url, "auth_base_url"),
        )
        if not secret.strip():
            raise AccountError("Enter the secret the provider gave you.", "secret")
        await self._secrets.aset(account.id, secret.strip())
        try:
            await self._store.save_account(account)
        except StoreError:
            await self._forget_secret(account.id)
            raise
        log.info("account %s added (%s)", account.id, provider.value)
        return account

    async def edit(
        self,
        account_id: str,
        *,
        display_name: str | None = None,
        client_id: str | None = None,
        secret: str | None = None,
        sender: str | None = None,
        api_base_url: str | None | EllipsisType = ...,
        auth_base_url: str | None | EllipsisType = ...,
    ) -> Account:
        """Change some fields (None or `...`: unchanged); a new secret replaces the old one.

        The Sandbox only takes a new name and sender; its credentials are fixed.
        """
        account = await self.get(account_id)
        changes: dict[str, Any] = {}
        if display_name is not None:
            changes["display_name"] = _clean_name(display_name)
        if sender is not None:
            changes["sender"] = _clean_sender(account.provider, sender)
        if account.is_sandbox:
            if (
                client_id is not None
                or secret is not None
                or api_base_url is not ...
                or auth_base_url is not ...
            ):
                raise AccountError("The Sandbox account's connection settings cannot be changed.")
        else:
            if client_id is not None:
                changes["client_id"] = _clean_client_id(client_id)
            if api_base_url is not ...:
                changes["api_base_url"] = _clean_url(api_base_url, "api_base_url")
            if auth_base_url is not ...:
                changes["auth_base_url"] = _clean_url(auth_base_url, "auth_base_url")
            if secret is not None and not secret.strip():
                raise AccountError("Enter the secret the provider gave you.", "secret")
        updated = replace(account, **changes)
        if secret is not None:
            await self._secrets.aset(account.id, secret.strip())
        await self._store.save_account(updated)
        return updated

    async def _removed_id(self, provider: ProviderId, client_id: str) -> str | None:
        """The id of a removed account of this provider and client id: adding it again revives it,
        so the campaigns sent through it can be followed again."""
        for account in await self._store.list_accounts():
            if is_removed(account) and account.provider == provider and account.client_id == client_id:
                return account.id
        return None

    async def usage(self, account_id: str) -> AccountUsage:
        """How many saved drafts and campaigns use this account (said before removing it)."""
        drafts = 0
        for summary in await self._store.list_drafts():
            draft = await self._store.load_draft(summary.id)
            if draft is not None and draft.account_id == account_id:
                drafts += 1
        campaigns = in_progress = unsettled = 0
        for sub in await self._store.list_submissions():
            if sub.account_id != account_id:
                continue
            campaigns += 1
            if sub.state in _UNSETTLED:
                unsettled += 1
            elif sub.state is SubmissionState.CONFIRMED and not sub.status.state.is_final:
                in_progress += 1
        return AccountUsage(drafts, campaigns, in_progress, unsettled)

    async def remove(self, account_id: str) -> None:
        """Remove an account and its secret; the Sandbox cannot be removed.

        Refused while a campaign sent through it is not confirmed yet (it must be checked with the
        provider first). The metadata stays, marked removed, so old campaigns still name it; drafts
        that used it go back to the Sandbox when opened.
        """
        if account_id == SANDBOX_ACCOUNT_ID:
            raise AccountError("The Sandbox account is built in and cannot be removed.")
        account = await self.get(account_id)
        if (await self.usage(account.id)).unsettled:
            raise AccountError(
                f"A campaign sent through \u201c{account.display_name}\u201d is not confirmed yet. "
                "Check it with the provider on the Campaigns page first, then remove the account."
            )
        await self._store.save_account(replace(account, extra={**account.extra, REMOVED_MARK: "yes"}))
        await self._forget_secret(account.id)
        if self._settings is not None:
            from app.services.settings import LAST_ACCOUNTS

            last = self._settings.get(LAST_ACCOUNTS)
            if account.id in last.values():
                await self._settings.set(LAST_ACCOUNTS, {k: v for k, v in last.items() if v != account.id})
        log.info("account %s removed", account.id)

    async def _forget_secret(self, account_id: str) -> None:
        try:
            await self._secrets.adelete(account_id)
        except Exception as exc:  # noqa: BLE001 - best effort; the reason is logged without the secret
            log.warning(
                "could not remove the secret of account %s: %s", account_id, type(exc).__name__
            )

    async def credentials(self, account_id: str) -> Credentials:
        """The client id and secret to obtain a token (the Sandbox's are public constants)."""
        account = await self.get(account_id)
        if account.is_sandbox:
            return Credentials(SANDBOX_CLIENT_ID, SANDBOX_SECRET)
        secret = await self._secrets.aget(account.id)
        if secret is None:
            raise AccountError(
                f"The secret of \u201c{account.display_name}\u201d is missing from the password "
                "store. Edit the account and enter it again.",
                "secret",
            )
        return Credentials(account.client_id, secret)

    async def gateway(self, account_id: str, provider: ProviderId | None = None) -> CampaignGateway:
        """A gateway for this account (for the Sandbox: this provider), built by the factory."""
        if self._gateway_factory is None:
            raise RuntimeError("AccountService was created without a gateway factory")
        account = await self.get(account_id)
        chosen = provider if provider is not None else account.provider
        if chosen is None:
            raise AccountError("Choose Routee or Naxai to use the Sandbox account with.")
        if not account.supports(chosen):
            raise AccountError(
                f"“{account.display_name}” is a {capabilities(account.provider).display_name} "  # type: ignore[arg-type]
                f"account; it cannot send {capabilities(chosen).display_name} campaigns."
            )
        return self._gateway_factory(account, await self.credentials(account_id), chosen)

    async def test_connection(self, account_id: str, provider: ProviderId | None = None) -> None:
        """Obtain a token with the account's credentials (each provider, for the Sandbox).

        Raises the provider's typed error, whose message is in plain words.
        """
        account = await self.get(account_id)
        if provider is not None:
            providers = [provider]
        elif account.provider is not None:
            providers = [account.provider]
        else:
            providers = list(ProviderId)
        for chosen in providers:
            gateway = await self.gateway(account_id, chosen)
            try:
                await gateway.check_credentials()
            finally:
                await gateway.aclose()
