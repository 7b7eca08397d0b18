"""The Naxai simulator itself: its settings and controls, rate limits, and the routing of each
request to the part that answers it."""

from __future__ import annotations

import math
import random
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import parse_qs

import httpx

from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.core import StateSink, json_response
from app.providers.sandbox.naxai.auth import TokenAuth
from app.providers.sandbox.naxai.constants import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, VERSION_RE
from app.providers.sandbox.naxai.errors import ApiError
from app.providers.sandbox.naxai.lifecycle import BroadcastLifecycle
from app.providers.sandbox.naxai.listing import Listing
from app.providers.sandbox.naxai.model import SimBroadcast, SimToken
from app.providers.unconfirmed import DEFAULT_NAMES, UnconfirmedNames


@dataclass
class RateLimit:
    """At most `limit` requests per `window_seconds` of real time (docs: 20/s for these endpoints)."""

    limit: int = 20
    window_seconds: float = 1.0


class NaxaiSimulator(TokenAuth, BroadcastLifecycle, Listing):
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
        self._tokens: dict[str, SimToken] = {}
        self.broadcasts: dict[str, SimBroadcast] = {}
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
