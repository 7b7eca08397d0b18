"""Naxai test fixtures: a real simulator behind a loopback socket, and a gateway talking to it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import pytest_asyncio

from app.providers.http import RetryConfig
from app.providers.naxai.client import NaxaiClient, NaxaiGateway, naxai_gateway
from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.naxai import (
    SANDBOX_CLIENT_ID,
    SANDBOX_CLIENT_SECRET,
    NaxaiSimulator,
)
from app.providers.sandbox.server import LoopbackServer


async def no_sleep(_seconds: float) -> None:
    """Retry waits pass at once in tests (the retry layer still counts them)."""


@pytest.fixture
def clock() -> SimClock:
    """Simulated time that only moves when a test advances it."""
    return SimClock(speed=0)


@pytest.fixture
def sim(clock: SimClock) -> NaxaiSimulator:
    return NaxaiSimulator(clock=clock, seed=7, token_ttl=30 * 86400)  # tests jump days ahead


@pytest.fixture
def server(sim: NaxaiSimulator) -> Iterator[LoopbackServer]:
    with LoopbackServer(sim) as srv:
        yield srv


@pytest_asyncio.fixture
async def gateway(server: LoopbackServer) -> AsyncIterator[NaxaiGateway]:
    gw = naxai_gateway(
        SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, base_url=server.url, token_url=f"{server.url}/oauth2/token",
        retry=RetryConfig(max_attempts=4, base_delay=0.01, max_delay=0.02), sleep=no_sleep,
        timeout=httpx.Timeout(5.0),
    )
    yield gw
    await gw.aclose()


@pytest.fixture
def client(gateway: NaxaiGateway) -> NaxaiClient:
    return gateway.client


@pytest_asyncio.fixture
async def raw(server: LoopbackServer) -> AsyncIterator[httpx.AsyncClient]:
    """A plain httpx client with a valid token, for requests our own client would never send."""
    async with httpx.AsyncClient(base_url=server.url, timeout=5.0) as http:
        token = (await http.post("/oauth2/token", data={
            "client_id": SANDBOX_CLIENT_ID, "client_secret": SANDBOX_CLIENT_SECRET,
            "grant_type": "client_credentials"})).json()["access_token"]
        http.headers["Authorization"] = f"Bearer {token}"
        http.headers["X-Version"] = "2023-03-25"
        yield http
