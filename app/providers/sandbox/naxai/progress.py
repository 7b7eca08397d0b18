"""Simulated progress of a started Naxai broadcast: its state over (paused and resumed) time, each
recipient's status and calls, the metrics and the broadcast's JSON."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any

from app.providers.sandbox.naxai.base import NaxaiBase
from app.providers.sandbox.naxai.constants import INPUT_KEYS, TRANSITION_SECONDS
from app.providers.sandbox.naxai.model import SimAttempt, SimBroadcast, SimRecipient, epoch_ms


class BroadcastProgress(NaxaiBase):
    """Reads a broadcast's planned calls at the simulated time: nothing here changes a broadcast."""

    def _active(self, b: SimBroadcast, now: datetime) -> float:
        total = 0.0
        for start, end in b.segments:
            stop = min(end or now, now)
            if stop > start:  # type: ignore[operator]
                total += (stop - start).total_seconds()  # type: ignore[operator]
        return total

    def _wall(self, b: SimBroadcast, offset: float) -> datetime | None:
        acc = 0.0
        for start, end in b.segments:
            length = math.inf if end is None else (end - start).total_seconds()  # type: ignore[operator]
            if offset <= acc + length:
                return start + timedelta(seconds=offset - acc)  # type: ignore[operator]
            acc += length
        return None

    def _finished_at(self, b: SimBroadcast) -> float:
        ends = [a.end for r in b.recipients for a in r.attempts]
        return max(ends, default=0.0)

    def _state(self, b: SimBroadcast) -> str:
        now = self.clock.now()
        if b.started_at is None:
            return "draft"
        if b.control and b.control[0] == "cancel":
            return "canceling" if now < b.control[1] + timedelta(seconds=TRANSITION_SECONDS) else "canceled"
        if b.begin_at and now >= b.begin_at and self._active(b, now) >= self._finished_at(b):
            return "completed"
        if b.control and b.control[0] == "pause":
            return "pausing" if now < b.control[1] + timedelta(seconds=TRANSITION_SECONDS) else "paused"
        if b.control and b.control[0] == "resume" and now < b.control[1] + timedelta(seconds=TRANSITION_SECONDS):
            return "resuming"
        if b.begin_at and now < b.begin_at:
            return "scheduled" if b.scheduled else "started"
        return "processing"

    def _recipient_view(self, b: SimBroadcast, r: SimRecipient, state: str, active: float) -> dict[str, Any]:
        """Status, completion and the attempts visible at `active` seconds."""
        done = [a for a in r.attempts if a.end <= active]
        pending = [a for a in r.attempts if a.end > active]
        if r.invalid:
            status, completed = "invalid", True
        elif not pending:
            status, completed = done[-1].status, True
        elif state in ("canceling", "canceled"):
            status, completed = "canceled", True
        elif state in ("paused", "pausing"):
            status, completed = "paused", False
        else:
            status, completed = "in-progress", False
        return {"status": status, "completed": completed, "done": done, "pending": pending}

    def _views(self, b: SimBroadcast) -> list[tuple[SimRecipient, dict[str, Any]]]:
        state, active = self._state(b), self._active(b, self.clock.now())
        return [(r, self._recipient_view(b, r, state, active)) for r in b.recipients]

    def _recipient_json(self, b: SimBroadcast, r: SimRecipient, view: dict[str, Any] | None = None) -> dict[str, Any]:
        v = view or self._recipient_view(b, r, self._state(b), self._active(b, self.clock.now()))
        done: list[SimAttempt] = v["done"]
        last = done[-1] if done else None
        updated = self._wall(b, last.end) if last else (b.started_at or b.created_at)
        return {
            "recipientId": r.id, "phone": r.phone, "contactId": r.contact_id, "voiceFlow": b.config["voiceFlow"],
            "calls": len(done), "completed": v["completed"], "status": v["status"],
            "input": next((a.input for a in reversed(done) if a.input), None),
            "transferred": any(a.transferred for a in done), "lastUpdatedAt": epoch_ms(updated),
        }

    def _calls_json(self, b: SimBroadcast, r: SimRecipient) -> list[dict[str, Any]]:
        v = self._recipient_view(b, r, self._state(b), self._active(b, self.clock.now()))
        out = []
        for i, a in enumerate(v["done"], 1):
            out.append({"callId": a.call_id, "status": a.status, "reason": a.reason, "attemptOrder": i,
                        "duration": a.duration, "callAt": epoch_ms(self._wall(b, a.offset))})
        if v["pending"] and v["done"]:  # the planned retry, not yet made
            a = v["pending"][0]
            canceled = v["status"] == "canceled"
            out.append({"callId": a.call_id, "status": "canceled" if canceled else "scheduled",
                        "reason": "canceled-by-user" if canceled else "scheduled",
                        "attemptOrder": len(v["done"]) + 1, "duration": 0,
                        "callAt": epoch_ms(self._wall(b, a.offset))})
        return out

    def _metrics(self, b: SimBroadcast) -> dict[str, Any]:
        views = self._views(b)
        count = {s: sum(1 for _, v in views if v["status"] == s)
                 for s in ("delivered", "failed", "canceled", "paused", "invalid", "in-progress")}
        return {
            "total": len(b.recipients) if b.started_at else len(b.phones),
            "completed": sum(1 for _, v in views if v["completed"]),
            "delivered": count["delivered"], "failed": count["failed"], "canceled": count["canceled"],
            "paused": count["paused"], "invalid": count["invalid"], "inProgress": count["in-progress"],
            "transferred": sum(1 for _, v in views if any(a.transferred for a in v["done"])),
            "calls": sum(len(v["done"]) for _, v in views),
        }

    def _input_metrics(self, b: SimBroadcast) -> dict[str, Any]:
        counts = dict.fromkeys(INPUT_KEYS, 0)
        for _, v in self._views(b):
            for a in v["done"]:
                if a.input:
                    counts[{"*": "star", "#": "hash"}.get(a.input, a.input)] += 1
        return {**counts, "total": sum(counts.values())}

    def _broadcast_json(self, b: SimBroadcast) -> dict[str, Any]:
        state = self._state(b)
        views = self._views(b)
        return {
            **b.config, "broadcastId": b.id, "state": state,
            "totalCount": len(b.recipients) if b.started_at else len(b.phones),
            "completedCount": sum(1 for _, v in views if v["completed"]),
            "createdAt": epoch_ms(b.created_at), "modifiedBy": "api",
        }

    def _list_item(self, b: SimBroadcast) -> dict[str, Any]:
        state = self._state(b)
        full = self._broadcast_json(b)
        completed_at = self._wall(b, self._finished_at(b)) if state == "completed" else None
        return {
            "broadcastId": b.id, "name": b.config["name"], "source": b.config["source"], "state": state,
            "startedAt": epoch_ms(b.started_at), "pausedAt": epoch_ms(b.paused_at), "canceledAt": epoch_ms(b.canceled_at),
            "completedAt": epoch_ms(completed_at), "distribution": b.config["distribution"],
            "totalCount": full["totalCount"], "completedCount": full["completedCount"],
            "createdAt": epoch_ms(b.created_at),
        }
