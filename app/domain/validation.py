"""Problems found in a draft before anything is sent, in plain words that point at the field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DraftProblem:
    """One thing the user must fix: the draft field at fault and what is wrong with it."""

    field: str
    message: str


class DraftInvalid(ValueError):
    """The draft cannot be sent as it is; `problems` lists every fix needed, not just the first."""

    def __init__(self, problems: list[DraftProblem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in self.problems) or "invalid draft")
