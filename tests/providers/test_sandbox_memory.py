"""The Sandbox remembers its campaigns across restarts, as a real provider does: a campaign sent
through the real gateways is found by its name and tracked to the end by a new Sandbox on the same
state file; running campaigns have moved on while the app was closed; a corrupt file is kept aside."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain.campaign import CampaignDraft, CampaignState
from app.domain.message import SpokenText
from app.domain.providers import ProviderId
from app.providers.sandbox import snapshot
from app.providers.sandbox.account import SANDBOX_SENDER, SandboxAccount
from app.providers.sandbox.statefile import StateFile
from tests.providers.naxai.drafts import spoken_draft

NUMBERS = ["+32470123456", "+32470123457", "+33612345678"]


def routee_draft() -> CampaignDraft:
    draft = CampaignDraft(provider=ProviderId.ROUTEE, name="Water cut")
    draft.message = SpokenText(text="Water will be cut tomorrow from eight to noon.", language="en-GB")
    draft.delivery.sender = SANDBOX_SENDER
    return draft


async def send(sandbox: SandboxAccount, provider: ProviderId, reference: str) -> str:
    """Create (and for Naxai start) one campaign through the real gateway; its provider id."""
    gateway = sandbox.gateway(provider)
    try:
        if provider is ProviderId.ROUTEE:
            provider_id = await gateway.create_campaign(routee_draft(), reference, NUMBERS)
        else:
            provider_id = await gateway.create_campaign(spoken_draft(), reference, [])
            await gateway.start_campaign(provider_id)
        status = await gateway.campaign_status(provider_id)
        assert not status.state.is_final, "the campaign must still be under way when the app closes"
        return provider_id
    finally:
        await gateway.aclose()


@pytest.mark.asyncio
@pytest.mark.parametrize("provider", [ProviderId.ROUTEE, ProviderId.NAXAI])
async def test_a_campaign_is_found_and_finishes_after_a_restart(tmp_path: Path, provider: ProviderId) -> None:
    path = tmp_path / "sandbox.sqlite3"
    first = SandboxAccount(speed=1.0, state_path=path)
    provider_id = await send(first, provider, "Water cut VD00000001")
    first.close()

    again = SandboxAccount(speed=1.0, state_path=path)
    gateway = again.gateway(provider)
    try:
        found = await gateway.find_campaign("Water cut VD00000001")  # what reconciliation at start asks
        assert found is not None
        assert await gateway.find_campaign("Never sent VD00000002") is None
        for ref in {provider_id, found}:  # Routee's lookup may answer with a by-name reference
            status = await gateway.campaign_status(ref)
            assert status.total == 3 and not status.state.is_final
        again.clock.advance(3 * 3600)  # the calls of the small audience take minutes, retries none
        for ref in {provider_id, found}:
            status = await gateway.campaign_status(ref)
            assert status.state is CampaignState.COMPLETED
            assert status.finished == status.total == 3
        # a new campaign gets a new id, never one remembered from the first run
        assert await send(again, provider, "Water cut VD00000003") != provider_id
    finally:
        await gateway.aclose()
        again.close()
    third = SandboxAccount(speed=1.0, state_path=path)
    try:
        sims = third.routee.campaigns if provider is ProviderId.ROUTEE else third.naxai.broadcasts
        assert len(sims) == 2
    finally:
        third.close()


@pytest.mark.asyncio
@pytest.mark.parametrize("provider", [ProviderId.ROUTEE, ProviderId.NAXAI])
async def test_a_running_campaign_has_finished_when_the_app_reopens_later(
        tmp_path: Path, provider: ProviderId, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "sandbox.sqlite3"
    first = SandboxAccount(speed=1.0, state_path=path)
    provider_id = await send(first, provider, "Water cut VD00000004")
    first.close()

    real = time.time
    monkeypatch.setattr(snapshot.time, "time", lambda: real() + 3 * 3600)  # reopened three hours later
    again = SandboxAccount(speed=1.0, state_path=path)
    gateway = again.gateway(provider)
    try:
        status = await gateway.campaign_status(provider_id)
        assert status.state is CampaignState.COMPLETED and status.finished == 3
    finally:
        await gateway.aclose()
        again.close()


@pytest.mark.asyncio
async def test_a_quick_reopen_resumes_the_clock_where_it_was(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite3"
    first = SandboxAccount(speed=1.0, state_path=path)
    first.clock.advance(600)  # ten simulated minutes ahead of real time
    was = first.clock.now()
    first.close()
    again = SandboxAccount(speed=1.0, state_path=path)
    try:
        assert 0 <= (again.clock.now() - was).total_seconds() < 60  # neither back to real time nor jumped on
    finally:
        again.close()


def test_a_clock_far_ahead_of_real_time_waits_for_it_while_closed(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "sandbox.sqlite3"
    first = SandboxAccount(speed=1.0, state_path=path)
    first.clock.advance(5 * 3600)  # a long session at high speed left it five hours ahead
    was = first.clock.now()
    first.close()
    real = time.time
    monkeypatch.setattr(snapshot.time, "time", lambda: real() + 2 * 3600)  # reopened two hours later
    again = SandboxAccount(speed=1.0, state_path=path)
    try:
        moved = (again.clock.now() - was).total_seconds()
        assert 0 <= moved < 60, "neither back in time nor further ahead: it waited for real time"
    finally:
        again.close()


def corrupt_with(tmp_path: Path, spoil: Callable[[Path], None]) -> Path:
    path = tmp_path / "sandbox.sqlite3"
    spoil(path)
    return path


def garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database" * 100)


def wrong_rows(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE state (kind TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL,"
                     " PRIMARY KEY (kind, key)) WITHOUT ROWID")
        conn.execute("INSERT INTO state VALUES ('routee.campaign', 'x', '{\"trackingId\": \"x\"}')")
    conn.close()


@pytest.mark.asyncio
@pytest.mark.parametrize("spoil", [garbage, wrong_rows], ids=["not-a-database", "unexpected-rows"])
async def test_a_corrupt_file_is_kept_aside_and_the_sandbox_starts_fresh(
        tmp_path: Path, spoil: Callable[[Path], None], caplog: pytest.LogCaptureFixture) -> None:
    path = corrupt_with(tmp_path, spoil)
    bad = path.read_bytes()
    sandbox = SandboxAccount(speed=1.0, state_path=path)
    try:
        assert sandbox.routee.campaigns == {} and sandbox.naxai.broadcasts == {}
        assert (tmp_path / "sandbox.sqlite3.corrupt").read_bytes() == bad
        assert "cannot be read" in caplog.text
        provider_id = await send(sandbox, ProviderId.ROUTEE, "After repair VD00000005")
    finally:
        sandbox.close()
    again = SandboxAccount(speed=1.0, state_path=path)  # the new file works
    try:
        assert list(again.routee.campaigns) == [provider_id]
    finally:
        again.close()


@pytest.mark.asyncio
async def test_reset_forgets_every_campaign(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite3"
    sandbox = SandboxAccount(speed=1.0, state_path=path)
    await send(sandbox, ProviderId.ROUTEE, "Water cut VD00000006")
    await send(sandbox, ProviderId.NAXAI, "Water cut VD00000007")
    sandbox.reset()
    sandbox.close()
    again = SandboxAccount(speed=1.0, state_path=path)
    try:
        assert again.routee.campaigns == {} and again.naxai.broadcasts == {}
    finally:
        again.close()


@pytest.mark.asyncio
async def test_a_cancelled_request_does_not_lose_the_queued_save(tmp_path: Path) -> None:
    file = StateFile(tmp_path / "state.sqlite3")
    assert file.load(lambda rows: rows) is None
    gate = threading.Event()
    file._executor.submit(gate.wait)  # the writer is busy: the next save waits in the queue
    file.put("routee.campaign", "a", {"n": 1})
    waiting = asyncio.ensure_future(file.settled())
    await asyncio.sleep(0)
    waiting.cancel()  # e.g. the app quits while a request waits for its save
    await asyncio.sleep(0)
    gate.set()
    file.put("routee.campaign", "b", {"n": 2})
    await file.settled()
    file.close()
    again = StateFile(tmp_path / "state.sqlite3")
    try:
        assert again.load(lambda rows: rows) == {"routee.campaign": {"a": {"n": 1}, "b": {"n": 2}}}
    finally:
        again.close()
