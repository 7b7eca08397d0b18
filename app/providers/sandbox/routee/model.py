"""What the Routee simulator keeps in memory: applications, tokens, campaigns and their messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.providers.sandbox.routee.constants import ALL_SCOPES, FINAL, SANDBOX_APP_NAME, STATUSES


@dataclass
class RateLimit:
    """At most `limit` resource requests per `window_seconds` of simulated time."""

    limit: int = 20
    window_seconds: float = 60.0


@dataclass
class SimToken:
    """An issued access token and what the token server knows about it."""

    value: str
    app_id: str
    scopes: tuple[str, ...]
    expires_at: datetime
    revoked: bool = False


@dataclass
class SimApplication:
    """A registered Routee application: id, secret, display name and allowed scopes."""

    app_id: str
    secret: str
    name: str = SANDBOX_APP_NAME
    scopes: tuple[str, ...] = ALL_SCOPES


@dataclass
class SimMessage:
    """One call of a campaign with its whole future: (time, status) steps from creation on."""

    message_id: str
    to: str
    country: str
    groups: list[str]
    created_at: datetime
    timeline: list[tuple[datetime, str]]
    duration: int = 0
    collected_tones: str | None = None
    price: float = 0.0

    def status_at(self, now: datetime) -> tuple[str, datetime]:
        """The status reached at `now` and when it was reached."""
        current = self.timeline[0]
        for step in self.timeline:
            if step[0] <= now:
                current = step
        return current[1], current[0]


@dataclass
class SimCampaign:
    """A created campaign: the request body as received (for tests) and its messages."""

    tracking_id: str
    request: dict[str, Any]
    app_id: str
    created_at: datetime
    scheduled_at: datetime | None
    messages: list[SimMessage]
    cost: float
    deleted: bool = False

    @property
    def name(self) -> str | None:
        """The campaign name sent with the request, if any."""
        return self.request.get("name")

    def state_at(self, now: datetime) -> str:
        """Scheduled -> Queued -> Running -> Sent (every message final)."""
        if self.scheduled_at is not None and now < self.scheduled_at:
            return "Scheduled"
        statuses = [m.status_at(now)[0] for m in self.messages]
        if all(s in FINAL for s in statuses):
            return "Sent"
        if all(s == "Queued" for s in statuses):
            return "Queued"
        return "Running"

    def statuses_at(self, now: datetime) -> dict[str, int]:
        """All 11 status counters, zeros included."""
        counts = dict.fromkeys(STATUSES, 0)
        for m in self.messages:
            counts[m.status_at(now)[0]] += 1
        return counts
