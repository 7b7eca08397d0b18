"""Fixtures for the Routee tests: a seeded simulator behind a real loopback socket, and clients
whose retry waits are recorded (and advance simulated time) instead of slept."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import pytest_asyncio

from app.domain.campaign import CampaignDraft
from app.domain.delivery import Callback, DeliverySettings, Schedule
from app.domain.message import SpokenText
from app.providers.http import RetryConfig
from app.providers.routee.client import RouteeGateway, routee_gateway
from app.providers.sandbox.routee import SANDBOX_APP_ID, SANDBOX_SECRET, RouteeSimulator
from app.providers.sandbox.server import LoopbackServer

FAST_TIMEOUT = httpx.Timeout(connect=2.0, read=3.0, write=3.0, pool=2.0)
NUMBERS = ["+306977663127", "+447123123456", "+32470123456"]


class Sleeps:
    """A stand-in for asyncio.sleep that records each wait and moves simulated time forward."""

    def __init__(self, sim: RouteeSimulator) -> None:
        self.sim = sim
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        self.sim.clock.advance(seconds * self.sim.clock.speed)


@pytest.fixture
def sim() -> RouteeSimulator:
    """A fresh, seeded Routee simulator."""
    return RouteeSimulator(seed=7)


@pytest.fixture
def server(sim: RouteeSimulator) -> Iterator[LoopbackServer]:
    """The simulator on a real loopback port."""
    with LoopbackServer(sim) as srv:
        yield srv


@pytest.fixture
def sleeps(sim: RouteeSimulator) -> Sleeps:
    return Sleeps(sim)


def make_gateway(server: LoopbackServer, sleeps: Sleeps, *, app_id: str = SANDBOX_APP_ID,
                 secret: str = SANDBOX_SECRET, **kwargs: Any) -> RouteeGateway:
    """A gateway talking to the loopback server with short timeouts and recorded retry waits."""
    return routee_gateway(app_id, secret, base_url=server.url, token_url=f"{server.url}/oauth/token",
                          timeout=kwargs.pop("timeout", FAST_TIMEOUT), sleep=sleeps,
                          retry=kwargs.pop("retry", RetryConfig(max_attempts=4, max_wait=120)), **kwargs)


@pytest_asyncio.fixture
async def gateway(server: LoopbackServer, sleeps: Sleeps) -> AsyncIterator[RouteeGateway]:
    gw = make_gateway(server, sleeps)
    yield gw
    await gw.aclose()


@pytest_asyncio.fixture
async def raw(server: LoopbackServer) -> AsyncIterator[httpx.AsyncClient]:
    """A plain httpx client on the loopback server, for requests our client would never send."""
    async with httpx.AsyncClient(base_url=server.url, timeout=FAST_TIMEOUT) as client:
        yield client


async def bearer(raw: httpx.AsyncClient, scope: str | None = None) -> dict[str, str]:
    """Authorization header with a fresh sandbox token."""
    data = {"grant_type": "client_credentials", **({"scope": scope} if scope else {})}
    response = await raw.post("/oauth/token", data=data, auth=(SANDBOX_APP_ID, SANDBOX_SECRET))
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def make_draft(**delivery: Any) -> CampaignDraft:
    """A valid spoken-text draft; keyword arguments override delivery settings."""
    settings = {"sender": "+306912345678", **delivery}
    return CampaignDraft(name="Spring sale", message=SpokenText(text="Hello, this is a test call.",
                                                                language="en-US"),
                         delivery=DeliverySettings(**settings))


__all__ = ["Callback", "Schedule", "NUMBERS", "Sleeps", "bearer", "make_draft", "make_gateway"]
