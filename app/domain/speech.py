"""Rules about how text sounds when spoken: length estimate and what speech engines read badly."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

WORDS_PER_SECOND = 2.5  # about 150 words a minute, a calm announcement pace


class WarningKind(StrEnum):
    NUMBER = "number"  # long digit runs may be read as amounts ("twelve thousand")
    ABBREVIATION = "abbreviation"  # "approx.", "St.", "TVA" may be spelled or misread
    URL = "url"  # addresses are read character by character
    TIME = "time"  # "8h" / "08:00" may be read oddly


@dataclass(frozen=True)
class SpeechWarning:
    """A fragment of the text that text-to-speech is likely to read badly."""

    kind: WarningKind
    fragment: str


_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.-]+@[\w-]+\.\w+", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w:])\d[\d .,/-]{4,}\d(?![\w:])")
# All-capital acronyms ("TVA", "CPAS"), common written abbreviations, and a lower-case word with
# a full stop followed by more lower-case text ("approx. 20"), which is not the end of a sentence.
_KNOWN_ABBREVIATIONS = ("St", "Dr", "Av", "Bd", "Bld", "Mr", "Mrs", "Mme", "Mlle", "Nr", "No", "Tel", "Tél",
                        "Str", "Pl", "Rd", "Ave", "Prof", "Dept", "Ref", "Réf")
_ABBREV = re.compile(
    r"\b(?:[A-Z]{2,5}\b\.?|(?:" + "|".join(_KNOWN_ABBREVIATIONS) + r")\.|[a-zé]{1,6}\.(?=\s+[a-z0-9]))"
)
_TIME = re.compile(r"\b\d{1,2}\s?h(?:\s?\d{2})?\b|\b\d{1,2}:\d{2}\b", re.IGNORECASE)
_COMMON_WORD_ENDINGS = {"etc.", "Mr.", "Mrs.", "Dr."}


def estimate_seconds(text: str) -> float:
    """Rough spoken length in seconds, from the word count."""
    words = len(re.findall(r"\w+", text))
    return round(words / WORDS_PER_SECOND, 1)


def speech_warnings(text: str) -> list[SpeechWarning]:
    """Fragments worth a second look before paying for the calls (each listed once, in order)."""
    found: list[tuple[int, SpeechWarning]] = []
    seen: set[str] = set()
    urls = list(_URL.finditer(text))
    url_spans = [m.span() for m in urls]

    def inside_url(pos: int) -> bool:
        return any(a <= pos < b for a, b in url_spans)

    for m in urls:
        found.append((m.start(), SpeechWarning(WarningKind.URL, m.group(0).rstrip(".,;:!?)"))))
    for pattern, kind in ((_NUMBER, WarningKind.NUMBER), (_TIME, WarningKind.TIME), (_ABBREV, WarningKind.ABBREVIATION)):
        for m in pattern.finditer(text):
            frag = m.group(0).strip()
            if inside_url(m.start()) or frag in _COMMON_WORD_ENDINGS:
                continue
            found.append((m.start(), SpeechWarning(kind, frag)))
    result: list[SpeechWarning] = []
    for _, warning in sorted(found, key=lambda item: item[0]):
        if warning.fragment not in seen:
            seen.add(warning.fragment)
            result.append(warning)
    return result
