"""The built-in Sandbox account for Naxai: a NaxaiGateway served in-process by the simulator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.faults import FaultPlan
from app.providers.sandbox.naxai.constants import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from app.providers.sandbox.naxai.simulator import NaxaiSimulator, RateLimit
from app.providers.unconfirmed import DEFAULT_NAMES, UnconfirmedNames

if TYPE_CHECKING:
    from app.providers.naxai.client import NaxaiGateway


def naxai_sandbox_gateway(
    *, speed: float = 60.0, seed: int = 0, names: UnconfirmedNames = DEFAULT_NAMES, faults: FaultPlan | None = None,
    rate_limit: RateLimit | None = RateLimit(), simulator: NaxaiSimulator | None = None,
) -> NaxaiGateway:
    """The built-in Sandbox account: a NaxaiGateway served in-process by a simulator (`speed`x time).

    Rate-limited like the real service (20 requests/s) unless `rate_limit=None`."""
    from app.providers.naxai.client import naxai_gateway  # late: the client does not depend on the Sandbox
    from app.providers.sandbox.transport import SandboxTransport

    sim = simulator or NaxaiSimulator(seed=seed, clock=SimClock(speed=speed), names=names, rate_limit=rate_limit)
    return naxai_gateway(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, names=names,
                         transport=SandboxTransport(sim, faults))
