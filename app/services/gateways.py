"""One gateway per (account, provider), created on first use and closed on quit.

The factory that turns an account into a gateway is injected by app/main.py (the composition root),
so this registry knows nothing of Routee, Naxai or the Sandbox.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.domain.providers import ProviderId
from app.providers.gateway import CampaignGateway

GatewayFactory = Callable[[str, ProviderId], Awaitable[CampaignGateway]]


class GatewayRegistry:
    """Caches gateways so each account keeps one HTTP client and one token cache per provider."""

    def __init__(self, factory: GatewayFactory) -> None:
        self._factory = factory
        self._gateways: dict[tuple[str, ProviderId], CampaignGateway] = {}

    async def get(self, account_id: str, provider: ProviderId) -> CampaignGateway:
        key = (account_id, ProviderId(provider))
        gateway = self._gateways.get(key)
        if gateway is None:
            gateway = await self._factory(account_id, key[1])
            self._gateways[key] = gateway
        return gateway

    async def forget(self, account_id: str) -> None:
        """Close and drop an account's gateways (after its credentials changed)."""
        for key in [k for k in self._gateways if k[0] == account_id]:
            await self._gateways.pop(key).aclose()

    async def aclose(self) -> None:
        for gateway in self._gateways.values():
            await gateway.aclose()
        self._gateways.clear()
