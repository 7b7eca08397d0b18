"""The one SQLite file of VoiceDesk: drafts, the open draft, submissions and their status history,
the do-not-call list, account metadata (never secrets) and settings.

All SQLite work runs on one dedicated worker thread (a single-thread executor), so writes are
serialized and the event loop never blocks; every write is one transaction. Each job has its own
module (connection, schema, drafts, submissions, do_not_call, accounts, settings); `Store` joins
them over the one connection.
"""

from __future__ import annotations

from app.services.store.accounts import Account, AccountStore
from app.services.store.connection import STORE_FILENAME, StoreConnection, default_store_path
from app.services.store.do_not_call import DoNotCallEntry, DoNotCallStore
from app.services.store.drafts import DraftStore, DraftSummary
from app.services.store.errors import InvalidTransition, NotFoundInStore, StoreError
from app.services.store.schema import MIGRATIONS, SCHEMA_VERSION
from app.services.store.settings import SettingsStore
from app.services.store.submissions import StatusHistoryEntry, SubmissionStore

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "STORE_FILENAME",
    "Account",
    "DoNotCallEntry",
    "DraftSummary",
    "InvalidTransition",
    "NotFoundInStore",
    "StatusHistoryEntry",
    "Store",
    "StoreConnection",
    "StoreError",
    "default_store_path",
]


class Store(DraftStore, SubmissionStore, DoNotCallStore, AccountStore, SettingsStore):
    """One SQLite file; every public coroutine runs its work on the store's single worker thread."""
