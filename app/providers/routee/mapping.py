"""Pure translation between VoiceDesk's domain and Routee Voice: draft -> request body, Routee
states and statuses -> CampaignStatus, and the documented limits checked before anything is sent."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import urlsplit

from app.domain.campaign import CampaignDraft, CampaignState, CampaignStatus
from app.domain.delivery import Callback
from app.domain.message import AudioFile, CallScript, SpokenText
from app.domain.providers import ROUTEE
from app.domain.schedule import schedule_problems
from app.domain.validation import QT_TRANSLATE_NOOP, DraftInvalid, DraftProblem
from app.providers.routee.models import (
    FINAL_MESSAGE_STATUSES,
    CallbackSpec,
    RouteeCampaignState,
    TtsMessage,
    VoiceAnalysisRequest,
    VoiceCampaign,
    VoiceCampaignRequest,
    VoiceTracking,
)
from app.providers.unconfirmed import DEFAULT_NAMES, UnconfirmedNames

SENDER_RE = re.compile(r"^\+?[0-9]+$")
NAME_RE = re.compile(r"^[A-Za-z0-9 \-]{2,30}$")
E164_RE = re.compile(r"^\+[1-9][0-9]{1,14}$")
MAX_SENDER = ROUTEE.sender_max_length  # 16 (§6.1)
MAX_PER_KIND = ROUTEE.max_recipients_per_kind or 1000  # §6.8
MAX_TEXT = ROUTEE.max_text_length or 1000  # §6.6


def _is_wav_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and parts.path.lower().endswith(".wav")


def _is_https(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and bool(parts.netloc)


def draft_problems(
    draft: CampaignDraft,
    reference: str,
    numbers: list[str],
    names: UnconfirmedNames = DEFAULT_NAMES,
    now: datetime | None = None,
) -> list[DraftProblem]:
    """Every documented Routee limit the draft breaks, in plain words pointing at the field
    (a start time that has passed too: Routee would otherwise call at once)."""
    problems: list[DraftProblem] = []
    add = problems.append
    delivery = draft.delivery

    sender = delivery.sender.strip()
    if not sender:
        add(DraftProblem("delivery.sender", QT_TRANSLATE_NOOP(
            "DraftProblem", "Enter the caller number people will see (digits only, up to {limit})."),
            {"limit": MAX_SENDER}))
    elif not SENDER_RE.match(sender) or len(sender) > MAX_SENDER:
        add(DraftProblem("delivery.sender", QT_TRANSLATE_NOOP(
            "DraftProblem", "Routee needs a numeric caller number of at most {limit} characters, "
            "for example {example}."), {"limit": MAX_SENDER, "example": "+306912345678"}))

    if not NAME_RE.match(reference):
        add(DraftProblem("name", QT_TRANSLATE_NOOP(
            "DraftProblem",
            "The campaign name must be 2 to 30 characters: letters, digits, spaces and '-' only.")))

    contacts, groups = draft.audience.contacts, draft.audience.groups
    if not numbers and not contacts and not groups:
        add(DraftProblem("audience.numbers", QT_TRANSLATE_NOOP(
            "DraftProblem", "Add at least one phone number, contact or group.")))
    # VoiceDesk splits larger audiences (app/domain/split.py)
    if len(numbers) > MAX_PER_KIND:
        add(DraftProblem("audience.numbers", QT_TRANSLATE_NOOP(
            "DraftProblem", "Routee accepts at most {limit} phone numbers per campaign; this one has {count}."),
            {"limit": MAX_PER_KIND, "count": len(numbers)}))
    if len(contacts) > MAX_PER_KIND:
        add(DraftProblem("audience.contacts", QT_TRANSLATE_NOOP(
            "DraftProblem", "Routee accepts at most {limit} contacts per campaign; this one has {count}."),
            {"limit": MAX_PER_KIND, "count": len(contacts)}))
    if len(groups) > MAX_PER_KIND:
        add(DraftProblem("audience.groups", QT_TRANSLATE_NOOP(
            "DraftProblem", "Routee accepts at most {limit} groups per campaign; this one has {count}."),
            {"limit": MAX_PER_KIND, "count": len(groups)}))
    bad = [n for n in numbers if not E164_RE.match(n)]
    if bad:
        shown = ", ".join(bad[:3]) + (" ..." if len(bad) > 3 else "")
        add(DraftProblem("audience.numbers", QT_TRANSLATE_NOOP(
            "DraftProblem", "These numbers are not in international format (+ and country code): {numbers}"),
            {"numbers": shown}))

    message = draft.message
    if isinstance(message, SpokenText):
        if not message.text.strip():
            add(DraftProblem("message.text", QT_TRANSLATE_NOOP(
                "DraftProblem", "Type the text to be read to the people called.")))
        elif len(message.text) > MAX_TEXT:
            add(DraftProblem("message.text", QT_TRANSLATE_NOOP(
                "DraftProblem", "Routee reads at most {limit} characters; this text has {count}. Shorten it."),
                {"limit": MAX_TEXT, "count": len(message.text)}))
        if ROUTEE.language(message.language) is None:
            add(DraftProblem("message.language", QT_TRANSLATE_NOOP(
                "DraftProblem", "Routee cannot speak the language '{language}'. Choose another language."),
                {"language": message.language}))
    elif isinstance(message, AudioFile):
        if not message.url.strip():
            add(DraftProblem("message.url", QT_TRANSLATE_NOOP(
                "DraftProblem", "Give the public web address of the WAV recording.")))
        elif not _is_wav_url(message.url.strip()):
            add(DraftProblem("message.url", QT_TRANSLATE_NOOP(
                "DraftProblem",
                "Routee only plays .wav files: the recording address must be a web address ending in .wav.")))
    elif isinstance(message, CallScript):
        add(DraftProblem("message", QT_TRANSLATE_NOOP(
            "DraftProblem", "Routee cannot play call scripts with menus. Use spoken text or a WAV recording.")))

    if delivery.hangup_delay is not None and not 1 <= delivery.hangup_delay <= names.routee_hangup_delay_max:
        add(DraftProblem("delivery.hangup_delay", QT_TRANSLATE_NOOP(
            "DraftProblem", "The ringing time must be between 1 and {limit} seconds."),
            {"limit": names.routee_hangup_delay_max}))
    if delivery.dtmf_wait_seconds is not None:
        if not delivery.collect_dtmf:
            add(DraftProblem("delivery.dtmf_wait_seconds", QT_TRANSLATE_NOOP(
                "DraftProblem", "Turn on key-press collection to set a waiting time for key presses.")))
        elif delivery.dtmf_wait_seconds < 0:
            add(DraftProblem("delivery.dtmf_wait_seconds", QT_TRANSLATE_NOOP(
                "DraftProblem", "The waiting time for key presses cannot be negative.")))
    for field, cb in (("delivery.message_callback", delivery.message_callback),
                      ("delivery.campaign_callback", delivery.campaign_callback)):
        if cb is not None and cb.url.strip() and not _is_https(cb.url.strip()):
            add(DraftProblem(f"{field}.url", QT_TRANSLATE_NOOP(
                "DraftProblem", "Status notification addresses must start with https://.")))
    problems.extend(schedule_problems(delivery.schedule, now or datetime.now(UTC)))
    return problems


def _callback(cb: Callback | None) -> CallbackSpec | None:
    if cb is None or not cb.url.strip():
        return None
    return CallbackSpec(url=cb.url.strip(), strategy=cb.strategy)


def format_date(value: datetime) -> str:
    """ISO-8601 in UTC with `Z`, seconds precision (§3.1 `scheduledDate`)."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def campaign_request(
    draft: CampaignDraft,
    reference: str,
    numbers: list[str],
    *,
    now: datetime | None = None,
    names: UnconfirmedNames = DEFAULT_NAMES,
) -> VoiceCampaignRequest:
    """The `POST /voice/campaign` body for this draft; raises DraftInvalid listing every problem."""
    problems = draft_problems(draft, reference, numbers, names, now)
    if problems:
        raise DraftInvalid(problems)
    delivery = draft.delivery
    now = now or datetime.now(UTC)
    message = draft.message
    send_at = delivery.schedule.send_at if delivery.schedule.is_scheduled(now) else None
    return VoiceCampaignRequest(
        from_=delivery.sender.strip(),
        to=list(numbers) or None,
        contacts=list(draft.audience.contacts) or None,
        groups=list(draft.audience.groups) or None,
        name=reference,
        file_url=message.url.strip() if isinstance(message, AudioFile) else None,
        message=(TtsMessage(text=message.text, language=message.language,
                            gender=ROUTEE.voice_code(message.gender))  # type: ignore[arg-type]
                 if isinstance(message, SpokenText) else None),
        respect_quiet_hours=True if delivery.respect_quiet_hours else None,
        scheduled_date=format_date(send_at) if send_at is not None else None,
        hangup_delay=delivery.hangup_delay,
        callback=_callback(delivery.message_callback),
        campaign_callback=_callback(delivery.campaign_callback),
        collect_dtmf_digits=True if delivery.collect_dtmf else None,
        collect_dtmf_await_seconds=delivery.dtmf_wait_seconds if delivery.collect_dtmf else None,
    )


def analysis_request(draft: CampaignDraft, numbers: list[str]) -> VoiceAnalysisRequest:
    """The `POST /voice/analysis` body: sender, recipients and message of the campaign request."""
    full = campaign_request(draft, "Analysis", numbers)
    return VoiceAnalysisRequest(
        from_=full.from_, to=full.to, contacts=full.contacts, groups=full.groups,
        file_url=full.file_url, message=full.message,
    )


# ---------------------------------------------------------------- status mapping


def final_statuses(names: UnconfirmedNames = DEFAULT_NAMES) -> frozenset[str]:
    """Message statuses that will not change any more."""
    return FINAL_MESSAGE_STATUSES | ({"Unknown"} if names.routee_unknown_is_final else set())


def map_state(state: str | None, finished: int, total: int) -> CampaignState:
    """A Routee campaign `state` as VoiceDesk's state; `Sent` is complete once every call ended."""
    kind = RouteeCampaignState(state or "?")
    if kind is RouteeCampaignState.SCHEDULED:
        return CampaignState.SCHEDULED
    if kind is RouteeCampaignState.QUEUED:
        return CampaignState.QUEUED
    if kind is RouteeCampaignState.RUNNING:
        return CampaignState.RUNNING
    if kind is RouteeCampaignState.SENT:
        return CampaignState.COMPLETED if total == 0 or finished >= total else CampaignState.RUNNING
    if kind is RouteeCampaignState.FINISHED:
        return CampaignState.COMPLETED
    if kind is RouteeCampaignState.FAILED:
        return CampaignState.FAILED
    return CampaignState.UNKNOWN


def status_from_counts(
    state: str | None, counts: dict[str, int], names: UnconfirmedNames = DEFAULT_NAMES,
    updated_at: datetime | None = None,
) -> CampaignStatus:
    """A CampaignStatus from Routee's `state` and its `statuses` counters (keys kept as Routee's)."""
    clean = {k: int(v) for k, v in counts.items() if isinstance(v, int | float)}
    total = sum(clean.values())
    finals = final_statuses(names)
    finished = sum(v for k, v in clean.items() if k in finals)
    return CampaignStatus(
        state=map_state(state, finished, total), provider_state=state or "", counts=clean,
        total=total, finished=finished, updated_at=updated_at or datetime.now(UTC),
    )


def status_from_campaign(campaign: VoiceCampaign, names: UnconfirmedNames = DEFAULT_NAMES) -> CampaignStatus:
    """The status a `POST /voice/campaign` answer reports."""
    return status_from_counts(campaign.state, campaign.statuses, names)


def status_from_trackings(
    trackings: Iterable[VoiceTracking], names: UnconfirmedNames = DEFAULT_NAMES
) -> CampaignStatus:
    """A campaign's status computed from its messages, since no voice campaign GET is documented.

    All messages final -> `Sent` (completed); all `Queued` -> `Queued`; otherwise `Running`.
    """
    counts = Counter((t.status.status if t.status and t.status.status else "Unknown") for t in trackings)
    total = sum(counts.values())
    finals = final_statuses(names)
    finished = sum(v for k, v in counts.items() if k in finals)
    if total == 0:
        state = None
    elif finished == total:
        state = RouteeCampaignState.SENT.value
    elif counts.get("Queued", 0) == total:
        state = RouteeCampaignState.QUEUED.value
    else:
        state = RouteeCampaignState.RUNNING.value
    return status_from_counts(state, dict(counts), names)
