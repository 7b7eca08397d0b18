"""The Naxai simulator's built-in calendars, their next open time and the calendar check endpoint."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from app.providers.sandbox.core import json_response
from app.providers.sandbox.naxai.base import NaxaiBase
from app.providers.sandbox.naxai.constants import CALENDAR_ALWAYS, CALENDAR_OFFICE
from app.providers.sandbox.naxai.errors import ApiError
from app.providers.sandbox.naxai.model import epoch_ms


class Calendars(NaxaiBase):
    """Office hours and always open; a calendar postpones the start of a broadcast to its next open time."""

    @staticmethod
    def _builtin_calendars() -> dict[str, dict[str, Any]]:
        def day(d: int, is_open: bool, start: str = "09:00", stop: str = "17:00") -> dict[str, Any]:
            return {"day": d, "open": is_open, "start": start, "stop": stop, "extended": False,
                    "extensionStart": None, "extensionStop": None}

        office = {"id": CALENDAR_OFFICE, "name": "Office hours", "timezone": "Europe/Brussels",
                  "schedule": [day(d, d <= 5) for d in range(1, 8)],
                  "exclusions": ["2026-12-25", "2027-01-01", "2027-04-05", "2027-05-01"]}
        always = {"id": CALENDAR_ALWAYS, "name": "Always open", "timezone": "Europe/Brussels",
                  "schedule": [day(d, True, "00:00", "23:59") for d in range(1, 8)], "exclusions": []}
        return {CALENDAR_OFFICE: office, CALENDAR_ALWAYS: always}

    @staticmethod
    def _next_open(cal: dict[str, Any], when: datetime) -> datetime | None:
        """`when` itself if the calendar is open then, else the start of the next open window."""
        tz = ZoneInfo(cal.get("timezone") or "Europe/Brussels")
        local = when.astimezone(tz)
        days = {d["day"]: d for d in cal["schedule"]}
        for offset in range(0, 60):
            date = (local + timedelta(days=offset)).date()
            spec = days.get(date.isoweekday())
            if spec is None or not spec["open"] or date.isoformat() in cal["exclusions"]:
                continue
            h1, m1 = map(int, spec["start"].split(":"))
            h2, m2 = map(int, spec["stop"].split(":"))
            start = datetime(date.year, date.month, date.day, h1, m1, tzinfo=tz)
            stop = datetime(date.year, date.month, date.day, h2, m2, tzinfo=tz)
            if local < start:
                return start.astimezone(UTC)
            if local < stop:
                return when
        return None

    def _check(self, cal: dict[str, Any], query: dict[str, str]) -> httpx.Response:
        raw = query.get("timestamp")
        if raw is None:
            when = self.clock.now()
        else:
            try:
                value = int(raw)
            except ValueError as exc:
                raise ApiError(400, "validation_error", "timestamp must be a unix time in milliseconds.",
                               [{"field": "timestamp", "message": "an integer"}]) from exc
            when = datetime.fromtimestamp(value / 1000 if value > 10**11 else value, UTC)
        nxt = self._next_open(cal, when)
        return json_response(200, {"match": nxt == when, "next": epoch_ms(nxt)})
