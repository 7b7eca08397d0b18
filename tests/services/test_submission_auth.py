"""A 401 in the middle of a session, seen from SubmissionService over a real loopback socket.

The provider tests (tests/providers/*/test_*auth*, test_contract) prove the client refreshes once;
these prove the user-facing outcome: the paid campaign still goes out exactly once, and when the
credentials are no longer accepted the submission fails with a "check the credentials" message and
nothing is created.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from app.domain.campaign import CampaignDraft, SubmissionState
from app.domain.message import SpokenText
from app.domain.providers import ProviderId
from app.providers import errors
from app.providers.gateway import CampaignGateway
from app.providers.http import RetryConfig
from app.providers.naxai.client import naxai_gateway
from app.providers.routee.client import routee_gateway
from app.providers.sandbox.naxai import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, NaxaiSimulator
from app.providers.sandbox.routee import SANDBOX_APP_ID, SANDBOX_SECRET, RouteeSimulator
from app.providers.sandbox.server import LoopbackServer
from app.services.gateways import GatewayRegistry
from app.services.store import Store
from app.services.submission import SubmissionService

TIMEOUT = httpx.Timeout(3.0)
RETRY = RetryConfig(max_attempts=2, base_delay=0.01, max_delay=0.02)


@dataclass
class Provider:
    """One simulator on a loopback port, with the hooks these tests need."""

    id: ProviderId
    sim: RouteeSimulator | NaxaiSimulator
    url: str

    def gateway(self) -> CampaignGateway:
        if self.id is ProviderId.ROUTEE:
            return routee_gateway(SANDBOX_APP_ID, SANDBOX_SECRET, base_url=self.url,
                                  token_url=f"{self.url}/oauth/token", timeout=TIMEOUT, retry=RETRY)
        return naxai_gateway(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, base_url=self.url,
                             token_url=f"{self.url}/oauth2/token", timeout=TIMEOUT, retry=RETRY)

    def token_requests(self) -> int:
        sim = self.sim
        return sim.token_requests() if isinstance(sim, RouteeSimulator) else sim.token_requests

    def campaigns(self, reference: str) -> int:
        sim = self.sim
        return len(sim.find_by_name(reference)) if isinstance(sim, RouteeSimulator) else sim.broadcast_count(reference)

    def remove_credentials(self) -> None:
        """The account's secret was rotated at the provider: old tokens die, the old secret fails."""
        sim = self.sim
        if isinstance(sim, RouteeSimulator):
            sim.applications[SANDBOX_APP_ID].secret = "rotated"
        else:
            sim.credentials[SANDBOX_CLIENT_ID] = "rotated"
        sim.revoke_tokens()


@pytest.fixture(params=[ProviderId.ROUTEE, ProviderId.NAXAI])
def provider(request: pytest.FixtureRequest) -> Iterator[Provider]:
    pid = request.param
    sim: RouteeSimulator | NaxaiSimulator = RouteeSimulator(seed=3) if pid is ProviderId.ROUTEE else NaxaiSimulator(seed=3)
    with LoopbackServer(sim) as server:
        yield Provider(pid, sim, server.url)


def draft(provider: ProviderId, n: int) -> CampaignDraft:
    d = CampaignDraft(provider=provider, name=f"Auth check {n}")
    d.message = SpokenText(text="Water is cut tomorrow.", language="en-GB" if provider is ProviderId.ROUTEE else "fr-BE")
    d.delivery.sender = "3225550100"
    d.audience.numbers_text = "+32470123456"
    return d


@pytest.mark.asyncio
async def test_401_mid_session_refreshes_once_and_the_second_401_says_check_credentials(
    provider: Provider, tmp_path: Path
) -> None:
    store = Store(tmp_path / "voicedesk.sqlite3", durable=False)
    gateways = GatewayRegistry(lambda account, pid: _ready(provider.gateway()))
    heard: list[SubmissionState] = []
    service = SubmissionService(store, gateways, lambda sub: heard.append(sub.state), settle_seconds=0)
    try:
        first = await service.submit(await service.prepare(draft(provider.id, 1)))
        assert first.state is SubmissionState.CONFIRMED and provider.token_requests() == 1

        provider.sim.revoke_tokens()  # mid-session: the provider no longer accepts the token
        heard.clear()
        second = await service.submit(await service.prepare(draft(provider.id, 2)))
        assert second.state is SubmissionState.CONFIRMED  # the user notices nothing
        assert SubmissionState.UNCONFIRMED not in heard and SubmissionState.FAILED not in heard
        assert provider.token_requests() == 2  # refreshed exactly once
        assert provider.campaigns(second.reference) == 1

        provider.remove_credentials()
        prepared = await service.prepare(draft(provider.id, 3))
        with pytest.raises(errors.AuthenticationFailed) as info:
            await service.submit(prepared)
        message = info.value.user_message.lower()
        assert "check" in message and ("credentials" in message or "secret" in message)
        assert SANDBOX_SECRET not in info.value.support_details()
        failed = (await store.list_submissions(limit=1))[0]
        assert failed.state is SubmissionState.FAILED  # certainly not created: no lookup, no resend
        assert provider.campaigns(failed.reference) == 0
    finally:
        await gateways.aclose()
        await store.aclose()


async def _ready(gateway: CampaignGateway) -> CampaignGateway:
    return gateway
