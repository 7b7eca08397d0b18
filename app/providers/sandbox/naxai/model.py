"""What the Naxai simulator keeps in memory: broadcasts, their recipients and call attempts, tokens."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class SimAttempt:
    """One call made (or planned) to a recipient, at `offset` active seconds from the first call."""

    call_id: str
    offset: float  # active seconds from the first call
    ring: float
    status: str  # delivered | failed
    reason: str
    duration: int
    input: str | None = None
    transferred: bool = False

    @property
    def end(self) -> float:
        """Active seconds at which this attempt is over."""
        return self.offset + self.ring + self.duration


@dataclass
class SimRecipient:
    """One number of a started broadcast and its call attempts, decided when the broadcast starts."""

    id: str
    phone: str
    contact_id: str | None
    invalid: bool = False
    attempts: list[SimAttempt] = field(default_factory=list)


@dataclass
class SimBroadcast:
    """A broadcast as the simulator keeps it: its config, numbers and the active time segments."""

    id: str
    config: dict[str, Any]
    created_at: datetime
    phones: list[tuple[str, str | None]]  # (phone, contactId)
    recipients: list[SimRecipient] = field(default_factory=list)
    started_at: datetime | None = None
    begin_at: datetime | None = None
    scheduled: bool = False
    segments: list[list[datetime | None]] = field(default_factory=list)  # active [start, end]
    control: tuple[str, datetime] | None = None  # last pause/resume/cancel and when
    paused_at: datetime | None = None
    canceled_at: datetime | None = None


@dataclass
class SimToken:
    """An issued access token."""

    client_id: str
    expires_at: datetime
    revoked: bool = False


def epoch_ms(when: datetime | None) -> int | None:
    """`when` as the API's unix time in milliseconds."""
    return None if when is None else int(when.timestamp() * 1000)


def is_int(value: Any) -> bool:
    """True for a JSON integer (not a boolean)."""
    return isinstance(value, int) and not isinstance(value, bool)
