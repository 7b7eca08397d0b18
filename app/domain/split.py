"""Splitting an audience that is too large for one provider campaign into several parts.

Routee takes at most 1,000 numbers, 1,000 contacts and 1,000 groups per campaign (§6.8). A larger
audience goes out as N campaigns "NAME (1/N)" ... "NAME (N/N)", evenly sized, tracked together as
one batch. Each part has its own Routee-valid unique reference for at-most-once lookups.
"""

from __future__ import annotations

import math
import re
import secrets
import uuid
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

REFERENCE_MAX = 30  # Routee `name`: 2 to 30 of [A-Za-z0-9 -]
_PART_SUFFIX_RE = re.compile(r" \((\d+)/(\d+)\)$")


class SplitPart(BaseModel):
    """One campaign of a split send: its recipients, the name users see and its unique reference."""

    model_config = ConfigDict(extra="forbid")

    index: int  # 1-based
    count: int
    numbers: list[str] = Field(default_factory=list)
    contacts: list[str] = Field(default_factory=list)
    groups: list[str] = Field(default_factory=list)
    display_name: str
    reference: str

    @property
    def recipient_count(self) -> int:
        """Calls this part makes: its numbers and contacts (a group's size is unknown here)."""
        return len(self.numbers) + len(self.contacts)


class SplitPlan(BaseModel):
    """How one send goes out: a single part, or several sharing one batch id."""

    model_config = ConfigDict(extra="forbid")

    batch_id: str | None  # None when the send is a single campaign
    parts: list[SplitPart]

    @property
    def is_split(self) -> bool:
        """True when the send goes out as more than one campaign."""
        return len(self.parts) > 1


def clean_name(name: str) -> str:
    """The user's name reduced to what Routee allows in a campaign name (letters, digits, spaces, -)."""
    return " ".join("".join(ch for ch in name if ch.isascii() and (ch.isalnum() or ch in " -")).split())


def new_token() -> str:
    """Eight random upper-case hex characters: what makes a reference unique."""
    return secrets.token_hex(4).upper()


def part_reference(name: str, index: int, count: int, token: str) -> str:
    """`"Spring reminders 2-5 VD1A2B3C4D"`: the cleaned name cut so the whole fits in 30 characters."""
    suffix = f" {index}-{count} VD{token}"
    clean = clean_name(name)[: REFERENCE_MAX - len(suffix)].rstrip() or "Campaign"
    return f"{clean}{suffix}"


def display_name(name: str, index: int, count: int) -> str:
    """`"Spring reminders (2/5)"`, the name users see for one part."""
    return f"{name} ({index}/{count})"


def base_name(part_name: str) -> str:
    """The batch's name from a part's display name: `"Spring reminders (2/5)"` -> `"Spring reminders"`."""
    return _PART_SUFFIX_RE.sub("", part_name)


def part_count(sizes: list[int], limit: int | None) -> int:
    """How many campaigns are needed so that no kind of recipient exceeds `limit` in any of them."""
    if not limit:
        return 1
    return max([1, *(math.ceil(size / limit) for size in sizes)])


def even_chunks(items: list[T], count: int) -> list[list[T]]:
    """`items` cut into `count` consecutive chunks whose sizes differ by at most one (order kept)."""
    size, extra = divmod(len(items), count)
    chunks, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        chunks.append(items[start:end])
        start = end
    return chunks


def plan_split(
    name: str,
    numbers: list[str],
    contacts: list[str],
    groups: list[str],
    limit: int | None,
    *,
    single_reference: str,
) -> SplitPlan:
    """The parts a send goes out as: one (with `single_reference`) when everything fits, else N even
    parts with references sharing one token and one batch id."""
    count = part_count([len(numbers), len(contacts), len(groups)], limit)
    label = name or "Campaign"
    if count == 1:
        part = SplitPart(index=1, count=1, numbers=list(numbers), contacts=list(contacts), groups=list(groups),
                         display_name=label, reference=single_reference)
        return SplitPlan(batch_id=None, parts=[part])
    token = new_token()
    parts = [
        SplitPart(index=i, count=count, numbers=n, contacts=c, groups=g,
                  display_name=display_name(label, i, count), reference=part_reference(label, i, count, token))
        for i, (n, c, g) in enumerate(zip(even_chunks(numbers, count), even_chunks(contacts, count),
                                          even_chunks(groups, count), strict=True), start=1)
    ]
    return SplitPlan(batch_id=uuid.uuid4().hex, parts=parts)
