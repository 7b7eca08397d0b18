"""How the store writes and reads times: ISO 8601 text in UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    """The current time, in UTC."""
    return datetime.now(UTC)


def to_iso(value: datetime) -> str:
    """`value` as the ISO 8601 text (in UTC) stored in the file."""
    return value.astimezone(UTC).isoformat()


def from_iso(value: str) -> datetime:
    """A time stored as ISO 8601 text."""
    return datetime.fromisoformat(value)
