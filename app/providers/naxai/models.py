"""Naxai Voice Broadcasts wire models (naxai-voice-broadcast.md §2, §3).

Request models are strict and use the exact JSON names; the names the document does not confirm
(type, unsubscribed flag, `file` content, actions status key) are applied at dump time from
`UnconfirmedNames`. Response models keep unknown fields and fall back to `unknown` states.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.providers.unconfirmed import DEFAULT_NAMES, UnconfirmedNames

Language = Literal["fr-FR", "fr-BE", "nl-NL", "nl-BE", "en-GB", "de-DE"]
Voice = Literal["woman", "man"]
Key = Literal["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#"]
InputKey = Literal["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "star", "hash"]
LANGUAGES: tuple[str, ...] = ("fr-FR", "fr-BE", "nl-NL", "nl-BE", "en-GB", "de-DE")
MAX_RETRY_DELAY_MINUTES = 4320
DEFAULT_VERSION = "2023-03-25"


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class _Response(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


# --- voiceFlow (§2.2) -------------------------------------------------------------------------


class SayOrPrompt(_Request):
    """TTS text (`say`) or a recorded prompt (`prompt`); never both."""

    say: str | None = None
    prompt: str | None = None

    @model_validator(mode="after")
    def _one_of(self) -> SayOrPrompt:
        if self.say is not None and self.prompt is not None:
            raise ValueError("give either say or prompt, not both")
        return self


class Whisper(SayOrPrompt):
    """Heard only by the transfer target."""


class Transfer(_Request):
    """Transfer the call to `destination`."""

    destination: str = Field(min_length=1)
    attempts: int = Field(default=1, ge=1, le=3)
    timeout: int = Field(default=15, ge=5, le=30)
    whisper: Whisper | None = None


class Choice(SayOrPrompt):
    """What pressing `key` does."""

    key: Key
    replay: int | None = Field(default=None, ge=0)
    transfer: Transfer | None = None


class Menu(SayOrPrompt):
    """DTMF menu: the question and its choices."""

    replay: int | None = Field(default=None, ge=0)
    choices: list[Choice] = Field(min_length=1)


class Welcome(SayOrPrompt):
    """First message of the call."""

    replay: int | None = Field(default=None, ge=0)


class VoiceFlow(_Request):
    """The fixed call script: welcome, optional menu, optional end, voicemail for machines."""

    machine_detection: bool = Field(default=False, alias="machineDetection")
    voicemail: SayOrPrompt | None = None
    welcome: Welcome
    menu: Menu | None = None
    end: SayOrPrompt | None = None


# --- actions (§2.3, UNCONFIRMED) --------------------------------------------------------------


class AttributeUpdate(_Request):
    """Set a contact attribute."""

    attribute: str = Field(min_length=1)
    value: str | int | bool


class SmsAction(_Request):
    """Send an SMS."""

    message: str = Field(min_length=1)
    sender_service_id: str = Field(alias="senderServiceId", min_length=1)


class SendSms(_Request):
    """Leaf holding an SMS to send."""

    sms: SmsAction


ActionLeaf = list[AttributeUpdate] | SendSms


class StatusActions(_Request):
    """Actions on the final recipient status."""

    delivered: ActionLeaf | None = None
    failed: ActionLeaf | None = None


class Actions(_Request):
    """Post-call actions; the status part's key comes from `UnconfirmedNames`."""

    status: StatusActions | None = None
    inputs: dict[InputKey, ActionLeaf] | None = None

    def to_json(self, names: UnconfirmedNames = DEFAULT_NAMES) -> dict[str, Any]:
        """The wire object, with the status part under `names.naxai_actions_status_key`."""
        out: dict[str, Any] = {}
        if self.status is not None:
            out[names.naxai_actions_status_key] = self.status.model_dump(by_alias=True, exclude_none=True)
        if self.inputs is not None:
            out["inputs"] = {
                k: (v.model_dump(by_alias=True) if isinstance(v, BaseModel) else [a.model_dump() for a in v])
                for k, v in self.inputs.items()
            }
        return out


# --- create / update body (§2.1) --------------------------------------------------------------


class RecipientFile(_Request):
    """The `file` object for source=file; its inner name for numbers is NOT FOUND (configurable)."""

    numbers: list[str] = Field(min_length=1)

    @field_validator("numbers")
    @classmethod
    def _digits(cls, value: list[str]) -> list[str]:
        for number in value:
            if not number.isdigit() or not 8 <= len(number) <= 15:
                raise ValueError(f"{number!r} is not E.164 digits without '+'")
        return value


class BroadcastRequest(_Request):
    """Body of POST /voice/broadcasts and PUT /voice/broadcasts/{id}."""

    name: str = Field(min_length=1)
    type: str = "default"  # wire name: names.naxai_type_field (INFERRED)
    from_: str = Field(alias="from", min_length=8, max_length=15, pattern=r"^\d+$")
    source: Literal["people", "file"] = "people"
    segment_ids: list[str] | None = Field(default=None, alias="segmentIds", min_length=1, max_length=1)
    include_unsubscribed: bool | None = None  # wire name: names.naxai_unsubscribed_field
    file: RecipientFile | None = None
    scheduled_at: int | None = Field(default=None, alias="scheduledAt", ge=0)
    retries: int = Field(default=0, ge=0, le=3)
    retry_on_no_input: bool = Field(default=False, alias="retryOnNoInput")
    retry_on_failed: bool = Field(default=False, alias="retryOnFailed")
    retry_delays: list[int] = Field(default_factory=list, alias="retryDelays", max_length=3)
    calendar_id: str | None = Field(default=None, alias="calendarId")
    distribution: Literal["none", "dynamic"] = "none"
    dynamic_name: str | None = Field(default=None, alias="dynamicName")
    actions: Actions | None = None
    language: Language = "fr-BE"
    voice: Voice = "woman"
    voice_flow: VoiceFlow = Field(alias="voiceFlow")

    @model_validator(mode="after")
    def _rules(self) -> BroadcastRequest:
        if len(self.retry_delays) != self.retries:
            raise ValueError("retryDelays must have exactly `retries` items")
        if any(d < 0 or d > MAX_RETRY_DELAY_MINUTES for d in self.retry_delays):
            raise ValueError("each retryDelays item must be 0..4320 minutes")
        if self.source == "people" and (self.segment_ids is None or self.file is not None):
            raise ValueError("source people needs exactly one segmentIds entry and no file")
        if self.source == "file" and (self.file is None or self.segment_ids is not None):
            raise ValueError("source file needs a file and no segmentIds")
        if self.distribution == "dynamic" and not self.dynamic_name:
            raise ValueError("distribution dynamic needs dynamicName")
        return self

    def to_json(self, names: UnconfirmedNames = DEFAULT_NAMES) -> dict[str, Any]:
        """The exact JSON body, with UNCONFIRMED names taken from `names` and unset fields left out."""
        body = self.model_dump(
            by_alias=True, exclude_none=True, exclude={"type", "include_unsubscribed", "file", "actions"}
        )
        out: dict[str, Any] = {"name": body.pop("name"), names.naxai_type_field: self.type}
        out.update(body)
        out.setdefault("scheduledAt", None)  # null = not scheduled (§2.1 row 8)
        if self.source == "people":
            out[names.naxai_unsubscribed_field] = bool(self.include_unsubscribed)
        if self.file is not None:
            out["file"] = {names.naxai_file_numbers_field: list(self.file.numbers)}
        if self.actions is not None:
            out["actions"] = self.actions.to_json(names)
        return out


# --- responses (§2.5, §3) ---------------------------------------------------------------------


class _Enum(StrEnum):
    @classmethod
    def _missing_(cls, value: object) -> Any:
        return cls("unknown")


class BroadcastState(_Enum):
    """Broadcast `state` (§3.1) plus `starting`, returned by start, and an unknown fallback."""

    DRAFT = "draft"
    SCHEDULED = "scheduled"
    STARTING = "starting"
    STARTED = "started"
    PROCESSING = "processing"
    PAUSING = "pausing"
    PAUSED = "paused"
    RESUMING = "resuming"
    CANCELING = "canceling"
    CANCELED = "canceled"
    COMPLETED = "completed"
    UNKNOWN = "unknown"


class RecipientStatus(_Enum):
    """Recipient `status` (§3.1)."""

    DELIVERED = "delivered"
    FAILED = "failed"
    CANCELED = "canceled"
    IN_PROGRESS = "in-progress"
    INVALID = "invalid"
    PAUSED = "paused"
    UNKNOWN = "unknown"


class CallStatus(_Enum):
    """Call attempt `status` (§3.1)."""

    DELIVERED = "delivered"
    FAILED = "failed"
    SCHEDULED = "scheduled"
    CANCELED = "canceled"
    UNKNOWN = "unknown"


class CallReason(_Enum):
    """Call attempt `reason` (§3.1)."""

    SUCCESS = "success"
    REJECTED = "rejected"
    BUSY = "busy"
    CANCELED_BY_CONTACT = "canceled-by-contact"
    NO_ANSWER = "no-answer"
    CANCELED_BY_USER = "canceled-by-user"
    CANCELED_BY_SYSTEM = "canceled-by-system"
    SCHEDULED = "scheduled"
    INBOUND = "inbound"
    VOICEMAIL = "voicemail"
    UNKNOWN = "unknown"


class TokenResponse(_Response):
    """POST /oauth2/token answer."""

    access_token: str
    expires_in: float = 86400
    token_type: str = "Bearer"


class _Stateful(_Response):
    """Keeps the provider's own state spelling in `raw_state`, even when it is not a known value."""

    raw_state: str | None = Field(default=None, exclude=True)

    @model_validator(mode="before")
    @classmethod
    def _keep_raw(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("state"), str):
            data = {**data, "raw_state": data["state"]}
        return data


class Broadcast(_Stateful):
    """Create / get answer: the echoed configuration plus id, state and counts."""

    broadcast_id: str = Field(alias="broadcastId")
    name: str = ""
    state: BroadcastState = BroadcastState.UNKNOWN
    source: str | None = None
    total_count: int = Field(default=0, alias="totalCount")
    completed_count: int = Field(default=0, alias="completedCount")
    created_at: int | None = Field(default=None, alias="createdAt")
    modified_by: str | None = Field(default=None, alias="modifiedBy")


class BroadcastListItem(_Stateful):
    """One item of GET /voice/broadcasts."""

    broadcast_id: str = Field(alias="broadcastId")
    name: str = ""
    source: str | None = None
    state: BroadcastState = BroadcastState.UNKNOWN
    started_at: int | None = Field(default=None, alias="startedAt")
    paused_at: int | None = Field(default=None, alias="pausedAt")
    canceled_at: int | None = Field(default=None, alias="canceledAt")
    completed_at: int | None = Field(default=None, alias="completedAt")
    distribution: str | None = None
    total_count: int = Field(default=0, alias="totalCount")
    completed_count: int = Field(default=0, alias="completedCount")
    created_at: int | None = Field(default=None, alias="createdAt")


class StateChange(_Stateful):
    """Answer of start / pause / resume / cancel."""

    broadcast_id: str = Field(alias="broadcastId")
    state: BroadcastState = BroadcastState.UNKNOWN


class Pagination(_Response):
    """The pagination block of list answers (§3.1)."""

    page: int = 1
    page_size: int = Field(default=25, alias="pageSize")
    total_record: int = Field(default=0, alias="totalRecord")
    returned_record: int = Field(default=0, alias="returnedRecord")
    remaining_record: int = Field(default=0, alias="remainingRecord")
    total_page: int | None = Field(default=None, alias="totalPage")
    first: str | None = None
    next: str | None = None
    last: str | None = None
    previous: str | None = None


class Metrics(_Response):
    """GET /voice/broadcasts/{id}/metrics."""

    total: int = 0
    completed: int = 0
    delivered: int = 0
    failed: int = 0
    canceled: int = 0
    paused: int = 0
    invalid: int = 0
    in_progress: int = Field(default=0, alias="inProgress")
    transferred: int = 0
    calls: int = 0

    COUNT_KEYS: ClassVar[tuple[str, ...]] = ("delivered", "failed", "canceled", "paused", "invalid", "inProgress", "transferred")

    def counts(self) -> dict[str, int]:
        """Per-status counts keyed by the metrics' own names."""
        data = self.model_dump(by_alias=True)
        return {k: int(data.get(k) or 0) for k in self.COUNT_KEYS}


class InputMetrics(_Response):
    """GET /voice/broadcasts/{id}/metrics/input: DTMF key counts."""

    total: int = 0

    def key_counts(self) -> dict[str, int]:
        """Counts per key (`0`..`9`, `star`, `hash`)."""
        extra = self.model_extra or {}
        keys = [str(d) for d in range(10)] + ["star", "hash"]
        return {k: int(extra.get(k) or 0) for k in keys}


class CallAttempt(_Response):
    """One call attempt to a recipient."""

    call_id: str = Field(alias="callId")
    status: CallStatus = CallStatus.UNKNOWN
    reason: CallReason = CallReason.UNKNOWN
    attempt_order: int = Field(default=1, alias="attemptOrder")
    duration: int = 0
    call_at: int | None = Field(default=None, alias="callAt")


class Recipient(_Response):
    """One recipient of a broadcast."""

    recipient_id: str = Field(alias="recipientId")
    phone: str = ""
    contact_id: str | None = Field(default=None, alias="contactId")
    calls: int = 0
    completed: bool = False
    status: RecipientStatus = RecipientStatus.UNKNOWN
    input: str | None = None
    transferred: bool = False
    last_updated_at: int | None = Field(default=None, alias="lastUpdatedAt")


class Segment(_Response):
    """A people segment."""

    id: str
    name: str = ""
    description: str | None = None
    state: str | None = None
    predefined: bool = False
    type: str | None = None


class CalendarDay(_Response):
    """One day of a calendar's weekly schedule (1 = Monday)."""

    day: int
    open: bool = False
    start: str | None = None
    stop: str | None = None


class Calendar(_Response):
    """A calendar of open calling windows."""

    id: str
    name: str = ""
    timezone: str = "Europe/Brussels"
    schedule: list[CalendarDay] = Field(default_factory=list)
    exclusions: list[str] = Field(default_factory=list)


class CalendarCheck(_Response):
    """Answer of /calendars/{id}/check: is the time open, and the next open time (epoch ms)."""

    match: bool
    next: int | None = None
