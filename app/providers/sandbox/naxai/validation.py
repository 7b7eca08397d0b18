"""Validation of Naxai broadcast bodies (create and update): 400 with field details, 422 for
well-formed references to segments or calendars that are unknown or not ready."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from app.providers.sandbox.naxai.calendars import Calendars
from app.providers.sandbox.naxai.constants import INPUT_KEYS, KEYS, LANGUAGES, UUID_RE
from app.providers.sandbox.naxai.errors import ApiError
from app.providers.sandbox.naxai.model import is_int
from app.providers.sandbox.naxai.segments import Segments


class BroadcastValidation(Segments, Calendars):
    """Checks a broadcast body field by field, as the real API does, and fills in its defaults."""

    @staticmethod
    def _body(request: httpx.Request) -> Any:
        if "application/json" not in request.headers.get("content-type", ""):
            raise ApiError(400, "invalid_request", "Send a JSON body (Content-Type: application/json).")
        try:
            return json.loads(request.content or b"null")
        except ValueError as exc:
            raise ApiError(400, "invalid_json", "The body is not valid JSON.") from exc

    def _validate(self, body: Any) -> tuple[dict[str, Any], list[tuple[str, str | None]]]:
        """Check a create/update body field by field (400 with details); returns it with defaults."""
        if not isinstance(body, dict):
            raise ApiError(400, "validation_error", "The body must be a JSON object.")
        n = self.names
        problems: list[dict[str, str]] = []

        def bad(name: str, message: str) -> None:
            problems.append({"field": name, "message": message})

        known = {"name", n.naxai_type_field, "from", "source", "segmentIds", n.naxai_unsubscribed_field, "file",
                 "scheduledAt", "retries", "retryOnNoInput", "retryOnFailed", "retryDelays", "calendarId",
                 "distribution", "dynamicName", "actions", "language", "voice", "voiceFlow"}
        for key in body:
            if key not in known:
                bad(key, "unknown field")
        cfg = dict(body)
        if not isinstance(body.get("name"), str) or not body["name"].strip():
            bad("name", "required, a non-empty string")
        elif len(body["name"]) > 255:
            bad("name", "at most 255 characters")
        cfg.setdefault(n.naxai_type_field, n.naxai_type_default)
        if cfg[n.naxai_type_field] != n.naxai_type_default:
            bad(n.naxai_type_field, f"must be one of: {n.naxai_type_default}")
        sender = body.get("from")
        if not isinstance(sender, str) or not 8 <= len(sender) <= 15 or not sender.isdigit():
            bad("from", "required, 8 to 15 digits (E.164 without '+')")
        source = cfg.setdefault("source", "people")
        phones: list[tuple[str, str | None]] = []
        if source == "people":
            ids = body.get("segmentIds")
            if not isinstance(ids, list) or len(ids) != 1 or not isinstance(ids[0], str) or not UUID_RE.match(ids[0]):
                bad("segmentIds", "exactly one segment id (UUID) when source is people")
            if not isinstance(body.get(n.naxai_unsubscribed_field), bool):
                bad(n.naxai_unsubscribed_field, "required boolean when source is people")
            if "file" in body:
                bad("file", "not allowed when source is people")
        elif source == "file":
            f = body.get("file")
            numbers = f.get(n.naxai_file_numbers_field) if isinstance(f, dict) else None
            if not isinstance(f, dict):
                bad("file", "required object when source is file")
            elif set(f) - {n.naxai_file_numbers_field}:
                bad("file", f"unknown field(s): {', '.join(sorted(set(f) - {n.naxai_file_numbers_field}))}")
            if isinstance(f, dict):
                key = f"file.{n.naxai_file_numbers_field}"
                if not isinstance(numbers, list) or not numbers:
                    bad(key, "a non-empty list of phone numbers")
                elif len(numbers) > 100000:
                    bad(key, "at most 100000 numbers")
                else:
                    for i, num in enumerate(numbers):
                        if not isinstance(num, str) or not num.isdigit() or not 8 <= len(num) <= 15:
                            bad(f"{key}[{i}]", "8 to 15 digits (E.164 without '+')")
                    phones = [(p, None) for p in dict.fromkeys(x for x in numbers if isinstance(x, str))]
            if "segmentIds" in body:
                bad("segmentIds", "not allowed when source is file")
        else:
            bad("source", "must be one of: people, file")
        sched = cfg.setdefault("scheduledAt", None)
        if sched is not None:
            if not is_int(sched) or sched < 0:
                bad("scheduledAt", "null or a unix time (integer)")
            else:
                when = self._from_unix(sched)
                if when is None or when > self.clock.now() + timedelta(days=366):
                    bad("scheduledAt", f"not a unix time in {n.naxai_scheduled_at_unit} within a year")
        retries = cfg.setdefault("retries", 0)
        if not is_int(retries) or not 0 <= retries <= 3:
            bad("retries", "an integer from 0 to 3")
        for flag in ("retryOnNoInput", "retryOnFailed"):
            if not isinstance(cfg.setdefault(flag, False), bool):
                bad(flag, "a boolean")
        delays = body.get("retryDelays")
        if not isinstance(delays, list) or len(delays) > 3:
            bad("retryDelays", "required, a list of 0 to 3 integers (minutes)")
        else:
            if is_int(retries) and len(delays) != retries:
                bad("retryDelays", "must have as many items as retries")
            for i, d in enumerate(delays):
                if not is_int(d) or not 0 <= d <= 4320:
                    bad(f"retryDelays[{i}]", "an integer from 0 to 4320 minutes")
        cal = body.get("calendarId")
        if cal is not None and (not isinstance(cal, str) or not UUID_RE.match(cal)):
            bad("calendarId", "a calendar id (UUID)")
        dist = cfg.setdefault("distribution", "none")
        if dist not in ("none", "dynamic"):
            bad("distribution", "must be one of: none, dynamic")
        dyn = body.get("dynamicName")
        if dist == "dynamic" and (not isinstance(dyn, str) or not 3 <= len(dyn) <= 20):
            bad("dynamicName", "required, 3 to 20 characters, when distribution is dynamic")
        elif dyn is not None and not isinstance(dyn, str):
            bad("dynamicName", "a string")
        if cfg.setdefault("language", "fr-BE") not in LANGUAGES:
            bad("language", f"must be one of: {', '.join(LANGUAGES)}")
        if cfg.setdefault("voice", "woman") not in ("woman", "man"):
            bad("voice", "must be one of: woman, man")
        if "actions" in body:
            self._check_actions(body["actions"], bad)
        self._check_flow(body.get("voiceFlow"), bad)
        if problems:
            raise ApiError(400, "validation_error", f"Invalid request: {problems[0]['field']} {problems[0]['message']}.",
                           problems)
        # References that are well-formed but unknown or unusable: 422.
        if source == "people":
            seg = self.segments.get(body["segmentIds"][0])
            if seg is None:
                raise ApiError(422, "segment_not_found", "The segment does not exist.",
                               [{"field": "segmentIds[0]", "message": "unknown segment"}])
            if seg["state"] != "ready":
                raise ApiError(422, "segment_not_ready", "The segment is still building; try again later.",
                               [{"field": "segmentIds[0]", "message": "segment is building"}])
            phones = self._segment_phones(seg["id"], include_unsubscribed=body[n.naxai_unsubscribed_field])
        if cal is not None and cal not in self.calendars:
            raise ApiError(422, "calendar_not_found", "The calendar does not exist.",
                           [{"field": "calendarId", "message": "unknown calendar"}])
        return cfg, phones

    def _check_part(self, obj: Any, where: str, bad: Any, *, extra: tuple[str, ...] = (), required: bool = True) -> None:
        if not isinstance(obj, dict):
            bad(where, "an object")
            return
        for key in obj:
            if key not in ("say", "prompt", *extra):
                bad(f"{where}.{key}", "unknown field")
        for key in ("say", "prompt"):
            if key in obj and (not isinstance(obj[key], str) or not obj[key].strip()):
                bad(f"{where}.{key}", "a non-empty string")
        if "say" in obj and "prompt" in obj:
            bad(where, "give either say or prompt, not both")
        elif required and "say" not in obj and "prompt" not in obj:
            bad(where, "say or prompt is required")
        if "replay" in obj and (not is_int(obj["replay"]) or obj["replay"] < 0):
            bad(f"{where}.replay", "an integer >= 0")

    def _check_flow(self, flow: Any, bad: Any) -> None:
        if not isinstance(flow, dict):
            bad("voiceFlow", "required object")
            return
        for key in flow:
            if key not in ("machineDetection", "voicemail", "welcome", "menu", "end"):
                bad(f"voiceFlow.{key}", "unknown field")
        if not isinstance(flow.get("machineDetection", False), bool):
            bad("voiceFlow.machineDetection", "a boolean")
        if "welcome" not in flow:
            bad("voiceFlow.welcome", "required")
        else:
            self._check_part(flow["welcome"], "voiceFlow.welcome", bad, extra=("replay",))
        for key in ("voicemail", "end"):
            if key in flow:
                self._check_part(flow[key], f"voiceFlow.{key}", bad)
        menu = flow.get("menu")
        if menu is None:
            return
        self._check_part(menu, "voiceFlow.menu", bad, extra=("replay", "choices"))
        choices = menu.get("choices") if isinstance(menu, dict) else None
        if not isinstance(choices, list) or not choices:
            bad("voiceFlow.menu.choices", "required, at least one choice")
            return
        seen: set[Any] = set()
        for i, ch in enumerate(choices):
            where = f"voiceFlow.menu.choices[{i}]"
            if not isinstance(ch, dict):
                bad(where, "an object")
                continue
            self._check_part(ch, where, bad, extra=("key", "replay", "transfer"), required="transfer" not in ch)
            if ch.get("key") not in KEYS:
                bad(f"{where}.key", "one of 0-9, *, #")
            elif ch["key"] in seen:
                bad(f"{where}.key", "used twice")
            seen.add(ch.get("key"))
            if "transfer" in ch:
                self._check_transfer(ch["transfer"], f"{where}.transfer", bad)

    def _check_transfer(self, t: Any, where: str, bad: Any) -> None:
        if not isinstance(t, dict):
            bad(where, "an object")
            return
        for key in t:
            if key not in ("destination", "attempts", "timeout", "whisper"):
                bad(f"{where}.{key}", "unknown field")
        dest = t.get("destination")
        if not isinstance(dest, str) or not dest.isdigit() or not 8 <= len(dest) <= 15:
            bad(f"{where}.destination", "required, 8 to 15 digits")
        if not is_int(t.get("attempts", 1)) or not 1 <= t.get("attempts", 1) <= 3:
            bad(f"{where}.attempts", "an integer from 1 to 3")
        if not is_int(t.get("timeout", 15)) or not 5 <= t.get("timeout", 15) <= 30:
            bad(f"{where}.timeout", "an integer from 5 to 30 seconds")
        if "whisper" in t:
            self._check_part(t["whisper"], f"{where}.whisper", bad)

    def _check_actions(self, actions: Any, bad: Any) -> None:
        status_key = self.names.naxai_actions_status_key
        if not isinstance(actions, dict):
            bad("actions", "an object")
            return
        for key in actions:
            if key not in (status_key, "inputs"):
                bad(f"actions.{key}", "unknown field")
        groups = [(status_key, ("delivered", "failed")), ("inputs", INPUT_KEYS)]
        for group, keys in groups:
            part = actions.get(group)
            if part is None:
                continue
            if not isinstance(part, dict):
                bad(f"actions.{group}", "an object")
                continue
            for key, leaf in part.items():
                where = f"actions.{group}.{key}"
                if key not in keys:
                    bad(where, f"key must be one of: {', '.join(keys)}")
                elif isinstance(leaf, list):
                    for j, item in enumerate(leaf):
                        ok = (isinstance(item, dict) and set(item) == {"attribute", "value"}
                              and isinstance(item["attribute"], str) and item["attribute"]
                              and isinstance(item["value"], (str, int, bool)))
                        if not ok:
                            bad(f"{where}[{j}]", "an {attribute, value} update")
                elif isinstance(leaf, dict) and set(leaf) == {"sms"} and isinstance(leaf["sms"], dict):
                    sms = leaf["sms"]
                    if set(sms) != {"message", "senderServiceId"} or not all(
                            isinstance(v, str) and v for v in sms.values()):
                        bad(f"{where}.sms", "needs message and senderServiceId")
                else:
                    bad(where, "a list of attribute updates or an {sms} object")

    def _from_unix(self, value: int) -> datetime | None:
        seconds = value / 1000 if self.names.naxai_scheduled_at_unit.startswith("milli") else value
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
