"""The one base HTTP client: one httpx.AsyncClient, explicit timeouts, the single retry layer,
one 401 refresh, and mapping of HTTP failures onto the typed error tree.

Provider clients are thin: they say which calls are safe to retry, and how to read their error body.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from app.providers import errors
from app.providers.auth import TokenCache

log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryConfig:
    """Jittered exponential backoff within a cap; `max_wait` bounds any one wait."""

    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_wait: float = 30.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Full-jitter delay before retry number `attempt` (1-based)."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return rng.uniform(ceiling / 2, ceiling)


DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=20.0, write=20.0, pool=5.0)


@dataclass(frozen=True)
class ClientConfig:
    """Where and how to talk to one provider; the transport is injectable (the Sandbox plugs in)."""

    base_url: str
    token_url: str
    transport: httpx.AsyncBaseTransport | None = None
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)  # Timeout is unhashable
    retry: RetryConfig = field(default_factory=RetryConfig)
    headers: Mapping[str, str] = field(default_factory=dict)
    sleep: Callable[[float], Any] = asyncio.sleep


@dataclass(frozen=True)
class ErrorBody:
    """What a provider's error body says: its code, message and the field at fault."""

    code: str | None = None
    message: str | None = None
    field: str | None = None


ErrorParser = Callable[[httpx.Response], ErrorBody]
ErrorClassifier = Callable[[int, ErrorBody], type[errors.ProviderError] | None]


def check_base_url(url: str) -> str:
    """Refuse plain-HTTP addresses except loopback (the Sandbox server in tests)."""
    parsed = httpx.URL(url)
    if parsed.scheme == "https":
        return url
    if parsed.scheme == "http" and parsed.host in ("127.0.0.1", "localhost", "::1"):
        return url
    raise ValueError(f"Only https:// addresses are allowed (loopback excepted): {url}")


def _status_error(status: int) -> type[errors.ProviderError]:
    if status == 401:
        return errors.AuthenticationFailed
    if status == 403:
        return errors.PermissionDenied
    if status == 404:
        return errors.NotFound
    if status == 409:
        return errors.Conflict
    if status == 429:
        return errors.RateLimited
    if status in (400, 422) or 400 <= status < 500:
        return errors.ValidationFailed
    return errors.ServerError


def retry_after(response: httpx.Response, now: datetime | None = None) -> float | None:
    """Seconds to wait as the response asks: `Retry-After` (seconds or date) or `X-RateLimit-Reset`."""
    now = now or datetime.now(UTC)
    value = response.headers.get("Retry-After")
    if value:
        try:
            return max(0.0, float(value))
        except ValueError:
            try:
                return max(0.0, (parsedate_to_datetime(value) - now).total_seconds())
            except (TypeError, ValueError):
                pass
    reset = response.headers.get("X-RateLimit-Reset")
    remaining = response.headers.get("X-RateLimit-Remaining")
    if reset and (remaining is None or remaining.strip() == "0" or response.status_code == 429):
        try:
            number = float(reset)
        except ValueError:
            return None
        # Epoch seconds when large, otherwise seconds from now.
        return max(0.0, number - now.timestamp()) if number > 1e9 else max(0.0, number)
    return None


class BaseClient:
    """Owns the httpx client of one provider account; every request goes through `request`."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        parse_error: ErrorParser,
        classify: ErrorClassifier | None = None,
        rng: random.Random | None = None,
    ) -> None:
        check_base_url(config.base_url)
        check_base_url(config.token_url)
        self.config = config
        self._parse_error = parse_error
        self._classify = classify or (lambda status, body: None)
        self._rng = rng or random.Random()
        self._http = httpx.AsyncClient(
            base_url=config.base_url,
            transport=config.transport,
            timeout=config.timeout,
            headers=dict(config.headers),
            follow_redirects=False,
        )
        self.tokens: TokenCache | None = None

    async def aclose(self) -> None:
        """Close the connection pool (call once, on quit)."""
        await self._http.aclose()

    async def request(
        self,
        method: str,
        url: str,
        *,
        json: Any = None,
        data: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        retry_safe: bool | None = None,
        authenticated: bool = True,
        expected: tuple[int, ...] = (200, 201, 202, 204),
    ) -> httpx.Response:
        """Send one logical request; retry it only when `retry_safe` (default: GET, PUT, DELETE).

        A 401 on an authenticated call refreshes the token and resends once (the provider rejected
        it before doing anything); a second 401 raises AuthenticationFailed.
        """
        if retry_safe is None:
            retry_safe = method.upper() in ("GET", "HEAD", "PUT", "DELETE")
        retry = self.config.retry
        attempt = 0
        refreshed = False
        while True:
            attempt += 1
            req_headers = dict(headers or {})
            token: str | None = None
            if authenticated:
                assert self.tokens is not None, "authenticated call without a token cache"
                try:
                    token = await self.tokens.get()
                except errors.ProviderError as exc:
                    exc.request_sent = False  # the token call failed: this request never left
                    raise
                req_headers["Authorization"] = f"Bearer {token}"
            try:
                response = await self._http.request(
                    method, url, json=json, data=data, params=_clean(params), headers=req_headers
                )
            except httpx.TimeoutException as exc:
                sent = not isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout))
                failure: errors.ProviderError = errors.RequestTimeout(request_sent=sent)
                wait = None
            except httpx.TransportError as exc:
                sent = not isinstance(exc, httpx.ConnectError)
                failure = errors.ConnectionFailed(request_sent=sent, provider_message=type(exc).__name__)
                wait = None
            else:
                if response.status_code in expected:
                    return response
                if response.status_code == 401 and authenticated and not refreshed:
                    refreshed = True
                    self.tokens.invalidate(token)  # type: ignore[union-attr]
                    attempt -= 1
                    continue
                failure = self._error_from(response)
                if response.status_code not in RETRYABLE_STATUS:
                    raise failure
                wait = retry_after(response)
            if not retry_safe or attempt >= retry.max_attempts:
                raise failure
            delay = retry.backoff(attempt, self._rng) if wait is None else wait
            if delay > retry.max_wait:
                raise failure
            log.info("retrying %s %s in %.2fs after %s", method, url, delay, type(failure).__name__)
            await self.config.sleep(delay)

    def _error_from(self, response: httpx.Response) -> errors.ProviderError:
        status = response.status_code
        try:
            body = self._parse_error(response)
        except Exception:  # an unreadable error body still yields a typed error
            body = ErrorBody(message=response.text[:300] or None)
        cls = self._classify(status, body) or _status_error(status)
        kwargs: dict[str, Any] = dict(
            status=status, provider_code=body.code, provider_message=body.message, field=body.field,
            request_sent=True,
        )
        if cls is errors.RateLimited or issubclass(cls, errors.RateLimited):
            wait = retry_after(response)
            retry_at = datetime.now(UTC) + timedelta(seconds=wait) if wait is not None else None
            return cls(retry_at=retry_at, **kwargs)
        return cls(**kwargs)


def _clean(params: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if params is None:
        return None
    return {k: ("true" if v is True else "false" if v is False else v) for k, v in params.items() if v is not None}
