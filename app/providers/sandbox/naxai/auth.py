"""OAuth2 for the Naxai simulator: the token endpoint (client credentials) and bearer-token checks."""

from __future__ import annotations

import secrets
from datetime import timedelta
from urllib.parse import parse_qs

import httpx

from app.providers.sandbox.core import json_response
from app.providers.sandbox.naxai.base import NaxaiBase
from app.providers.sandbox.naxai.errors import ApiError
from app.providers.sandbox.naxai.model import SimToken


class TokenAuth(NaxaiBase):
    """Issues tokens for known client credentials and refuses missing, unknown, revoked or expired ones."""

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
        self._tokens[value] = SimToken(form["client_id"], self.clock.now() + timedelta(seconds=self.token_ttl))
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
