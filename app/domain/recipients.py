"""Who gets the call: typed numbers, provider contacts, groups or a segment."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.domain.providers import ProviderId

MAX_LIST_ENTRIES = 1000  # Routee takes at most this many contacts, and as many groups (§6.8)

NaxaiSource = Literal["numbers", "segment"]


class Audience(BaseModel):
    """The recipients of a campaign as the user entered them (raw text is kept, never lost)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    numbers_text: str = ""
    default_country: str = "BE"
    contacts: list[str] = Field(default_factory=list)  # Routee contact ids
    groups: list[str] = Field(default_factory=list)  # Routee group names
    segment_id: str | None = None  # Naxai: exactly one segment
    segment_name: str = ""  # shown when the account cannot be asked (offline, review)
    include_unsubscribed: bool = False
    # Naxai takes a file of numbers or a segment of people, never both: which one is sent.
    source: NaxaiSource = "numbers"

    @model_validator(mode="before")
    @classmethod
    def _old_segment_drafts(cls, data: Any) -> Any:
        """Drafts saved before `source` existed sent their segment when one was chosen."""
        if isinstance(data, dict) and "source" not in data and data.get("segment_id"):
            return {**data, "source": "segment"}
        return data

    def typed_numbers(self) -> list[str]:
        """The non-empty lines of the typed numbers, stripped, in order (parsing comes later)."""
        return [line.strip() for line in self.numbers_text.splitlines() if line.strip()]

    def sends_typed_numbers(self, provider: ProviderId) -> bool:
        """False only for a Naxai segment audience: the typed numbers are kept but not sent."""
        return not (ProviderId(provider) is ProviderId.NAXAI and self.source == "segment")

    def provider_recipients(self, provider: ProviderId) -> bool:
        """Whether the provider adds recipients of its own (Routee contacts or groups, a Naxai segment)."""
        if ProviderId(provider) is ProviderId.ROUTEE:
            return bool(self.contacts or self.groups)
        return self.source == "segment" and bool(self.segment_id)


def clean_entries(entries: list[str]) -> list[str]:
    """Entries stripped, empty ones dropped, duplicates removed (first one kept), order kept."""
    return list(dict.fromkeys(entry.strip() for entry in entries if entry.strip()))


def split_entries(text: str, separators: str = ",;\t") -> list[str]:
    """Pasted text as entries: one per line, or separated by any of `separators`."""
    for separator in separators:
        text = text.replace(separator, "\n")
    return clean_entries(text.splitlines())
