"""The do-not-call list in the store: numbers that must never be called, with a note and a date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from datetime import datetime

from app.services.store.connection import StoreConnection
from app.services.store.timestamps import from_iso, now, to_iso


@dataclass(frozen=True)
class DoNotCallEntry:
    """A number that must never be called, with an optional note and when it was added."""

    number: str
    note: str
    added_at: datetime


class DoNotCallStore(StoreConnection):
    """The do_not_call table: add, remove (and undo), look up, import and export numbers."""

    async def add_do_not_call(self, numbers: Iterable[str], note: str = "") -> int:
        """Add numbers (already normalised by the caller); returns how many were new."""
        items = [n for n in dict.fromkeys(numbers) if n]

        def _add() -> int:
            with self._tx() as conn:
                before = conn.total_changes
                conn.executemany(
                    "INSERT OR IGNORE INTO do_not_call(number, note, added_at) VALUES (?, ?, ?)",
                    [(n, note, to_iso(now())) for n in items],
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
            return [DoNotCallEntry(r[0], r[1], from_iso(r[2])) for r in rows]

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
        rows = [(e.number, e.note, to_iso(e.added_at)) for e in entries if e.number]

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
                    taken.extend(DoNotCallEntry(r[0], r[1], from_iso(r[2])) for r in rows)
                    conn.execute(f"DELETE FROM do_not_call WHERE number IN ({marks})", chunk)
            return taken

        return await self._run(_take)

    async def count_do_not_call(self) -> int:
        """How many numbers are on the list."""
        return await self._run(
            lambda: self._connection().execute("SELECT COUNT(*) FROM do_not_call").fetchone()[0]
        )
