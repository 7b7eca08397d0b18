"""What the Sandbox remembers between runs, as plain JSON: Routee campaigns with their messages, Naxai
broadcasts with their recipients and call attempts, and the simulated clock's relation to real time.

Each change is written as rows of `StateFile` (kinds in core.py); tokens and fault plans are not
kept. Campaigns go on while the app is closed: at restart the simulated clock has moved on by the
real time that passed, so campaigns that were running have progressed or finished (see resumed_now).
"""

from __future__ import annotations

import functools
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.core import (NAXAI_BROADCAST, NAXAI_PHONES, NAXAI_RECIPIENTS, ROUTEE_ACCOUNT,
                                        ROUTEE_CAMPAIGN)
from app.providers.sandbox.naxai import NaxaiSimulator, SimAttempt, SimBroadcast, SimRecipient
from app.providers.sandbox.routee import RouteeSimulator, SimCampaign, SimMessage
from app.providers.sandbox.statefile import Rows, StateFile

CLOCK = "clock"  # key "sandbox": the simulated clock (the other kinds are in core.py)
CLOCK_EVERY = 5.0  # seconds (real) between notes of the clock while requests come in
MAX_LEAD = timedelta(hours=1)  # how far ahead of real time a restart may leave the simulated clock


def _dt(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse(value: str | None) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"a time without a time zone: {value}")
    return parsed


# ------------------------------------------------------------------ Routee


def encode_campaign(c: SimCampaign) -> dict[str, Any]:
    """A Routee campaign and its messages' whole timelines."""
    return {"trackingId": c.tracking_id, "request": c.request, "appId": c.app_id,
            "createdAt": _dt(c.created_at), "scheduledAt": _dt(c.scheduled_at), "cost": c.cost,
            "deleted": c.deleted,
            "messages": [{"id": m.message_id, "to": m.to, "country": m.country, "groups": list(m.groups),
                          "createdAt": _dt(m.created_at), "timeline": [[_dt(at), s] for at, s in m.timeline],
                          "duration": m.duration, "tones": m.collected_tones, "price": m.price}
                         for m in c.messages]}


def decode_campaign(d: dict[str, Any]) -> SimCampaign:
    """The inverse of `encode_campaign`."""
    messages = [SimMessage(message_id=m["id"], to=m["to"], country=m["country"], groups=list(m["groups"]),
                           created_at=_parse(m["createdAt"]),  # type: ignore[arg-type]
                           timeline=[(_parse(at), str(s)) for at, s in m["timeline"]],  # type: ignore[misc]
                           duration=int(m["duration"]), collected_tones=m["tones"], price=float(m["price"]))
                for m in d["messages"]]
    if not messages or not isinstance(d["request"], dict):
        raise ValueError("a Routee campaign without messages or request")
    return SimCampaign(tracking_id=str(d["trackingId"]), request=d["request"], app_id=str(d["appId"]),
                       created_at=_parse(d["createdAt"]), scheduled_at=_parse(d["scheduledAt"]),  # type: ignore[arg-type]
                       messages=messages, cost=float(d["cost"]), deleted=bool(d["deleted"]))


# ------------------------------------------------------------------ Naxai


def encode_broadcast(b: SimBroadcast) -> dict[str, Any]:
    """A broadcast's configuration and lifecycle (not its phones or recipients)."""
    return {"id": b.id, "config": b.config, "createdAt": _dt(b.created_at), "startedAt": _dt(b.started_at),
            "beginAt": _dt(b.begin_at), "scheduled": b.scheduled,
            "segments": [[_dt(start), _dt(end)] for start, end in b.segments],
            "control": None if b.control is None else [b.control[0], _dt(b.control[1])],
            "pausedAt": _dt(b.paused_at), "canceledAt": _dt(b.canceled_at)}


def encode_phones(b: SimBroadcast) -> list[list[str | None]]:
    """The broadcast's (phone, contactId) pairs."""
    return [[phone, contact] for phone, contact in b.phones]


def encode_recipients(b: SimBroadcast) -> list[dict[str, Any]]:
    """The recipients and every call attempt planned for them at start."""
    return [{"id": r.id, "phone": r.phone, "contactId": r.contact_id, "invalid": r.invalid,
             "attempts": [asdict(a) for a in r.attempts]} for r in b.recipients]


def decode_broadcast(head: dict[str, Any], phones: list[Any], recipients: list[Any]) -> SimBroadcast:
    """A broadcast from its three rows."""
    control = head["control"]
    if not isinstance(head["config"], dict) or "voiceFlow" not in head["config"]:
        raise ValueError("a Naxai broadcast without its configuration")
    return SimBroadcast(
        id=str(head["id"]), config=head["config"], created_at=_parse(head["createdAt"]),  # type: ignore[arg-type]
        phones=[(str(p), None if c is None else str(c)) for p, c in phones],
        recipients=[SimRecipient(id=str(r["id"]), phone=str(r["phone"]), contact_id=r["contactId"],
                               invalid=bool(r["invalid"]), attempts=[SimAttempt(**a) for a in r["attempts"]])
                    for r in recipients],
        started_at=_parse(head["startedAt"]), begin_at=_parse(head["beginAt"]), scheduled=bool(head["scheduled"]),
        segments=[[_parse(start), _parse(end)] for start, end in head["segments"]],
        control=None if control is None else (str(control[0]), _parse(control[1])),  # type: ignore[arg-type]
        paused_at=_parse(head["pausedAt"]), canceled_at=_parse(head["canceledAt"]),
    )


# ------------------------------------------------------------------ clock


def encode_clock(clock: SimClock) -> dict[str, Any]:
    """Simulated now, real now and the speed between them."""
    return {"sim": _dt(clock.now()), "wall": time.time(), "speed": clock.speed}


def resumed_now(d: dict[str, Any]) -> datetime:
    """Where the simulated clock resumes: moved on by the real time the app was closed, as a real
    provider's campaigns go on, but no further ahead of real time than MAX_LEAD (the Sandbox's speed
    makes it run ahead while open), and never back."""
    saved = _parse(d["sim"])
    assert saved is not None
    real = time.time()
    now = datetime.fromtimestamp(real, UTC)
    gap = max(0.0, real - float(d["wall"]))
    return max(saved, min(saved + timedelta(seconds=gap), now + MAX_LEAD)).astimezone(UTC)


# ------------------------------------------------------------------ the whole state


@dataclass
class Restored:
    """Everything read back from the state file, decoded; applied to the simulators only when whole."""

    clock_now: datetime | None = None
    campaigns: dict[str, SimCampaign] = field(default_factory=dict)
    balance: float | None = None
    broadcasts: dict[str, SimBroadcast] = field(default_factory=dict)

    def apply(self, routee: RouteeSimulator, naxai: NaxaiSimulator) -> None:
        """Put the campaigns and broadcasts back into freshly made simulators."""
        routee.campaigns.update(self.campaigns)
        if self.balance is not None:
            routee.balance = self.balance
        naxai.broadcasts.update(sorted(self.broadcasts.items(), key=lambda kv: kv[1].created_at))


def decode_state(rows: Rows) -> Restored:
    """Decode every row; raises (KeyError, TypeError, ValueError...) on anything unexpected."""
    out = Restored()
    clock = rows.get(CLOCK, {}).get("sandbox")
    out.clock_now = resumed_now(clock) if clock is not None else None
    for key, d in rows.get(ROUTEE_CAMPAIGN, {}).items():
        out.campaigns[key] = decode_campaign(d)
    balance = rows.get(ROUTEE_ACCOUNT, {}).get("balance")
    out.balance = None if balance is None else float(balance)
    phones, recipients = rows.get(NAXAI_PHONES, {}), rows.get(NAXAI_RECIPIENTS, {})
    for key, head in rows.get(NAXAI_BROADCAST, {}).items():
        out.broadcasts[key] = decode_broadcast(head, phones.get(key, []), recipients.get(key, []))
    return out


# Encoded on the writer thread: what these read never changes once made (a campaign's messages,
# a broadcast's phones and planned calls), or is a flag read whole (a campaign's `deleted`).
LATE = frozenset({ROUTEE_CAMPAIGN, NAXAI_PHONES, NAXAI_RECIPIENTS})
ENCODERS = {ROUTEE_CAMPAIGN: encode_campaign, ROUTEE_ACCOUNT: lambda balance: balance,
            NAXAI_BROADCAST: encode_broadcast, NAXAI_PHONES: encode_phones, NAXAI_RECIPIENTS: encode_recipients}


class Recorder:
    """The simulators' `persist` hook: encodes each changed object (under the simulator's lock, so the
    snapshot is consistent; big unchanging parts later, off the GUI thread) and queues it, with the
    clock, for the state file."""

    def __init__(self, file: StateFile, clock: SimClock) -> None:
        self.file = file
        self.clock = clock
        self._clock_noted = time.monotonic()

    def changed(self, kind: str, key: str, obj: Any) -> None:
        """`obj` (of `kind`) was created or changed; None means it is gone."""
        if obj is None:
            self.file.put(kind, key, None)
        elif kind in LATE:
            self.file.put(kind, key, functools.partial(ENCODERS[kind], obj))
        else:
            self.file.put(kind, key, ENCODERS[kind](obj))
        self.note_clock()

    def note_clock(self) -> None:
        """Queue the clock's current position (so even after a crash it resumes about where it was)."""
        self._clock_noted = time.monotonic()
        self.file.put(CLOCK, "sandbox", encode_clock(self.clock))

    async def answered(self) -> None:
        """Wait until the changes so far are on disk, as a provider commits before it answers."""
        if time.monotonic() - self._clock_noted > CLOCK_EVERY:
            self.note_clock()
        await self.file.settled()
