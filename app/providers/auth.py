"""OAuth2 client-credentials token cache shared by both providers: one fetch at a time, renewed
before expiry, invalidated on 401 so the caller refreshes exactly once."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Token:
    """A bearer token and the monotonic time after which it must not be used."""

    value: str
    expires_at: float


TokenFetcher = Callable[[], Awaitable[tuple[str, float]]]  # -> (access_token, expires_in seconds)


class TokenCache:
    """Caches one access token; concurrent callers share a single token request."""

    def __init__(
        self,
        fetch: TokenFetcher,
        *,
        renew_before: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._renew_before = renew_before
        self._clock = clock
        self._token: Token | None = None
        self._lock = asyncio.Lock()

    async def get(self) -> str:
        """A valid access token, fetching a new one when none is cached or it is about to expire."""
        token = self._token
        if token is not None and self._clock() < token.expires_at:
            return token.value
        async with self._lock:
            token = self._token
            if token is not None and self._clock() < token.expires_at:
                return token.value
            value, expires_in = await self._fetch()
            lifetime = max(float(expires_in) - self._renew_before, float(expires_in) / 2, 1.0)
            self._token = Token(value, self._clock() + lifetime)
            return value

    def invalidate(self, value: str | None = None) -> None:
        """Forget the token (only if it is still `value`, so a fresh one is not thrown away)."""
        if self._token is not None and (value is None or self._token.value == value):
            self._token = None
