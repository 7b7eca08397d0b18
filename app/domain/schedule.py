"""Delivery time and rules in plain terms: local time in a zone -> UTC instant, provider formats,
the time said back in words, retry delays in plain units, and pre-send checks of delivery fields.

Sources: ../shared/api/routee-voice.md §3.1, §6; ../shared/api/naxai-voice-broadcast.md §2.1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from app.domain.delivery import Callback, DeliverySettings, RetryPolicy, Schedule
from app.domain.providers import NAXAI, ROUTEE, ProviderId
from app.domain.validation import QT_TRANSLATE_NOOP, DraftProblem, Param, Phrase, Words, english

MAX_RETRIES = 3  # Naxai §2.1
MAX_RETRY_DELAY_MINUTES = 4320  # Naxai §2.1: each delay at most 4,320 minutes (3 days)
DEFAULT_RETRY_DELAY_MINUTES = 30  # our default for a newly added retry
HANGUP_DELAY_MAX = 60  # Routee §6.3: seconds, 1..60 (from the conversation API; UNCONFIRMED for campaigns)
DTMF_WAIT_MAX = 60  # our own guard against typos; Routee documents no limit (§6.4)

Unit = Literal["minutes", "hours", "days"]
UNIT_MINUTES: dict[str, int] = {"minutes": 1, "hours": 60, "days": 1440}

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


class ScheduleError(ValueError):
    """A local time that cannot be used as it is; says why as a translatable template (context
    "DraftProblem") with its values, str() being the English sentence."""

    def __init__(self, text: str, params: dict[str, Param] | None = None) -> None:
        self.text, self.params = text, dict(params or {})
        self.message = english(text, self.params)
        super().__init__(self.message)


@dataclass(frozen=True)
class SpokenDate(Phrase):
    """A day of the year in words ('29 March'); the UI writes it in its own language."""

    day: date

    def __str__(self) -> str:
        return _say_date(self.day)


@dataclass(frozen=True)
class SpokenWhen(Phrase):
    """A moment in words as say_when says it ('Tuesday 25 November, 09:30 Brussels time')."""

    instant: datetime
    zone: str
    now: datetime | None = None

    def __str__(self) -> str:
        return say_when(self.instant, self.zone, now=self.now)


@dataclass(frozen=True)
class SpokenDelay(Phrase):
    """A waiting time in the largest exact unit ('2 hours'); the UI writes it in its own language."""

    minutes: int

    def __str__(self) -> str:
        return say_delay(self.minutes)


# ------------------------------------------------------------------ zones and local times


def is_valid_zone(zone: str) -> bool:
    """True when `zone` is an IANA time zone name this computer knows."""
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def zone_names() -> list[str]:
    """Every IANA zone name known here, sorted (legacy aliases left out)."""
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/")))


def place_name(zone: str) -> str:
    """The city part of a zone, readable: 'Europe/Brussels' -> 'Brussels', 'America/New_York' -> 'New York'."""
    if zone.upper() in ("UTC", "ETC/UTC", "GMT"):
        return "UTC"
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _wall(value: datetime) -> tuple[int, ...]:
    return (value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond)


def local_time_kind(local: datetime, zone: str) -> Literal["ok", "missing", "twice"]:
    """'missing' when the clocks skip that wall time (spring), 'twice' when it happens twice (autumn)."""
    tz = ZoneInfo(zone)
    naive = local.replace(tzinfo=None)
    early = naive.replace(tzinfo=tz, fold=0)
    late = naive.replace(tzinfo=tz, fold=1)
    back = early.astimezone(UTC).astimezone(tz)
    if _wall(back) != _wall(naive):
        return "missing"
    if early.utcoffset() != late.utcoffset():
        return "twice"
    return "ok"


def _say_date(local: date) -> str:
    return f"{local.day} {MONTH_NAMES[local.month - 1]}"


def to_utc(local: datetime, zone: str, *, twice: Literal["reject", "earlier", "later"] = "reject") -> datetime:
    """The UTC instant of wall time `local` (naive) in `zone`; ScheduleError for times that do not
    exist (clocks go forward) and, unless `twice` picks one, for times that happen twice."""
    if not is_valid_zone(zone):
        raise ScheduleError(QT_TRANSLATE_NOOP(
            "DraftProblem", "“{zone}” is not a time zone this computer knows. Choose one from the list."),
            {"zone": zone})
    naive = local.replace(tzinfo=None, fold=0)
    place = place_name(zone)
    kind = local_time_kind(naive, zone)
    if kind == "missing":
        raise ScheduleError(QT_TRANSLATE_NOOP(
            "DraftProblem", "{time} on {date} does not exist in {place} time: the clocks go forward "
            "that night and skip it. Choose a time an hour later or earlier."),
            {"time": f"{naive:%H:%M}", "date": SpokenDate(naive.date()), "place": place})
    if kind == "twice" and twice == "reject":
        raise ScheduleError(QT_TRANSLATE_NOOP(
            "DraftProblem", "{time} on {date} happens twice in {place} time: the clocks go back that "
            "night. Choose a time outside that hour, or say which of the two you mean."),
            {"time": f"{naive:%H:%M}", "date": SpokenDate(naive.date()), "place": place})
    fold = 1 if kind == "twice" and twice == "later" else 0
    return naive.replace(tzinfo=ZoneInfo(zone), fold=fold).astimezone(UTC)


def to_local(instant: datetime, zone: str) -> datetime:
    """The aware instant shown as wall time in `zone` (aware, in that zone)."""
    return instant.astimezone(ZoneInfo(zone))


def twice_words(local: datetime, zone: str, fold: int = 0) -> Words | None:
    """For a wall time that happens twice: which one is meant, as a translatable sentence (None when
    it happens once)."""
    if local_time_kind(local, zone) != "twice":
        return None
    time, place = f"{local:%H:%M}", place_name(zone)
    if fold == 0:
        return Words(QT_TRANSLATE_NOOP(
            "DraftProblem", "{time} happens twice that night in {place} time (the clocks go back); "
            "the call is set for the first one (summer time)."), {"time": time, "place": place})
    return Words(QT_TRANSLATE_NOOP(
        "DraftProblem", "{time} happens twice that night in {place} time (the clocks go back); "
        "the call is set for the second one (winter time)."), {"time": time, "place": place})


def twice_note(local: datetime, zone: str, fold: int = 0) -> str:
    """twice_words in English (empty when the time happens once)."""
    words = twice_words(local, zone, fold)
    return words.message if words else ""


# ------------------------------------------------------------------ provider formats


def routee_scheduled_date(instant: datetime) -> str:
    """Routee `scheduledDate`: UTC ISO-8601 `YYYY-MM-DDThh:mm:ssZ` (§3.1), seconds precision."""
    if instant.tzinfo is None:
        raise ValueError("the time must carry its zone")
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def naxai_scheduled_at(instant: datetime, unit: str = "seconds") -> int:
    """Naxai `scheduledAt`: unix time in `unit` ('seconds' or 'milliseconds', UNCONFIRMED §2.1 #8)."""
    if instant.tzinfo is None:
        raise ValueError("the time must carry its zone")
    seconds = instant.timestamp()
    return int(seconds * 1000) if unit.lower().startswith("milli") else int(seconds)


def from_epoch_ms(value: int) -> datetime:
    """An aware UTC datetime from Naxai's epoch milliseconds."""
    return datetime.fromtimestamp(value / 1000, UTC)


# ------------------------------------------------------------------ saying it back


def say_when(
    instant: datetime,
    zone: str,
    *,
    now: datetime | None = None,
    day_names: tuple[str, ...] = DAY_NAMES,
    month_names: tuple[str, ...] = MONTH_NAMES,
    template: str = "{weekday} {day} {month}{year}, {time} {place} time",
) -> str:
    """'Tuesday 25 November, 09:30 Brussels time'; the year is added when it is not `now`'s year."""
    local = to_local(instant, zone)
    place = place_name(zone)
    if place == "UTC":
        template = template.replace("{place} time", "{place}")
    year = "" if now is None or now.astimezone(ZoneInfo(zone)).year == local.year else f" {local.year}"
    return template.format(weekday=day_names[local.weekday()], day=local.day, month=month_names[local.month - 1],
                           year=year, time=f"{local:%H:%M}", place=place)


def say_weekday_time(instant: datetime, zone: str, day_names: tuple[str, ...] = DAY_NAMES) -> str:
    """'Tuesday 09:00' in `zone` (for the next open time of a calendar)."""
    local = to_local(instant, zone)
    return f"{day_names[local.weekday()]} {local:%H:%M}"


# ------------------------------------------------------------------ retry delays in plain units


@dataclass(frozen=True)
class PlainDelay:
    """A waiting time as the user types it: an amount and a unit."""

    amount: int
    unit: Unit

    @property
    def minutes(self) -> int:
        return to_minutes(self.amount, self.unit)


def to_minutes(amount: int, unit: str) -> int:
    """An amount of minutes, hours or days, in minutes."""
    return int(amount) * UNIT_MINUTES[unit]


def from_minutes(minutes: int) -> PlainDelay:
    """The largest unit that says `minutes` exactly: 120 -> 2 hours, 4320 -> 3 days, 90 -> 90 minutes."""
    for unit in ("days", "hours"):
        size = UNIT_MINUTES[unit]
        if minutes and minutes % size == 0:
            return PlainDelay(minutes // size, unit)  # type: ignore[arg-type]
    return PlainDelay(minutes, "minutes")


def say_delay(minutes: int) -> str:
    """'30 minutes', '1 hour', '3 days'."""
    plain = from_minutes(minutes)
    word = plain.unit[:-1] if plain.amount == 1 else plain.unit
    return f"{plain.amount:,} {word}"


def resize_delays(delays: list[int], retries: int, default: int = DEFAULT_RETRY_DELAY_MINUTES) -> list[int]:
    """Exactly `retries` delays: extra ones dropped, missing ones repeat the last delay (or `default`)."""
    out = list(delays[:retries])
    while len(out) < retries:
        out.append(out[-1] if out else default)
    return out


# ------------------------------------------------------------------ checks (plain words)


def sender_problems(sender: str, provider: ProviderId) -> list[DraftProblem]:
    """The caller number as each provider takes it (Routee: numeric, at most 16; Naxai: 8 to 15 digits)."""
    field = "delivery.sender"
    value = sender.strip()
    if not value:
        return [DraftProblem(field, QT_TRANSLATE_NOOP(
            "DraftProblem", "Enter the number people will see when they are called."))]
    if ProviderId(provider) is ProviderId.ROUTEE:
        if not re.fullmatch(r"\+?[0-9]+", value) or len(value) > ROUTEE.sender_max_length:
            return [DraftProblem(field, QT_TRANSLATE_NOOP(
                "DraftProblem", "Routee needs digits only (a leading + is allowed), at most {limit} "
                "characters, for example {example}."),
                {"limit": ROUTEE.sender_max_length, "example": "+306912345678"})]
        return []
    digits = "".join(ch for ch in value if ch not in " .-()/")
    digits = digits[2:] if digits.startswith("00") else digits.removeprefix("+")
    if not digits.isdigit() or not NAXAI.sender_min_length <= len(digits) <= NAXAI.sender_max_length:
        return [DraftProblem(field, QT_TRANSLATE_NOOP(
            "DraftProblem", "Naxai needs the full international number, {low} to {high} digits, "
            "for example {example}."),
            {"low": NAXAI.sender_min_length, "high": NAXAI.sender_max_length, "example": "3225550100"})]
    return []


def callback_problems(callback: Callback | None, field: str) -> list[DraftProblem]:
    """A status address must be a full https:// web address (empty means no notifications)."""
    if callback is None or not callback.url.strip():
        return []
    parts = urlsplit(callback.url.strip())
    if parts.scheme != "https" or not parts.netloc:
        return [DraftProblem(f"{field}.url", QT_TRANSLATE_NOOP(
            "DraftProblem", "The address must be a full web address starting with https://."))]
    return []


def retry_problems(retry: RetryPolicy) -> list[DraftProblem]:
    """Naxai retries: 0 to 3, one waiting time per retry, each at most 4,320 minutes (3 days)."""
    problems: list[DraftProblem] = []
    if not 0 <= retry.retries <= MAX_RETRIES:
        problems.append(DraftProblem("delivery.retry.retries", QT_TRANSLATE_NOOP(
            "DraftProblem", "Choose between 0 and 3 retries.")))
    if len(retry.delays_minutes) != retry.retries:
        problems.append(DraftProblem("delivery.retry.delays_minutes", QT_TRANSLATE_NOOP(
            "DraftProblem", "Give one waiting time per retry: {retries} retries need {retries} waiting "
            "times, there are {count}."), {"retries": retry.retries, "count": len(retry.delays_minutes)}))
    for i, minutes in enumerate(retry.delays_minutes):
        if not 0 <= minutes <= MAX_RETRY_DELAY_MINUTES:
            problems.append(DraftProblem(f"delivery.retry.delays_minutes[{i}]", QT_TRANSLATE_NOOP(
                "DraftProblem", "Retry {number}: the wait must be at most 3 days ({limit} minutes); "
                "it is {delay}."),
                {"number": i + 1, "limit": MAX_RETRY_DELAY_MINUTES, "delay": SpokenDelay(minutes)}))
    return problems


def schedule_problems(schedule: Schedule, now: datetime) -> list[DraftProblem]:
    """A chosen time must be in the future and in a known zone."""
    field = "delivery.schedule.send_at"
    if schedule.send_at is None:
        return []
    if schedule.timezone and not is_valid_zone(schedule.timezone):
        return [DraftProblem("delivery.schedule.timezone", QT_TRANSLATE_NOOP(
            "DraftProblem", "Choose the time zone from the list."))]
    if schedule.send_at <= now:
        zone = schedule.timezone or "UTC"
        return [DraftProblem(field, QT_TRANSLATE_NOOP(
            "DraftProblem", "{when} has already passed. Choose a later time, or send now."),
            {"when": SpokenWhen(schedule.send_at, zone, now)})]
    return []


def dtmf_problems(collect: bool, wait_seconds: int | None) -> list[DraftProblem]:
    """The wait for key presses only makes sense when collecting them, and is 1 to 60 seconds."""
    field = "delivery.dtmf_wait_seconds"
    if wait_seconds is None:
        return []
    if not collect:
        return [DraftProblem(field, QT_TRANSLATE_NOOP(
            "DraftProblem", "Turn on key-press collection to set how long to wait for key presses."))]
    if not 1 <= wait_seconds <= DTMF_WAIT_MAX:
        return [DraftProblem(field, QT_TRANSLATE_NOOP(
            "DraftProblem", "Wait between 1 and {limit} seconds for key presses."), {"limit": DTMF_WAIT_MAX})]
    return []


def hangup_problems(hangup_delay: int | None, maximum: int = HANGUP_DELAY_MAX) -> list[DraftProblem]:
    """How long to let the phone ring: 1 to `maximum` seconds, or the provider's default (None)."""
    if hangup_delay is not None and not 1 <= hangup_delay <= maximum:
        return [DraftProblem("delivery.hangup_delay", QT_TRANSLATE_NOOP(
            "DraftProblem", "Let the phone ring between 1 and {limit} seconds."), {"limit": maximum})]
    return []


def delivery_problems(
    delivery: DeliverySettings, provider: ProviderId, now: datetime | None = None
) -> list[DraftProblem]:
    """Every delivery problem for `provider`, checking only the settings that provider has."""
    now = now or datetime.now(UTC)
    problems = sender_problems(delivery.sender, provider) + schedule_problems(delivery.schedule, now)
    if ProviderId(provider) is ProviderId.ROUTEE:
        problems += dtmf_problems(delivery.collect_dtmf, delivery.dtmf_wait_seconds)
        problems += hangup_problems(delivery.hangup_delay)
        problems += callback_problems(delivery.message_callback, "delivery.message_callback")
        problems += callback_problems(delivery.campaign_callback, "delivery.campaign_callback")
    else:
        problems += retry_problems(delivery.retry)
        if delivery.distribution == "dynamic" and not (delivery.dynamic_name or "").strip():
            problems.append(DraftProblem("delivery.dynamic_name", QT_TRANSLATE_NOOP(
                "DraftProblem", "Give the name of the load distribution set up in Naxai, or choose none.")))
    return problems


def next_hour(now: datetime, zone: str, hours_ahead: int = 1) -> datetime:
    """A sensible first choice for a scheduled send: the start of an hour at least `hours_ahead` away, naive local."""
    local = now.astimezone(ZoneInfo(zone)).replace(minute=0, second=0, microsecond=0, tzinfo=None)
    return local + timedelta(hours=hours_ahead + 1)
