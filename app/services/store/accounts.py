"""Provider accounts in the store: metadata only, never secrets (those live in the OS keyring)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.domain.providers import ProviderId
from app.services.store.connection import StoreConnection


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


class AccountStore(StoreConnection):
    """The accounts table."""

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
