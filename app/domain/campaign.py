"""A campaign draft, the record of its submission, and the provider-neutral campaign status."""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from app.domain.delivery import DeliverySettings
from app.domain.message import Message, SpokenText
from app.domain.providers import ProviderId
from app.domain.recipients import Audience

DRAFT_FORMAT_VERSION = 1


def _now() -> datetime:
    return datetime.now(UTC)


class CampaignDraft(BaseModel):
    """Everything the user composes before sending; autosaved and exportable."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    name: str = ""
    provider: ProviderId = ProviderId.ROUTEE
    account_id: str = "sandbox"
    message: Message = Field(default_factory=SpokenText)
    audience: Audience = Field(default_factory=Audience)
    delivery: DeliverySettings = Field(default_factory=DeliverySettings)
    updated_at: datetime = Field(default_factory=_now)


class SubmissionState(StrEnum):
    """Where a paid submission stands; `unconfirmed` means we must look it up, never resend."""

    INTENT = "intent"  # recorded, the request has not left yet
    SENDING = "sending"  # the request may have left
    CONFIRMED = "confirmed"  # the provider gave us its id
    UNCONFIRMED = "unconfirmed"  # ambiguous failure: reconcile by lookup
    FAILED = "failed"  # the provider certainly did not create it
    NOT_SENT = "not_sent"  # reconciliation proved nothing was created


class CampaignState(StrEnum):
    """Provider-neutral campaign state shown in the Campaigns list."""

    DRAFT = "draft"
    SCHEDULED = "scheduled"
    QUEUED = "queued"
    RUNNING = "running"
    PAUSED = "paused"
    COMPLETED = "completed"
    CANCELED = "canceled"
    FAILED = "failed"
    UNKNOWN = "unknown"

    @property
    def is_final(self) -> bool:
        """True when the campaign will not change any more."""
        return self in (CampaignState.COMPLETED, CampaignState.CANCELED, CampaignState.FAILED)


class CampaignStatus(BaseModel):
    """A snapshot of a campaign at the provider: state and per-status counts (provider's keys)."""

    model_config = ConfigDict(extra="forbid")

    state: CampaignState = CampaignState.UNKNOWN
    provider_state: str = ""
    counts: dict[str, int] = Field(default_factory=dict)
    total: int = 0
    finished: int = 0
    updated_at: datetime = Field(default_factory=_now)


def new_reference(name: str, max_length: int = 30) -> str:
    """A unique campaign name for at-most-once lookups: the user's name plus ` VD` and 8 random characters.

    Kept within Routee's rule (2 to 30 of letters, digits, spaces and `-`).
    """
    token = secrets.token_hex(4).upper()
    suffix = f" VD{token}"
    clean = "".join(ch for ch in name if ch.isascii() and (ch.isalnum() or ch in " -")).strip()
    clean = clean[: max_length - len(suffix)].rstrip() or "Campaign"
    return f"{clean}{suffix}"


class Submission(BaseModel):
    """One paid submission: the intent recorded before sending, then the provider's answer."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    draft_id: str
    name: str
    reference: str
    provider: ProviderId
    account_id: str
    recipient_count: int = 0
    state: SubmissionState = SubmissionState.INTENT
    provider_id: str | None = None
    status: CampaignStatus = Field(default_factory=CampaignStatus)
    error: str | None = None
    created_at: datetime = Field(default_factory=_now)
    sent_at: datetime | None = None  # when the request may have left (marked sending)
    batch_id: str | None = None  # shared by the parts of one split send
    part_index: int | None = None  # 1-based, with part_count, for a part of a batch
    part_count: int | None = None
