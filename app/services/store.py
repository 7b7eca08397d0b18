"""The one SQLite file of VoiceDesk: drafts, the open draft, submissions and their status history,
the do-not-call list, account metadata (never secrets) and settings.

All SQLite work runs on one dedicated worker thread (a single-thread executor), so writes are
serialized and the event loop never blocks; every write is one transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from app.domain.campaign import CampaignDraft, CampaignStatus, Submission, SubmissionState
from app.domain.providers import ProviderId

log = logging.getLogger(__name__)

T = TypeVar("T")

STORE_FILENAME = "voicedesk.sqlite3"

# States a submission may leave; the others are final.
_OPEN_STATES = (SubmissionState.INTENT, SubmissionState.SENDING, SubmissionState.UNCONFIRMED)


class StoreError(Exception):
    """A store operation failed; `message` says so in plain words, `cause` keeps SQLite's text."""

    def __init__(self, message: str, cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.cause = cause


class InvalidTransition(StoreError):
    """A submission was asked to move to a state its current state does not allow."""


class NotFoundInStore(StoreError):
    """The draft, submission or account asked for does not exist."""


@dataclass(frozen=True)
class DraftSummary:
    """One line of the Drafts list: no need to load the whole draft."""

    id: str
    name: str
    provider: ProviderId
    updated_at: datetime
    deleted: bool = False


@dataclass(frozen=True)
class DoNotCallEntry:
    """A number that must never be called, with an optional note and when it was added."""

    number: str
    note: str
    added_at: datetime


@dataclass(frozen=True)
class Account:
    """A provider account as stored: everything but the secret (that lives in the OS keyring).

    `provider` is None for the built-in Sandbox, which simulates every provider.
    """

    id: str
    display_name: str
    provider: ProviderId | None
    client_id: str = ""
    sender: str = ""
    api_base_url: str | None = None
    auth_base_url: str | None = None
    is_sandbox: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    def supports(self, provider: ProviderId) -> bool:
        """True when drafts for `provider` can be sent through this account."""
        return self.provider is None or self.provider == provider


@dataclass(frozen=True)
class StatusHistoryEntry:
    """One recorded change of a submission's campaign status."""

    submission_id: str
    status: CampaignStatus
    recorded_at: datetime


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _plain_words(exc: sqlite3.Error) -> str:
    """A message a non-technical user can act on, from an SQLite error."""
    text = str(exc).lower()
    if "full" in text:
        return (
            "The disk is full, so VoiceDesk could not save. Free some space; "
            "your work is kept in the open window until then."
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return (
            "VoiceDesk's data folder is read-only, so it could not save. Check the folder's "
            "permissions; your work is kept in the open window until then."
        )
    if "locked" in text or "busy" in text:
        return "VoiceDesk's data file is in use by another program. Close it and try again."
    if "unable to open" in text:
        return (
            "VoiceDesk could not open its data file. Check that the data folder exists "
            "and that you may write to it."
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return (
            "VoiceDesk's data file is damaged. Restore it from a backup or move it aside "
            "to start afresh."
        )
    if "disk i/o" in text:
        return (
            "The disk reported an error while VoiceDesk was saving. Check the disk and try again."
        )
    return f"VoiceDesk could not save or read its data ({exc})."


# Each migration is applied once, in order, in one transaction; never edit a released one.
MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema
    """
    CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        provider TEXT NOT NULL,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE INDEX drafts_updated ON drafts(updated_at);
    CREATE TABLE app_state (
        key TEXT PRIMARY KEY,
        value TEXT
    );
    CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        draft_id TEXT NOT NULL,
        name TEXT NOT NULL,
        reference TEXT NOT NULL UNIQUE,
        provider TEXT NOT NULL,
        account_id TEXT NOT NULL,
        recipient_count INTEGER NOT NULL,
        state TEXT NOT NULL,
        provider_id TEXT,
        status TEXT NOT NULL,
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX submissions_state ON submissions(state);
    CREATE TABLE submission_status_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX history_submission ON submission_status_history(submission_id);
    CREATE TABLE do_not_call (
        number TEXT PRIMARY KEY,
        note TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL
    );
    CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        provider TEXT,
        client_id TEXT NOT NULL DEFAULT '',
        sender TEXT NOT NULL DEFAULT '',
        api_base_url TEXT,
        auth_base_url TEXT,
        is_sandbox INTEGER NOT NULL DEFAULT 0,
        extra TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: split sends (parts of one batch, with what each part sends) and when a request left
    """
    ALTER TABLE submissions ADD COLUMN sent_at TEXT;
    ALTER TABLE submissions ADD COLUMN batch_id TEXT;
    ALTER TABLE submissions ADD COLUMN part_index INTEGER;
    ALTER TABLE submissions ADD COLUMN part_count INTEGER;
    ALTER TABLE submissions ADD COLUMN part_request TEXT;
    CREATE INDEX submissions_batch ON submissions(batch_id);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)

_CURRENT_DRAFT_KEY = "current_draft_id"


class Store:
    """One SQLite file; every public coroutine runs its work on the store's single worker thread."""

    def __init__(self, path: Path | str, *, durable: bool = True) -> None:
        """Open (creating if needed) the file at `path` and bring its schema up to date."""
        self.path = Path(path)
        self._durable = durable
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="voicedesk-store")
        self._conn: sqlite3.Connection | None = None
        self._thread_id: int | None = None
        self._closed = False
        try:
            self._executor.submit(self._open).result()
        except BaseException:
            self._executor.submit(self._close_connection).result()
            self._executor.shutdown(wait=True)
            self._closed = True
            raise

    def _close_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None

    # --- plumbing -------------------------------------------------------------------------

    def _open(self) -> None:
        self._thread_id = threading.get_ident()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                "VoiceDesk could not create its data folder. Check that you may write to "
                f"{self.path.parent}.",
                exc,
            ) from exc
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("SQLite journal mode is %s, not WAL", mode)
            conn.execute(f"PRAGMA synchronous = {'FULL' if self._durable else 'NORMAL'}")
            self._conn = conn
            self._migrate(conn)
        except sqlite3.Error as exc:
            raise StoreError(_plain_words(exc), exc) from exc

    def _migrate(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        current = conn.execute(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"
        ).fetchone()[0]
        if current > SCHEMA_VERSION:
            raise StoreError(
                "VoiceDesk's data file was written by a newer version of VoiceDesk. "
                "Update VoiceDesk to open it."
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            script = MIGRATIONS[version - 1]
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)",
                    (version, _iso(_now())),
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            log.info("store schema migrated to version %d", version)

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One atomic write transaction on the worker thread."""
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except sqlite3.Error:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError("VoiceDesk's data file is closed.")
        return self._conn

    def _guarded(self, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except StoreError:
            raise
        except sqlite3.Error as exc:
            log.error("store operation failed: %s", exc)
            raise StoreError(_plain_words(exc), exc) from exc

    def run_sync(self, fn: Callable[[], T]) -> T:
        """Run `fn` on the worker thread and wait (for quit-time flushes and scripts)."""
        if self._closed:
            raise StoreError("VoiceDesk's data file is closed.")
        if threading.get_ident() == self._thread_id:
            return self._guarded(fn)
        return self._executor.submit(self._guarded, fn).result()

    async def _run(self, fn: Callable[[], T]) -> T:
        if self._closed:
            raise StoreError("VoiceDesk's data file is closed.")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._guarded, fn)

    def close(self) -> None:
        """Checkpoint and close the file; later calls raise StoreError."""
        if self._closed:
            return

        self._executor.submit(self._close_connection).result()
        self._closed = True
        self._executor.shutdown(wait=True)

    async def aclose(self) -> None:
        """Close without blocking the event loop for long."""
        await asyncio.get_running_loop().run_in_executor(None, self.close)

    async def schema_version(self) -> int:
        """The schema version the file is at."""
        return await self._run(
            lambda: (
                self._connection()
                .execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
                .fetchone()[0]
            )
        )

    # --- drafts -------------------------------------------------------------------------

    def _save_draft(self, draft: CampaignDraft, make_current: bool) -> None:
        data = draft.model_dump_json()
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO drafts(id, name, provider, data, updated_at, deleted_at) "
                "VALUES (?, ?, ?, ?, ?, NULL) ON CONFLICT(id) DO UPDATE SET "
                "name=excluded.name, provider=excluded.provider, data=excluded.data, "
                "updated_at=excluded.updated_at, deleted_at=NULL",
                (draft.id, draft.name, str(draft.provider), data, _iso(draft.updated_at)),
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
                DraftSummary(r[0], r[1], ProviderId(r[2]), _dt(r[3]), r[4] is not None)
                for r in self._connection().execute(sql)
            ]

        return await self._run(_list)

    async def delete_draft(self, draft_id: str) -> None:
        """Move a draft to the bin (restore_draft undoes it); it stops being the open draft."""

        def _delete() -> None:
            with self._tx() as conn:
                cur = conn.execute(
                    "UPDATE drafts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                    (_iso(_now()), draft_id),
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
                        (_iso(older_than),),
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
                    "updated_at": _now(),
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

    # --- submissions ----------------------------------------------------------------------

    @staticmethod
    def _row_to_submission(row: sqlite3.Row | tuple[Any, ...]) -> Submission:
        return Submission(
            id=row[0],
            draft_id=row[1],
            name=row[2],
            reference=row[3],
            provider=ProviderId(row[4]),
            account_id=row[5],
            recipient_count=row[6],
            state=SubmissionState(row[7]),
            provider_id=row[8],
            status=CampaignStatus.model_validate_json(row[9]),
            error=row[10],
            created_at=_dt(row[11]),
            sent_at=None if row[12] is None else _dt(row[12]),
            batch_id=row[13],
            part_index=row[14],
            part_count=row[15],
        )

    _SUBMISSION_COLUMNS = (
        "id, draft_id, name, reference, provider, account_id, recipient_count, state, "
        "provider_id, status, error, created_at, sent_at, batch_id, part_index, part_count"
    )

    def _get_submission(self, submission_id: str) -> Submission:
        row = (
            self._connection()
            .execute(
                f"SELECT {self._SUBMISSION_COLUMNS} FROM submissions WHERE id = ?", (submission_id,)
            )
            .fetchone()
        )
        if row is None:
            raise NotFoundInStore("That submission is not recorded.")
        return self._row_to_submission(row)

    def _insert_intent(self, conn: sqlite3.Connection, submission: Submission, part_request: str | None) -> Submission:
        intent = submission.model_copy(update={"state": SubmissionState.INTENT})
        try:
            conn.execute(
                f"INSERT INTO submissions({self._SUBMISSION_COLUMNS}, part_request, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    intent.id,
                    intent.draft_id,
                    intent.name,
                    intent.reference,
                    str(intent.provider),
                    intent.account_id,
                    intent.recipient_count,
                    str(intent.state),
                    intent.provider_id,
                    intent.status.model_dump_json(),
                    intent.error,
                    _iso(intent.created_at),
                    None if intent.sent_at is None else _iso(intent.sent_at),
                    intent.batch_id,
                    intent.part_index,
                    intent.part_count,
                    part_request,
                    _iso(_now()),
                ),
            )
        except sqlite3.IntegrityError as exc:
            raise StoreError(
                "This submission is already recorded; it was not recorded twice.", exc
            ) from exc
        return intent

    async def record_intent(self, submission: Submission) -> Submission:
        """Record the intent to submit BEFORE the request leaves; its reference must be unique."""

        def _record() -> Submission:
            with self._tx() as conn:
                return self._insert_intent(conn, submission, None)

        return await self._run(_record)

    async def record_intents(
        self, parts: Sequence[tuple[Submission, CampaignDraft, list[str]]]
    ) -> list[Submission]:
        """Record the intent of every part of a batch in one transaction, before any request leaves,
        each with what it sends (its draft and numbers), so a part not sent can be sent later."""

        def _record() -> list[Submission]:
            with self._tx() as conn:
                return [
                    self._insert_intent(
                        conn, sub, json.dumps({"draft": draft.model_dump(mode="json"), "numbers": numbers})
                    )
                    for sub, draft, numbers in parts
                ]

        return await self._run(_record)

    async def part_request(self, submission_id: str) -> tuple[CampaignDraft, list[str]]:
        """What a part of a batch sends (its draft and numbers), as recorded with its intent."""

        def _load() -> tuple[CampaignDraft, list[str]]:
            row = (
                self._connection()
                .execute("SELECT part_request FROM submissions WHERE id = ?", (submission_id,))
                .fetchone()
            )
            if row is None or row[0] is None:
                raise NotFoundInStore("What this part sends is not recorded.")
            data = json.loads(row[0])
            return CampaignDraft.model_validate(data["draft"]), list(data["numbers"])

        return await self._run(_load)

    async def list_batch(self, batch_id: str) -> list[Submission]:
        """Every attempt at every part of a batch, by part, oldest attempt first."""

        def _list() -> list[Submission]:
            rows = self._connection().execute(
                f"SELECT {self._SUBMISSION_COLUMNS} FROM submissions WHERE batch_id = ? "
                "ORDER BY part_index, created_at, rowid",
                (batch_id,),
            )
            return [self._row_to_submission(r) for r in rows]

        return await self._run(_list)

    def _transition(
        self,
        submission_id: str,
        new_state: SubmissionState,
        allowed_from: tuple[SubmissionState, ...],
        **fields: Any,
    ) -> Submission:
        with self._tx() as conn:
            current = self._get_submission(submission_id)
            if current.state == new_state and all(
                getattr(current, column) == value for column, value in fields.items()
            ):
                return current  # repeating a transition is harmless
            if current.state not in allowed_from:
                raise InvalidTransition(
                    f"A submission that is {current.state.value} cannot become {new_state.value}."
                )
            sets = ["state = ?", "updated_at = ?"]
            values: list[Any] = [str(new_state), _iso(_now())]
            for column, value in fields.items():
                sets.append(f"{column} = ?")
                values.append(value)
            conn.execute(
                f"UPDATE submissions SET {', '.join(sets)} WHERE id = ?", (*values, submission_id)
            )
        return self._get_submission(submission_id)

    async def mark_sending(self, submission_id: str) -> Submission:
        """The request may leave now: from here on, a failure is ambiguous until looked up."""

        def _mark() -> Submission:
            current = self._get_submission(submission_id)
            if current.state is SubmissionState.SENDING:
                return current  # repeating a transition is harmless (and keeps the first time)
            return self._transition(
                submission_id, SubmissionState.SENDING, (SubmissionState.INTENT,), sent_at=_iso(_now())
            )

        return await self._run(_mark)

    async def mark_confirmed(self, submission_id: str, provider_id: str) -> Submission:
        """The provider gave its id for this campaign (directly or by reconciliation)."""
        return await self._run(
            lambda: self._transition(
                submission_id,
                SubmissionState.CONFIRMED,
                _OPEN_STATES,
                provider_id=provider_id,
                error=None,
            )
        )

    async def mark_unconfirmed(self, submission_id: str, error: str) -> Submission:
        """An ambiguous failure: the campaign may exist; reconcile by lookup, never resend."""
        return await self._run(
            lambda: self._transition(
                submission_id,
                SubmissionState.UNCONFIRMED,
                (SubmissionState.SENDING, SubmissionState.UNCONFIRMED),
                error=error,
            )
        )

    async def mark_failed(self, submission_id: str, error: str) -> Submission:
        """The provider certainly did not create the campaign (it refused the request)."""
        return await self._run(
            lambda: self._transition(
                submission_id, SubmissionState.FAILED, _OPEN_STATES, error=error
            )
        )

    async def mark_not_sent(self, submission_id: str, reason: str | None = None) -> Submission:
        """Reconciliation proved nothing was created at the provider."""
        return await self._run(
            lambda: self._transition(
                submission_id, SubmissionState.NOT_SENT, _OPEN_STATES, error=reason
            )
        )

    async def update_status(self, submission_id: str, status: CampaignStatus) -> bool:
        """Store the latest campaign status; adds a history entry when state or counts changed.

        Returns True when something changed.
        """

        def _update() -> bool:
            with self._tx() as conn:
                current = self._get_submission(submission_id)
                old = current.status
                changed = (
                    old.state != status.state
                    or old.provider_state != status.provider_state
                    or old.counts != status.counts
                    or old.total != status.total
                    or old.finished != status.finished
                )
                data = status.model_dump_json()
                conn.execute(
                    "UPDATE submissions SET status = ?, updated_at = ? WHERE id = ?",
                    (data, _iso(_now()), submission_id),
                )
                if changed:
                    conn.execute(
                        "INSERT INTO submission_status_history(submission_id, status, recorded_at) "
                        "VALUES (?, ?, ?)",
                        (submission_id, data, _iso(status.updated_at)),
                    )
                return changed

        return await self._run(_update)

    async def get_submission(self, submission_id: str) -> Submission:
        """One submission; raises NotFoundInStore when unknown."""
        return await self._run(lambda: self._get_submission(submission_id))

    async def find_submission_by_reference(self, reference: str) -> Submission | None:
        """The submission recorded with this unique reference, or None."""

        def _find() -> Submission | None:
            row = (
                self._connection()
                .execute(
                    f"SELECT {self._SUBMISSION_COLUMNS} FROM submissions WHERE reference = ?",
                    (reference,),
                )
                .fetchone()
            )
            return None if row is None else self._row_to_submission(row)

        return await self._run(_find)

    async def list_submissions(
        self, *, states: Iterable[SubmissionState] | None = None, limit: int | None = None
    ) -> list[Submission]:
        """Submissions, newest first, optionally only in some states."""
        wanted = None if states is None else [str(s) for s in states]

        def _list() -> list[Submission]:
            sql = f"SELECT {self._SUBMISSION_COLUMNS} FROM submissions"
            args: list[Any] = []
            if wanted is not None:
                sql += f" WHERE state IN ({','.join('?' * len(wanted))})"
                args.extend(wanted)
            sql += " ORDER BY created_at DESC, rowid DESC"
            if limit is not None:
                sql += " LIMIT ?"
                args.append(limit)
            return [self._row_to_submission(r) for r in self._connection().execute(sql, args)]

        if wanted == []:
            return []
        return await self._run(_list)

    async def pending_reconciliation(self) -> list[Submission]:
        """Submissions whose outcome is unknown (intent, sending or unconfirmed), oldest first.

        At start these are looked up at the provider by reference, never resent.
        """
        subs = await self.list_submissions(states=_OPEN_STATES)
        return list(reversed(subs))

    async def status_history(self, submission_id: str) -> list[StatusHistoryEntry]:
        """Every recorded status change of a submission, oldest first."""

        def _history() -> list[StatusHistoryEntry]:
            rows = self._connection().execute(
                "SELECT submission_id, status, recorded_at FROM submission_status_history "
                "WHERE submission_id = ? ORDER BY id",
                (submission_id,),
            )
            return [
                StatusHistoryEntry(r[0], CampaignStatus.model_validate_json(r[1]), _dt(r[2]))
                for r in rows
            ]

        return await self._run(_history)

    # --- do-not-call list -----------------------------------------------------------------

    async def add_do_not_call(self, numbers: Iterable[str], note: str = "") -> int:
        """Add numbers (already normalised by the caller); returns how many were new."""
        items = [n for n in dict.fromkeys(numbers) if n]

        def _add() -> int:
            with self._tx() as conn:
                before = conn.total_changes
                conn.executemany(
                    "INSERT OR IGNORE INTO do_not_call(number, note, added_at) VALUES (?, ?, ?)",
                    [(n, note, _iso(_now())) for n in items],
                )
                return conn.total_changes - before

        return await self._run(_add)

    async def remove_do_not_call(self, numbers: Iterable[str]) -> int:
        """Remove numbers; returns how many were on the list."""
        items = list(dict.fromkeys(numbers))

        def _remove() -> int:
            with self._tx() as conn:
                before = conn.total_changes
                conn.executemany("DELETE FROM do_not_call WHERE number = ?", [(n,) for n in items])
                return conn.total_changes - before

        return await self._run(_remove)

    async def list_do_not_call(self) -> list[DoNotCallEntry]:
        """The whole list, sorted by number."""

        def _list() -> list[DoNotCallEntry]:
            rows = self._connection().execute(
                "SELECT number, note, added_at FROM do_not_call ORDER BY number"
            )
            return [DoNotCallEntry(r[0], r[1], _dt(r[2])) for r in rows]

        return await self._run(_list)

    async def do_not_call_contains(self, numbers: Iterable[str]) -> set[str]:
        """Which of `numbers` are on the list (one query per 500 numbers)."""
        items = list(dict.fromkeys(numbers))

        def _contains() -> set[str]:
            found: set[str] = set()
            conn = self._connection()
            for start in range(0, len(items), 500):
                chunk = items[start : start + 500]
                rows = conn.execute(
                    "SELECT number FROM do_not_call WHERE number IN "
                    f"({','.join('?' * len(chunk))})",
                    chunk,
                )
                found.update(r[0] for r in rows)
            return found

        return await self._run(_contains)

    async def add_do_not_call_entries(self, entries: Iterable[DoNotCallEntry]) -> int:
        """Add entries keeping their note and date (an undone removal); returns how many were new."""
        rows = [(e.number, e.note, _iso(e.added_at)) for e in entries if e.number]

        def _add() -> int:
            with self._tx() as conn:
                before = conn.total_changes
                conn.executemany(
                    "INSERT OR IGNORE INTO do_not_call(number, note, added_at) VALUES (?, ?, ?)",
                    rows,
                )
                return conn.total_changes - before

        return await self._run(_add)

    async def take_do_not_call(self, numbers: Iterable[str]) -> list[DoNotCallEntry]:
        """Remove numbers in one transaction; returns the removed entries (for an undo)."""
        items = list(dict.fromkeys(numbers))

        def _take() -> list[DoNotCallEntry]:
            taken: list[DoNotCallEntry] = []
            with self._tx() as conn:
                for start in range(0, len(items), 500):
                    chunk = items[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    rows = conn.execute(
                        "SELECT number, note, added_at FROM do_not_call "
                        f"WHERE number IN ({marks})",
                        chunk,
                    ).fetchall()
                    taken.extend(DoNotCallEntry(r[0], r[1], _dt(r[2])) for r in rows)
                    conn.execute(f"DELETE FROM do_not_call WHERE number IN ({marks})", chunk)
            return taken

        return await self._run(_take)

    async def count_do_not_call(self) -> int:
        """How many numbers are on the list."""
        return await self._run(
            lambda: self._connection().execute("SELECT COUNT(*) FROM do_not_call").fetchone()[0]
        )

    async def import_do_not_call(self, text: str, note: str = "") -> int:
        """Add one number per line of `text` (blank lines and `#` comments skipped)."""
        numbers = [
            line.split(",")[0].strip()
            for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")
        ]
        return await self.add_do_not_call(numbers, note)

    async def export_do_not_call(self) -> str:
        """The list as text, one number per line."""
        entries = await self.list_do_not_call()
        return "".join(f"{e.number}\n" for e in entries)

    # --- accounts (metadata only: secrets live in the OS keyring) --------------------------

    @staticmethod
    def _row_to_account(row: tuple[Any, ...]) -> Account:
        return Account(
            id=row[0],
            display_name=row[1],
            provider=None if row[2] is None else ProviderId(row[2]),
            client_id=row[3],
            sender=row[4],
            api_base_url=row[5],
            auth_base_url=row[6],
            is_sandbox=bool(row[7]),
            extra=json.loads(row[8]),
        )

    _ACCOUNT_COLUMNS = (
        "id, display_name, provider, client_id, sender, api_base_url, auth_base_url, "
        "is_sandbox, extra"
    )

    async def save_account(self, account: Account) -> None:
        """Insert or update an account's metadata (never its secret)."""

        def _save() -> None:
            with self._tx() as conn:
                conn.execute(
                    f"INSERT INTO accounts({self._ACCOUNT_COLUMNS}) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET display_name=excluded.display_name, "
                    "provider=excluded.provider, client_id=excluded.client_id, "
                    "sender=excluded.sender, api_base_url=excluded.api_base_url, "
                    "auth_base_url=excluded.auth_base_url, is_sandbox=excluded.is_sandbox, "
                    "extra=excluded.extra",
                    (
                        account.id,
                        account.display_name,
                        None if account.provider is None else str(account.provider),
                        account.client_id,
                        account.sender,
                        account.api_base_url,
                        account.auth_base_url,
                        int(account.is_sandbox),
                        json.dumps(account.extra),
                    ),
                )

        await self._run(_save)

    async def get_account(self, account_id: str) -> Account | None:
        """One account's metadata, or None."""

        def _get() -> Account | None:
            row = (
                self._connection()
                .execute(
                    f"SELECT {self._ACCOUNT_COLUMNS} FROM accounts WHERE id = ?", (account_id,)
                )
                .fetchone()
            )
            return None if row is None else self._row_to_account(row)

        return await self._run(_get)

    async def list_accounts(self) -> list[Account]:
        """All stored accounts, by display name."""

        def _list() -> list[Account]:
            rows = self._connection().execute(
                f"SELECT {self._ACCOUNT_COLUMNS} FROM accounts ORDER BY is_sandbox DESC, "
                "display_name COLLATE NOCASE, id"
            )
            return [self._row_to_account(r) for r in rows]

        return await self._run(_list)

    async def delete_account(self, account_id: str) -> bool:
        """Remove an account's metadata; True when it existed."""

        def _delete() -> bool:
            with self._tx() as conn:
                return conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,)).rowcount > 0

        return await self._run(_delete)

    # --- settings (JSON values) -----------------------------------------------------------

    async def get_setting(self, key: str) -> Any | None:
        """The stored JSON value of a setting, or None when never set."""

        def _get() -> Any | None:
            row = (
                self._connection()
                .execute("SELECT value FROM settings WHERE key = ?", (key,))
                .fetchone()
            )
            return None if row is None else json.loads(row[0])

        return await self._run(_get)

    async def all_settings(self) -> dict[str, Any]:
        """Every stored setting, decoded from JSON."""

        def _all() -> dict[str, Any]:
            rows = self._connection().execute("SELECT key, value FROM settings")
            return {k: json.loads(v) for k, v in rows}

        return await self._run(_all)

    async def set_settings(self, values: dict[str, Any]) -> None:
        """Store several settings in one transaction."""
        encoded = [(k, json.dumps(v)) for k, v in values.items()]

        def _set() -> None:
            with self._tx() as conn:
                conn.executemany(
                    "INSERT INTO settings(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    encoded,
                )

        await self._run(_set)

    async def set_setting(self, key: str, value: Any) -> None:
        """Store one setting."""
        await self.set_settings({key: value})

    async def delete_setting(self, key: str) -> None:
        """Forget a setting (it returns to its default)."""

        def _delete() -> None:
            with self._tx() as conn:
                conn.execute("DELETE FROM settings WHERE key = ?", (key,))

        await self._run(_delete)


def default_store_path() -> Path:
    """The store file in the user's data folder."""
    from app.services.paths import data_dir

    return data_dir() / STORE_FILENAME
