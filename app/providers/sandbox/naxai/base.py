"""The state every part of the Naxai simulator shares, and how a change is reported for keeping."""

from __future__ import annotations

import random
from typing import Any

from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.core import StateSink
from app.providers.sandbox.naxai.model import SimBroadcast, SimToken
from app.providers.unconfirmed import UnconfirmedNames


class NaxaiBase:
    """The simulator's state (set by NaxaiSimulator.__init__), typed for each part that uses it."""

    clock: SimClock
    names: UnconfirmedNames
    credentials: dict[str, str]
    token_ttl: float
    call_spacing: float
    answer_rate: float
    seed: int
    _rng: random.Random
    _tokens: dict[str, SimToken]
    broadcasts: dict[str, SimBroadcast]
    reject_all_tokens: bool
    token_requests: int
    segments: dict[str, dict[str, Any]]
    calendars: dict[str, dict[str, Any]]
    persist: StateSink | None

    def _changed(self, b: SimBroadcast, *kinds: str, gone: bool = False) -> None:
        """Report `b`'s rows of these kinds as changed (or deleted) to the state sink."""
        if self.persist is not None:
            for kind in kinds:
                self.persist.changed(kind, b.id, None if gone else b)
