"""A full broadcast through the gateway, as the services drive it: create, start, poll to the end."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.campaign import CampaignState
from app.domain.validation import DraftInvalid
from app.providers.naxai.client import NaxaiGateway, naxai_gateway
from app.providers.sandbox.clock import SimClock
from app.providers.sandbox.naxai import (
    SANDBOX_CLIENT_ID,
    SANDBOX_CLIENT_SECRET,
    SEGMENT_MEDIUM,
    NaxaiSimulator,
)
from app.providers.sandbox.transport import SandboxTransport
from app.providers.unconfirmed import DEFAULT_NAMES
from tests.providers.naxai.drafts import script_draft, spoken_draft


@pytest.mark.asyncio
async def test_full_broadcast_over_the_socket(gateway: NaxaiGateway, sim: NaxaiSimulator, clock: SimClock) -> None:
    draft = script_draft()
    draft.audience.segment_id = SEGMENT_MEDIUM
    draft.audience.include_unsubscribed = True
    await gateway.check_credentials()
    [body] = gateway.build_requests(draft, "Outage VD1", [])
    bid = await gateway.create_campaign(draft, "Outage VD1", [])
    assert sim.broadcasts[bid].config == {**body, "distribution": "none"}
    assert (await gateway.campaign_status(bid)).state is CampaignState.DRAFT
    await gateway.start_campaign(bid)
    seen: list[CampaignState] = []
    for _ in range(200):
        status = await gateway.campaign_status(bid)
        seen.append(status.state)
        if status.state.is_final:
            break
        clock.advance(120)
    assert seen[-1] is CampaignState.COMPLETED and CampaignState.RUNNING in seen
    assert status.total == 40 and status.finished == 40
    assert status.counts["delivered"] + status.counts["failed"] == 40
    assert status.counts["inProgress"] == 0 and status.provider_state == "completed"
    assert await gateway.find_campaign("Outage VD1") == bid


@pytest.mark.asyncio
async def test_sandbox_account_in_process_with_typed_numbers() -> None:
    clock = SimClock(speed=0)
    sim = NaxaiSimulator(clock=clock, seed=3)
    gw = naxai_gateway(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, transport=SandboxTransport(sim))
    try:
        draft = spoken_draft()
        draft.audience.source = "numbers"  # the segment is kept, not sent
        numbers = ["+32470000101", "+32470000102", "+32470000008"]
        bid = await gw.create_campaign(draft, "Typed VD1", numbers)
        await gw.start_campaign(bid)
        clock.advance(3600)
        status = await gw.campaign_status(bid)
        assert status.state is CampaignState.COMPLETED and status.total == 3
        assert status.counts["failed"] >= 1  # ...0008 never answers
        recipients = await gw.client.list_recipients(bid)
        assert sorted(r.phone for r in recipients) == sorted(n[1:] for n in numbers)
    finally:
        await gw.aclose()


@pytest.mark.asyncio
async def test_same_seed_same_outcome() -> None:
    async def run() -> dict[str, int]:
        clock = SimClock(speed=0)
        gw = naxai_gateway(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET,
                           transport=SandboxTransport(NaxaiSimulator(clock=clock, seed=11)))
        try:
            draft = spoken_draft()
            draft.audience.segment_id = SEGMENT_MEDIUM
            bid = await gw.create_campaign(draft, "Seeded VD1", [])
            await gw.start_campaign(bid)
            clock.advance(7200)
            return (await gw.campaign_status(bid)).counts
        finally:
            await gw.aclose()

    assert await run() == await run()


@pytest.mark.asyncio
async def test_overridden_names_are_understood_by_the_sandbox() -> None:
    names = DEFAULT_NAMES.with_overrides({"naxai_unsubscribed_field": "includeUnsubscribed",
                                          "naxai_file_numbers_field": "numbers",
                                          "naxai_scheduled_at_unit": "milliseconds"})
    clock = SimClock(speed=0)
    gw = naxai_gateway(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, names=names,
                       transport=SandboxTransport(NaxaiSimulator(clock=clock, names=names)))
    try:
        draft = spoken_draft()
        draft.delivery.schedule.send_at = clock.now().replace(microsecond=0) + timedelta(hours=1)
        bid = await gw.create_campaign(draft, "Named VD1", [])
        await gw.start_campaign(bid)
        assert (await gw.campaign_status(bid)).state is CampaignState.SCHEDULED
    finally:
        await gw.aclose()


def test_build_requests_refuses_an_invalid_draft_before_sending() -> None:
    gw = naxai_gateway(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, transport=SandboxTransport(NaxaiSimulator()))
    draft = spoken_draft()
    draft.delivery.sender = "12"
    with pytest.raises(DraftInvalid) as info:
        gw.build_requests(draft, "Bad VD1", [])
    assert [p.field for p in info.value.problems] == ["delivery.sender"]


@pytest.mark.asyncio
async def test_builtin_sandbox_account_runs_a_broadcast_in_simulated_time() -> None:
    from app.providers.sandbox.naxai import naxai_sandbox_gateway

    sim = NaxaiSimulator(clock=SimClock(speed=0), seed=2)
    gw = naxai_sandbox_gateway(simulator=sim)
    try:
        await gw.check_credentials()
        bid = await gw.create_campaign(spoken_draft(), "Sandbox VD1", [])
        await gw.start_campaign(bid)
        sim.clock.advance(600)
        assert (await gw.campaign_status(bid)).state is CampaignState.COMPLETED
    finally:
        await gw.aclose()
