"""Problems found in a draft before anything is sent, in plain words that point at the field.

Each problem is a template with named `{placeholders}` and their values, not a finished sentence:
the UI translates the template (context "DraftProblem", app/ui/problem_text.py) and fills in the
values the UI language's way; `.message` is the English sentence for logs, the CLI and support.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field

PROBLEM_CONTEXT = "DraftProblem"  # the translation context of every template below


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for lupdate under `context` and return it unchanged (the core cannot import Qt)."""
    return text


class Phrase:
    """A value said in words (a date, a waiting time): str() is English; the UI says it its own way."""


Param = int | str | Phrase


def english(text: str, params: Mapping[str, Param]) -> str:
    """The template filled in the English way: whole numbers with a thousands comma, the rest by str()."""
    return text.format_map({name: f"{value:,}" if isinstance(value, int) else value
                            for name, value in params.items()})


def _own_copy(params: Mapping[str, Param] | None) -> dict[str, Param]:
    """A private copy of the values, so a caller's later change of its dict cannot alter a problem."""
    return dict(params or {})


class _Template:
    """What Words and DraftProblem share: a template `text` with its `params`, kept as an own
    read-only copy, and its English rendering (logs, the command line, support details)."""

    text: str
    params: Mapping[str, Param]

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", _own_copy(self.params))

    @property
    def message(self) -> str:
        """The sentence in English."""
        return english(self.text, self.params)


@dataclass(frozen=True)
class Words(_Template):
    """A plain-words sentence that is not about one field (a schedule note): template and values."""

    text: str
    params: Mapping[str, Param] = dataclass_field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class DraftProblem(_Template):
    """One thing the user must fix: the draft field at fault and what is wrong with it, as a
    translatable template (`text`, marked QT_TRANSLATE_NOOP("DraftProblem", …)) and its values."""

    field: str
    text: str
    params: Mapping[str, Param] = dataclass_field(default_factory=dict, hash=False)


class DraftInvalid(ValueError):
    """The draft cannot be sent as it is; `problems` lists every fix needed, not just the first."""

    def __init__(self, problems: list[DraftProblem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in self.problems) or "invalid draft")
