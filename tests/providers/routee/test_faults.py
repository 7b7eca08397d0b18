"""The retry layer against the Routee simulator on a real socket: Retry-After honoured on reads,
the paid campaign POST never retried, and a lost answer surfacing as `request_sent=True`."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from app.domain.campaign import new_reference
from app.providers import errors
from app.providers.routee.client import NAME_REF_PREFIX, RouteeGateway
from app.providers.sandbox.faults import Fault, FaultKind
from app.providers.sandbox.routee import RateLimit, RouteeSimulator
from app.providers.sandbox.server import LoopbackServer
from tests.providers.routee.conftest import NUMBERS, Sleeps, make_draft, make_gateway

pytestmark = pytest.mark.asyncio


def posts(sim: RouteeSimulator) -> int:
    return sum(1 for method, path in sim.requests if (method, path) == ("POST", "/voice/campaign"))


async def test_rate_limited_get_waits_as_told_then_succeeds(
    sim: RouteeSimulator, gateway: RouteeGateway, sleeps: Sleeps
) -> None:
    tid = await gateway.create_campaign(make_draft(), "Limited", NUMBERS)
    sim.rate_limit = RateLimit(limit=1, window_seconds=7)
    status = await gateway.campaign_status(tid)  # uses the window's one request
    assert status.total == 3
    status = await gateway.campaign_status(tid)  # 429 first, then retried after Retry-After
    assert status.total == 3
    assert sleeps.calls == [7.0]


async def test_rate_limit_headers_are_sent(sim: RouteeSimulator, server: LoopbackServer) -> None:
    sim.rate_limit = RateLimit(limit=2, window_seconds=30)
    async with httpx.AsyncClient(base_url=server.url) as raw:
        from tests.providers.routee.conftest import bearer

        headers = await bearer(raw)
        ok = await raw.get("/voice/tracking/none", headers=headers)
        assert ok.headers["X-RateLimit-Limit"] == "2" and ok.headers["X-RateLimit-Remaining"] == "1"
        await raw.get("/voice/tracking/none", headers=headers)
        limited = await raw.get("/voice/tracking/none", headers=headers)
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "30" and limited.headers["X-RateLimit-Remaining"] == "0"
    assert limited.json()["code"] == "429000000"


async def test_campaign_post_is_never_retried_on_429(
    sim: RouteeSimulator, gateway: RouteeGateway, sleeps: Sleeps
) -> None:
    await gateway.check_credentials()
    sim.rate_limit = RateLimit(limit=0, window_seconds=60)
    with pytest.raises(errors.RateLimited) as info:
        await gateway.create_campaign(make_draft(), "Busy", NUMBERS)
    assert info.value.retry_at is not None and "Try again after" in info.value.user_message
    assert sleeps.calls == [] and sim.campaigns == {}


async def test_campaign_post_is_never_retried_on_5xx(
    sim: RouteeSimulator, server: LoopbackServer, gateway: RouteeGateway, sleeps: Sleeps
) -> None:
    fault = server.faults.add(Fault(FaultKind.SERVER_ERROR, method="POST", path="^/voice/campaign$", times=5))
    with pytest.raises(errors.ServerError) as info:
        await gateway.create_campaign(make_draft(), "Down", NUMBERS)
    assert fault.times == 4 and sleeps.calls == [] and info.value.request_sent is True


async def test_gets_are_retried_on_5xx_and_resets(
    sim: RouteeSimulator, server: LoopbackServer, gateway: RouteeGateway, sleeps: Sleeps
) -> None:
    tid = await gateway.create_campaign(make_draft(), "Flaky", NUMBERS)
    server.faults.add(Fault(FaultKind.SERVER_ERROR, method="GET", times=1))
    assert (await gateway.campaign_status(tid)).total == 3
    server.faults.add(Fault(FaultKind.RESET_BEFORE, method="GET", times=1))
    assert (await gateway.campaign_status(tid)).total == 3
    assert len(sleeps.calls) == 2


async def test_token_request_is_retried(server: LoopbackServer, sleeps: Sleeps, sim: RouteeSimulator) -> None:
    server.faults.add(Fault(FaultKind.SERVER_ERROR, path="^/oauth/token$", times=2))
    gw = make_gateway(server, sleeps)
    await gw.check_credentials()
    assert len(sleeps.calls) == 2 and sim.token_requests() == 1
    await gw.aclose()


async def test_lost_answer_after_creation_is_ambiguous_and_found_by_name(
    sim: RouteeSimulator, server: LoopbackServer, gateway: RouteeGateway, sleeps: Sleeps
) -> None:
    ref = new_reference("Lost")
    server.faults.add(Fault(FaultKind.LOST_RESPONSE, method="POST", path="^/voice/campaign$"))
    with pytest.raises((errors.ConnectionFailed, errors.RequestTimeout)) as info:
        await gateway.create_campaign(make_draft(), ref, NUMBERS)
    assert info.value.request_sent is True
    assert posts(sim) == 1 and len(sim.find_by_name(ref)) == 1 and sleeps.calls == []
    assert await gateway.find_campaign(ref) == NAME_REF_PREFIX + ref
    with pytest.raises(errors.Conflict) as again:  # a blind resend would be refused by name
        await gateway.create_campaign(make_draft(), ref, NUMBERS)
    assert again.value.provider_code == "409009003" and len(sim.find_by_name(ref)) == 1


async def test_timeout_on_campaign_post_keeps_request_sent(
    sim: RouteeSimulator, server: LoopbackServer, sleeps: Sleeps
) -> None:
    gw = make_gateway(server, sleeps, timeout=httpx.Timeout(connect=2.0, read=0.3, write=2.0, pool=2.0))
    await gw.check_credentials()
    server.faults.add(Fault(FaultKind.LATENCY, method="POST", path="^/voice/campaign$", seconds=0.8))
    ref = new_reference("Slow")
    with pytest.raises(errors.RequestTimeout) as info:
        await gw.create_campaign(make_draft(), ref, NUMBERS)
    assert info.value.request_sent is True and sleeps.calls == []
    for _ in range(100):  # the server finishes the work after our deadline
        if sim.find_by_name(ref):
            break
        await asyncio.sleep(0.02)
    assert len(sim.find_by_name(ref)) == 1
    await gw.aclose()


async def test_refused_connection_means_not_sent(sleeps: Sleeps) -> None:
    server = LoopbackServer(RouteeSimulator()).start()
    url = server.url
    server.stop()
    from app.providers.routee.client import routee_gateway

    gw = routee_gateway("a", "b", base_url=url, token_url=f"{url}/oauth/token", sleep=sleeps)
    with pytest.raises(errors.ConnectionFailed) as info:
        await gw.check_credentials()
    assert info.value.request_sent is False
    await gw.aclose()
