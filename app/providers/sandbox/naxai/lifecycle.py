"""The Naxai broadcast lifecycle: create, update, delete, and start/pause/resume/cancel, with every
call attempt planned from the seed when a broadcast starts."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx

from app.providers.sandbox.core import NAXAI_BROADCAST, NAXAI_PHONES, NAXAI_RECIPIENTS, json_response
from app.providers.sandbox.naxai.constants import STARTUP_SECONDS, TRANSITION_SECONDS
from app.providers.sandbox.naxai.errors import ApiError
from app.providers.sandbox.naxai.model import SimAttempt, SimBroadcast, SimRecipient
from app.providers.sandbox.naxai.progress import BroadcastProgress
from app.providers.sandbox.naxai.validation import BroadcastValidation


class BroadcastLifecycle(BroadcastValidation, BroadcastProgress):
    """Changes broadcasts: only in the states the API allows, and reports every change for keeping."""

    def _new_id(self) -> str:
        while True:  # never an id of a broadcast remembered from an earlier run
            value = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
            if value not in self.broadcasts:
                return value

    def _broadcast(self, broadcast_id: str) -> SimBroadcast:
        b = self.broadcasts.get(broadcast_id)
        if b is None:
            raise ApiError(404, "not_found", "No such broadcast.")
        return b

    def _create(self, body: Any) -> httpx.Response:
        cfg, phones = self._validate(body)
        b = SimBroadcast(id=self._new_id(), config=cfg, created_at=self.clock.now(), phones=phones)
        self.broadcasts[b.id] = b
        self._changed(b, NAXAI_BROADCAST, NAXAI_PHONES)
        return json_response(201, self._broadcast_json(b))

    def _update(self, b: SimBroadcast, body: Any) -> httpx.Response:
        if self._state(b) != "draft":
            raise ApiError(422, "invalid_state", "Only a draft broadcast can be changed.")
        b.config, b.phones = self._validate(body)
        self._changed(b, NAXAI_BROADCAST, NAXAI_PHONES)
        return json_response(200, self._broadcast_json(b))

    def _delete(self, b: SimBroadcast) -> httpx.Response:
        if self._state(b) not in ("draft", "completed", "canceled"):
            raise ApiError(422, "invalid_state", "Cancel the broadcast before deleting it.")
        del self.broadcasts[b.id]
        self._changed(b, NAXAI_BROADCAST, NAXAI_PHONES, NAXAI_RECIPIENTS, gone=True)
        return httpx.Response(204)

    def _control(self, b: SimBroadcast, action: str) -> httpx.Response:
        now = self.clock.now()
        state = self._state(b)
        allowed = {"start": ("draft",), "pause": ("started", "processing"), "resume": ("paused",),
                   "cancel": ("scheduled", "started", "processing", "pausing", "paused", "resuming")}
        if state not in allowed[action]:
            raise ApiError(422, "invalid_state", f"A {state} broadcast cannot be {action}ed.",
                           [{"field": "state", "message": state}])
        if action == "start":
            self._start(b, now)
            self._changed(b, NAXAI_BROADCAST, NAXAI_RECIPIENTS)
            return json_response(200, {"broadcastId": b.id, "state": "starting"})
        if action == "pause":
            self._close_segment(b, now)
            b.control, b.paused_at = ("pause", now), now
        elif action == "resume":
            b.control = ("resume", now)
            b.segments.append([now + timedelta(seconds=TRANSITION_SECONDS), None])
        else:
            self._close_segment(b, now)
            b.control, b.canceled_at = ("cancel", now), now
        self._changed(b, NAXAI_BROADCAST)
        return json_response(200, {"broadcastId": b.id, "state": {"pause": "pausing", "resume": "resuming",
                                                                  "cancel": "canceling"}[action]})

    @staticmethod
    def _close_segment(b: SimBroadcast, now: datetime) -> None:
        if b.segments and b.segments[-1][1] is None:
            start = b.segments[-1][0]
            b.segments[-1][1] = max(now, start)  # type: ignore[type-var]

    def _start(self, b: SimBroadcast, now: datetime) -> None:
        cfg = b.config
        begin = now + timedelta(seconds=STARTUP_SECONDS)
        sched = self._from_unix(cfg["scheduledAt"]) if cfg.get("scheduledAt") is not None else None
        if sched is not None and sched > begin:
            begin, b.scheduled = sched, True
        if cfg.get("calendarId") in self.calendars:
            nxt = self._next_open(self.calendars[cfg["calendarId"]], begin)
            if nxt is not None and nxt > begin:
                begin, b.scheduled = nxt, b.scheduled or nxt > now + timedelta(minutes=1)
        b.started_at, b.begin_at = now, begin
        b.segments = [[begin, None]]
        b.recipients = self._plan(b)

    def _plan(self, b: SimBroadcast) -> list[SimRecipient]:
        """Decide every call attempt now, from the seed, so progress is deterministic."""
        cfg = b.config
        flow = cfg["voiceFlow"]
        menu = flow.get("menu")
        retries, delays = cfg["retries"], cfg["retryDelays"]
        out: list[SimRecipient] = []
        for i, (phone, contact) in enumerate(b.phones):
            rng = random.Random(f"{self.seed}:{b.id}:{phone}")
            r = SimRecipient(id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), phone=phone, contact_id=contact)
            if phone.startswith("0"):
                r.invalid = True
                out.append(r)
                continue
            offset = i * self.call_spacing
            for attempt in range(retries + 1):
                a = self._attempt(rng, offset, phone, flow, menu)
                r.attempts.append(a)
                again = (a.status == "failed" and cfg["retryOnFailed"]) or (
                    a.status == "delivered" and menu is not None and a.input is None and cfg["retryOnNoInput"])
                if not again or attempt >= retries:
                    break
                offset = a.end + delays[attempt] * 60
            out.append(r)
        return out

    def _attempt(self, rng: random.Random, offset: float, phone: str, flow: dict[str, Any],
                 menu: dict[str, Any] | None) -> SimAttempt:
        call_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        ring = float(rng.randint(5, 25))
        roll = rng.random()
        if phone.endswith("0009"):
            return SimAttempt(call_id, offset, ring, "failed", "busy", 0)
        if phone.endswith("0008") or roll >= self.answer_rate:
            reason = rng.choice(["no-answer", "no-answer", "busy", "rejected", "canceled-by-contact"])
            return SimAttempt(call_id, offset, ring, "failed", reason, 0)
        if flow.get("machineDetection") and rng.random() < 0.15:
            if "voicemail" in flow:
                return SimAttempt(call_id, offset, ring, "delivered", "voicemail", rng.randint(10, 30))
            return SimAttempt(call_id, offset, ring, "failed", "voicemail", 0)
        a = SimAttempt(call_id, offset, ring, "delivered", "success", rng.randint(15, 90))
        if menu is not None and rng.random() < 0.7:
            choice = rng.choice(menu["choices"])
            a.input = choice["key"]
            a.transferred = "transfer" in choice
            if a.transferred:
                a.duration += rng.randint(20, 120)
        return a
