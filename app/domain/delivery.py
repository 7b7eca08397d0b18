"""When and how calls are made: sender, retries, schedule, calling hours, key presses, callbacks."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

CallbackStrategy = Literal["OnChange", "OnCompletion"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class RetryPolicy(_Model):
    """Naxai retries: 0 to 3, a delay in minutes (at most 4,320) before each retry."""

    retries: int = Field(default=0, ge=0, le=3)
    delays_minutes: list[int] = Field(default_factory=list)
    retry_on_no_input: bool = False
    retry_on_failed: bool = False


class Schedule(_Model):
    """Send now (None) or at an aware date-time, remembered with the zone the user chose."""

    send_at: AwareDatetime | None = None
    timezone: str | None = None

    def is_scheduled(self, now: datetime) -> bool:
        """True when the campaign is to start later than `now`."""
        return self.send_at is not None and self.send_at > now


class Callback(_Model):
    """An HTTPS address the provider calls on status changes."""

    url: str = ""
    strategy: CallbackStrategy = "OnCompletion"


class DeliverySettings(_Model):
    """Every delivery setting of a draft; each provider uses the ones it has."""

    sender: str = ""
    retry: RetryPolicy = Field(default_factory=RetryPolicy)
    schedule: Schedule = Field(default_factory=Schedule)
    respect_quiet_hours: bool = False
    calendar_id: str | None = None
    collect_dtmf: bool = False
    dtmf_wait_seconds: int | None = None
    distribution: Literal["none", "dynamic"] = "none"
    dynamic_name: str | None = None
    hangup_delay: int | None = None
    message_callback: Callback | None = None
    campaign_callback: Callback | None = None
