"""The state every part of the Routee simulator shares, and how a change is reported for keeping."""

from __future__ import annotations

import random
from collections import deque
from datetime import datetime
from typing import Any

from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.core import StateSink
from app.providers.sandbox.routee.model import RateLimit, SimApplication, SimCampaign, SimToken


class RouteeBase:
    """The simulator's state (set by RouteeSimulator.__init__), typed for each part that uses it."""

    seed: int
    clock: SimClock
    token_lifetime: float
    rate_limit: RateLimit | None
    balance: float | None
    price_per_call: float
    price_per_second: float
    outcomes: dict[str, float]
    pacing_seconds: float
    applications: dict[str, SimApplication]
    tokens: dict[str, SimToken]
    campaigns: dict[str, SimCampaign]
    contacts: dict[str, str]
    groups: dict[str, list[str]]
    blacklist: set[str]
    requests: deque[tuple[str, str]]
    token_request_count: int
    _rng: random.Random
    _window_start: datetime | None
    _window_count: int
    persist: StateSink | None

    def _changed(self, kind: str, key: str, obj: Any) -> None:
        """Report a change to remember across restarts (no-op without a state sink)."""
        if self.persist is not None:
            self.persist.changed(kind, key, obj)
