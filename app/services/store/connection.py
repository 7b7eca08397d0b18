"""Where the store file lives and how it is opened: one connection used only by one worker thread.

All SQLite work runs on one dedicated worker thread (a single-thread executor), so writes are
serialized and the event loop never blocks; every write is one transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from app.services.store.errors import StoreError, plain_words
from app.services.store.schema import migrate

log = logging.getLogger(__name__)

T = TypeVar("T")

STORE_FILENAME = "voicedesk.sqlite3"


class StoreConnection:
    """The store's plumbing: the file's one connection, its worker thread and its transactions."""

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
            migrate(conn)
        except sqlite3.Error as exc:
            raise StoreError(plain_words(exc), exc) from exc

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
            raise StoreError(plain_words(exc), exc) from exc

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


def default_store_path() -> Path:
    """The store file in the user's data folder."""
    from app.services.paths import data_dir

    return data_dir() / STORE_FILENAME
