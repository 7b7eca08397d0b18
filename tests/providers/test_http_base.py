"""The base client's promises that do not depend on a provider: a failed token fetch means the
request never left, plain HTTP is refused except on loopback, Retry-After is honoured."""

from __future__ import annotations

import httpx
import pytest

from app.providers import errors
from app.providers.http import BaseClient, ClientConfig, ErrorBody, check_base_url, retry_after
from app.providers.routee.client import routee_gateway
from app.providers.sandbox.faults import Fault, FaultKind
from app.providers.sandbox.routee import SANDBOX_APP_ID, SANDBOX_SECRET, RouteeSimulator
from app.providers.sandbox.server import LoopbackServer


def test_plain_http_is_refused_except_on_loopback() -> None:
    assert check_base_url("https://connect.routee.net")
    assert check_base_url("http://127.0.0.1:8080")
    with pytest.raises(ValueError):
        check_base_url("http://connect.routee.net")


def test_retry_after_reads_seconds_and_rate_limit_reset() -> None:
    assert retry_after(httpx.Response(429, headers={"Retry-After": "7"})) == 7
    assert retry_after(httpx.Response(429, headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "12"})) == 12
    assert retry_after(httpx.Response(200)) is None


@pytest.mark.asyncio
async def test_a_failed_token_fetch_means_the_paid_request_never_left() -> None:
    sim = RouteeSimulator()
    with LoopbackServer(sim) as server:
        server.faults.add(Fault(FaultKind.SERVER_ERROR, path="/oauth/token", times=None))
        gateway = routee_gateway(SANDBOX_APP_ID, SANDBOX_SECRET, base_url=server.url,
                                 token_url=f"{server.url}/oauth/token", sleep=_no_sleep)
        with pytest.raises(errors.ServerError) as caught:
            await gateway.client.request("POST", "/voice/campaign", json={}, retry_safe=False)
        await gateway.aclose()
    assert caught.value.request_sent is False
    assert not sim.campaigns


async def _no_sleep(_seconds: float) -> None:
    return None


def test_base_client_refuses_a_plain_http_provider_address() -> None:
    with pytest.raises(ValueError):
        BaseClient(ClientConfig(base_url="http://example.org", token_url="https://example.org/t"),
                   parse_error=lambda r: ErrorBody())
