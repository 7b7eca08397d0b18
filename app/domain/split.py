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
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field

from app.domain.campaign import CampaignState, Submission, SubmissionState

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


_BUSY_ORDER = (CampaignState.RUNNING, CampaignState.QUEUED, CampaignState.SCHEDULED, CampaignState.PAUSED,
               CampaignState.DRAFT, CampaignState.UNKNOWN)
_FINAL_ORDER = (CampaignState.COMPLETED, CampaignState.CANCELED, CampaignState.FAILED)


def combined_state(states: list[CampaignState]) -> CampaignState:
    """One state for the campaigns of a batch: the busiest while any is still going, else how they
    ended (finished if any finished)."""
    if not states:
        return CampaignState.UNKNOWN
    order = _FINAL_ORDER if all(s.is_final for s in states) else _BUSY_ORDER
    return next(s for s in order if s in states)


@dataclass(frozen=True)
class BatchView:
    """The parts of one split send as the Campaigns list shows them together (latest attempt of each)."""

    batch_id: str
    parts: tuple[Submission, ...]

    @property
    def name(self) -> str:
        """The user's name for the send ("Spring reminders")."""
        return base_name(self.parts[0].name) if self.parts else ""

    @property
    def part_count(self) -> int:
        """How many campaigns the send was split into."""
        return max([len(self.parts), *(p.part_count or 0 for p in self.parts)])

    @property
    def created_at(self) -> datetime:
        return min(p.created_at for p in self.parts)

    def in_state(self, *states: SubmissionState) -> list[Submission]:
        """The parts whose submission is in one of `states`."""
        return [p for p in self.parts if p.state in states]

    @property
    def state(self) -> CampaignState:
        """The combined campaign state of the parts the provider accepted."""
        return combined_state([p.status.state for p in self.in_state(SubmissionState.CONFIRMED)])

    @property
    def finished(self) -> int:
        return sum(p.status.finished for p in self.parts)

    @property
    def total(self) -> int:
        """Calls of the parts that went out, or may have (the provider's count when it gave one)."""
        return sum(p.status.total or p.recipient_count for p in self.parts
                   if p.state not in (SubmissionState.FAILED, SubmissionState.NOT_SENT))

    @property
    def counts(self) -> dict[str, int]:
        """Per-status call counts summed over the parts."""
        total: Counter[str] = Counter()
        for p in self.parts:
            total.update(p.status.counts)
        return dict(total)

    @property
    def can_send_remaining(self) -> bool:
        """True when some parts certainly were not created and none is still being settled."""
        open_states = (SubmissionState.INTENT, SubmissionState.SENDING, SubmissionState.UNCONFIRMED)
        return bool(self.in_state(SubmissionState.FAILED, SubmissionState.NOT_SENT)) and not self.in_state(*open_states)
