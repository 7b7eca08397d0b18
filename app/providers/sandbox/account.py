"""The built-in Sandbox account: both simulators in this process behind in-process transports, so a
new user can do the whole job (compose, send, track) with no network and no provider account.

Given a `state_path`, it remembers its campaigns across restarts, as a real provider does."""

from __future__ import annotations

import logging
from pathlib import Path

from app.domain.providers import ProviderId
from app.providers.gateway import CampaignGateway
from app.providers.naxai.client import naxai_gateway
from app.providers.routee.client import routee_gateway
from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.naxai import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, NaxaiSimulator
from app.providers.sandbox.routee import SANDBOX_APP_ID, SANDBOX_SECRET, RouteeSimulator
from app.providers.sandbox.snapshot import Recorder, decode_state
from app.providers.sandbox.statefile import StateFile
from app.providers.sandbox.transport import SandboxTransport
from app.providers.unconfirmed import DEFAULT_NAMES, UnconfirmedNames

log = logging.getLogger(__name__)

SANDBOX_ACCOUNT_ID = "sandbox"
SANDBOX_SENDER = "3225550100"  # a Brussels-style number, valid for both providers' sender rules


class SandboxAccount:
    """Owns the two simulators (one shared simulated clock) and hands out gateways to them.

    With `state_path`, campaigns and broadcasts are read back at start and each change is saved
    (in the background) before the simulator answers; without it, everything lives in memory."""

    def __init__(self, *, speed: float = 1.0, seed: int | None = None, names: UnconfirmedNames = DEFAULT_NAMES,
                 state_path: Path | None = None) -> None:
        self._file = StateFile(state_path) if state_path is not None else None
        restored = self._file.load(decode_state) if self._file is not None else None
        self.clock = SimClock(speed, start=restored.clock_now if restored is not None else None)
        self.names = names
        self.routee = RouteeSimulator(clock=self.clock, seed=seed or 0)
        self.naxai = NaxaiSimulator(clock=self.clock, names=names, seed=seed or 0)
        if restored is not None:
            restored.apply(self.routee, self.naxai)
            log.info("Sandbox: %d Routee campaigns and %d Naxai broadcasts remembered",
                     len(restored.campaigns), len(restored.broadcasts))
        self._recorder = Recorder(self._file, self.clock) if self._file is not None else None
        if self._recorder is not None:
            self.routee.persist = self.naxai.persist = self._recorder
            self._recorder.note_clock()
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

    def reset(self) -> None:
        """Forget every campaign and broadcast, in memory and on disk (the clock keeps running)."""
        with self.routee._lock:
            self.routee.campaigns.clear()
        with self.naxai._lock:
            self.naxai.broadcasts.clear()
        if self._file is not None and self._recorder is not None:
            self._file.clear()
            self._recorder.note_clock()

    def close(self) -> None:
        """Save the clock and what is queued, then release the state file (on quit; idempotent)."""
        if self._file is not None and self._recorder is not None:
            self._recorder.note_clock()
            self._file.close()
