"""How the Routee simulator reads and writes field values: dates, countries and booleans."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import phonenumbers


def to_iso(value: datetime) -> str:
    """`value` as Routee writes dates: ISO 8601 in UTC, milliseconds, `Z`."""
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_date(value: str) -> datetime | None:
    """An ISO 8601 date with a time zone, or None."""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def country_of(number: str) -> str | None:
    """The region code of an international number, or None when it is not a possible number."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    region = phonenumbers.region_code_for_number(parsed) or phonenumbers.region_code_for_country_code(
        parsed.country_code)
    return None if region in (None, "ZZ") else region


def json_bool(value: Any) -> bool | None:
    """JSON boolean, or the strings "true"/"false" (a test suite sends `"collectDtmfDigits": "true"`)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return None
