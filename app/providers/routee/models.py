"""Routee Voice request and response models, named exactly as ../shared/api/routee-voice.md.

Request models are strict (unknown fields are a bug); response models keep unknown fields and
read states through enums with an unknown fallback, so a new provider value never breaks us.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

CallbackStrategy = Literal["OnChange", "OnCompletion"]
TtsGender = Literal["male", "female"]
TrackingField = Literal[
    "id", "recipient", "from", "collectedTones", "groups", "country", "status.status", "campaign"
]
SearchOperator = Literal["is", "is_not", "contains", "starts_with", "ends_with"]


class RouteeCampaignState(StrEnum):
    """Voice campaign `state` (§5.3); Failed and Finished are the SMS analogues (UNCONFIRMED)."""

    SCHEDULED = "Scheduled"
    QUEUED = "Queued"
    RUNNING = "Running"
    SENT = "Sent"
    FAILED = "Failed"
    FINISHED = "Finished"
    UNRECOGNISED = "?"

    @classmethod
    def _missing_(cls, value: object) -> RouteeCampaignState:
        return cls.UNRECOGNISED


class RouteeMessageStatus(StrEnum):
    """Voice message statuses (§5.2); any other value reads as UNRECOGNISED."""

    QUEUED = "Queued"
    INITIATED = "Initiated"
    RINGING = "Ringing"
    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    BUSY = "Busy"
    NO_ANSWER = "NoAnswer"
    FAILED = "Failed"
    UNKNOWN = "Unknown"
    UNSENT = "Unsent"
    TERMINATED = "Terminated"
    UNRECOGNISED = "?"

    @classmethod
    def _missing_(cls, value: object) -> RouteeMessageStatus:
        return cls.UNRECOGNISED


ALL_MESSAGE_STATUSES: tuple[str, ...] = tuple(
    s.value for s in RouteeMessageStatus if s is not RouteeMessageStatus.UNRECOGNISED
)
FINAL_MESSAGE_STATUSES: frozenset[str] = frozenset(
    {"Completed", "Busy", "NoAnswer", "Failed", "Unsent", "Terminated"}
)  # `Unknown` is final in one copy of the page; see UnconfirmedNames.routee_unknown_is_final


# ---------------------------------------------------------------- requests (strict)


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def body(self) -> dict[str, Any]:
        """The JSON body exactly as Routee expects it: documented keys, nothing unset."""
        return self.model_dump(by_alias=True, exclude_none=True, mode="json")


class CallbackSpec(_Request):
    """`callback` / `campaignCallback`: where Routee POSTs status updates, and how often."""

    url: str
    strategy: CallbackStrategy


class TtsMessage(_Request):
    """`message`: text-to-speech text (up to 1,000 characters), language and gender."""

    text: str
    language: str
    gender: TtsGender | None = None


class VoiceCampaignRequest(_Request):
    """Body of `POST /voice/campaign` (§3.1)."""

    from_: str = Field(alias="from")
    to: list[str] | None = None
    contacts: list[str] | None = None
    groups: list[str] | None = None
    name: str | None = None
    file_url: str | None = Field(default=None, alias="fileURL")
    message: TtsMessage | None = None
    respect_quiet_hours: bool | None = Field(default=None, alias="respectQuietHours")
    ignore_dnd: bool | None = Field(default=None, alias="ignoreDnd")
    scheduled_date: str | None = Field(default=None, alias="scheduledDate")
    hangup_delay: int | None = Field(default=None, alias="hangupDelay")
    callback: CallbackSpec | None = None
    campaign_callback: CallbackSpec | None = Field(default=None, alias="campaignCallback")
    collect_dtmf_digits: bool | None = Field(default=None, alias="collectDtmfDigits")
    collect_dtmf_await_seconds: int | None = Field(default=None, alias="collectDtmfAwaitSeconds")


class VoiceAnalysisRequest(_Request):
    """Body of `POST /voice/analysis` (§3.3)."""

    from_: str = Field(alias="from")
    to: list[str] | None = None
    contacts: list[str] | None = None
    groups: list[str] | None = None
    file_url: str | None = Field(default=None, alias="fileURL")
    message: TtsMessage | None = None


class TrackingFilter(_Request):
    """One filter of `POST /voice/tracking` (§3.7)."""

    field_name: TrackingField = Field(alias="fieldName")
    search_operator: SearchOperator | None = Field(default=None, alias="searchOperator")
    search_term: str = Field(alias="searchTerm")


# ---------------------------------------------------------------- responses (tolerant)


class _Response(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class TokenResponse(_Response):
    """OAuth2 token answer (§2.2)."""

    access_token: str
    token_type: str | None = None
    expires_in: float = 3600
    scope: str | None = None
    permissions: list[str] = Field(default_factory=list)


class TtsMessageOut(_Response):
    """`message` as echoed in responses."""

    text: str | None = None
    language: str | None = None
    gender: str | None = None


class CallbackOut(_Response):
    """`callback` / `campaignCallback` as echoed in responses."""

    url: str | None = None
    strategy: str | None = None


class VoiceAnalysis(_Response):
    """Answer of `POST /voice/analysis`, also `voiceAnalysis` inside a campaign (§3.3)."""

    contacts: dict[str, Any] | None = None
    number_of_recipients: int | None = Field(default=None, alias="numberOfRecipients")
    recipient_countries: dict[str, Any] | None = Field(default=None, alias="recipientCountries")
    recipients_per_country: dict[str, int] | None = Field(default=None, alias="recipientsPerCountry")
    recipients_per_group: dict[str, int] | None = Field(default=None, alias="recipientsPerGroup")
    total_in_groups: int | None = Field(default=None, alias="totalInGroups")
    errors: Any = None  # array or object: UNCONFIRMED (§3.3)


class VoiceCampaign(_Response):
    """Answer of `POST /voice/campaign` (§3.2)."""

    tracking_id: str = Field(alias="trackingId")
    type: str | None = None
    state: str | None = None
    created_at: str | None = Field(default=None, alias="createdAt")
    scheduled_date: str | None = Field(default=None, alias="scheduledDate")
    campaign_name: str | None = Field(default=None, alias="campaignName")
    from_: str | None = Field(default=None, alias="from")
    to: list[str] | None = None
    contacts: list[str] | None = None
    groups: list[str] | None = None
    file_url: str | None = Field(default=None, alias="fileURL")
    message: TtsMessageOut | None = None
    hangup_delay: float | None = Field(default=None, alias="hangupDelay")
    respect_quiet_hours: bool | None = Field(default=None, alias="respectQuietHours")
    callback: CallbackOut | None = None
    campaign_callback: CallbackOut | None = Field(default=None, alias="campaignCallback")
    collect_dtmf_digits: bool | None = Field(default=None, alias="collectDtmfDigits")
    collect_dtmf_await_seconds: float | None = Field(default=None, alias="collectDtmfAwaitSeconds")
    cost: float | None = None
    statuses: dict[str, int] = Field(default_factory=dict)
    voice_analysis: VoiceAnalysis | None = Field(default=None, alias="voiceAnalysis")
    errors: Any = None

    @property
    def state_kind(self) -> RouteeCampaignState:
        """The state as an enum (UNRECOGNISED for values the documents do not list)."""
        return RouteeCampaignState(self.state or "?")


class TrackingStatus(_Response):
    """`status` of a voice tracking: the status name and when it was reached."""

    date: str | None = None
    status: str | None = None

    @property
    def kind(self) -> RouteeMessageStatus:
        """The status as an enum (UNRECOGNISED for unknown values)."""
        return RouteeMessageStatus(self.status or "?")


class VoiceTracking(_Response):
    """One voice message's tracking (§3.5)."""

    message_id: str | None = Field(default=None, alias="messageId")
    conversation_tracking_id: str | None = Field(default=None, alias="conversationTrackingId")
    to: str | None = None
    from_: str | None = Field(default=None, alias="from")
    groups: list[str] | None = None
    country: str | None = None
    status: TrackingStatus | None = None
    campaign: str | None = None
    application_name: str | None = Field(default=None, alias="applicationName")
    originating_service: str | None = Field(default=None, alias="originatingService")
    direction: str | None = None
    duration: float | None = None
    file_url: str | None = Field(default=None, alias="fileURL")
    message: TtsMessageOut | None = None
    price: float | None = None
    charge_interval: float | None = Field(default=None, alias="chargeInterval")
    collected_tones: Any = Field(default=None, alias="collectedTones")  # string vs array: UNCONFIRMED
    recordings: list[dict[str, Any]] | None = None


T = TypeVar("T")


class Page(_Response, Generic[T]):
    """A Spring-style page (§3.6)."""

    content: list[T] = Field(default_factory=list)
    first: bool | None = None
    last: bool | None = None
    number: int = 0
    number_of_elements: int | None = Field(default=None, alias="numberOfElements")
    size: int | None = None
    total_elements: int | None = Field(default=None, alias="totalElements")
    total_pages: int | None = Field(default=None, alias="totalPages")


TrackingPage = Page[VoiceTracking]


class RouteeErrorBody(_Response):
    """An error answer: resource errors `{code, developerMessage, properties}` (§7.1) or OAuth
    errors `{error, message}` / `{error, error_description}` (§2.3)."""

    code: str | None = None
    developer_message: str | None = Field(default=None, alias="developerMessage")
    properties: dict[str, Any] | None = None
    error: str | None = None
    message: str | None = None
    error_description: str | None = None
