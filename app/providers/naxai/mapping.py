"""Pure mapping between VoiceDesk's domain and Naxai Voice Broadcasts: a draft becomes a create
body (after plain-words pre-send checks), and Naxai states and metrics become a CampaignStatus."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import ValidationError

from app.domain.campaign import CampaignDraft, CampaignState, CampaignStatus
from app.domain.message import AudioFile, CallScript, Prompt, SpokenText
from app.domain.message import Transfer as DomainTransfer
from app.domain.providers import NAXAI
from app.domain.validation import QT_TRANSLATE_NOOP, DraftInvalid, DraftProblem
from app.providers.naxai import models as m
from app.providers.unconfirmed import DEFAULT_NAMES, UnconfirmedNames

SCHEDULE_GRACE = timedelta(seconds=60)  # a start time this little in the past still counts as "now"
NAME_MAX_LENGTH = 100  # not documented; a generous guard against runaway names
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def naxai_number(number: str) -> str:
    """E.164 digits without '+' (Naxai's format, §6): drops '+', spaces, dots, dashes and brackets."""
    cleaned = "".join(ch for ch in number.strip() if ch not in " .-()/")
    if cleaned.startswith("00"):
        cleaned = cleaned[2:]
    return cleaned.removeprefix("+")


def _is_number(value: str, low: int = 8, high: int = 15) -> bool:
    return value.isdigit() and low <= len(value) <= high


def scheduled_at_value(when: datetime, names: UnconfirmedNames = DEFAULT_NAMES) -> int:
    """`scheduledAt` as unix time in the configured unit (seconds or milliseconds, UNCONFIRMED)."""
    seconds = when.timestamp()
    return int(seconds * 1000) if names.naxai_scheduled_at_unit.startswith("milli") else int(seconds)


def _part(prompt: Prompt | None, field: str, problems: list[DraftProblem], *, required: bool = False) -> dict[str, Any] | None:
    if prompt is None:
        if required:
            problems.append(DraftProblem(field, QT_TRANSLATE_NOOP(
                "DraftProblem", "Write what the caller hears, or give the address of a recording.")))
        return None
    say = (prompt.say or "").strip() or None
    audio = (prompt.prompt or "").strip() or None
    if say and audio:
        problems.append(DraftProblem(field, QT_TRANSLATE_NOOP(
            "DraftProblem", "Use either spoken text or a recording here, not both.")))
    if not say and not audio:
        if required:
            problems.append(DraftProblem(field, QT_TRANSLATE_NOOP(
                "DraftProblem", "Write what the caller hears, or give the address of a recording.")))
        return None
    return {"say": say} if say else {"prompt": audio}


def _transfer(transfer: DomainTransfer, field: str, problems: list[DraftProblem]) -> dict[str, Any]:
    destination = naxai_number(transfer.destination)
    if not _is_number(destination):
        problems.append(DraftProblem(f"{field}.destination",
                                     QT_TRANSLATE_NOOP("DraftProblem", "The transfer number must be a "
                                                       "full international number, 8 to 15 digits.")))
    out: dict[str, Any] = {"destination": destination, "attempts": transfer.attempts, "timeout": transfer.timeout}
    whisper = _part(transfer.whisper, f"{field}.whisper", problems)
    if whisper:
        out["whisper"] = whisper
    return out


def _voice_flow(script: CallScript, problems: list[DraftProblem]) -> dict[str, Any]:
    flow: dict[str, Any] = {"machineDetection": script.machine_detection}
    voicemail = _part(script.voicemail, "message.voicemail", problems)
    if voicemail:
        flow["voicemail"] = voicemail
    welcome = _part(script.welcome, "message.welcome", problems, required=True) or {}
    if script.welcome.replay:
        welcome["replay"] = script.welcome.replay
    flow["welcome"] = welcome
    if script.menu is not None:
        menu = _part(script.menu, "message.menu", problems, required=True) or {}
        if script.menu.replay:
            menu["replay"] = script.menu.replay
        if not script.menu.choices:
            problems.append(DraftProblem("message.menu.choices", QT_TRANSLATE_NOOP(
                "DraftProblem", "A key-press menu needs at least one key.")))
        seen: set[str] = set()
        choices = []
        for i, choice in enumerate(script.menu.choices):
            field = f"message.menu.choices[{i}]"
            if choice.key in seen:
                problems.append(DraftProblem(f"{field}.key", QT_TRANSLATE_NOOP(
                    "DraftProblem", "Key {key} is used twice in the menu."), {"key": choice.key}))
            seen.add(choice.key)
            item: dict[str, Any] = {"key": choice.key}
            item.update(_part(choice, field, problems) or {})
            if choice.replay:
                item["replay"] = choice.replay
            if choice.transfer is not None:
                item["transfer"] = _transfer(choice.transfer, f"{field}.transfer", problems)
            if len(item) == 1:
                problems.append(DraftProblem(field, QT_TRANSLATE_NOOP(
                    "DraftProblem", "Say what happens when the caller presses {key}."), {"key": choice.key}))
            choices.append(item)
        menu["choices"] = choices
        flow["menu"] = menu
    end = _part(script.end, "message.end", problems)
    if end:
        flow["end"] = end
    return flow


def _message(draft: CampaignDraft, problems: list[DraftProblem]) -> tuple[dict[str, Any], str, str]:
    """(voiceFlow, language, voice) for the draft's message."""
    msg = draft.message
    language, gender = NAXAI.default_language, NAXAI.default_gender
    if isinstance(msg, SpokenText):
        language, gender = msg.language, msg.gender
        if not msg.text.strip():
            problems.append(DraftProblem("message.text", QT_TRANSLATE_NOOP(
                "DraftProblem", "Write the text the callers will hear.")))
        flow: dict[str, Any] = {"machineDetection": False, "welcome": {"say": msg.text.strip()}}
    elif isinstance(msg, AudioFile):
        url = msg.url.strip()
        if not url.lower().startswith(("https://", "http://")):
            problems.append(DraftProblem("message.url",
                                         QT_TRANSLATE_NOOP("DraftProblem", "Give the public web "
                                                           "address (https://...) of the recording.")))
        flow = {"machineDetection": False, "welcome": {"prompt": url}}
    else:
        assert isinstance(msg, CallScript)
        language, gender = msg.language, msg.gender
        flow = _voice_flow(msg, problems)
    if NAXAI.language(language) is None:
        offered = ", ".join(lang.code for lang in NAXAI.languages)
        problems.append(DraftProblem("message.language", QT_TRANSLATE_NOOP(
            "DraftProblem", "Naxai does not speak {language}. Choose one of {offered}."),
            {"language": language, "offered": offered}))
    return flow, language, NAXAI.voice_code(gender)


def check_and_build(
    draft: CampaignDraft,
    reference: str,
    numbers: list[str],
    *,
    actions: m.Actions | None = None,
    now: datetime | None = None,
) -> tuple[m.BroadcastRequest | None, list[DraftProblem]]:
    """Every pre-send problem of the draft, and the request model when there are none.

    A start time in the past is a problem only when `now` is given (these functions stay pure)."""
    problems: list[DraftProblem] = []
    d = draft.delivery
    send_at = d.schedule.send_at
    if now is not None and send_at is not None and send_at < now - SCHEDULE_GRACE:
        problems.append(DraftProblem("delivery.schedule.send_at",
                                     QT_TRANSLATE_NOOP("DraftProblem", "The start time has passed. "
                                                       "Choose a later time, or send now.")))
    if not reference.strip():
        problems.append(DraftProblem("name", QT_TRANSLATE_NOOP("DraftProblem", "Give the campaign a name.")))
    elif len(reference) > NAME_MAX_LENGTH:
        problems.append(DraftProblem("name", QT_TRANSLATE_NOOP(
            "DraftProblem", "Keep the campaign name under {limit} characters."), {"limit": NAME_MAX_LENGTH}))
    sender = naxai_number(d.sender)
    if not _is_number(sender, NAXAI.sender_min_length, NAXAI.sender_max_length):
        problems.append(DraftProblem("delivery.sender", QT_TRANSLATE_NOOP(
            "DraftProblem", "The calling number must be a full international number of {low} to {high} "
            "digits, for example {example}."),
            {"low": NAXAI.sender_min_length, "high": NAXAI.sender_max_length, "example": "3225550100"}))
    body: dict[str, Any] = {"name": reference, "from": sender}
    audience = draft.audience
    segment = (audience.segment_id or "").strip()
    typed = [naxai_number(n) for n in numbers]
    if audience.source == "segment":  # the typed numbers are kept in the draft, not sent
        if not segment:
            problems.append(DraftProblem("audience.segment_id", QT_TRANSLATE_NOOP(
                "DraftProblem", "Choose a segment of your Naxai contacts.")))
        elif not UUID_RE.match(segment):
            problems.append(DraftProblem("audience.segment_id", QT_TRANSLATE_NOOP(
                "DraftProblem", "Choose the segment from the list of Naxai segments.")))
        body.update(source="people", segmentIds=[segment], include_unsubscribed=audience.include_unsubscribed)
    elif typed:
        bad = [n for n, t in zip(numbers, typed, strict=True) if not _is_number(t)]
        if bad:
            problems.append(DraftProblem("audience.numbers_text", QT_TRANSLATE_NOOP(
                "DraftProblem", "These numbers are not valid international numbers: {numbers}"),
                {"numbers": ", ".join(bad[:5]) + (" ..." if len(bad) > 5 else "")}))
        body.update(source="file", file={"numbers": list(dict.fromkeys(typed))})
    else:
        problems.append(DraftProblem("audience", QT_TRANSLATE_NOOP(
            "DraftProblem", "Choose one segment, or type the numbers to call.")))
    flow, language, voice = _message(draft, problems)
    body.update(voiceFlow=flow, language=language, voice=voice)
    r = d.retry
    if len(r.delays_minutes) != r.retries:
        problems.append(DraftProblem("delivery.retry.delays_minutes", QT_TRANSLATE_NOOP(
            "DraftProblem", "Give one waiting time per retry: {retries} retries need {retries} waiting "
            "times, there are {count}."), {"retries": r.retries, "count": len(r.delays_minutes)}))
    if any(x < 0 or x > m.MAX_RETRY_DELAY_MINUTES for x in r.delays_minutes):
        problems.append(DraftProblem("delivery.retry.delays_minutes", QT_TRANSLATE_NOOP(
            "DraftProblem", "Each waiting time before a retry must be between 0 and {limit} minutes (3 days)."),
            {"limit": m.MAX_RETRY_DELAY_MINUTES}))
    body.update(retries=r.retries, retryOnNoInput=r.retry_on_no_input, retryOnFailed=r.retry_on_failed,
                retryDelays=list(r.delays_minutes))
    if d.calendar_id:
        if not UUID_RE.match(d.calendar_id):
            problems.append(DraftProblem("delivery.calendar_id", QT_TRANSLATE_NOOP(
                "DraftProblem", "Choose the calendar from the list of Naxai calendars.")))
        body["calendarId"] = d.calendar_id
    body["distribution"] = d.distribution
    if d.distribution == "dynamic":
        if not (d.dynamic_name or "").strip():
            problems.append(DraftProblem("delivery.dynamic_name", QT_TRANSLATE_NOOP(
                "DraftProblem", "Name the load distribution to use, or choose none.")))
        body["dynamicName"] = (d.dynamic_name or "").strip()
    if actions is not None:
        body["actions"] = actions
    if problems:
        return None, problems
    try:
        request = m.BroadcastRequest.model_validate(body)
    except ValidationError as exc:  # a rule the checks above missed: still say where
        return None, [DraftProblem(".".join(str(p) for p in e["loc"]) or "draft",
                                   QT_TRANSLATE_NOOP("DraftProblem", "{detail}"), {"detail": e["msg"]})
                      for e in exc.errors()]
    return request, []


def build_create_request(
    draft: CampaignDraft, reference: str, numbers: list[str], *, actions: m.Actions | None = None,
    now: datetime | None = None,
) -> m.BroadcastRequest:
    """The strict request model for the draft; raises DraftInvalid listing every problem."""
    request, problems = check_and_build(draft, reference, numbers, actions=actions, now=now)
    if request is None:
        raise DraftInvalid(problems)
    return request


def build_create_body(
    draft: CampaignDraft,
    reference: str,
    numbers: list[str],
    names: UnconfirmedNames = DEFAULT_NAMES,
    *,
    actions: m.Actions | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The exact JSON body POST /voice/broadcasts gets for this draft (`numbers` are E.164 with '+').

    Pass `now` to refuse a start time that has passed (the gateway does when it sends)."""
    request = build_create_request(draft, reference, numbers, actions=actions, now=now)
    body = request.to_json(names)
    send_at = draft.delivery.schedule.send_at
    body["scheduledAt"] = scheduled_at_value(send_at, names) if send_at is not None else None
    return body


def check_draft(
    draft: CampaignDraft, reference: str, numbers: list[str], *, now: datetime | None = None
) -> list[DraftProblem]:
    """The problems that would stop this draft from being sent through Naxai now (empty when fine)."""
    return check_and_build(draft, reference, numbers, now=now or datetime.now(UTC))[1]


_STATES: dict[m.BroadcastState, CampaignState] = {
    m.BroadcastState.DRAFT: CampaignState.DRAFT,
    m.BroadcastState.SCHEDULED: CampaignState.SCHEDULED,
    m.BroadcastState.STARTING: CampaignState.QUEUED,
    m.BroadcastState.STARTED: CampaignState.RUNNING,
    m.BroadcastState.PROCESSING: CampaignState.RUNNING,
    m.BroadcastState.RESUMING: CampaignState.RUNNING,
    m.BroadcastState.PAUSING: CampaignState.PAUSED,
    m.BroadcastState.PAUSED: CampaignState.PAUSED,
    m.BroadcastState.CANCELING: CampaignState.RUNNING,  # not final yet; provider_state says canceling
    m.BroadcastState.CANCELED: CampaignState.CANCELED,
    m.BroadcastState.COMPLETED: CampaignState.COMPLETED,
}


def to_campaign_state(state: m.BroadcastState | str) -> CampaignState:
    """Naxai broadcast state -> provider-neutral state (unknown values -> UNKNOWN)."""
    return _STATES.get(m.BroadcastState(state), CampaignState.UNKNOWN)


def to_campaign_status(broadcast: m.Broadcast, metrics: m.Metrics | None = None) -> CampaignStatus:
    """A CampaignStatus from GET broadcast plus its metrics; counts keep the metrics' names."""
    counts = metrics.counts() if metrics is not None else {}
    total = (metrics.total if metrics is not None and metrics.total else broadcast.total_count)
    finished = (metrics.completed if metrics is not None and metrics.completed else broadcast.completed_count)
    return CampaignStatus(
        state=to_campaign_state(broadcast.state),
        provider_state=broadcast.raw_state or str(broadcast.state),
        counts=counts,
        total=total,
        finished=finished,
    )


_RECIPIENT_KEYS: dict[m.RecipientStatus, str] = {
    m.RecipientStatus.DELIVERED: "delivered",
    m.RecipientStatus.FAILED: "failed",
    m.RecipientStatus.CANCELED: "canceled",
    m.RecipientStatus.IN_PROGRESS: "inProgress",
    m.RecipientStatus.INVALID: "invalid",
    m.RecipientStatus.PAUSED: "paused",
}


def recipient_count_key(status: m.RecipientStatus | str) -> str:
    """The metrics name a recipient status is counted under (`in-progress` -> `inProgress`)."""
    return _RECIPIENT_KEYS.get(m.RecipientStatus(status), "unknown")


def recipient_counts(recipients: list[m.Recipient]) -> dict[str, int]:
    """Per-status counts of a recipient list, keyed like the metrics endpoint."""
    counts: dict[str, int] = {}
    for recipient in recipients:
        key = recipient_count_key(recipient.status)
        counts[key] = counts.get(key, 0) + 1
    return counts
