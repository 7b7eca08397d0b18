"""Turns a user's Routee or Naxai account into a gateway to the real service (or to the addresses
the account overrides, such as a loopback Sandbox server in tests).

`make_gateway` is an `accounts.GatewayFactory` for real accounts; `account_gateway_factory` adds
the built-in Sandbox account, whose gateways come from its in-process simulators.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.providers import ProviderId
from app.providers.gateway import CampaignGateway
from app.providers.naxai import client as naxai
from app.providers.routee import client as routee
from app.providers.unconfirmed import DEFAULT_NAMES, UnconfirmedNames
from app.services.accounts import Credentials, GatewayFactory
from app.services.store import Account

if TYPE_CHECKING:
    from app.providers.sandbox.account import SandboxAccount

__all__ = ["TOKEN_PATHS", "account_gateway_factory", "make_gateway", "token_url"]

# Path of the token endpoint under each provider's authentication host.
TOKEN_PATHS: dict[ProviderId, str] = {
    ProviderId.ROUTEE: "/oauth/token",
    ProviderId.NAXAI: "/oauth2/token",
}
_DEFAULT_API: dict[ProviderId, str] = {
    ProviderId.ROUTEE: routee.DEFAULT_BASE_URL,
    ProviderId.NAXAI: naxai.DEFAULT_BASE_URL,
}
_DEFAULT_TOKEN: dict[ProviderId, str] = {
    ProviderId.ROUTEE: routee.DEFAULT_TOKEN_URL,
    ProviderId.NAXAI: naxai.DEFAULT_TOKEN_URL,
}


def token_url(provider: ProviderId, auth_base_url: str | None) -> str:
    """The token address: the provider's real one, or the account's authentication host + path."""
    provider = ProviderId(provider)
    if not auth_base_url:
        return _DEFAULT_TOKEN[provider]
    return auth_base_url.rstrip("/") + TOKEN_PATHS[provider]


def make_gateway(
    account: Account,
    credentials: Credentials,
    provider: ProviderId,
    names: UnconfirmedNames = DEFAULT_NAMES,
) -> CampaignGateway:
    """A gateway for a Routee or Naxai account, with its optional base addresses (https only,
    loopback excepted: the clients check again)."""
    provider = ProviderId(provider)
    if account.provider is not None and account.provider is not provider:
        raise ValueError(f"account {account.id} is for {account.provider.value}, not {provider.value}")
    base_url = (account.api_base_url or _DEFAULT_API[provider]).rstrip("/")
    token = token_url(provider, account.auth_base_url)
    if provider is ProviderId.ROUTEE:
        return routee.routee_gateway(credentials.client_id, credentials.secret, base_url=base_url, token_url=token,
                                     names=names)
    return naxai.naxai_gateway(credentials.client_id, credentials.secret, base_url=base_url, token_url=token,
                               names=names)


def account_gateway_factory(sandbox: SandboxAccount, names: UnconfirmedNames = DEFAULT_NAMES) -> GatewayFactory:
    """The factory AccountService takes: the Sandbox's simulators for it, `make_gateway` otherwise."""

    def factory(account: Account, credentials: Credentials, provider: ProviderId) -> CampaignGateway:
        if account.is_sandbox:
            return sandbox.gateway(provider)
        return make_gateway(account, credentials, provider, names)

    return factory
