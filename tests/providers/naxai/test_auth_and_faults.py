"""Token refresh on 401, safe retries, and the paid create never sent twice (real sockets)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from app.providers import errors
from app.providers.http import RetryConfig
from app.providers.naxai.client import NaxaiGateway, naxai_gateway
from app.providers.sandbox.faults import Fault, FaultKind
from app.providers.sandbox.naxai import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, NaxaiSimulator, RateLimit
from app.providers.sandbox.server import LoopbackServer
from tests.providers.naxai.conftest import no_sleep
from tests.providers.naxai.drafts import spoken_draft

CREATE = r"^/voice/broadcasts$"


@pytest.mark.asyncio
@pytest.mark.parametrize("invalidate", ["revoke_tokens", "expire_tokens"])
async def test_401_mid_session_refreshes_once(gateway: NaxaiGateway, sim: NaxaiSimulator, invalidate: str) -> None:
    await gateway.client.list_broadcasts()
    assert sim.token_requests == 1
    getattr(sim, invalidate)()
    assert await gateway.client.list_broadcasts() == []  # the user notices nothing
    assert sim.token_requests == 2
    statuses = [path for _, path, _ in sim.requests]
    assert statuses.count("/voice/broadcasts") == 3  # ok, 401, ok


@pytest.mark.asyncio
async def test_second_401_becomes_check_your_credentials(gateway: NaxaiGateway, sim: NaxaiSimulator) -> None:
    await gateway.client.list_broadcasts()
    sim.reject_all_tokens = True
    with pytest.raises(errors.AuthenticationFailed) as info:
        await gateway.client.list_broadcasts()
    assert "credentials" in info.value.user_message and info.value.status == 401
    assert sim.token_requests == 2  # refreshed exactly once


@pytest.mark.asyncio
async def test_rotated_secret_fails_at_the_refresh(gateway: NaxaiGateway, sim: NaxaiSimulator) -> None:
    await gateway.client.list_broadcasts()
    sim.credentials[SANDBOX_CLIENT_ID] = "rotated"
    sim.revoke_tokens()
    with pytest.raises(errors.AuthenticationFailed) as info:
        await gateway.client.list_broadcasts()
    assert info.value.provider_code == "invalid_client"


@pytest.mark.asyncio
async def test_create_is_never_retried(gateway: NaxaiGateway, server: LoopbackServer, sim: NaxaiSimulator) -> None:
    await gateway.check_credentials()
    server.faults.add(Fault(FaultKind.SERVER_ERROR, method="POST", path=CREATE, times=1, status=503))
    with pytest.raises(errors.ServerError):
        await gateway.create_campaign(spoken_draft(), "Outage VD1", [])
    assert sim.broadcast_count() == 0  # a retry would have gone through and created one
    server.faults.add(Fault(FaultKind.RATE_LIMIT, method="POST", path=CREATE, times=1, retry_after=0))
    with pytest.raises(errors.RateLimited):
        await gateway.create_campaign(spoken_draft(), "Outage VD1", [])
    assert sim.broadcast_count() == 0


@pytest.mark.asyncio
async def test_lost_response_on_create_surfaces_as_sent_and_is_found_by_name(
    gateway: NaxaiGateway, server: LoopbackServer, sim: NaxaiSimulator
) -> None:
    await gateway.check_credentials()
    server.faults.add(Fault(FaultKind.LOST_RESPONSE, method="POST", path=CREATE, times=1))
    with pytest.raises(errors.ConnectionFailed) as info:
        await gateway.create_campaign(spoken_draft(), "Outage VD7", [])
    assert info.value.request_sent is True
    assert sim.broadcast_count("Outage VD7") == 1
    found = await gateway.find_campaign("Outage VD7")
    assert found is not None
    assert await gateway.find_campaign("Outage VD8") is None
    await gateway.start_campaign(found)
    assert sim.broadcast_count() == 1


@pytest.mark.asyncio
async def test_processed_then_5xx_on_create_is_not_retried(
    gateway: NaxaiGateway, server: LoopbackServer, sim: NaxaiSimulator
) -> None:
    await gateway.check_credentials()
    server.faults.add(Fault(FaultKind.SERVER_ERROR_AFTER, method="POST", path=CREATE, times=1, status=502))
    with pytest.raises(errors.ServerError) as info:
        await gateway.create_campaign(spoken_draft(), "Outage VD9", [])
    assert info.value.request_sent is True and sim.broadcast_count() == 1


@pytest.mark.asyncio
async def test_reset_before_create_is_reported_and_nothing_created(
    gateway: NaxaiGateway, server: LoopbackServer, sim: NaxaiSimulator
) -> None:
    await gateway.check_credentials()
    server.faults.add(Fault(FaultKind.RESET_BEFORE, method="POST", path=CREATE, times=1))
    with pytest.raises(errors.ConnectionFailed):
        await gateway.create_campaign(spoken_draft(), "Outage VD3", [])
    assert sim.broadcast_count() == 0


@pytest.mark.asyncio
async def test_gets_and_token_retry_on_5xx_429_and_resets(gateway: NaxaiGateway, server: LoopbackServer) -> None:
    server.faults.add(Fault(FaultKind.SERVER_ERROR, path=r"/oauth2/token$", times=1))
    server.faults.add(Fault(FaultKind.SERVER_ERROR, method="GET", path=r"^/voice/broadcasts$", times=2))
    server.faults.add(Fault(FaultKind.RATE_LIMIT, method="GET", path=r"^/calendars$", times=1, retry_after=0))
    server.faults.add(Fault(FaultKind.RESET_BEFORE, method="GET", path=r"^/people/segments$", times=1))
    assert await gateway.client.list_broadcasts() == []
    assert await gateway.client.list_calendars()
    assert await gateway.client.list_segments()
    assert not server.faults.faults  # every fault fired and was absorbed by the one retry layer


@pytest.mark.asyncio
async def test_start_is_safe_to_repeat(gateway: NaxaiGateway, server: LoopbackServer, sim: NaxaiSimulator) -> None:
    bid = await gateway.create_campaign(spoken_draft(), "Outage VD4", [])
    server.faults.add(Fault(FaultKind.LOST_RESPONSE, method="POST", path=r"/start$", times=1))
    await gateway.start_campaign(bid)  # the retry meets `already started` and is accepted
    assert (await gateway.client.get_broadcast(bid)).state.value in ("started", "processing")
    await gateway.start_campaign(bid)


@pytest.mark.asyncio
async def test_read_timeout_on_a_real_socket(server: LoopbackServer) -> None:
    gw = naxai_gateway(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, base_url=server.url,
                       token_url=f"{server.url}/oauth2/token", timeout=httpx.Timeout(0.2),
                       retry=RetryConfig(max_attempts=1), sleep=no_sleep)
    try:
        await gw.check_credentials()
        server.faults.add(Fault(FaultKind.LATENCY, method="POST", path=CREATE, times=1, seconds=0.6))
        with pytest.raises(errors.RequestTimeout) as info:
            await gw.create_campaign(spoken_draft(), "Slow VD1", [])
        assert info.value.request_sent is True
    finally:
        await gw.aclose()


@pytest.mark.asyncio
async def test_rate_limit_answers_429_with_headers() -> None:
    sim = NaxaiSimulator(rate_limit=RateLimit(limit=3, window_seconds=60))
    with LoopbackServer(sim) as server:
        async with httpx.AsyncClient(base_url=server.url) as http:
            token = (await http.post("/oauth2/token", data={"client_id": SANDBOX_CLIENT_ID,
                                                            "client_secret": SANDBOX_CLIENT_SECRET,
                                                            "grant_type": "client_credentials"})).json()
            headers = {"Authorization": f"Bearer {token['access_token']}"}
            ok = await http.get("/calendars", headers=headers)
            assert ok.status_code == 200
            assert ok.headers["X-RateLimit-Limit"] == "3" and ok.headers["X-RateLimit-Remaining"] == "1"
            await http.get("/calendars", headers=headers)
            limited = await http.get("/calendars", headers=headers)
            assert limited.status_code == 429
            assert limited.json()["error"]["code"] == "too_many_requests"
            assert limited.headers["X-RateLimit-Remaining"] == "0"
            assert 0 < int(limited.headers["X-RateLimit-Reset"]) <= 60 and limited.headers["Retry-After"]


@pytest.mark.asyncio
async def test_client_waits_out_the_rate_limit_on_reads() -> None:
    sim = NaxaiSimulator(rate_limit=RateLimit(limit=2, window_seconds=1))
    with LoopbackServer(sim) as server:
        waits: list[float] = []

        async def sleep(seconds: float) -> None:
            waits.append(seconds)
            await asyncio.sleep(seconds)

        gw = naxai_gateway(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, base_url=server.url,
                           token_url=f"{server.url}/oauth2/token", sleep=sleep)
        try:
            for _ in range(3):
                assert await gw.client.list_calendars()
        finally:
            await gw.aclose()
        assert waits and all(w <= 1 for w in waits)  # honoured X-RateLimit-Reset / Retry-After
