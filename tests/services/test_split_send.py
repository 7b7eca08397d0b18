"""Sending 2,500 numbers through Routee as a batch of 3 campaigns, against the in-process Sandbox:
every part created once with the right name and recipients; a refused part stops the batch and the
rest can be sent later without resending; ambiguous failures and crashes are settled by lookup."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from app.domain.campaign import CampaignDraft, Submission, SubmissionState
from app.domain.message import SpokenText
from app.domain.providers import ProviderId
from app.providers import errors
from app.providers.gateway import CampaignGateway
from app.providers.sandbox.account import SANDBOX_SENDER, SandboxAccount
from app.providers.sandbox.faults import Fault, FaultKind
from app.providers.sandbox.routee import RouteeSimulator
from app.services.gateways import GatewayRegistry
from app.services.store import MIGRATIONS, Store
from app.services.submission import SubmissionService

CREATE = r"^/voice/campaign$"


def numbers(n: int) -> list[str]:
    return [f"+32470{i:06d}" for i in range(n)]


def draft(n: int = 2500) -> CampaignDraft:
    d = CampaignDraft(provider=ProviderId.ROUTEE, name="Spring reminders")
    d.message = SpokenText(text="Your bins are collected on Monday.", language="en-GB")
    d.delivery.sender = SANDBOX_SENDER
    d.audience.numbers_text = "\n".join(numbers(n))
    return d


@dataclass
class World:
    """The Sandbox, a real SQLite store and the service, plus the updates the service reported."""

    sandbox: SandboxAccount
    store: Store
    gateways: GatewayRegistry
    service: SubmissionService
    heard: list[Submission]
    path: Path

    @property
    def routee(self) -> RouteeSimulator:
        return self.sandbox.routee

    def created_names(self) -> Counter[str]:
        return Counter(c.name for c in self.routee.campaigns.values())

    def fault_when(self, part: int, state: SubmissionState, fault: Fault) -> None:
        """Inject `fault` at the moment part `part` reaches `state` (before its request leaves)."""
        self._hooks.append((part, state, fault))

    def __post_init__(self) -> None:
        self._hooks: list[tuple[int, SubmissionState, Fault]] = []

    def on_update(self, sub: Submission) -> None:
        self.heard.append(sub)
        for hook in list(self._hooks):
            part, state, fault = hook
            if sub.part_index == part and sub.state is state:
                self._hooks.remove(hook)
                self.sandbox.routee_transport.faults.add(fault)


@pytest_asyncio.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    sandbox = SandboxAccount(speed=1.0, seed=5)
    store = Store(tmp_path / "voicedesk.sqlite3", durable=False)

    async def factory(account_id: str, provider: ProviderId) -> CampaignGateway:
        return sandbox.gateway(provider)

    gateways = GatewayRegistry(factory)
    heard: list[Submission] = []
    w = World(sandbox, store, gateways, None, heard, tmp_path / "voicedesk.sqlite3")  # type: ignore[arg-type]
    w.service = SubmissionService(store, gateways, w.on_update, settle_seconds=0)
    try:
        yield w
    finally:
        await gateways.aclose()
        await store.aclose()


def recipients(sim: RouteeSimulator, name: str) -> list[str]:
    [campaign] = sim.find_by_name(name)
    return list(campaign.request["to"])


@pytest.mark.asyncio
async def test_2500_numbers_go_out_as_three_campaigns_each_once(world: World) -> None:
    prepared = await world.service.prepare(draft())
    assert prepared.ready, prepared.problems
    assert prepared.campaign_count == 3 and prepared.call_count == 2500

    outcome = await world.service.send(prepared)

    assert outcome.complete and outcome.refusal is None
    assert [p.name for p in outcome.parts] == [f"Spring reminders ({i}/3)" for i in (1, 2, 3)]
    assert all(p.state is SubmissionState.CONFIRMED for p in outcome.parts)
    assert len({p.batch_id for p in outcome.parts}) == 1 and outcome.parts[0].batch_id == outcome.batch_id
    names = world.created_names()
    assert sorted(names) == sorted(p.reference for p in outcome.parts)
    assert set(names.values()) == {1}  # no duplicates
    sent = [recipients(world.routee, p.reference) for p in outcome.parts]
    assert [len(s) for s in sent] == [834, 833, 833]
    assert [n for s in sent for n in s] == numbers(2500)
    assert [p.recipient_count for p in outcome.parts] == [834, 833, 833]
    # every intent was recorded before the first request left
    first_sending = next(i for i, s in enumerate(world.heard) if s.state is SubmissionState.SENDING)
    assert {s.part_index for s in world.heard[:first_sending] if s.state is SubmissionState.INTENT} == {1, 2, 3}


@pytest.mark.asyncio
async def test_a_refused_part_stops_the_batch_and_the_rest_can_be_sent_later(world: World) -> None:
    world.fault_when(2, SubmissionState.SENDING,
                     Fault(FaultKind.RATE_LIMIT, method="POST", path=CREATE, times=None, retry_after=0))
    outcome = await world.service.send(await world.service.prepare(draft()))

    assert isinstance(outcome.refusal, errors.RateLimited)
    states = [p.state for p in outcome.parts]
    assert states == [SubmissionState.CONFIRMED, SubmissionState.FAILED, SubmissionState.NOT_SENT]
    assert [p.part_index for p in outcome.went_out] == [1] and [p.part_index for p in outcome.not_sent] == [2, 3]
    assert "part 2 was refused" in (outcome.parts[2].error or "")
    assert len(world.routee.campaigns) == 1

    world.sandbox.routee_transport.faults.clear()
    again = await world.service.send_remaining(outcome.batch_id or "")

    assert again.refusal is None and again.complete
    assert [p.state for p in again.parts] == [SubmissionState.CONFIRMED] * 3
    assert again.parts[0].id == outcome.parts[0].id  # part 1 was not sent again
    names = world.created_names()
    assert len(names) == 3 and set(names.values()) == {1}
    assert [len(recipients(world.routee, p.reference)) for p in again.parts] == [834, 833, 833]
    assert [n for p in again.parts for n in recipients(world.routee, p.reference)] == numbers(2500)
    assert [p.name for p in again.parts] == [f"Spring reminders ({i}/3)" for i in (1, 2, 3)]
    # nothing left to send: asking again sends nothing
    assert (await world.service.send_remaining(outcome.batch_id or "")).parts == again.parts
    assert len(world.routee.campaigns) == 3


@pytest.mark.asyncio
async def test_an_ambiguous_failure_of_a_part_is_looked_up_not_resent(world: World) -> None:
    world.fault_when(2, SubmissionState.SENDING, Fault(FaultKind.LOST_RESPONSE, method="POST", path=CREATE))
    outcome = await world.service.send(await world.service.prepare(draft()))

    assert outcome.complete and outcome.refusal is None
    assert [p.state for p in outcome.parts] == [SubmissionState.CONFIRMED] * 3
    assert any(s.part_index == 2 and s.state is SubmissionState.UNCONFIRMED for s in world.heard)
    names = world.created_names()
    assert len(names) == 3 and set(names.values()) == {1}  # part 2 exists once: found, not resent
    assert outcome.parts[1].provider_id  # what the lookup found


class ProcessDied(BaseException):
    """The app's process ended here: nothing after this line ran."""


class DiesBeforeSecondPost:
    """A real gateway whose process dies just before the paid POST of the second part."""

    def __init__(self, inner: CampaignGateway) -> None:
        self.inner = inner
        self.posts = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def create_campaign(self, draft: CampaignDraft, reference: str, numbers: list[str]) -> str:
        self.posts += 1
        if self.posts == 2:
            raise ProcessDied
        return await self.inner.create_campaign(draft, reference, numbers)


@pytest.mark.asyncio
async def test_a_crash_mid_batch_leaves_the_unsent_parts_to_be_proved_not_sent(world: World) -> None:
    dying = DiesBeforeSecondPost(world.sandbox.gateway(ProviderId.ROUTEE))

    async def factory(account_id: str, provider: ProviderId) -> CampaignGateway:
        return dying  # type: ignore[return-value]

    crashing = SubmissionService(world.store, GatewayRegistry(factory), settle_seconds=0)
    prepared = await crashing.prepare(draft())
    with pytest.raises(ProcessDied):
        await crashing.send(prepared)
    left = sorted(await world.store.list_submissions(), key=lambda s: s.part_index or 0)
    assert [s.state for s in left] == [SubmissionState.CONFIRMED, SubmissionState.SENDING, SubmissionState.INTENT]

    # the next start, on the same file
    await world.store.aclose()
    world.store = Store(world.path, durable=False)
    service = SubmissionService(world.store, world.gateways, settle_seconds=0)
    await service.reconcile_pending()
    parts = sorted(await world.store.list_submissions(), key=lambda s: s.part_index or 0)
    assert [s.state for s in parts] == [SubmissionState.CONFIRMED, SubmissionState.NOT_SENT, SubmissionState.NOT_SENT]
    assert len(world.routee.campaigns) == 1

    outcome = await service.send_remaining(parts[0].batch_id or "")
    assert [p.state for p in outcome.parts] == [SubmissionState.CONFIRMED] * 3
    names = world.created_names()
    assert len(names) == 3 and set(names.values()) == {1}
    assert [n for p in outcome.parts for n in recipients(world.routee, p.reference)] == numbers(2500)


@pytest.mark.asyncio
async def test_intents_recorded_then_a_crash_become_not_sent_at_the_next_start(world: World) -> None:
    prepared = await world.service.prepare(draft(1500))
    plan = prepared.plan
    assert plan is not None and plan.is_split
    from app.services.submission import part_draft

    await world.store.record_intents([
        (Submission(draft_id=prepared.draft.id, name=p.display_name, reference=p.reference, provider=ProviderId.ROUTEE,
                    account_id="sandbox", recipient_count=p.recipient_count, batch_id=plan.batch_id,
                    part_index=p.index, part_count=p.count), part_draft(prepared.draft, p), p.numbers)
        for p in plan.parts
    ])
    await world.service.reconcile_pending()
    assert [s.state for s in await world.store.list_submissions()] == [SubmissionState.NOT_SENT] * 2
    assert not world.routee.campaigns


@pytest.mark.asyncio
async def test_a_database_of_the_old_schema_opens_and_keeps_its_submissions(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    conn.execute("INSERT INTO schema_migrations VALUES (1, '2024-01-01T00:00:00+00:00')")
    conn.execute(
        "INSERT INTO submissions VALUES ('s1', 'd1', 'Old one', 'Old one VD12345678', 'routee', 'sandbox', 3, "
        "'confirmed', 'p1', ?, NULL, '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00')",
        (json.dumps({"state": "completed", "total": 3, "finished": 3}),),
    )
    conn.commit()
    conn.close()

    store = Store(path, durable=False)
    try:
        assert await store.schema_version() == len(MIGRATIONS)
        [old] = await store.list_submissions()
        assert (old.name, old.state, old.batch_id, old.part_index, old.sent_at) == (
            "Old one", SubmissionState.CONFIRMED, None, None, None)
        assert old.status.finished == 3
    finally:
        await store.aclose()


@pytest.mark.asyncio
async def test_asking_twice_at_once_sends_the_remaining_parts_once(world: World) -> None:
    import asyncio

    world.fault_when(2, SubmissionState.SENDING,
                     Fault(FaultKind.RATE_LIMIT, method="POST", path=CREATE, times=None, retry_after=0))
    outcome = await world.service.send(await world.service.prepare(draft()))
    world.sandbox.routee_transport.faults.clear()
    batch = outcome.batch_id or ""

    first, second = await asyncio.gather(world.service.send_remaining(batch), world.service.send_remaining(batch))

    assert [p.state for p in first.parts] == [SubmissionState.CONFIRMED] * 3
    assert [p.id for p in second.parts] == [p.id for p in first.parts]  # the second found them sent
    names = world.created_names()
    assert len(names) == 3 and set(names.values()) == {1}
