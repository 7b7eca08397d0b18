"""Provider audiences against the Sandbox: Naxai segments and sizes, Routee's count of contacts and
groups, what the Review step may rely on, and drafts keeping every audience field."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from app.domain.campaign import CampaignDraft
from app.domain.message import SpokenText
from app.domain.providers import ProviderId
from app.domain.recipients import Audience, split_entries
from app.providers import errors
from app.providers.sandbox.account import SANDBOX_ACCOUNT_ID, SANDBOX_SENDER, SandboxAccount
from app.providers.sandbox.naxai import SEGMENT_BUILDING, SEGMENT_MEDIUM
from app.services.audiences import AudienceService
from app.services.draft_files import export_draft, import_draft
from app.services.gateways import GatewayRegistry
from app.services.store import Store
from app.services.submission import SubmissionService


@pytest_asyncio.fixture
async def sandbox() -> AsyncIterator[tuple[SandboxAccount, GatewayRegistry]]:
    account = SandboxAccount(speed=0)

    async def factory(account_id: str, provider: ProviderId):  # type: ignore[no-untyped-def]
        return account.gateway(provider)

    registry = GatewayRegistry(factory)
    yield account, registry
    await registry.aclose()


def naxai_draft(**audience: object) -> CampaignDraft:
    draft = CampaignDraft(provider=ProviderId.NAXAI, name="Water", account_id=SANDBOX_ACCOUNT_ID,
                          message=SpokenText(text="Bonjour", language="fr-BE"),
                          audience=Audience.model_validate(audience))
    draft.delivery.sender = SANDBOX_SENDER
    return draft


@pytest.mark.asyncio
async def test_segments_and_their_size(sandbox: tuple[SandboxAccount, GatewayRegistry]) -> None:
    _, registry = sandbox
    service = AudienceService(registry)
    segments = {s.id: s for s in await service.segments(SANDBOX_ACCOUNT_ID)}
    assert segments[SEGMENT_MEDIUM].name == "Sandbox - 40 contacts" and segments[SEGMENT_MEDIUM].ready
    assert not segments[SEGMENT_BUILDING].ready
    draft = naxai_draft(source="segment", segment_id=SEGMENT_MEDIUM)
    assert service.known_count(draft) is None
    assert await service.segment_size(SANDBOX_ACCOUNT_ID, SEGMENT_MEDIUM) == 40
    assert service.known_count(draft) == 40
    assert service.known_count(naxai_draft(source="numbers", segment_id=SEGMENT_MEDIUM)) is None  # not sent


@pytest.mark.asyncio
async def test_a_segment_still_building_stops_the_send_with_plain_words(
        sandbox: tuple[SandboxAccount, GatewayRegistry], tmp_path: Path) -> None:
    account, registry = sandbox
    service = AudienceService(registry)
    await service.segments(SANDBOX_ACCOUNT_ID)
    store = Store(tmp_path / "db.sqlite3")
    try:
        submissions = SubmissionService(store, registry, audiences=service)
        prepared = await submissions.prepare(naxai_draft(source="segment", segment_id=SEGMENT_BUILDING,
                                                         numbers_text="0470 12 34 56"))
        assert [p.field for p in prepared.problems] == ["audience.segment_id"]
        assert "still being prepared" in prepared.problems[0].message
        assert prepared.numbers == []  # the typed numbers are kept in the draft, not sent

        prepared = await submissions.prepare(naxai_draft(source="segment", segment_id=SEGMENT_MEDIUM,
                                                         include_unsubscribed=True))
        assert prepared.ready and prepared.uncounted and prepared.call_count == 0
        await service.segment_size(SANDBOX_ACCOUNT_ID, SEGMENT_MEDIUM)
        prepared = await submissions.prepare(prepared.draft)
        assert not prepared.uncounted and prepared.call_count == 40
        sub = await submissions.submit(prepared)
        assert sub.recipient_count == 40
        [broadcast] = account.naxai.broadcasts.values()
        assert broadcast.config["segmentIds"] == [SEGMENT_MEDIUM]
        assert broadcast.config[account.names.naxai_unsubscribed_field] is True
    finally:
        await store.aclose()


@pytest.mark.asyncio
async def test_routee_counts_contacts_and_groups(sandbox: tuple[SandboxAccount, GatewayRegistry]) -> None:
    _, registry = sandbox
    service = AudienceService(registry)
    contacts, groups = ["sandbox-contact-1", "sandbox-contact-3"], ["Sandbox - 5 people", "Sandbox - empty"]
    count = await service.count_routee(SANDBOX_ACCOUNT_ID, SANDBOX_SENDER, contacts, groups)
    assert count.total == 4 and count.in_groups == 3
    assert count.per_group == {"Sandbox - 5 people": 4, "Sandbox - empty": 0}
    assert count.blacklisted == ["sandbox-contact-3"]
    draft = CampaignDraft(audience=Audience(contacts=contacts, groups=groups))
    assert service.known_count(draft) == 4
    assert service.known_count(CampaignDraft(audience=Audience(contacts=contacts))) is None  # another list
    with pytest.raises(errors.InvalidNumber) as info:
        await service.count_routee(SANDBOX_ACCOUNT_ID, SANDBOX_SENDER, ["ghost"], [])
    assert info.value.provider_code == "404002001"


@pytest.mark.asyncio
async def test_uncounted_routee_groups_are_not_a_number(sandbox: tuple[SandboxAccount, GatewayRegistry],
                                                        tmp_path: Path) -> None:
    _, registry = sandbox
    store = Store(tmp_path / "db.sqlite3")
    try:
        submissions = SubmissionService(store, registry, audiences=AudienceService(registry))
        draft = CampaignDraft(name="Water", message=SpokenText(text="Hello", language="en-GB"),
                              audience=Audience(numbers_text="+32470123456", contacts=["sandbox-contact-1"],
                                                groups=["Sandbox - 30 people"]))
        draft.delivery.sender = SANDBOX_SENDER
        prepared = await submissions.prepare(draft)
        assert prepared.ready and prepared.uncounted and prepared.call_count == 2
    finally:
        await store.aclose()


def test_old_drafts_with_a_segment_still_call_it() -> None:
    assert Audience.model_validate({"segment_id": SEGMENT_MEDIUM}).source == "segment"
    assert Audience.model_validate({"numbers_text": "0470"}).source == "numbers"
    assert Audience.model_validate({"segment_id": SEGMENT_MEDIUM, "source": "numbers"}).source == "numbers"


def test_pasted_lists_split_and_lose_repeats() -> None:
    assert split_entries(" a, b;a\n\tc\n") == ["a", "b", "c"]
    assert split_entries("Sales, Brussels\nSales, Brussels\nVIP", ";\t") == ["Sales, Brussels", "VIP"]


def test_export_and_import_keep_every_audience_field(tmp_path: Path) -> None:
    audience = Audience(numbers_text="0470 12 34 56", contacts=["sandbox-contact-1"], groups=["VIP"],
                        segment_id=SEGMENT_MEDIUM, segment_name="Sandbox - 40 contacts",
                        include_unsubscribed=True, source="segment")
    draft = naxai_draft(**audience.model_dump())
    imported = import_draft(export_draft(draft, tmp_path / "d"))
    assert imported.audience == audience
    switched = audience.model_copy(update={"source": "numbers"})
    assert import_draft(export_draft(naxai_draft(**switched.model_dump()), tmp_path / "e")).audience == switched
