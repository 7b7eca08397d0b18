"""The Sandbox's memory on disk: a small SQLite file of rows (kind, key, JSON) written in order by one
background thread, so the simulators (on the GUI's event loop) never wait on the disk.

Rows put while a write is under way are coalesced into the next transaction (last value per key).
A corrupt or unreadable file never stops the app: it is moved aside as `<name>.corrupt` and the
Sandbox starts empty; if even that fails, the Sandbox runs from memory only.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
SCHEMA = ("CREATE TABLE IF NOT EXISTS state (kind TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL,"
          " PRIMARY KEY (kind, key)) WITHOUT ROWID")
BUSY = frozenset({"SQLITE_BUSY", "SQLITE_LOCKED"})  # another VoiceDesk holds the file: leave it alone

Rows = dict[str, dict[str, Any]]  # kind -> key -> decoded JSON
T = TypeVar("T")


class UnreadableState(Exception):
    """The file opened but its content is not a state this version understands."""


class StateFile:
    """Rows of JSON in one SQLite file; `put` queues a write, `settled` awaits it, `close` flushes."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sandbox-state")
        self._conn: sqlite3.Connection | None = None  # only ever used on the writer thread
        self._lock = threading.Lock()
        self._pending: dict[tuple[str, str], Any] = {}
        self._scheduled = False
        self._last: Future[None] | None = None
        self._closed = False

    # ------------------------------------------------------------ reading (once, at start)

    def load(self, decode: Callable[[Rows], T]) -> T | None:
        """Read every row and `decode` them; None (a fresh state) when there is no usable file."""
        return self._executor.submit(self._load, decode).result()

    def _load(self, decode: Callable[[Rows], T]) -> T | None:
        try:
            rows = self._read()
        except sqlite3.Error as exc:
            if getattr(exc, "sqlite_errorname", "") in BUSY:
                log.warning("The Sandbox state file %s is in use; the Sandbox will not remember this session",
                            self.path)
                self._close_conn()
                return None
            return self._set_aside(exc)
        except (UnreadableState, ValueError, OSError) as exc:
            return self._set_aside(exc)
        try:
            decoded = decode(rows) if rows else None
        except Exception as exc:  # any shape the decoder did not expect: the file is not ours to trust
            return self._set_aside(exc)
        try:
            self._prepare()
        except sqlite3.Error:
            log.exception("The Sandbox cannot write its state to %s; it will forget it on quit", self.path)
            self._close_conn()
        return decoded

    def _read(self) -> Rows:
        """Open the file and read its rows, changing nothing (a bad file is kept aside as found)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, timeout=5.0, isolation_level=None, check_same_thread=False)
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > FORMAT_VERSION:
            raise UnreadableState(f"state format {version} is newer than {FORMAT_VERSION}")
        has_table = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'state'").fetchone() is not None
        rows: Rows = {}
        if has_table:
            for kind, key, data in self._conn.execute("SELECT kind, key, data FROM state"):
                rows.setdefault(kind, {})[key] = json.loads(data)
        return rows

    def _prepare(self) -> None:
        """Create the table and mark the format (once the content is known to be good)."""
        assert self._conn is not None
        self._conn.execute(SCHEMA)
        self._conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")

    def _set_aside(self, exc: BaseException) -> None:
        """Keep the bad file as `<name>.corrupt` for support and start a new, empty one."""
        log.error("The Sandbox state file %s cannot be read (%s); it is kept as %s.corrupt and the Sandbox "
                  "starts empty", self.path, exc, self.path.name)
        self._close_conn()
        try:
            os.replace(self.path, self.path.with_name(self.path.name + ".corrupt"))
            for suffix in ("-journal", "-wal", "-shm"):  # never let a stale journal meet the new file
                self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
            self._read()
            self._prepare()
        except (OSError, sqlite3.Error, UnreadableState):
            log.exception("The Sandbox cannot keep its state in %s; it will forget it on quit", self.path)
            self._close_conn()
        return None

    # ------------------------------------------------------------ writing (in the background)

    def put(self, kind: str, key: str, data: Any) -> None:
        """Queue `data` as the row's new value; None deletes it. `data` is plain JSON values not changed
        afterwards, or a function making them on the writer thread (for big parts that never change)."""
        with self._lock:
            if self._closed:
                return
            self._pending[(kind, key)] = data
            if not self._scheduled:
                self._scheduled = True
                self._last = self._executor.submit(self._flush)

    def clear(self) -> None:
        """Forget every row (queued ones included)."""
        with self._lock:
            if self._closed:
                return
            self._pending.clear()
            self._last = self._executor.submit(self._write_sql, "DELETE FROM state")

    async def settled(self) -> None:
        """Wait, without blocking the event loop, until everything put so far is on disk (or failed)."""
        last = self._last
        if last is not None and not last.done():
            # shielded: a cancelled request must not cancel the queued write that others wait for
            await asyncio.shield(asyncio.wrap_future(last))

    def close(self) -> None:
        """Write what is queued, then close the file and stop the writer thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if self._pending and not self._scheduled:
                self._executor.submit(self._flush)
        self._executor.submit(self._close_conn)
        self._executor.shutdown(wait=True)

    def _flush(self) -> None:
        with self._lock:
            rows, self._pending = self._pending, {}
            self._scheduled = False
        if self._conn is None or not rows:
            return
        try:
            encoded = [(kind, key, None if data is None else
                        json.dumps(data() if callable(data) else data, separators=(",", ":")))
                       for (kind, key), data in rows.items()]
            with self._transaction() as conn:
                for kind, key, text in encoded:
                    if text is None:
                        conn.execute("DELETE FROM state WHERE kind = ? AND key = ?", (kind, key))
                    else:
                        conn.execute("INSERT OR REPLACE INTO state (kind, key, data) VALUES (?, ?, ?)",
                                     (kind, key, text))
        except (sqlite3.Error, OSError, TypeError, ValueError):
            log.exception("The Sandbox could not save its state to %s", self.path)

    def _write_sql(self, sql: str) -> None:
        if self._conn is None:
            return
        try:
            with self._transaction() as conn:
                conn.execute(sql)
        except sqlite3.Error:
            log.exception("The Sandbox could not change its state file %s", self.path)

    def _transaction(self) -> _Transaction:
        assert self._conn is not None
        return _Transaction(self._conn)

    def _close_conn(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                log.exception("closing the Sandbox state file failed")
            self._conn = None


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on error (the connection is in autocommit mode)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        self.conn.execute("COMMIT" if exc_type is None else "ROLLBACK")
