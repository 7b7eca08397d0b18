"""The SQLite store: schema, drafts with undo, the open draft, submissions, do-not-call, errors."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from app.domain.campaign import (
    CampaignDraft,
    CampaignState,
    CampaignStatus,
    Submission,
    SubmissionState,
    new_reference,
)
from app.domain.message import SpokenText
from app.domain.providers import ProviderId
from app.services.store import (
    SCHEMA_VERSION,
    Account,
    InvalidTransition,
    NotFoundInStore,
    Store,
    StoreError,
    default_store_path,
)


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "voicedesk.sqlite3")
    yield s
    s.close()


def _draft(name: str = "Water cut", text: str = "Water cut tomorrow") -> CampaignDraft:
    return CampaignDraft(name=name, message=SpokenText(text=text, language="fr-FR"))


def _submission(draft: CampaignDraft) -> Submission:
    return Submission(
        draft_id=draft.id,
        name=draft.name,
        reference=new_reference(draft.name),
        provider=draft.provider,
        account_id="sandbox",
        recipient_count=3,
    )


@pytest.mark.asyncio
async def test_schema_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = Store(path)
    assert await store.schema_version() == SCHEMA_VERSION
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    conn.close()
    # Reopening applies nothing twice.
    again = Store(path)
    assert await again.schema_version() == SCHEMA_VERSION
    fk = again.run_sync(lambda: again._connection().execute("PRAGMA foreign_keys").fetchone()[0])
    assert fk == 1
    again.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_migrations VALUES (?, 'later')", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    before = threading.active_count()
    with pytest.raises(StoreError, match="newer version"):
        Store(path)
    assert threading.active_count() == before  # no worker thread left behind


def test_default_path_is_in_the_data_folder(user_folders: Path) -> None:
    assert default_store_path().parent == user_folders / "data"


@pytest.mark.asyncio
async def test_draft_roundtrip_list_delete_restore_duplicate(store: Store) -> None:
    a = _draft("First")
    b = _draft("Second").model_copy(update={"provider": ProviderId.NAXAI})
    await store.save_draft(a)
    await asyncio.sleep(0.01)
    b = b.model_copy(update={"updated_at": CampaignDraft().updated_at})
    await store.save_draft(b)
    assert await store.load_draft(a.id) == a
    listed = await store.list_drafts()
    assert [d.name for d in listed] == ["Second", "First"]
    assert listed[0].provider is ProviderId.NAXAI

    await store.delete_draft(a.id)
    assert await store.load_draft(a.id) is None
    assert [d.id for d in await store.list_drafts()] == [b.id]
    assert {d.id for d in await store.list_drafts(include_deleted=True)} == {a.id, b.id}
    with pytest.raises(NotFoundInStore):
        await store.delete_draft(a.id)
    restored = await store.restore_draft(a.id)
    assert restored == a

    copy = await store.duplicate_draft(a.id)
    assert copy.id != a.id and copy.name == "First (copy)"
    assert copy.message == a.message
    assert await store.load_draft(copy.id) == copy

    await store.delete_draft(copy.id)
    assert await store.purge_deleted_drafts() == 1
    with pytest.raises(NotFoundInStore):
        await store.restore_draft(copy.id)


@pytest.mark.asyncio
async def test_current_draft_pointer(store: Store) -> None:
    assert await store.current_draft() is None
    d = _draft()
    await store.save_draft(d, make_current=True)
    assert await store.current_draft_id() == d.id
    assert await store.current_draft() == d
    await store.delete_draft(d.id)
    assert await store.current_draft_id() is None
    await store.set_current_draft(d.id)  # pointer to a deleted draft gives nothing back
    assert await store.current_draft() is None


@pytest.mark.asyncio
async def test_submission_lifecycle_and_history(store: Store) -> None:
    d = _draft()
    sub = await store.record_intent(_submission(d))
    assert sub.state is SubmissionState.INTENT
    with pytest.raises(StoreError, match="already recorded"):
        await store.record_intent(sub)
    assert [s.id for s in await store.pending_reconciliation()] == [sub.id]

    await store.mark_sending(sub.id)
    await store.mark_unconfirmed(sub.id, "The connection timed out")
    got = await store.get_submission(sub.id)
    assert got.state is SubmissionState.UNCONFIRMED and got.error == "The connection timed out"
    assert [s.id for s in await store.pending_reconciliation()] == [sub.id]

    confirmed = await store.mark_confirmed(sub.id, "prov-123")
    assert confirmed.state is SubmissionState.CONFIRMED
    assert confirmed.provider_id == "prov-123" and confirmed.error is None
    assert await store.mark_confirmed(sub.id, "prov-123") == confirmed  # idempotent
    assert await store.pending_reconciliation() == []
    with pytest.raises(InvalidTransition):
        await store.mark_not_sent(sub.id)
    with pytest.raises(InvalidTransition):
        await store.mark_failed(sub.id, "nope")

    running = CampaignStatus(state=CampaignState.RUNNING, counts={"Queued": 3}, total=3)
    assert await store.update_status(sub.id, running) is True
    assert await store.update_status(sub.id, running) is False  # polling the same: no history
    done = CampaignStatus(
        state=CampaignState.COMPLETED, counts={"Completed": 3}, total=3, finished=3
    )
    assert await store.update_status(sub.id, done) is True
    history = await store.status_history(sub.id)
    assert [h.status.state for h in history] == [CampaignState.RUNNING, CampaignState.COMPLETED]
    assert (await store.get_submission(sub.id)).status == done
    assert (await store.find_submission_by_reference(sub.reference)).id == sub.id

    other = await store.record_intent(_submission(d))
    await store.mark_failed(other.id, "Wrong credentials")
    third = await store.record_intent(_submission(d))
    with pytest.raises(InvalidTransition):
        await store.mark_unconfirmed(third.id, "x")  # not sent yet: cannot be ambiguous
    await store.mark_not_sent(third.id, "nothing at the provider")
    subs = await store.list_submissions()
    assert [s.id for s in subs] == [third.id, other.id, sub.id]
    assert [s.id for s in await store.list_submissions(states=[SubmissionState.FAILED])] == [
        other.id
    ]
    assert await store.list_submissions(states=[]) == []
    with pytest.raises(NotFoundInStore):
        await store.mark_sending("missing")


@pytest.mark.asyncio
async def test_do_not_call(store: Store) -> None:
    assert await store.add_do_not_call(["+32470000001", "+32470000002", "+32470000001"]) == 2
    assert await store.add_do_not_call(["+32470000002"]) == 0
    assert await store.add_do_not_call(["+32470000003", "+32470000001"], "asked") == 1
    many = [f"+3247{i:07d}" for i in range(2000)]
    assert await store.do_not_call_contains(many) == {
        "+32470000001",
        "+32470000002",
        "+32470000003",
    }
    assert await store.remove_do_not_call(["+32470000002", "+32479999999"]) == 1
    entries = await store.list_do_not_call()
    assert [e.number for e in entries] == ["+32470000001", "+32470000003"]


@pytest.mark.asyncio
async def test_accounts_and_settings(store: Store) -> None:
    acc = Account(
        id="a1",
        display_name="Town hall",
        provider=ProviderId.ROUTEE,
        client_id="app-id",
        sender="3222",
        api_base_url="https://connect.routee.net",
    )
    await store.save_account(acc)
    assert await store.get_account("a1") == acc
    assert await store.list_accounts() == [acc]
    assert await store.delete_account("a1") is True
    assert await store.get_account("a1") is None

    assert await store.get_setting("x") is None
    await store.set_settings({"x": 1.5, "y": {"a": [1]}})
    assert await store.get_setting("y") == {"a": [1]}
    assert await store.all_settings() == {"x": 1.5, "y": {"a": [1]}}
    await store.delete_setting("x")
    assert await store.all_settings() == {"y": {"a": [1]}}


@pytest.mark.asyncio
async def test_full_disk_gives_plain_store_error_and_keeps_data(store: Store) -> None:
    d = _draft()
    await store.save_draft(d, make_current=True)
    # Cap the file at its current size: the next growth fails exactly like a full disk.
    store.run_sync(
        lambda: store._connection().execute(
            "PRAGMA max_page_count = "
            + str(store._connection().execute("PRAGMA page_count").fetchone()[0])
        )
    )
    big = d.model_copy(update={"message": SpokenText(text="x" * 200_000)})
    with pytest.raises(StoreError) as info:
        await store.save_draft(big, make_current=True)
    assert "disk is full" in info.value.message
    assert big.message.text == "x" * 200_000  # the caller's copy is untouched
    assert await store.load_draft(d.id) == d  # the old version survived: the write was atomic


@pytest.mark.asyncio
async def test_read_only_gives_plain_store_error(store: Store) -> None:
    store.run_sync(lambda: store._connection().execute("PRAGMA query_only = 1"))
    with pytest.raises(StoreError) as info:
        await store.save_draft(_draft())
    assert "read-only" in info.value.message


def test_unwritable_folder_gives_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError) as info:
        Store(blocker / "sub" / "s.sqlite3")
    assert "data folder" in info.value.message


@pytest.mark.asyncio
async def test_atomic_write_rolls_back_everything(store: Store) -> None:
    await store.add_do_not_call(["+1"])

    def half_then_fail() -> None:
        with store._tx() as conn:
            conn.execute("DELETE FROM do_not_call")
            conn.execute("INSERT INTO nope VALUES (1)")

    with pytest.raises(StoreError):
        await store._run(half_then_fail)
    assert await store.do_not_call_contains(["+1"]) == {"+1"}


@pytest.mark.asyncio
async def test_concurrent_writes_are_serialized(store: Store) -> None:
    drafts = [_draft(f"D{i}") for i in range(50)]
    await asyncio.gather(*(store.save_draft(d) for d in drafts))
    assert len(await store.list_drafts()) == 50


@pytest.mark.asyncio
async def test_closed_store_raises(tmp_path: Path) -> None:
    s = Store(tmp_path / "c.sqlite3")
    await s.aclose()
    with pytest.raises(StoreError):
        await s.list_drafts()
