"""The built-in Sandbox account: both simulators in this process behind in-process transports, so a
new user can do the whole job (compose, send, track) with no network and no provider account."""

from __future__ import annotations

from app.domain.providers import ProviderId
from app.providers.gateway import CampaignGateway
from app.providers.naxai.client import naxai_gateway
from app.providers.routee.client import routee_gateway
from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.naxai import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, NaxaiSimulator
from app.providers.sandbox.routee import SANDBOX_APP_ID, SANDBOX_SECRET, RouteeSimulator
from app.providers.sandbox.transport import SandboxTransport
from app.providers.unconfirmed import DEFAULT_NAMES, UnconfirmedNames

SANDBOX_ACCOUNT_ID = "sandbox"
SANDBOX_SENDER = "3225550100"  # a Brussels-style number, valid for both providers' sender rules


class SandboxAccount:
    """Owns the two simulators (one shared simulated clock) and hands out gateways to them."""

    def __init__(self, *, speed: float = 1.0, seed: int | None = None, names: UnconfirmedNames = DEFAULT_NAMES) -> None:
        self.clock = SimClock(speed)
        self.names = names
        self.routee = RouteeSimulator(clock=self.clock, seed=seed or 0)
        self.naxai = NaxaiSimulator(clock=self.clock, names=names, seed=seed or 0)
        self.routee_transport = SandboxTransport(self.routee)
        self.naxai_transport = SandboxTransport(self.naxai)

    def gateway(self, provider: ProviderId) -> CampaignGateway:
        """A new gateway to the simulator of `provider` (the registry caches it)."""
        if ProviderId(provider) is ProviderId.ROUTEE:
            return routee_gateway(
                SANDBOX_APP_ID, SANDBOX_SECRET,
                base_url="https://connect.routee.sandbox", token_url="https://auth.routee.sandbox/oauth/token",
                transport=self.routee_transport, names=self.names,
            )
        return naxai_gateway(
            SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET,
            base_url="https://api.naxai.sandbox", token_url="https://auth.naxai.sandbox/oauth2/token",
            transport=self.naxai_transport, names=self.names,
        )
