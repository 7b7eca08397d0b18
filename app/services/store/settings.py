"""Settings in the store: one JSON value per key."""

from __future__ import annotations

import json
from typing import Any

from app.services.store.connection import StoreConnection


class SettingsStore(StoreConnection):
    """The settings table; a key never set reads as None (its default)."""

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
