"""The store's schema: its migrations (each applied once, in order) and the code that applies them."""

from __future__ import annotations

import logging
import sqlite3

from app.services.store.errors import StoreError
from app.services.store.timestamps import now, to_iso

log = logging.getLogger(__name__)

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


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the file's schema up to SCHEMA_VERSION, one transaction per migration."""
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
                (version, to_iso(now())),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("store schema migrated to version %d", version)
