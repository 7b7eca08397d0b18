"""Who gets the call: typed numbers, provider contacts, groups or a segment."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Audience(BaseModel):
    """The recipients of a campaign as the user entered them (raw text is kept, never lost)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    numbers_text: str = ""
    default_country: str = "BE"
    contacts: list[str] = Field(default_factory=list)
    groups: list[str] = Field(default_factory=list)
    segment_id: str | None = None
    include_unsubscribed: bool = False

    def typed_numbers(self) -> list[str]:
        """The non-empty lines of the typed numbers, stripped, in order (parsing comes later)."""
        return [line.strip() for line in self.numbers_text.splitlines() if line.strip()]
