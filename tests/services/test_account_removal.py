"""Removing an account that drafts and campaigns use: what uses it is counted, an unconfirmed
submission blocks it, old campaigns keep naming it, tracking carries on, and adding the same
provider account again (same client id) brings its campaigns back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.domain.campaign import CampaignDraft, CampaignState, CampaignStatus, Submission, SubmissionState
from app.domain.providers import ProviderId
from app.providers.sandbox.account import SandboxAccount
from app.services.accounts import SANDBOX_ACCOUNT_ID, AccountError, AccountService, is_removed
from app.services.gateway_factory import account_gateway_factory
from app.services.gateways import GatewayRegistry
from app.services.secrets import SecretStore
from app.services.settings import LAST_ACCOUNTS, Settings
from app.services.store import Store
from app.services.tracking import TrackingService
from tests.services.test_accounts import MemoryKeyring


@pytest.fixture
def store(tmp_path: Any) -> Iterator[Store]:
    s = Store(tmp_path / "voicedesk.sqlite3")
    yield s
    s.close()


@pytest.fixture
def keyring_memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def settings(store: Store) -> Settings:
    return Settings(store)


@pytest.fixture
def service(store: Store, keyring_memory: MemoryKeyring, settings: Settings) -> AccountService:
    return AccountService(store, SecretStore(keyring_memory), account_gateway_factory(SandboxAccount(speed=100)),  # type: ignore[arg-type]
                          settings=settings)


async def sent(store: Store, account_id: str, state: SubmissionState, *, final: bool = False,
               provider_id: str = "c-1") -> Submission:
    """A submission through `account_id`, recorded the way the submission service records one."""
    sub = await store.record_intent(Submission(
        draft_id="d", name="Water cut", reference=f"ref-{state}-{final}-{account_id}-{provider_id}",
        provider=ProviderId.ROUTEE, account_id=account_id))
    await store.mark_sending(sub.id)
    if state is SubmissionState.UNCONFIRMED:
        return await store.mark_unconfirmed(sub.id, "timed out")
    await store.mark_confirmed(sub.id, provider_id)
    await store.update_status(sub.id, CampaignStatus(state=CampaignState.COMPLETED if final else CampaignState.RUNNING))
    return await store.get_submission(sub.id)


@pytest.mark.asyncio
async def test_usage_counts_drafts_and_campaigns_and_removal_keeps_their_name(
        service: AccountService, store: Store, settings: Settings, keyring_memory: MemoryKeyring) -> None:
    await settings.load()
    account = await service.add(ProviderId.ROUTEE, "Town hall Routee", "app-id", "s3cret")
    for _ in range(2):
        await store.save_draft(CampaignDraft(account_id=account.id))
    await store.save_draft(CampaignDraft(account_id=SANDBOX_ACCOUNT_ID))
    await sent(store, account.id, SubmissionState.CONFIRMED)
    await sent(store, account.id, SubmissionState.CONFIRMED, final=True)
    await sent(store, SANDBOX_ACCOUNT_ID, SubmissionState.CONFIRMED)
    await settings.set(LAST_ACCOUNTS, {"routee": account.id})

    usage = await service.usage(account.id)
    assert (usage.drafts, usage.campaigns, usage.in_progress, usage.unsettled) == (2, 2, 1, 0)

    await service.remove(account.id)
    assert [a.id for a in await service.list_accounts()] == [SANDBOX_ACCOUNT_ID]
    kept = {a.id: a for a in await service.all_accounts()}[account.id]
    assert is_removed(kept) and kept.display_name == "Town hall Routee"
    assert keyring_memory.items == {}
    assert settings.get(LAST_ACCOUNTS) == {}, "new drafts no longer start on a removed account"
    with pytest.raises(AccountError, match="was removed") as info:
        await service.gateway(account.id, ProviderId.ROUTEE)
    assert "Add it again" in info.value.message
    with pytest.raises(AccountError, match="no longer exists"):
        await service.remove(account.id)

    # The same provider account added again gets the same id back: its campaigns can be followed.
    again = await service.add(ProviderId.ROUTEE, "Town hall", "app-id", "s3cret-2")
    assert again.id == account.id and not is_removed(again)
    assert (await service.credentials(again.id)).secret == "s3cret-2"
    other = await service.add(ProviderId.ROUTEE, "Another", "other-app", "x")
    assert other.id != account.id


@pytest.mark.asyncio
async def test_an_unconfirmed_submission_blocks_removal(service: AccountService, store: Store) -> None:
    account = await service.add(ProviderId.ROUTEE, "Town hall Routee", "app-id", "s3cret")
    await sent(store, account.id, SubmissionState.UNCONFIRMED)
    assert (await service.usage(account.id)).unsettled == 1
    with pytest.raises(AccountError, match="not confirmed yet"):
        await service.remove(account.id)
    assert [a.id for a in await service.list_accounts()][-1] == account.id, "nothing was removed"


@pytest.mark.asyncio
async def test_tracking_carries_on_past_a_removed_account(service: AccountService, store: Store) -> None:
    account = await service.add(ProviderId.ROUTEE, "Town hall Routee", "app-id", "s3cret")
    removed = await sent(store, account.id, SubmissionState.CONFIRMED)
    await service.remove(account.id)
    asked: list[str] = []

    async def gateway_for(account_id: str, provider: ProviderId) -> Any:
        asked.append(account_id)
        return await service.gateway(account_id, provider)

    registry = GatewayRegistry(gateway_for)
    tracking = TrackingService(store, registry, interval=0.01)
    sandbox_sub = await sent(store, SANDBOX_ACCOUNT_ID, SubmissionState.CONFIRMED, provider_id="unknown")
    assert [s.id for s in await store.list_submissions()][-1] == removed.id  # polled after the Sandbox's
    try:
        assert await tracking.poll_once() == []  # no exception: the removed account's campaign waits
        assert asked == [SANDBOX_ACCOUNT_ID, account.id]
        assert await tracking.poll_once() == [] and asked.count(account.id) == 1, "it waits long before asking again"
    finally:
        await registry.aclose()
    assert (await store.get_submission(sandbox_sub.id)).state is SubmissionState.CONFIRMED
