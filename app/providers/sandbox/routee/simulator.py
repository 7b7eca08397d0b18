"""The Routee simulator itself: its settings and test hooks, and the routing of each request to the
part that answers it; sandbox_transport is the built-in Sandbox account."""

from __future__ import annotations

import random
import threading
from collections import deque
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.core import StateSink, json_response
from app.providers.sandbox.faults import FaultPlan
from app.providers.sandbox.routee.access import AccessControl
from app.providers.sandbox.routee.campaigns import Campaigns
from app.providers.sandbox.routee.constants import (
    ALL_SCOPES,
    FINAL,
    NO_SCOPE,
    NO_SUCH_PATH,
    SAMPLE_BLACKLIST,
    SAMPLE_CONTACTS,
    SAMPLE_GROUPS,
    SANDBOX_APP_ID,
    SANDBOX_APP_NAME,
    SANDBOX_SECRET,
)
from app.providers.sandbox.routee.errors import Reject
from app.providers.sandbox.routee.model import RateLimit, SimApplication, SimCampaign, SimToken
from app.providers.sandbox.routee.tracking import Tracking
from app.providers.sandbox.transport import SandboxTransport


class RouteeSimulator(AccessControl, Campaigns, Tracking):
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
            except Reject as reject:
                response = reject.response
        if self.persist is not None:
            await self.persist.answered()  # a provider answers once the change is stored
        return response

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
            raise Reject(403, NO_SCOPE, "User is not authenticated")
        try:
            response = self._route(method, path, request, body, token)
        except Reject as reject:
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
        raise Reject(404, NO_SUCH_PATH, f"No such resource: {method} {path}")


def sandbox_transport(simulator: RouteeSimulator | None = None, faults: FaultPlan | None = None,
                      *, speed: float = 1.0) -> SandboxTransport:
    """An in-process transport serving a (new) Routee simulator: the built-in Sandbox account.

    Use with `routee_gateway(SANDBOX_APP_ID, SANDBOX_SECRET, transport=...)`; any base address works.
    """
    return SandboxTransport(simulator or RouteeSimulator(clock=SimClock(speed=speed)), faults)
