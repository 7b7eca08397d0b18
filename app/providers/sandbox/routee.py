"""A faithful simulator of Routee's token server and Voice API (../shared/api/routee-voice.md).

It serves `/oauth/token` and the `/voice/...` resources on any host, so one simulator works behind
one SandboxTransport or one LoopbackServer port. Campaign progress is a deterministic timeline
(from `seed`) read against a SimClock, so no background task is needed.

Choices where the document is UNCONFIRMED (kept here, in one place):
- error codes with no documented value use the generic module: 400000000 (bad field),
  403000000 (scope), 404000000 (path), 429000000 (rate limit); voice module 013 is never used;
- a message tracking that does not exist answers 404005000 (the SMS tracking code);
- unknown body fields, and `fileURL` together with `message`, are rejected with 400;
- any invalid number in `to` rejects the whole campaign (400005000 with `properties.to`);
- a deleted campaign disappears (404009001 afterwards) and its name stays taken;
- message trackings exist from creation (status `Queued`), scheduled campaigns included;
- `Sent` is reported once every message has a final status; `collectedTones` is a string;
- a past `scheduledDate` sends at once; `POST /voice/tracking` accepts an array or one filter.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import random
import re
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import phonenumbers

from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.core import ROUTEE_ACCOUNT, ROUTEE_CAMPAIGN, StateSink, json_response
from app.providers.sandbox.faults import FaultPlan
from app.providers.sandbox.transport import SandboxTransport

SANDBOX_APP_ID = "sandbox-routee"
SANDBOX_SECRET = "sandbox-secret"
SANDBOX_APP_NAME = "VoiceDesk Sandbox"

ALL_SCOPES = ("voice", "lookup", "virtual_number", "contact", "report", "sms", "account")
LANGUAGES = frozenset({"en-US", "de-DE", "fr-FR", "it-IT", "pt-BR", "es-ES", "es-LA", "en-GB",
                       "el-GR", "bg-BG", "pl-PL", "hu-HU", "sv-SE", "ru-RU"})
STATUSES = ("Queued", "Initiated", "Ringing", "InProgress", "Completed", "Busy", "NoAnswer",
            "Failed", "Unknown", "Unsent", "Terminated")
FINAL = frozenset({"Completed", "Busy", "NoAnswer", "Failed", "Unknown", "Unsent", "Terminated"})
CAMPAIGN_FIELDS = frozenset({"from", "to", "contacts", "groups", "name", "fileURL", "message",
                             "respectQuietHours", "ignoreDnd", "scheduledDate", "hangupDelay",
                             "callback", "campaignCallback", "collectDtmfDigits",
                             "collectDtmfAwaitSeconds"})
ANALYSIS_FIELDS = frozenset({"from", "to", "contacts", "groups", "fileURL", "message"})
FILTER_FIELDS = frozenset({"id", "recipient", "from", "collectedTones", "groups", "country",
                           "status.status", "campaign"})
OPERATORS = frozenset({"is", "is_not", "contains", "starts_with", "ends_with"})
NAME_RE = re.compile(r"^[A-Za-z0-9 \-]{2,30}$")
SENDER_RE = re.compile(r"^\+?[A-Za-z0-9]{1,16}$")
MAX_PER_KIND = 1000
MAX_PAGE_SIZE = 2000

# Error codes (§7.3); the generic ones are UNCONFIRMED, see the module docstring.
BAD_FIELD = "400000000"
NO_RECIPIENTS_OR_SENDER = "400005000"
NO_BALANCE = "400001009"
CAMPAIGN_NOT_FOUND = "404009001"
NOT_SCHEDULED = "400009002"
NAME_EXISTS = "409009003"
EMPTY_RECIPIENTS = "400009004"
CONTACT_NOT_FOUND = "404002001"
TRACKING_NOT_FOUND = "404005000"
NO_SCOPE = "403000000"
NO_SUCH_PATH = "404000000"
TOO_MANY = "429000000"

# The Sandbox account's own contacts and groups (Routee has no documented endpoint to list them, so
# the user types them): five contacts, the third blacklisted; groups of 5 (one blacklisted), 30 and 0.
SAMPLE_CONTACTS = {f"sandbox-contact-{i}": f"+3247099000{i}" for i in range(1, 6)}
SAMPLE_BLACKLIST = frozenset({"+32470990003"})
SAMPLE_GROUPS = {
    "Sandbox - 5 people": [f"+3247099000{i}" for i in range(1, 6)],
    "Sandbox - 30 people": [f"+324709910{i:02d}" for i in range(30)],
    "Sandbox - empty": [],
}


class _Reject(Exception):
    """A request the simulated Routee refuses: status, 9-digit code, message, field at fault."""

    def __init__(self, status: int, code: str, message: str, properties: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.response = json_response(status, {"code": code, "developerMessage": message,
                                               **({"properties": properties} if properties else {})})


def _bad(field_name: str, message: str, code: str = BAD_FIELD) -> _Reject:
    return _Reject(400, code, message, {field_name: message})


@dataclass
class RateLimit:
    """At most `limit` resource requests per `window_seconds` of simulated time."""

    limit: int = 20
    window_seconds: float = 60.0


@dataclass
class SimToken:
    """An issued access token and what the token server knows about it."""

    value: str
    app_id: str
    scopes: tuple[str, ...]
    expires_at: datetime
    revoked: bool = False


@dataclass
class SimApplication:
    """A registered Routee application: id, secret, display name and allowed scopes."""

    app_id: str
    secret: str
    name: str = SANDBOX_APP_NAME
    scopes: tuple[str, ...] = ALL_SCOPES


@dataclass
class SimMessage:
    """One call of a campaign with its whole future: (time, status) steps from creation on."""

    message_id: str
    to: str
    country: str
    groups: list[str]
    created_at: datetime
    timeline: list[tuple[datetime, str]]
    duration: int = 0
    collected_tones: str | None = None
    price: float = 0.0

    def status_at(self, now: datetime) -> tuple[str, datetime]:
        """The status reached at `now` and when it was reached."""
        current = self.timeline[0]
        for step in self.timeline:
            if step[0] <= now:
                current = step
        return current[1], current[0]


@dataclass
class SimCampaign:
    """A created campaign: the request body as received (for tests) and its messages."""

    tracking_id: str
    request: dict[str, Any]
    app_id: str
    created_at: datetime
    scheduled_at: datetime | None
    messages: list[SimMessage]
    cost: float
    deleted: bool = False

    @property
    def name(self) -> str | None:
        return self.request.get("name")

    def state_at(self, now: datetime) -> str:
        """Scheduled -> Queued -> Running -> Sent (every message final)."""
        if self.scheduled_at is not None and now < self.scheduled_at:
            return "Scheduled"
        statuses = [m.status_at(now)[0] for m in self.messages]
        if all(s in FINAL for s in statuses):
            return "Sent"
        if all(s == "Queued" for s in statuses):
            return "Queued"
        return "Running"

    def statuses_at(self, now: datetime) -> dict[str, int]:
        """All 11 status counters, zeros included."""
        counts = dict.fromkeys(STATUSES, 0)
        for m in self.messages:
            counts[m.status_at(now)[0]] += 1
        return counts


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _parse_date(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _country(number: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    region = phonenumbers.region_code_for_number(parsed) or phonenumbers.region_code_for_country_code(
        parsed.country_code)
    return None if region in (None, "ZZ") else region


def _bool(value: Any) -> bool | None:
    """JSON boolean, or the strings "true"/"false" (a test suite sends `"collectDtmfDigits": "true"`)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return None


class RouteeSimulator:
    """Routee token server + Voice API in one object: `await sim.handle(request)`."""

    def __init__(
        self,
        *,
        seed: int = 0,
        clock: SimClock | None = None,
        token_lifetime: float = 3600.0,
        rate_limit: RateLimit | None = None,
        balance: float | None = None,
        price_per_call: float = 0.03,
        price_per_second: float = 0.0005,
        outcomes: dict[str, float] | None = None,
        pacing_seconds: float = 0.2,
    ) -> None:
        self.seed = seed
        self.clock = clock or SimClock()
        self.token_lifetime = token_lifetime
        self.rate_limit = rate_limit
        self.balance = balance
        self.price_per_call = price_per_call
        self.price_per_second = price_per_second
        self.outcomes = outcomes or {"Completed": 0.7, "NoAnswer": 0.15, "Busy": 0.1, "Failed": 0.05}
        self.pacing_seconds = pacing_seconds
        self.applications: dict[str, SimApplication] = {}
        self.tokens: dict[str, SimToken] = {}
        self.campaigns: dict[str, SimCampaign] = {}
        self.contacts: dict[str, str] = dict(SAMPLE_CONTACTS)  # contact id -> number
        self.groups: dict[str, list[str]] = {k: list(v) for k, v in SAMPLE_GROUPS.items()}  # name -> numbers
        self.blacklist: set[str] = set(SAMPLE_BLACKLIST)  # numbers never called through contacts/groups
        self.requests: deque[tuple[str, str]] = deque(maxlen=10_000)  # (method, path), latest last
        self.token_request_count = 0
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._window_start: datetime | None = None
        self._window_count = 0
        self.persist: StateSink | None = None  # where campaigns go to outlive the app (the Sandbox account)
        self.register_application(SANDBOX_APP_ID, SANDBOX_SECRET)

    # ------------------------------------------------------------ test hooks

    def register_application(self, app_id: str, secret: str, *, name: str = SANDBOX_APP_NAME,
                             scopes: tuple[str, ...] = ALL_SCOPES) -> None:
        """Accept these credentials at the token server."""
        self.applications[app_id] = SimApplication(app_id, secret, name, scopes)

    def revoke_tokens(self) -> None:
        """Revoke every issued token (the next resource call gets 401)."""
        with self._lock:
            for token in self.tokens.values():
                token.revoked = True

    def expire_tokens(self) -> None:
        """Make every issued token expired now."""
        with self._lock:
            now = self.clock.now()
            for token in self.tokens.values():
                token.expires_at = now

    def token_requests(self) -> int:
        """How many token requests reached the simulator."""
        return self.token_request_count

    def message_callbacks(self, until: datetime | None = None) -> list[tuple[str, dict[str, Any]]]:
        """The per-message callbacks (§4.1) Routee would have POSTed by `until` (default now), in
        time order, as (url, payload); `OnCompletion` yields only final statuses. Nothing is sent."""
        until = until or self.clock.now()
        events: list[tuple[datetime, str, dict[str, Any]]] = []
        with self._lock:
            for campaign in self.campaigns.values():
                cb = campaign.request.get("callback")
                if campaign.deleted or not isinstance(cb, dict):
                    continue
                for message in campaign.messages:
                    for at, status in message.timeline:
                        if at > until or (cb.get("strategy") == "OnCompletion" and status not in FINAL):
                            continue
                        events.append((at, cb["url"], self._callback_json(campaign, message, at, status)))
        events.sort(key=lambda e: e[0])
        return [(url, payload) for _, url, payload in events]

    def _callback_json(self, campaign: SimCampaign, message: SimMessage, at: datetime,
                       status: str) -> dict[str, Any]:
        data = campaign.request
        app = self.applications.get(campaign.app_id)
        out: dict[str, Any] = {"messageId": message.message_id, "campaignTrackingId": campaign.tracking_id,
                               "to": message.to, "groups": message.groups}
        if campaign.name is not None:
            out["campaignName"] = campaign.name
        out.update({"from": data["from"], "country": message.country,
                    "applicationName": app.name if app else SANDBOX_APP_NAME,
                    "price": message.price if status == "Completed" else 0, "originatingService": "Voice",
                    "status": {"name": status, "updatedDate": _iso(at)}, "direction": "Outbound"})
        if data.get("message") is not None:
            out["audioMessage"] = data["message"]
        if data.get("fileURL") is not None:
            out["fileURL"] = data["fileURL"]
        if data.get("hangupDelay") is not None:
            out["hangupDelay"] = data["hangupDelay"]
        out.update({"respectQuietHours": bool(_bool(data.get("respectQuietHours"))),
                    "duration": message.duration if status == "Completed" else 0,
                    "createdAt": _iso(message.created_at), "chargeInterval": 1})
        return out

    def find_by_name(self, name: str) -> list[SimCampaign]:
        """Every campaign created with this name (deleted ones included)."""
        return [c for c in self.campaigns.values() if c.name == name]

    # ------------------------------------------------------------ dispatch

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one HTTP request as Routee would."""
        body = await request.aread()
        with self._lock:
            self.requests.append((request.method, request.url.path))
            try:
                response = self._dispatch(request, body)
            except _Reject as reject:
                response = reject.response
        if self.persist is not None:
            await self.persist.answered()  # a provider answers once the change is stored
        return response

    def _changed(self, kind: str, key: str, obj: Any) -> None:
        """Report a change to remember across restarts (no-op without a state sink)."""
        if self.persist is not None:
            self.persist.changed(kind, key, obj)

    def _dispatch(self, request: httpx.Request, body: bytes) -> httpx.Response:
        method, path = request.method.upper(), request.url.path
        if path == "/oauth/token":
            self.token_request_count += 1
            if method != "POST":
                return json_response(405, {"error": "method_not_allowed", "error_description": "Use POST"})
            return self._token(request, body)
        token = self._bearer(request)
        if isinstance(token, httpx.Response):
            return token
        limited = self._rate_check()
        if isinstance(limited, httpx.Response):
            return limited
        if path.startswith("/voice/") and "voice" not in token.scopes:
            raise _Reject(403, NO_SCOPE, "User is not authenticated")
        try:
            response = self._route(method, path, request, body, token)
        except _Reject as reject:
            response = reject.response
        response.headers.update(limited)
        return response

    def _route(self, method: str, path: str, request: httpx.Request, body: bytes,
               token: SimToken) -> httpx.Response:
        parts = [p for p in path.split("/") if p]
        query = {k: v[-1] for k, v in parse_qs(urlsplit(str(request.url)).query, keep_blank_values=True).items()}
        if parts == ["voice", "campaign"] and method == "POST":
            return self._create(self._json(body), token)
        if parts == ["voice", "analysis"] and method == "POST":
            return json_response(200, self._analysis(self._json(body)))
        if len(parts) == 3 and parts[:2] == ["voice", "campaign"] and method == "DELETE":
            return self._delete(parts[2])
        if len(parts) == 4 and parts[:3] == ["voice", "tracking", "campaign"] and method == "GET":
            return self._campaign_trackings(parts[3], query)
        if len(parts) == 3 and parts[:2] == ["voice", "tracking"] and method == "GET":
            return self._message(parts[2])
        if parts == ["voice", "tracking"] and method == "POST":
            return self._search(self._json(body), query)
        raise _Reject(404, NO_SUCH_PATH, f"No such resource: {method} {path}")

    # ------------------------------------------------------------ auth

    def _token(self, request: httpx.Request, body: bytes) -> httpx.Response:
        app = self._basic_app(request.headers.get("authorization", ""))
        if app is None:
            return json_response(401, {"error": "unauthorized", "message": "Bad credentials"})
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        form = {k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        if ctype != "application/x-www-form-urlencoded" or "grant_type" not in form:
            return json_response(400, {"error": "invalid_request", "error_description": "Missing grant type"})
        if form["grant_type"] != "client_credentials":
            return json_response(400, {"error": "unsupported_grant_type",
                                       "error_description": f"Unsupported grant type: {form['grant_type']}"})
        scopes = app.scopes
        if form.get("scope"):
            wanted = tuple(s for s in re.split(r"[ ,]+", form["scope"]) if s)
            if any(s not in app.scopes for s in wanted):
                return json_response(400, {"error": "invalid_scope", "error_description": "Invalid scope"})
            scopes = wanted
        value = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
        self.tokens[value] = SimToken(value, app.app_id, scopes,
                                      self.clock.now() + timedelta(seconds=self.token_lifetime))
        roles = [f"MT_ROLE_{s.upper()}" for s in scopes]
        return json_response(200, {"access_token": value, "token_type": "bearer",
                                   "expires_in": int(self.token_lifetime), "scope": " ".join(scopes),
                                   "permissions": roles})

    def _basic_app(self, header: str) -> SimApplication | None:
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            app_id, sep, secret = base64.b64decode(encoded.strip(), validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        app = self.applications.get(app_id)
        return app if sep and app is not None and app.secret == secret else None

    def _bearer(self, request: httpx.Request) -> SimToken | httpx.Response:
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            return json_response(401, {"error": "unauthorized", "error_description":
                                       "Full authentication is required to access this resource"})
        token = self.tokens.get(value.strip())
        if token is None or token.revoked:
            return json_response(401, {"error": "invalid_token", "error_description": "Invalid access token"})
        if self.clock.now() >= token.expires_at:
            return json_response(401, {"error": "invalid_token", "error_description": "Access token expired"})
        return token

    def _rate_check(self) -> dict[str, str] | httpx.Response:
        """Fixed-window limit over simulated time; headers in real seconds (clock speed applied)."""
        if self.rate_limit is None:
            return {}
        now = self.clock.now()
        window = timedelta(seconds=self.rate_limit.window_seconds)
        if self._window_start is None or now >= self._window_start + window:
            self._window_start, self._window_count = now, 0
        reset_sim = (self._window_start + window - now).total_seconds()
        reset = str(max(1, math.ceil(reset_sim / max(self.clock.speed, 1e-9))))
        if self._window_count >= self.rate_limit.limit:
            headers = {"Retry-After": reset, "X-RateLimit-Limit": str(self.rate_limit.limit),
                       "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}
            return json_response(429, {"code": TOO_MANY, "developerMessage": "Too many requests"}, headers)
        self._window_count += 1
        return {"X-RateLimit-Limit": str(self.rate_limit.limit),
                "X-RateLimit-Remaining": str(self.rate_limit.limit - self._window_count),
                "X-RateLimit-Reset": reset}

    # ------------------------------------------------------------ validation

    @staticmethod
    def _json(body: bytes) -> Any:
        try:
            return json.loads(body.decode("utf-8")) if body else None
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise _Reject(400, BAD_FIELD, "Malformed JSON request body") from None

    def _recipients(self, data: dict[str, Any]) -> tuple[list[tuple[str, list[str]]], int]:
        """Validate `from`, `to`, `contacts`, `groups`; the unique numbers (with their groups)."""
        sender = data.get("from")
        if not isinstance(sender, str) or not SENDER_RE.match(sender):
            raise _bad("from", "Sender is missing or invalid (numeric, up to 16 characters)",
                       NO_RECIPIENTS_OR_SENDER)
        kinds: dict[str, list[str]] = {}
        for kind in ("to", "contacts", "groups"):
            value = data.get(kind)
            if value is None:
                continue
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise _bad(kind, f"'{kind}' must be an array of strings")
            if len(value) > MAX_PER_KIND:
                raise _bad(kind, f"'{kind}' accepts at most {MAX_PER_KIND} entries")
            kinds[kind] = value
        if not any(kinds.values()):
            raise _bad("to", "No recipients: give 'to', 'contacts' or 'groups'", NO_RECIPIENTS_OR_SENDER)
        invalid = [n for n in kinds.get("to", []) if _country(n) is None]
        if invalid:
            raise _bad("to", "Invalid recipients: " + ", ".join(invalid), NO_RECIPIENTS_OR_SENDER)
        seen: dict[str, list[str]] = {}
        for number in kinds.get("to", []):
            seen.setdefault(number, [])
        for contact in kinds.get("contacts", []):
            if contact not in self.contacts:
                raise _Reject(404, CONTACT_NOT_FOUND, f"Contact {contact} does not exist",
                              {"contacts": f"Contact {contact} does not exist"})
            if self.contacts[contact] not in self.blacklist:
                seen.setdefault(self.contacts[contact], [])
        for group in kinds.get("groups", []):
            for number in self.groups.get(group, []):
                if _country(number) is not None and number not in self.blacklist:
                    seen.setdefault(number, []).append(group)
        if not seen:
            raise _Reject(400, EMPTY_RECIPIENTS, "Campaign has no recipients")
        return list(seen.items()), len(seen)

    @staticmethod
    def _message_fields(data: dict[str, Any], required: bool) -> None:
        has_file, has_msg = data.get("fileURL") is not None, data.get("message") is not None
        if has_file and has_msg:
            raise _bad("fileURL", "Give either 'fileURL' or 'message', not both")
        if required and not (has_file or has_msg):
            raise _bad("message", "Give 'fileURL' or 'message'")
        if has_file:
            url = data["fileURL"]
            parts = urlsplit(url) if isinstance(url, str) else None
            if parts is None or parts.scheme not in ("http", "https") or not parts.path.lower().endswith(".wav"):
                raise _bad("fileURL", "'fileURL' must be the address of a .wav file")
        if has_msg:
            msg = data["message"]
            if not isinstance(msg, dict):
                raise _bad("message", "'message' must be an object")
            extra = set(msg) - {"text", "language", "gender"}
            if extra:
                raise _bad(f"message.{sorted(extra)[0]}", f"Unknown field 'message.{sorted(extra)[0]}'")
            text = msg.get("text")
            if not isinstance(text, str) or not text.strip():
                raise _bad("message.text", "'message.text' is required")
            if len(text) > 1000:
                raise _bad("message.text", "'message.text' must be at most 1000 characters")
            if msg.get("language") not in LANGUAGES:
                raise _bad("message.language", "'message.language' is missing or not supported")
            if msg.get("gender") is not None and msg["gender"] not in ("male", "female"):
                raise _bad("message.gender", "'message.gender' must be 'male' or 'female'")

    @staticmethod
    def _unknown_fields(data: Any, allowed: frozenset[str]) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise _Reject(400, BAD_FIELD, "The request body must be a JSON object")
        extra = sorted(set(data) - allowed)
        if extra:
            raise _bad(extra[0], f"Unknown field '{extra[0]}'")
        return data

    def _campaign_options(self, data: dict[str, Any]) -> datetime | None:
        name = data.get("name")
        if name is not None and (not isinstance(name, str) or not NAME_RE.match(name)):
            raise _bad("name", "'name' must be 2 to 30 Latin letters, digits, spaces or '-'")
        for key in ("respectQuietHours", "ignoreDnd", "collectDtmfDigits"):
            if key in data and _bool(data[key]) is None:
                raise _bad(key, f"'{key}' must be a boolean")
        delay = data.get("hangupDelay")
        if delay is not None and (isinstance(delay, bool) or not isinstance(delay, int | float) or not 1 <= delay <= 60):
            raise _bad("hangupDelay", "'hangupDelay' must be a number of seconds from 1 to 60")
        wait = data.get("collectDtmfAwaitSeconds")
        if wait is not None and (isinstance(wait, bool) or not isinstance(wait, int | float) or not 0 <= wait <= 60):
            raise _bad("collectDtmfAwaitSeconds", "'collectDtmfAwaitSeconds' must be a number from 0 to 60")
        for key in ("callback", "campaignCallback"):
            cb = data.get(key)
            if cb is None:
                continue
            if not isinstance(cb, dict) or set(cb) - {"url", "strategy"}:
                raise _bad(key, f"'{key}' must be an object with 'url' and 'strategy'")
            url = cb.get("url")
            if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
                raise _bad(f"{key}.url", f"'{key}.url' must be an http(s) address")
            if cb.get("strategy") not in ("OnChange", "OnCompletion"):
                raise _bad(f"{key}.strategy", f"'{key}.strategy' must be OnChange or OnCompletion")
        scheduled = data.get("scheduledDate")
        if scheduled is None:
            return None
        parsed = _parse_date(scheduled) if isinstance(scheduled, str) else None
        if parsed is None:
            raise _bad("scheduledDate", "'scheduledDate' must be ISO-8601 with a time zone (YYYY-MM-DDThh:mm:ssZ)")
        return parsed if parsed > self.clock.now() else None

    # ------------------------------------------------------------ resources

    def _analysis(self, data: Any) -> dict[str, Any]:
        data = self._unknown_fields(data, ANALYSIS_FIELDS)
        self._message_fields(data, required=False)
        recipients, total = self._recipients(data)
        countries = {n: _country(n) for n, _ in recipients}
        per_country: dict[str, int] = {}
        for c in countries.values():
            per_country[c or "ZZ"] = per_country.get(c or "ZZ", 0) + 1
        explicit = set(data.get("to") or []) | {self.contacts[c] for c in data.get("contacts") or []}
        callable_in = {g: {n for n in self.groups.get(g, []) if _country(n) is not None and n not in self.blacklist}
                       for g in data.get("groups") or []}
        in_groups = set().union(*callable_in.values()) - explicit if callable_in else set()
        return {"contacts": {c: {"recipient": self.contacts[c], "recipientCountry": _country(self.contacts[c]),
                                 "blacklisted": self.contacts[c] in self.blacklist}
                             for c in data.get("contacts") or []},
                "numberOfRecipients": total, "recipientCountries": countries,
                "recipientsPerCountry": per_country,
                "recipientsPerGroup": {g: len(numbers) for g, numbers in callable_in.items()},
                "totalInGroups": len(in_groups)}

    def _create(self, data: Any, token: SimToken) -> httpx.Response:
        data = self._unknown_fields(data, CAMPAIGN_FIELDS)
        self._message_fields(data, required=True)
        recipients, total = self._recipients(data)
        scheduled_at = self._campaign_options(data)
        name = data.get("name")
        if name is not None and self.find_by_name(name):
            raise _Reject(409, NAME_EXISTS, f"Campaign name '{name}' already exists", {"name": "already exists"})
        cost = round(total * self.price_per_call, 4)
        if self.balance is not None:
            if cost > self.balance:
                raise _Reject(400, NO_BALANCE, "Not enough balance")
            self.balance = round(self.balance - cost, 4)
            self._changed(ROUTEE_ACCOUNT, "balance", self.balance)
        now = self.clock.now()
        tracking_id = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
        while tracking_id in self.campaigns:  # campaigns remembered from an earlier run
            tracking_id = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
        rng = random.Random(f"{self.seed}:{tracking_id}")
        start = scheduled_at or now
        messages = [self._plan_message(rng, data, number, groups, now, start + timedelta(
            seconds=1 + i * self.pacing_seconds)) for i, (number, groups) in enumerate(recipients)]
        campaign = SimCampaign(tracking_id, data, token.app_id, now, scheduled_at, messages, cost)
        self.campaigns[tracking_id] = campaign
        self._changed(ROUTEE_CAMPAIGN, tracking_id, campaign)
        return json_response(200, self._campaign_json(campaign, data))

    def _plan_message(self, rng: random.Random, data: dict[str, Any], number: str, groups: list[str],
                      created: datetime, start: datetime) -> SimMessage:
        outcome = rng.choices(list(self.outcomes), weights=list(self.outcomes.values()))[0]
        s = lambda seconds: start + timedelta(seconds=seconds)  # noqa: E731
        steps: list[tuple[datetime, str]] = [(created, "Queued"), (s(0), "Initiated")]
        duration, tones = 0, None
        if outcome == "Failed":
            steps.append((s(1), "Failed"))
        else:
            steps.append((s(2), "Ringing"))
            if outcome == "Busy":
                steps.append((s(3), "Busy"))
            elif outcome == "NoAnswer":
                steps.append((s(2 + float(data.get("hangupDelay") or 30)), "NoAnswer"))
            else:
                answered = 2 + rng.uniform(1, 6)
                text = (data.get("message") or {}).get("text") or ""
                duration = max(3, math.ceil(len(text) / 15)) if text else 20
                if _bool(data.get("collectDtmfDigits")):
                    duration += int(data.get("collectDtmfAwaitSeconds") or 5)
                    tones = rng.choice(["1", "2", "3", "9", "", "12"])
                steps.append((s(answered), "InProgress"))
                steps.append((s(answered + duration), "Completed"))
        return SimMessage(
            message_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), to=number,
            country=_country(number) or "ZZ", groups=groups, created_at=created, timeline=steps,
            duration=duration, collected_tones=tones, price=round(duration * self.price_per_second, 4),
        )

    def _campaign_json(self, campaign: SimCampaign, data: dict[str, Any]) -> dict[str, Any]:
        now = self.clock.now()
        out: dict[str, Any] = {"trackingId": campaign.tracking_id, "type": "Voice",
                               "state": campaign.state_at(now), "createdAt": _iso(campaign.created_at)}
        if campaign.scheduled_at is not None:
            out["scheduledDate"] = _iso(campaign.scheduled_at)
        if campaign.name is not None:
            out["campaignName"] = campaign.name
        for key in ("from", "to", "contacts", "groups", "fileURL", "message", "hangupDelay",
                    "callback", "campaignCallback", "collectDtmfAwaitSeconds"):
            if data.get(key) is not None:
                out[key] = data[key]
        out["respectQuietHours"] = bool(_bool(data.get("respectQuietHours")))
        if data.get("collectDtmfDigits") is not None:
            out["collectDtmfDigits"] = bool(_bool(data["collectDtmfDigits"]))
        out["cost"] = campaign.cost
        out["statuses"] = campaign.statuses_at(now)
        analysis = {k: v for k, v in self._analysis({k: data[k] for k in ANALYSIS_FIELDS if k in data}).items()}
        out["voiceAnalysis"] = analysis
        return out

    def _delete(self, tracking_id: str) -> httpx.Response:
        campaign = self.campaigns.get(tracking_id)
        if campaign is None or campaign.deleted:
            raise _Reject(404, CAMPAIGN_NOT_FOUND, "Campaign with this tracking id does not exist")
        if campaign.state_at(self.clock.now()) != "Scheduled":
            raise _Reject(400, NOT_SCHEDULED, "Campaign status is not Scheduled")
        campaign.deleted = True
        self._changed(ROUTEE_CAMPAIGN, tracking_id, campaign)
        return httpx.Response(204)

    def _tracking_json(self, campaign: SimCampaign, message: SimMessage, now: datetime) -> dict[str, Any]:
        status, since = message.status_at(now)
        data = campaign.request
        app = self.applications.get(campaign.app_id)
        out: dict[str, Any] = {"messageId": message.message_id, "to": message.to, "from": data["from"]}
        if message.groups:
            out["groups"] = message.groups
        out["country"] = message.country
        out["status"] = {"date": _iso(since), "status": status}
        if campaign.name is not None:
            out["campaign"] = campaign.name
        out["applicationName"] = app.name if app else SANDBOX_APP_NAME
        out["originatingService"] = "Voice"
        out["direction"] = "Outbound"
        final = status in FINAL
        out["duration"] = message.duration if final and status == "Completed" else 0
        if data.get("fileURL") is not None:
            out["fileURL"] = data["fileURL"]
        if data.get("message") is not None:
            out["message"] = data["message"]
        out["price"] = message.price if final and status == "Completed" else 0
        out["chargeInterval"] = 1
        if message.collected_tones is not None and status == "Completed":
            out["collectedTones"] = message.collected_tones
        out["recordings"] = []
        return out

    def _live(self) -> list[tuple[SimCampaign, SimMessage]]:
        return [(c, m) for c in self.campaigns.values() if not c.deleted for m in c.messages]

    @staticmethod
    def _paging(query: dict[str, str]) -> tuple[int, int, str | None]:
        try:
            page = int(query.get("page", "0") or 0)
            size = int(query.get("size", "20") or 20)
        except ValueError:
            raise _bad("page", "'page' and 'size' must be whole numbers") from None
        if page < 0 or size < 1:
            raise _bad("page", "'page' must be 0 or more and 'size' 1 or more")
        return page, min(size, MAX_PAGE_SIZE), query.get("sort") or None

    def _page(self, items: list[dict[str, Any]], query: dict[str, str]) -> httpx.Response:
        page, size, sort = self._paging(query)
        if sort:
            key, _, direction = sort.partition(",")
            getters = {"to": lambda i: i["to"], "messageId": lambda i: i["messageId"],
                       "duration": lambda i: i["duration"], "status.date": lambda i: i["status"]["date"],
                       "status.status": lambda i: i["status"]["status"]}
            if key in getters:
                items = sorted(items, key=getters[key], reverse=direction.lower() == "desc")
        total = len(items)
        total_pages = math.ceil(total / size) if total else 0
        content = items[page * size:(page + 1) * size]
        return json_response(200, {"content": content, "first": page == 0,
                                   "last": page >= total_pages - 1, "number": page,
                                   "numberOfElements": len(content), "size": size,
                                   "totalElements": total, "totalPages": total_pages})

    def _campaign_trackings(self, tracking_id: str, query: dict[str, str]) -> httpx.Response:
        campaign = self.campaigns.get(tracking_id)
        if campaign is None or campaign.deleted:
            raise _Reject(404, CAMPAIGN_NOT_FOUND, "Campaign with this tracking id does not exist")
        now = self.clock.now()
        return self._page([self._tracking_json(campaign, m, now) for m in campaign.messages], query)

    def _message(self, message_id: str) -> httpx.Response:
        now = self.clock.now()
        for campaign, message in self._live():
            if message.message_id == message_id:
                return json_response(200, self._tracking_json(campaign, message, now))
        raise _Reject(404, TRACKING_NOT_FOUND, "Tracking not found")

    def _search(self, data: Any, query: dict[str, str]) -> httpx.Response:
        filters = [data] if isinstance(data, dict) else (data or [])
        if not isinstance(filters, list):
            raise _Reject(400, BAD_FIELD, "The filter must be an array of {fieldName, searchTerm}")
        for f in filters:
            if not isinstance(f, dict) or set(f) - {"fieldName", "searchOperator", "searchTerm"}:
                raise _Reject(400, BAD_FIELD, "Each filter is an object of fieldName, searchOperator, searchTerm")
            if f.get("fieldName") not in FILTER_FIELDS:
                raise _bad("fieldName", "'fieldName' is missing or not a filterable field")
            if not isinstance(f.get("searchTerm"), str):
                raise _bad("searchTerm", "'searchTerm' is required")
            if f.get("searchOperator", "is") not in OPERATORS:
                raise _bad("searchOperator", "'searchOperator' is not supported")
        bounds: dict[str, datetime] = {}
        for key in ("from", "to"):
            if query.get(key):
                parsed = _parse_date(query[key])
                if parsed is None:
                    raise _bad(key, f"'{key}' must be an ISO-8601 date-time with a time zone")
                bounds[key] = parsed
        now = self.clock.now()
        items = []
        names = {f["searchTerm"] for f in filters
                 if f["fieldName"] == "campaign" and f.get("searchOperator", "is") == "is"}
        for campaign, message in self._live():
            if names and (len(names) > 1 or campaign.name not in names):
                continue  # fast path for the lookup by name; the full match below still applies
            if query.get("trackingId") and campaign.tracking_id != query["trackingId"]:
                continue
            if "from" in bounds and message.created_at < bounds["from"]:
                continue
            if "to" in bounds and message.created_at > bounds["to"]:
                continue
            item = self._tracking_json(campaign, message, now)
            if all(_matches(item, f) for f in filters):
                items.append(item)
        return self._page(items, query)


def _matches(item: dict[str, Any], f: dict[str, Any]) -> bool:
    name = f["fieldName"]
    values: list[str]
    if name == "id":
        values = [item["messageId"]]
    elif name == "recipient":
        values = [item["to"]]
    elif name == "status.status":
        values = [item["status"]["status"]]
    elif name == "groups":
        values = list(item.get("groups") or [])
    else:
        value = item.get(name)
        values = [] if value is None else [str(value)]
    term, op = f["searchTerm"], f.get("searchOperator", "is")
    tests = {"is": lambda v: v == term, "is_not": lambda v: v != term, "contains": lambda v: term in v,
             "starts_with": lambda v: v.startswith(term), "ends_with": lambda v: v.endswith(term)}
    if op == "is_not":
        return all(tests[op](v) for v in values)
    return any(tests[op](v) for v in values)


def sandbox_transport(simulator: RouteeSimulator | None = None, faults: FaultPlan | None = None,
                      *, speed: float = 1.0) -> SandboxTransport:
    """An in-process transport serving a (new) Routee simulator: the built-in Sandbox account.

    Use with `routee_gateway(SANDBOX_APP_ID, SANDBOX_SECRET, transport=...)`; any base address works.
    """
    return SandboxTransport(simulator or RouteeSimulator(clock=SimClock(speed=speed)), faults)
