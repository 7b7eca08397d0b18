"""Access to the Routee simulator: the token server (Basic credentials, scopes), bearer checks and
the rate limit of resource requests."""

from __future__ import annotations

import base64
import binascii
import math
import re
import uuid
from datetime import timedelta
from urllib.parse import parse_qs

import httpx

from app.providers.sandbox.core import json_response
from app.providers.sandbox.routee.base import RouteeBase
from app.providers.sandbox.routee.constants import TOO_MANY
from app.providers.sandbox.routee.model import SimApplication, SimToken


class AccessControl(RouteeBase):
    """Issues tokens to registered applications, checks them on every call and limits the rate."""

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
