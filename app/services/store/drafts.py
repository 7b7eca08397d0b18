"""Drafts in the store: save, load, list, bin and restore, duplicate; and which draft is open."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from app.domain.campaign import CampaignDraft
from app.domain.providers import ProviderId
from app.services.store.connection import StoreConnection
from app.services.store.errors import NotFoundInStore
from app.services.store.timestamps import from_iso, now, to_iso

_CURRENT_DRAFT_KEY = "current_draft_id"


@dataclass(frozen=True)
class DraftSummary:
    """One line of the Drafts list: no need to load the whole draft."""

    id: str
    name: str
    provider: ProviderId
    updated_at: datetime
    deleted: bool = False


class DraftStore(StoreConnection):
    """The drafts table, and the open draft remembered in app_state (so a restart reopens it)."""

    def _save_draft(self, draft: CampaignDraft, make_current: bool) -> None:
        data = draft.model_dump_json()
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO drafts(id, name, provider, data, updated_at, deleted_at) "
                "VALUES (?, ?, ?, ?, ?, NULL) ON CONFLICT(id) DO UPDATE SET "
                "name=excluded.name, provider=excluded.provider, data=excluded.data, "
                "updated_at=excluded.updated_at, deleted_at=NULL",
                (draft.id, draft.name, str(draft.provider), data, to_iso(draft.updated_at)),
            )
            if make_current:
                self._set_state(conn, _CURRENT_DRAFT_KEY, draft.id)

    def save_draft_sync(self, draft: CampaignDraft, *, make_current: bool = False) -> None:
        """Blocking save, for the last flush at quit when no event loop runs any more."""
        self.run_sync(lambda: self._save_draft(draft, make_current))

    async def save_draft(self, draft: CampaignDraft, *, make_current: bool = False) -> None:
        """Insert or replace a draft (restoring it if deleted); optionally make it the open one."""
        await self._run(lambda: self._save_draft(draft, make_current))

    def _load_draft(self, draft_id: str, include_deleted: bool = False) -> CampaignDraft | None:
        row = (
            self._connection()
            .execute("SELECT data, deleted_at FROM drafts WHERE id = ?", (draft_id,))
            .fetchone()
        )
        if row is None or (row[1] is not None and not include_deleted):
            return None
        return CampaignDraft.model_validate_json(row[0])

    async def load_draft(self, draft_id: str) -> CampaignDraft | None:
        """The draft with this id, or None when it does not exist or is deleted."""
        return await self._run(lambda: self._load_draft(draft_id))

    async def list_drafts(self, *, include_deleted: bool = False) -> list[DraftSummary]:
        """Drafts for the Drafts list, most recently changed first."""

        def _list() -> list[DraftSummary]:
            sql = "SELECT id, name, provider, updated_at, deleted_at FROM drafts"
            if not include_deleted:
                sql += " WHERE deleted_at IS NULL"
            sql += " ORDER BY updated_at DESC, id"
            return [
                DraftSummary(r[0], r[1], ProviderId(r[2]), from_iso(r[3]), r[4] is not None)
                for r in self._connection().execute(sql)
            ]

        return await self._run(_list)

    async def delete_draft(self, draft_id: str) -> None:
        """Move a draft to the bin (restore_draft undoes it); it stops being the open draft."""

        def _delete() -> None:
            with self._tx() as conn:
                cur = conn.execute(
                    "UPDATE drafts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                    (to_iso(now()), draft_id),
                )
                if cur.rowcount == 0:
                    raise NotFoundInStore("That draft no longer exists.")
                if self._get_state(conn, _CURRENT_DRAFT_KEY) == draft_id:
                    self._set_state(conn, _CURRENT_DRAFT_KEY, None)

        await self._run(_delete)

    async def restore_draft(self, draft_id: str) -> CampaignDraft:
        """Undo a delete: the draft is back in the list, unchanged."""

        def _restore() -> CampaignDraft:
            with self._tx() as conn:
                cur = conn.execute(
                    "UPDATE drafts SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
                    (draft_id,),
                )
                if cur.rowcount == 0:
                    raise NotFoundInStore("That draft is not in the bin any more.")
            draft = self._load_draft(draft_id)
            assert draft is not None
            return draft

        return await self._run(_restore)

    async def purge_deleted_drafts(self, older_than: datetime | None = None) -> int:
        """Remove drafts deleted before `older_than` (all deleted ones when None) for good."""

        def _purge() -> int:
            with self._tx() as conn:
                if older_than is None:
                    cur = conn.execute("DELETE FROM drafts WHERE deleted_at IS NOT NULL")
                else:
                    cur = conn.execute(
                        "DELETE FROM drafts WHERE deleted_at IS NOT NULL AND deleted_at < ?",
                        (to_iso(older_than),),
                    )
                return cur.rowcount

        return await self._run(_purge)

    async def duplicate_draft(self, draft_id: str, name: str | None = None) -> CampaignDraft:
        """A copy of a draft with a new id and `name` (default: the old name plus " (copy)")."""

        def _duplicate() -> CampaignDraft:
            original = self._load_draft(draft_id)
            if original is None:
                raise NotFoundInStore("That draft no longer exists.")
            copy = original.model_copy(
                update={
                    "id": CampaignDraft().id,
                    "name": name if name is not None else f"{original.name} (copy)".strip(),
                    "updated_at": now(),
                },
                deep=True,
            )
            copy = CampaignDraft.model_validate(copy.model_dump())
            self._save_draft(copy, make_current=False)
            return copy

        return await self._run(_duplicate)

    # --- the open draft -------------------------------------------------------------------

    @staticmethod
    def _get_state(conn: sqlite3.Connection, key: str) -> str | None:
        row = conn.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    @staticmethod
    def _set_state(conn: sqlite3.Connection, key: str, value: str | None) -> None:
        conn.execute(
            "INSERT INTO app_state(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    async def set_current_draft(self, draft_id: str | None) -> None:
        """Remember which draft is open (None: none), so a restart or crash reopens it."""

        def _set() -> None:
            with self._tx() as conn:
                self._set_state(conn, _CURRENT_DRAFT_KEY, draft_id)

        await self._run(_set)

    async def current_draft_id(self) -> str | None:
        """The id of the draft that was open last, if any."""
        return await self._run(lambda: self._get_state(self._connection(), _CURRENT_DRAFT_KEY))

    async def current_draft(self) -> CampaignDraft | None:
        """The draft that was open last (after a restart or crash), or None."""

        def _current() -> CampaignDraft | None:
            draft_id = self._get_state(self._connection(), _CURRENT_DRAFT_KEY)
            return None if draft_id is None else self._load_draft(draft_id)

        return await self._run(_current)
