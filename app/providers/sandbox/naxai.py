"""A faithful simulator of Naxai Voice Broadcasts (naxai-voice-broadcast.md): OAuth2 token,
X-Version, validation with `{error: {code, message, details}}`, the broadcast lifecycle over
simulated time, recipients and call attempts, metrics, segments, calendars and rate limits.

Deterministic from `seed`. Special numbers: ending in `0009` always busy, in `0008` never
answered; numbers starting with `0` (no country code) are `invalid`. Calendars postpone the start
of a broadcast to the next open time (not each call). Unconfirmed names follow `names`.
"""

from __future__ import annotations

import json
import math
import random
import re
import secrets
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

import httpx

from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.core import NAXAI_BROADCAST, NAXAI_PHONES, NAXAI_RECIPIENTS, StateSink, json_response
from app.providers.sandbox.faults import FaultPlan
from app.providers.unconfirmed import DEFAULT_NAMES, UnconfirmedNames

if TYPE_CHECKING:
    from app.providers.naxai.client import NaxaiGateway

SANDBOX_CLIENT_ID = "naxai-sandbox-client"
SANDBOX_CLIENT_SECRET = "naxai-sandbox-secret"
SANDBOX_SENDER = "3225550100"
KNOWN_VERSIONS = ("2023-03-25",)
LANGUAGES = ("fr-FR", "fr-BE", "nl-NL", "nl-BE", "en-GB", "de-DE")
KEYS = tuple("0123456789*#")
INPUT_KEYS = tuple("0123456789") + ("star", "hash")
TRANSITION_SECONDS = 3.0  # pausing / resuming / canceling last this long
STARTUP_SECONDS = 5.0  # from start to the first call
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
VERSION_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

SEGMENT_SMALL = "5a1d0b00-0000-4000-8000-000000000003"
SEGMENT_MEDIUM = "5a1d0b00-0000-4000-8000-000000000040"
SEGMENT_LARGE = "5a1d0b00-0000-4000-8000-000000000250"
SEGMENT_BUILDING = "5a1d0b00-0000-4000-8000-0000000000b1"
CALENDAR_OFFICE = "ca1e0da0-0000-4000-8000-000000000001"
CALENDAR_ALWAYS = "ca1e0da0-0000-4000-8000-000000000002"


class ApiError(Exception):
    """An error answer: status, code, message and details (a list of `{field, message}`)."""

    def __init__(self, status: int, code: str, message: str, details: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details, self.headers = status, code, message, details, headers

    def response(self) -> httpx.Response:
        body = {"error": {"code": self.code, "message": self.message, "details": self.details}}
        return json_response(self.status, body, self.headers)


@dataclass
class RateLimit:
    """At most `limit` requests per `window_seconds` of real time (docs: 20/s for these endpoints)."""

    limit: int = 20
    window_seconds: float = 1.0


@dataclass
class _Attempt:
    call_id: str
    offset: float  # active seconds from the first call
    ring: float
    status: str  # delivered | failed
    reason: str
    duration: int
    input: str | None = None
    transferred: bool = False

    @property
    def end(self) -> float:
        return self.offset + self.ring + self.duration


@dataclass
class _Recipient:
    id: str
    phone: str
    contact_id: str | None
    invalid: bool = False
    attempts: list[_Attempt] = field(default_factory=list)


@dataclass
class _Broadcast:
    id: str
    config: dict[str, Any]
    created_at: datetime
    phones: list[tuple[str, str | None]]  # (phone, contactId)
    recipients: list[_Recipient] = field(default_factory=list)
    started_at: datetime | None = None
    begin_at: datetime | None = None
    scheduled: bool = False
    segments: list[list[datetime | None]] = field(default_factory=list)  # active [start, end]
    control: tuple[str, datetime] | None = None  # last pause/resume/cancel and when
    paused_at: datetime | None = None
    canceled_at: datetime | None = None


@dataclass
class _Token:
    client_id: str
    expires_at: datetime
    revoked: bool = False


def _ms(when: datetime | None) -> int | None:
    return None if when is None else int(when.timestamp() * 1000)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class NaxaiSimulator:
    """The Naxai API in memory; `handle(request)` serves any host (token and resource paths)."""

    def __init__(
        self,
        *,
        seed: int = 0,
        clock: SimClock | None = None,
        names: UnconfirmedNames = DEFAULT_NAMES,
        credentials: dict[str, str] | None = None,
        token_ttl: float = 86400.0,
        rate_limit: RateLimit | None = None,
        call_spacing: float = 2.0,
        answer_rate: float = 0.75,
    ) -> None:
        self.clock = clock or SimClock()
        self.names = names
        self.credentials = dict(credentials or {SANDBOX_CLIENT_ID: SANDBOX_CLIENT_SECRET})
        self.token_ttl = token_ttl
        self.rate_limit = rate_limit
        self.call_spacing = call_spacing
        self.answer_rate = answer_rate
        self.seed = seed
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._tokens: dict[str, _Token] = {}
        self.broadcasts: dict[str, _Broadcast] = {}
        self.reject_all_tokens = False  # every API call answers 401 (e.g. a disabled account)
        self.requests: deque[tuple[str, str, dict[str, str]]] = deque(maxlen=2000)  # (method, path, headers)
        self.token_requests = 0
        self._window_start = time.monotonic()
        self._window_count = 0
        self.segments = self._builtin_segments()
        self.calendars = self._builtin_calendars()
        self.persist: StateSink | None = None  # where broadcasts go to outlive the app (the Sandbox account)

    # --- test and Sandbox controls ---------------------------------------------------------------

    def revoke_tokens(self) -> None:
        """Revoke every token issued so far (the next call with one answers 401)."""
        with self._lock:
            for token in self._tokens.values():
                token.revoked = True

    def expire_tokens(self) -> None:
        """Make every issued token expired."""
        with self._lock:
            for token in self._tokens.values():
                token.expires_at = self.clock.now() - timedelta(seconds=1)

    def broadcast_count(self, name: str | None = None) -> int:
        """How many broadcasts exist (with this name)."""
        with self._lock:
            return sum(1 for b in self.broadcasts.values() if name is None or b.config.get("name") == name)

    # --- entry point ---------------------------------------------------------------------------

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """Serve one request (thread-safe: the loopback server calls from its own thread)."""
        with self._lock:
            headers, exceeded = self._rate_headers()
            try:
                if exceeded:
                    raise ApiError(429, "too_many_requests", "Too many requests, slow down.",
                                   headers={**headers, "Retry-After": headers["X-RateLimit-Reset"]})
                response = self._dispatch(request)
            except ApiError as exc:
                if exc.headers is None:
                    exc.headers = headers
                response = exc.response()
            for name, value in headers.items():
                response.headers.setdefault(name, value)
        if self.persist is not None:
            await self.persist.answered()  # a provider answers once the change is stored
        return response

    def _changed(self, b: _Broadcast, *kinds: str, gone: bool = False) -> None:
        """Report `b`'s rows of these kinds as changed (or deleted) to the state sink."""
        if self.persist is not None:
            for kind in kinds:
                self.persist.changed(kind, b.id, None if gone else b)

    def _rate_headers(self) -> tuple[dict[str, str], bool]:
        """X-RateLimit-* headers for this request, and whether it is over the limit."""
        if self.rate_limit is None:
            return {}, False
        now = time.monotonic()
        if now - self._window_start >= self.rate_limit.window_seconds:
            self._window_start, self._window_count = now, 0
        self._window_count += 1
        reset = max(1, math.ceil(self.rate_limit.window_seconds - (now - self._window_start)))
        remaining = self.rate_limit.limit - self._window_count
        headers = {"X-RateLimit-Limit": str(self.rate_limit.limit), "X-RateLimit-Remaining": str(max(remaining, 0)),
                   "X-RateLimit-Reset": str(reset)}
        return headers, remaining < 0

    def _dispatch(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.rstrip("/") or "/"
        method = request.method.upper()
        self.requests.append((method, path, dict(request.headers)))
        if path.endswith("/oauth2/token"):
            if method != "POST":
                raise ApiError(405, "method_not_allowed", "Use POST to get a token.")
            return self._token(request)
        version = request.headers.get("x-version")
        if version is not None and not VERSION_RE.match(version):
            raise ApiError(400, "invalid_version", "X-Version must be a date such as 2023-03-25.",
                           [{"field": "X-Version", "message": "not a YYYY-MM-DD date"}])
        self._authenticate(request)
        query = {k: v[-1] for k, v in parse_qs(request.url.query.decode(), keep_blank_values=True).items()}
        parts = [p for p in path.split("/") if p]
        return self._route(method, parts, query, request)

    def _route(self, method: str, parts: list[str], query: dict[str, str], request: httpx.Request) -> httpx.Response:
        def allow(*methods: str) -> None:
            if method not in methods:
                raise ApiError(405, "method_not_allowed", f"{method} is not allowed here.")

        if parts == ["ping"]:
            allow("GET")
            return json_response(200, {"status": "ok"})
        if parts[:2] == ["voice", "broadcasts"]:
            rest = parts[2:]
            if not rest:
                allow("GET", "POST")
                if method == "POST":
                    return self._create(self._body(request))
                return self._list_broadcasts(query, request)
            b = self._broadcast(rest[0])
            if len(rest) == 1:
                allow("GET", "PUT", "DELETE")
                if method == "GET":
                    return json_response(200, self._broadcast_json(b))
                if method == "PUT":
                    return self._update(b, self._body(request))
                return self._delete(b)
            if len(rest) == 2 and rest[1] in ("start", "pause", "resume", "cancel"):
                allow("POST")
                return self._control(b, rest[1])
            if rest[1:] == ["metrics"]:
                allow("GET")
                return json_response(200, self._metrics(b))
            if rest[1:] == ["metrics", "input"]:
                allow("GET")
                return json_response(200, self._input_metrics(b))
            if rest[1] == "recipients":
                allow("GET")
                if len(rest) == 2:
                    return self._list_recipients(b, query, request)
                r = next((r for r in b.recipients if r.id == rest[2]), None)
                if r is None:
                    raise ApiError(404, "not_found", "No such recipient in this broadcast.")
                if len(rest) == 3:
                    return json_response(200, self._recipient_json(b, r))
                if rest[3:] == ["calls"]:
                    return json_response(200, self._calls_json(b, r))
        if parts[:2] == ["people", "segments"]:
            allow("GET")
            if len(parts) == 2:
                return self._list_segments(query)
            seg = self.segments.get(parts[2])
            if seg is None:
                raise ApiError(404, "not_found", "No such segment.")
            if len(parts) == 3:
                return json_response(200, self._segment_json(seg))
            if parts[3:] == ["countContacts"]:
                return json_response(200, {"count": len(self._segment_phones(seg["id"], include_unsubscribed=True))})
            if parts[3:] == ["usage"]:
                ids = [b.id for b in self.broadcasts.values() if b.config.get("segmentIds") == [seg["id"]]]
                return json_response(200, {"campaignIds": [], "broadcastIds": ids})
        if parts[:1] == ["calendars"]:
            allow("GET")
            if len(parts) == 1:
                return json_response(200, list(self.calendars.values()))
            cal = self.calendars.get(parts[1])
            if cal is None:
                raise ApiError(404, "not_found", "No such calendar.")
            if len(parts) == 2:
                return json_response(200, cal)
            if parts[2:] == ["check"]:
                return self._check(cal, query)
        raise ApiError(404, "not_found", "No such resource.")

    # --- auth -----------------------------------------------------------------------------------

    def _token(self, request: httpx.Request) -> httpx.Response:
        self.token_requests += 1
        ctype = request.headers.get("content-type", "")
        if "application/x-www-form-urlencoded" not in ctype:
            raise ApiError(400, "invalid_request", "Send the credentials as a form (application/x-www-form-urlencoded).")
        form = {k: v[-1] for k, v in parse_qs(request.content.decode(), keep_blank_values=True).items()}
        missing = [{"field": f, "message": "required"} for f in ("client_id", "client_secret", "grant_type") if not form.get(f)]
        if missing:
            raise ApiError(400, "invalid_request", "Missing credentials.", missing)
        if form["grant_type"] != "client_credentials":
            raise ApiError(400, "unsupported_grant_type", "grant_type must be client_credentials.",
                           [{"field": "grant_type", "message": "must be client_credentials"}])
        if self.credentials.get(form["client_id"]) != form["client_secret"]:
            raise ApiError(401, "invalid_client", "Unknown client id or wrong secret.")
        value = secrets.token_urlsafe(24)
        self._tokens[value] = _Token(form["client_id"], self.clock.now() + timedelta(seconds=self.token_ttl))
        return json_response(200, {"access_token": value, "expires_in": int(self.token_ttl), "token_type": "Bearer"})

    def _authenticate(self, request: httpx.Request) -> None:
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer "):
            raise ApiError(401, "unauthorized", "Missing bearer token.")
        token = self._tokens.get(header[7:].strip())
        if token is None or self.reject_all_tokens:
            raise ApiError(401, "invalid_token", "The access token is not valid.")
        if token.revoked:
            raise ApiError(401, "token_revoked", "The access token was revoked.")
        if token.expires_at <= self.clock.now():
            raise ApiError(401, "token_expired", "The access token has expired.")

    # --- request bodies -------------------------------------------------------------------------

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
            if not _is_int(sched) or sched < 0:
                bad("scheduledAt", "null or a unix time (integer)")
            else:
                when = self._from_unix(sched)
                if when is None or when > self.clock.now() + timedelta(days=366):
                    bad("scheduledAt", f"not a unix time in {n.naxai_scheduled_at_unit} within a year")
        retries = cfg.setdefault("retries", 0)
        if not _is_int(retries) or not 0 <= retries <= 3:
            bad("retries", "an integer from 0 to 3")
        for flag in ("retryOnNoInput", "retryOnFailed"):
            if not isinstance(cfg.setdefault(flag, False), bool):
                bad(flag, "a boolean")
        delays = body.get("retryDelays")
        if not isinstance(delays, list) or len(delays) > 3:
            bad("retryDelays", "required, a list of 0 to 3 integers (minutes)")
        else:
            if _is_int(retries) and len(delays) != retries:
                bad("retryDelays", "must have as many items as retries")
            for i, d in enumerate(delays):
                if not _is_int(d) or not 0 <= d <= 4320:
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
        if "replay" in obj and (not _is_int(obj["replay"]) or obj["replay"] < 0):
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
        if not _is_int(t.get("attempts", 1)) or not 1 <= t.get("attempts", 1) <= 3:
            bad(f"{where}.attempts", "an integer from 1 to 3")
        if not _is_int(t.get("timeout", 15)) or not 5 <= t.get("timeout", 15) <= 30:
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

    # --- broadcasts -----------------------------------------------------------------------------

    def _new_id(self) -> str:
        while True:  # never an id of a broadcast remembered from an earlier run
            value = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
            if value not in self.broadcasts:
                return value

    def _broadcast(self, broadcast_id: str) -> _Broadcast:
        b = self.broadcasts.get(broadcast_id)
        if b is None:
            raise ApiError(404, "not_found", "No such broadcast.")
        return b

    def _create(self, body: Any) -> httpx.Response:
        cfg, phones = self._validate(body)
        b = _Broadcast(id=self._new_id(), config=cfg, created_at=self.clock.now(), phones=phones)
        self.broadcasts[b.id] = b
        self._changed(b, NAXAI_BROADCAST, NAXAI_PHONES)
        return json_response(201, self._broadcast_json(b))

    def _update(self, b: _Broadcast, body: Any) -> httpx.Response:
        if self._state(b) != "draft":
            raise ApiError(422, "invalid_state", "Only a draft broadcast can be changed.")
        b.config, b.phones = self._validate(body)
        self._changed(b, NAXAI_BROADCAST, NAXAI_PHONES)
        return json_response(200, self._broadcast_json(b))

    def _delete(self, b: _Broadcast) -> httpx.Response:
        if self._state(b) not in ("draft", "completed", "canceled"):
            raise ApiError(422, "invalid_state", "Cancel the broadcast before deleting it.")
        del self.broadcasts[b.id]
        self._changed(b, NAXAI_BROADCAST, NAXAI_PHONES, NAXAI_RECIPIENTS, gone=True)
        return httpx.Response(204)

    def _control(self, b: _Broadcast, action: str) -> httpx.Response:
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
    def _close_segment(b: _Broadcast, now: datetime) -> None:
        if b.segments and b.segments[-1][1] is None:
            start = b.segments[-1][0]
            b.segments[-1][1] = max(now, start)  # type: ignore[type-var]

    def _start(self, b: _Broadcast, now: datetime) -> None:
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

    def _plan(self, b: _Broadcast) -> list[_Recipient]:
        """Decide every call attempt now, from the seed, so progress is deterministic."""
        cfg = b.config
        flow = cfg["voiceFlow"]
        menu = flow.get("menu")
        retries, delays = cfg["retries"], cfg["retryDelays"]
        out: list[_Recipient] = []
        for i, (phone, contact) in enumerate(b.phones):
            rng = random.Random(f"{self.seed}:{b.id}:{phone}")
            r = _Recipient(id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), phone=phone, contact_id=contact)
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
                 menu: dict[str, Any] | None) -> _Attempt:
        call_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        ring = float(rng.randint(5, 25))
        roll = rng.random()
        if phone.endswith("0009"):
            return _Attempt(call_id, offset, ring, "failed", "busy", 0)
        if phone.endswith("0008") or roll >= self.answer_rate:
            reason = rng.choice(["no-answer", "no-answer", "busy", "rejected", "canceled-by-contact"])
            return _Attempt(call_id, offset, ring, "failed", reason, 0)
        if flow.get("machineDetection") and rng.random() < 0.15:
            if "voicemail" in flow:
                return _Attempt(call_id, offset, ring, "delivered", "voicemail", rng.randint(10, 30))
            return _Attempt(call_id, offset, ring, "failed", "voicemail", 0)
        a = _Attempt(call_id, offset, ring, "delivered", "success", rng.randint(15, 90))
        if menu is not None and rng.random() < 0.7:
            choice = rng.choice(menu["choices"])
            a.input = choice["key"]
            a.transferred = "transfer" in choice
            if a.transferred:
                a.duration += rng.randint(20, 120)
        return a

    # --- simulated progress ---------------------------------------------------------------------

    def _active(self, b: _Broadcast, now: datetime) -> float:
        total = 0.0
        for start, end in b.segments:
            stop = min(end or now, now)
            if stop > start:  # type: ignore[operator]
                total += (stop - start).total_seconds()  # type: ignore[operator]
        return total

    def _wall(self, b: _Broadcast, offset: float) -> datetime | None:
        acc = 0.0
        for start, end in b.segments:
            length = math.inf if end is None else (end - start).total_seconds()  # type: ignore[operator]
            if offset <= acc + length:
                return start + timedelta(seconds=offset - acc)  # type: ignore[operator]
            acc += length
        return None

    def _finished_at(self, b: _Broadcast) -> float:
        ends = [a.end for r in b.recipients for a in r.attempts]
        return max(ends, default=0.0)

    def _state(self, b: _Broadcast) -> str:
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

    def _recipient_view(self, b: _Broadcast, r: _Recipient, state: str, active: float) -> dict[str, Any]:
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

    def _views(self, b: _Broadcast) -> list[tuple[_Recipient, dict[str, Any]]]:
        state, active = self._state(b), self._active(b, self.clock.now())
        return [(r, self._recipient_view(b, r, state, active)) for r in b.recipients]

    def _recipient_json(self, b: _Broadcast, r: _Recipient, view: dict[str, Any] | None = None) -> dict[str, Any]:
        v = view or self._recipient_view(b, r, self._state(b), self._active(b, self.clock.now()))
        done: list[_Attempt] = v["done"]
        last = done[-1] if done else None
        updated = self._wall(b, last.end) if last else (b.started_at or b.created_at)
        return {
            "recipientId": r.id, "phone": r.phone, "contactId": r.contact_id, "voiceFlow": b.config["voiceFlow"],
            "calls": len(done), "completed": v["completed"], "status": v["status"],
            "input": next((a.input for a in reversed(done) if a.input), None),
            "transferred": any(a.transferred for a in done), "lastUpdatedAt": _ms(updated),
        }

    def _calls_json(self, b: _Broadcast, r: _Recipient) -> list[dict[str, Any]]:
        v = self._recipient_view(b, r, self._state(b), self._active(b, self.clock.now()))
        out = []
        for i, a in enumerate(v["done"], 1):
            out.append({"callId": a.call_id, "status": a.status, "reason": a.reason, "attemptOrder": i,
                        "duration": a.duration, "callAt": _ms(self._wall(b, a.offset))})
        if v["pending"] and v["done"]:  # the planned retry, not yet made
            a = v["pending"][0]
            canceled = v["status"] == "canceled"
            out.append({"callId": a.call_id, "status": "canceled" if canceled else "scheduled",
                        "reason": "canceled-by-user" if canceled else "scheduled",
                        "attemptOrder": len(v["done"]) + 1, "duration": 0,
                        "callAt": _ms(self._wall(b, a.offset))})
        return out

    def _metrics(self, b: _Broadcast) -> dict[str, Any]:
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

    def _input_metrics(self, b: _Broadcast) -> dict[str, Any]:
        counts = dict.fromkeys(INPUT_KEYS, 0)
        for _, v in self._views(b):
            for a in v["done"]:
                if a.input:
                    counts[{"*": "star", "#": "hash"}.get(a.input, a.input)] += 1
        return {**counts, "total": sum(counts.values())}

    def _broadcast_json(self, b: _Broadcast) -> dict[str, Any]:
        state = self._state(b)
        views = self._views(b)
        return {
            **b.config, "broadcastId": b.id, "state": state,
            "totalCount": len(b.recipients) if b.started_at else len(b.phones),
            "completedCount": sum(1 for _, v in views if v["completed"]),
            "createdAt": _ms(b.created_at), "modifiedBy": "api",
        }

    def _list_item(self, b: _Broadcast) -> dict[str, Any]:
        state = self._state(b)
        full = self._broadcast_json(b)
        completed_at = self._wall(b, self._finished_at(b)) if state == "completed" else None
        return {
            "broadcastId": b.id, "name": b.config["name"], "source": b.config["source"], "state": state,
            "startedAt": _ms(b.started_at), "pausedAt": _ms(b.paused_at), "canceledAt": _ms(b.canceled_at),
            "completedAt": _ms(completed_at), "distribution": b.config["distribution"],
            "totalCount": full["totalCount"], "completedCount": full["completedCount"],
            "createdAt": _ms(b.created_at),
        }

    # --- lists and pagination -------------------------------------------------------------------

    @staticmethod
    def _paging(query: dict[str, str], size_names: tuple[str, ...] = ("pageSize",)) -> tuple[int, int]:
        try:
            page = int(query.get("page", "1"))
            size_raw = next((query[k] for k in size_names if k in query), "25")
            size = int(size_raw)
        except ValueError as exc:
            raise ApiError(400, "validation_error", "page and pageSize must be integers.",
                           [{"field": "page", "message": "an integer"}]) from exc
        if page < 1:
            raise ApiError(400, "validation_error", "page must be 1 or more.", [{"field": "page", "message": ">= 1"}])
        if not 1 <= size <= 100:
            raise ApiError(400, "validation_error", "pageSize must be from 1 to 100.",
                           [{"field": "pageSize", "message": "1..100"}])
        return page, size

    @staticmethod
    def _page(items: list[Any], page: int, size: int, request: httpx.Request) -> dict[str, Any]:
        total = len(items)
        chunk = items[(page - 1) * size: page * size]
        pages = max(1, math.ceil(total / size))

        def link(p: int) -> str:
            return str(request.url.copy_merge_params({}).copy_set_param("page", p))

        remaining = max(0, total - (page - 1) * size - len(chunk))
        return {"items": chunk, "pagination": {
            "page": page, "pageSize": size, "totalRecord": total, "returnedRecord": len(chunk),
            "remainingRecord": remaining, "totalPage": pages, "first": link(1),
            "next": link(page + 1) if remaining else None, "last": link(pages),
            "previous": link(page - 1) if page > 1 else None}}

    def _list_broadcasts(self, query: dict[str, str], request: httpx.Request) -> httpx.Response:
        page, size = self._paging(query)
        items = [self._list_item(b) for b in sorted(self.broadcasts.values(), key=lambda b: b.created_at)]
        return json_response(200, self._page(items, page, size, request))

    def _list_recipients(self, b: _Broadcast, query: dict[str, str], request: httpx.Request) -> httpx.Response:
        page, size = self._paging(query, ("pageSize", "pagesize", "page_size"))
        items = []
        for r, v in self._views(b):
            item = self._recipient_json(b, r, v)
            if query.get("phone") and item["phone"] != query["phone"]:
                continue
            if query.get("completed") in ("true", "false") and item["completed"] != (query["completed"] == "true"):
                continue
            if query.get("status") and item["status"] != query["status"]:
                continue
            items.append(item)
        return json_response(200, self._page(items, page, size, request))

    # --- segments -------------------------------------------------------------------------------

    @staticmethod
    def _builtin_segments() -> dict[str, dict[str, Any]]:
        def seg(sid: str, name: str, typ: str, state: str = "ready", desc: str = "") -> dict[str, Any]:
            return {"id": sid, "name": name, "description": desc, "state": state, "predefined": False,
                    "condition": None if typ == "manual" else {"all": [{"attribute": "city", "operator": "eq",
                                                                        "value": "Brussels"}]},
                    "modifiedBy": "sandbox", "modifiedAt": 1767225600000, "type": typ}

        return {s["id"]: s for s in (
            seg(SEGMENT_SMALL, "Sandbox - 3 contacts", "manual", desc="Three test contacts"),
            seg(SEGMENT_MEDIUM, "Sandbox - 40 contacts", "dynamic", desc="Every 10th contact is unsubscribed"),
            seg(SEGMENT_LARGE, "Sandbox - 250 contacts", "dynamic", desc="Includes 2 invalid numbers"),
            seg(SEGMENT_BUILDING, "Sandbox - still building", "dynamic", state="building"),
        )}

    def _segment_phones(self, segment_id: str, *, include_unsubscribed: bool) -> list[tuple[str, str | None]]:
        size = {SEGMENT_SMALL: 3, SEGMENT_MEDIUM: 40, SEGMENT_LARGE: 250, SEGMENT_BUILDING: 10}[segment_id]
        tag = segment_id[-3:]
        out = []
        for i in range(size):
            if not include_unsubscribed and i % 10 == 9:
                continue
            phone = f"0470{tag}{i:04d}" if segment_id == SEGMENT_LARGE and i in (17, 171) else f"32470{tag}{i:04d}"
            out.append((phone, f"contact-{tag}-{i:04d}"))
        return out

    def _segment_json(self, seg: dict[str, Any]) -> dict[str, Any]:
        return dict(seg)

    def _list_segments(self, query: dict[str, str]) -> httpx.Response:
        typ = query.get("type")
        if typ is not None and typ not in ("manual", "dynamic"):
            raise ApiError(400, "validation_error", "type must be manual or dynamic.",
                           [{"field": "type", "message": "manual | dynamic"}])
        exclude = query.get("exclude-predefined")
        if exclude is not None and exclude not in ("true", "false"):
            raise ApiError(400, "validation_error", "exclude-predefined must be true or false.",
                           [{"field": "exclude-predefined", "message": "true | false"}])
        items = [s for s in self.segments.values() if typ is None or s["type"] == typ]
        if exclude == "true":
            items = [s for s in items if not s["predefined"]]
        return json_response(200, items)

    # --- calendars ------------------------------------------------------------------------------

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
        return json_response(200, {"match": nxt == when, "next": _ms(nxt)})


def naxai_sandbox_gateway(
    *, speed: float = 60.0, seed: int = 0, names: UnconfirmedNames = DEFAULT_NAMES, faults: FaultPlan | None = None,
    rate_limit: RateLimit | None = RateLimit(), simulator: NaxaiSimulator | None = None,
) -> NaxaiGateway:
    """The built-in Sandbox account: a NaxaiGateway served in-process by a simulator (`speed`x time).

    Rate-limited like the real service (20 requests/s) unless `rate_limit=None`."""
    from app.providers.naxai.client import naxai_gateway  # late: the client does not depend on the Sandbox
    from app.providers.sandbox.transport import SandboxTransport

    sim = simulator or NaxaiSimulator(seed=seed, clock=SimClock(speed=speed), names=names, rate_limit=rate_limit)
    return naxai_gateway(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, names=names,
                         transport=SandboxTransport(sim, faults))
