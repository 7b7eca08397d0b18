"""Phone numbers as people type them: split, parse, validate, de-duplicate and format (no I/O).

Parsing follows `phonenumbers` exactly. Speed comes from a fast path for entries that are only
digits and common punctuation (skipping the library's free-text extraction), from resolving
region metadata once per country code, from one type look-up that also answers validity, and
from a memo keyed by the normalised digits so repeated entries cost a dictionary look-up.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from typing import NamedTuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumber, PhoneNumberType
from phonenumbers import phonenumberutil as _pnu

try:  # the library's own parsing steps, used by the fast path; absent -> full parse only
    from phonenumbers.phonenumberutil import _test_number_length

    _FAST_PATH = True
except ImportError:  # pragma: no cover - depends on the installed phonenumbers
    _FAST_PATH = False


class Problem(StrEnum):
    """Why an entry is not a callable number, in plain words (the value is the English text)."""

    EMPTY = "Empty entry"
    LETTERS = "Contains letters"
    NOT_A_NUMBER = "Not a phone number"
    UNKNOWN_COUNTRY_CODE = "Unknown country code"
    TOO_SHORT = "Too few digits"
    TOO_LONG = "Too many digits"
    WRONG_LENGTH = "Wrong number of digits for this country"
    NOT_IN_USE = "Not a valid number in this country's numbering plan"


class LineType(StrEnum):
    """What kind of line a number belongs to, as `phonenumbers` classifies it."""

    MOBILE = "mobile"
    FIXED = "fixed"
    FIXED_OR_MOBILE = "fixed or mobile"
    TOLL_FREE = "toll-free"
    PREMIUM = "premium rate"
    SHARED_COST = "shared cost"
    VOIP = "voip"
    PERSONAL = "personal"
    PAGER = "pager"
    UAN = "company number"
    VOICEMAIL = "voicemail"
    UNKNOWN = "unknown"


_LINE_TYPES: dict[int, LineType] = {
    PhoneNumberType.MOBILE: LineType.MOBILE,
    PhoneNumberType.FIXED_LINE: LineType.FIXED,
    PhoneNumberType.FIXED_LINE_OR_MOBILE: LineType.FIXED_OR_MOBILE,
    PhoneNumberType.TOLL_FREE: LineType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE: LineType.PREMIUM,
    PhoneNumberType.SHARED_COST: LineType.SHARED_COST,
    PhoneNumberType.VOIP: LineType.VOIP,
    PhoneNumberType.PERSONAL_NUMBER: LineType.PERSONAL,
    PhoneNumberType.PAGER: LineType.PAGER,
    PhoneNumberType.UAN: LineType.UAN,
    PhoneNumberType.VOICEMAIL: LineType.VOICEMAIL,
}

_LINE_TYPE_TEXT: dict[int, str] = {kind: line.value for kind, line in _LINE_TYPES.items()}

_PARSE_PROBLEMS: dict[int, Problem] = {
    NumberParseException.INVALID_COUNTRY_CODE: Problem.UNKNOWN_COUNTRY_CODE,
    NumberParseException.NOT_A_NUMBER: Problem.NOT_A_NUMBER,
    NumberParseException.TOO_SHORT_AFTER_IDD: Problem.TOO_SHORT,
    NumberParseException.TOO_SHORT_NSN: Problem.TOO_SHORT,
    NumberParseException.TOO_LONG: Problem.TOO_LONG,
}

_LENGTH_PROBLEMS: dict[int, Problem] = {
    _pnu.ValidationResult.TOO_SHORT: Problem.TOO_SHORT,
    _pnu.ValidationResult.TOO_LONG: Problem.TOO_LONG,
    _pnu.ValidationResult.INVALID_LENGTH: Problem.WRONG_LENGTH,
    _pnu.ValidationResult.IS_POSSIBLE_LOCAL_ONLY: Problem.TOO_SHORT,
    _pnu.ValidationResult.INVALID_COUNTRY_CODE: Problem.UNKNOWN_COUNTRY_CODE,
}


class ParsedNumber(NamedTuple):
    """One entry as typed, and what it turned out to be: E.164 when valid, else a problem.

    A named tuple: 100,000 of them stay out of the garbage collector's full passes."""

    original: str
    e164: str | None
    country: str | None
    line_type: str | None
    problem: str | None

    @property
    def is_valid(self) -> bool:
        """True when the entry is a valid, callable number."""
        return self.e164 is not None


@dataclass(slots=True)
class NumberReport:
    """The cleaned list: valid unique numbers in order, invalid entries, and the counts."""

    valid: list[ParsedNumber] = field(default_factory=list)
    invalid: list[ParsedNumber] = field(default_factory=list)
    duplicates: int = 0
    per_country: dict[str, int] = field(default_factory=dict)
    total: int = 0

    @property
    def valid_count(self) -> int:
        """How many unique valid numbers."""
        return len(self.valid)

    @property
    def invalid_count(self) -> int:
        """How many entries could not be used."""
        return len(self.invalid)


# --- splitting ---------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[^\n\r,;\t|]+")
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"\S+")


def _numbers_on_one_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of several numbers typed on one line with spaces ("0470 12 34 56 0471 65 43 21")."""
    chunk = text[start:end]
    if len(_DIGIT.findall(chunk)) <= _MAX_NSN:
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    current: list[int] = []  # [start, end, digits]
    for token in _TOKEN.finditer(chunk):
        digits = len(_DIGIT.findall(token.group()))
        opens = token.group()[0] in "+0("
        if current and opens and current[2] >= 8:
            spans.append((start + current[0], start + current[1]))
            current = []
        if current:
            current[1], current[2] = token.end(), current[2] + digits
        else:
            current = [token.start(), token.end(), digits]
    if current:
        spans.append((start + current[0], start + current[1]))
    return spans


def entry_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank entry in `text`, split on newlines, commas, semicolons, tabs."""
    spans: list[tuple[int, int]] = []
    for match in _SEPARATORS.finditer(text):
        start, end = match.span()
        chunk = match.group()
        if not chunk.strip():
            continue
        start += len(chunk) - len(chunk.lstrip())
        end -= len(chunk) - len(chunk.rstrip())
        spans.extend(_numbers_on_one_line(text, start, end))
    return spans


def split_entries(text: str) -> list[str]:
    """The entries of pasted text, keeping a number's spaces, dots, dashes and parentheses."""
    return [text[start:end] for start, end in entry_spans(text)]


# --- parsing -----------------------------------------------------------------------------------

_PUNCTUATION = str.maketrans("", "", " .-()/\u00a0\u2009\u202f\u2010\u2011\u2012\u2013\u2014[]")
_SIMPLE = re.compile(r"\+?[0-9]{2,250}")
_LETTER = re.compile(r"[^\W\d_]")
_MAX_NSN = 17
_MIN_NSN = 2

# (e164, country, line_type, problem); memoised by normalised digits, one memo per region
_Outcome = tuple[str | None, str | None, str | None, str | None]


def _desc(desc: object) -> tuple[frozenset[int], re.Pattern[str] | None] | None:
    """A number description reduced to its possible lengths and compiled pattern."""
    if desc is None:
        return None
    pattern = getattr(desc, "national_number_pattern", None)
    return frozenset(desc.possible_length), re.compile(pattern) if pattern else None


class _Plan:
    """One region's metadata compiled once: prefixes, the general pattern and the type patterns."""

    __slots__ = ("metadata", "code", "code_str", "idd", "national_prefix", "simple_prefix",
                 "general", "leading", "types", "fixed", "mobile", "same", "by_length",
                 "keep_by_length")

    _ORDER = (
        (PhoneNumberType.PREMIUM_RATE, "premium_rate"),
        (PhoneNumberType.TOLL_FREE, "toll_free"),
        (PhoneNumberType.SHARED_COST, "shared_cost"),
        (PhoneNumberType.VOIP, "voip"),
        (PhoneNumberType.PERSONAL_NUMBER, "personal_number"),
        (PhoneNumberType.PAGER, "pager"),
        (PhoneNumberType.UAN, "uan"),
        (PhoneNumberType.VOICEMAIL, "voicemail"),
    )

    def __init__(self, metadata: PhoneMetadata) -> None:
        self.metadata = metadata
        self.code = metadata.country_code
        self.code_str = str(metadata.country_code)
        idd = metadata.international_prefix
        self.idd = re.compile(idd) if idd else None
        prefix = metadata.national_prefix_for_parsing
        self.national_prefix = re.compile(prefix) if prefix else None
        self.simple_prefix = not metadata.national_prefix_transform_rule
        self.general = _desc(metadata.general_desc)
        self.leading = re.compile(metadata.leading_digits) if metadata.leading_digits else None
        self.types = [(kind, _desc(getattr(metadata, attr))) for kind, attr in self._ORDER]
        self.fixed = _desc(metadata.fixed_line)
        self.mobile = _desc(metadata.mobile)
        self.same = metadata.same_mobile_and_fixed_line_pattern
        self.by_length: dict[int, tuple] = {}
        self.keep_by_length: dict[int, bool] = {}

    def general_pattern(self, nsn: str) -> bool:
        """Like _match_national_number against the general description (no length check)."""
        return self.general is not None and self.general[1] is not None and (
            self.general[1].fullmatch(nsn) is not None
        )

    def _steps_for(self, size: int) -> tuple:
        """The patterns that can match a number of this length, in the library's order."""
        def usable(desc: tuple[frozenset[int], re.Pattern[str] | None] | None) -> re.Pattern[str] | None:
            if desc is None or desc[1] is None or (desc[0] and size not in desc[0]):
                return None
            return desc[1]

        steps = (
            usable(self.general),
            tuple((kind, p) for kind, desc in self.types if (p := usable(desc)) is not None),
            usable(self.fixed),
            usable(self.mobile),
        )
        self.by_length[size] = steps
        return steps

    def keeps_stripped(self, nsn: str) -> bool:
        """Whether parse keeps a number without its national prefix; the library's length test
        depends on the length alone, so it is cached per length."""
        size = len(nsn)
        keep = self.keep_by_length.get(size)
        if keep is None:
            keep = self.keep_by_length[size] = _test_number_length(nsn, self.metadata) not in _NOT_KEPT
        return keep

    def number_type(self, nsn: str) -> int:
        """Like phonenumbers' _number_type_helper, on patterns precompiled per number length."""
        steps = self.by_length.get(len(nsn)) or self._steps_for(len(nsn))
        general, types, fixed, mobile = steps
        if general is None or general.fullmatch(nsn) is None:
            return PhoneNumberType.UNKNOWN
        for kind, pattern in types:
            if pattern.fullmatch(nsn) is not None:
                return kind
        if fixed is not None and fixed.fullmatch(nsn) is not None:
            if self.same or (mobile is not None and mobile.fullmatch(nsn) is not None):
                return PhoneNumberType.FIXED_LINE_OR_MOBILE
            return PhoneNumberType.FIXED_LINE
        if not self.same and mobile is not None and mobile.fullmatch(nsn) is not None:
            return PhoneNumberType.MOBILE
        return PhoneNumberType.UNKNOWN


class _Plans:
    """Compiled plans per region and per calling code, built on first use."""

    def __init__(self) -> None:
        self.by_region: dict[str, _Plan | None] = {}
        self.by_code: dict[tuple[int, str], _Plan | None] = {}
        self.regions: dict[int, tuple[str, ...]] = {}
        self.by_main_code: dict[int, _Plan | None | bool] = {}

    def region(self, region: str) -> _Plan | None:
        """The plan of a region (None when the region is unknown)."""
        if region not in self.by_region:
            metadata = PhoneMetadata.metadata_for_region(region, None)
            self.by_region[region] = _Plan(metadata) if metadata is not None else None
        return self.by_region[region]

    def for_code(self, code: int, region: str) -> _Plan | None:
        """The plan for a calling code as seen from its main region (non-geographic too)."""
        key = (code, region)
        if key not in self.by_code:
            metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
            self.by_code[key] = _Plan(metadata) if metadata is not None else None
        return self.by_code[key]

    def main_for_code(self, code: int) -> _Plan | None:
        """The plan of a calling code's main region (cached per code)."""
        plan = self.by_main_code.get(code, False)
        if plan is False:
            plan = self.by_main_code[code] = self.for_code(
                code, phonenumbers.region_code_for_country_code(code))
        return plan  # type: ignore[return-value]

    def regions_for(self, code: int) -> tuple[str, ...]:
        """All regions sharing a calling code, main one first."""
        if code not in self.regions:
            self.regions[code] = tuple(phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ()))
        return self.regions[code]


_PLANS = _Plans()
_NOT_KEPT = (
    _pnu.ValidationResult.TOO_SHORT,
    _pnu.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    _pnu.ValidationResult.INVALID_LENGTH,
)


class _Fallback(Exception):
    """The entry needs the library's complete parse."""


def _split_digits(digits: str, plan: _Plan) -> tuple[int, str]:
    """Calling code and national number of digits (optional '+'), exactly as phonenumbers.parse."""
    if digits[0] == "+":
        full, international = digits[1:], True
    else:
        full, international = digits, False
        match = plan.idd.match(digits) if plan.idd is not None else None
        if match is not None:
            rest = digits[match.end():]
            if not rest.startswith("0"):
                full, international = rest, True
    if international:
        if len(full) <= _MIN_NSN:
            raise NumberParseException(NumberParseException.TOO_SHORT_AFTER_IDD, "short")
        if full[0] == "0":
            raise _Fallback
        known = phonenumbers.COUNTRY_CODE_TO_REGION_CODE
        for size in (1, 2, 3):
            code = int(full[:size])
            if code in known:
                return code, full[size:]
        raise _Fallback
    if full.startswith(plan.code_str):
        raise _Fallback
    return plan.code, full


def _national_digits(digits: str, region: str) -> tuple[int, str, _Plan | None]:
    """Calling code, national significant number and plan of a digits-only entry."""
    home = _PLANS.region(region)
    if home is None:
        raise _Fallback
    code, national = _split_digits(digits, home)
    plan = home
    if code != home.code:
        plan = _PLANS.main_for_code(code)
    if len(national) < _MIN_NSN:
        raise NumberParseException(NumberParseException.TOO_SHORT_NSN, "short")
    if plan is not None and plan.national_prefix is not None:
        if not plan.simple_prefix:
            raise _Fallback
        match = plan.national_prefix.match(national)
        if match is not None:
            stripped = national[match.end():]
            if not plan.general_pattern(national) or plan.general_pattern(stripped):
                if plan.keeps_stripped(stripped):
                    national = stripped
    if len(national) < _MIN_NSN:  # pragma: no cover - mirrors phonenumbers
        raise NumberParseException(NumberParseException.TOO_SHORT_NSN, "short")
    if len(national) > _MAX_NSN:
        raise NumberParseException(NumberParseException.TOO_LONG, "long")
    return code, national, plan


def _to_numobj(code: int, national: str) -> PhoneNumber:
    """A PhoneNumber for a calling code and national significant number (leading zeros kept
    the way phonenumbers keeps them)."""
    numobj = PhoneNumber(country_code=code, national_number=int(national))
    if len(national) > 1 and national[0] == "0":
        numobj.italian_leading_zero = True
        zeros = 1
        while zeros < len(national) - 1 and national[zeros] == "0":
            zeros += 1
        if zeros != 1:
            numobj.number_of_leading_zeros = zeros
    return numobj


def _classify_digits(code: int, nsn: str) -> _Outcome:
    """Validity, region and line type from a calling code and national number, one type look-up."""
    regions = _PLANS.regions_for(code)
    region: str | None = None
    plan: _Plan | None = None
    if len(regions) == 1:
        region = regions[0]
        plan = _PLANS.main_for_code(code)
    else:
        for candidate in regions:
            candidate_plan = _PLANS.region(candidate)
            if candidate_plan is None:
                continue
            if candidate_plan.leading is not None:
                if candidate_plan.leading.match(nsn):
                    region, plan = candidate, candidate_plan
                    break
            elif candidate_plan.number_type(nsn) != PhoneNumberType.UNKNOWN:
                region, plan = candidate, candidate_plan
                break
    if plan is not None:
        kind = plan.number_type(nsn)
        if kind != PhoneNumberType.UNKNOWN:
            return f"+{code}{nsn}", region, _LINE_TYPE_TEXT.get(kind, LineType.UNKNOWN.value), None
    reason = phonenumbers.is_possible_number_with_reason(_to_numobj(code, nsn))
    return None, region, None, _LENGTH_PROBLEMS.get(reason, Problem.NOT_IN_USE).value


def _library_parse(text: str, region: str) -> tuple[int, str]:
    """Calling code and national number via the complete `phonenumbers.parse`."""
    numobj = phonenumbers.parse(text, region)
    return numobj.country_code, phonenumbers.national_significant_number(numobj)


def _evaluate(raw: str, region: str, memo: dict[str, _Outcome] | None) -> _Outcome:
    """The outcome for one stripped, non-empty entry, memoised (per region) by its digits."""
    digits = raw.translate(_PUNCTUATION)
    simple = _SIMPLE.fullmatch(digits) is not None
    key = digits if simple else "\x00" + raw
    if memo is not None:
        hit = memo.get(key)
        if hit is not None:
            return hit
    outcome: _Outcome
    if not simple and _LETTER.search(raw):
        outcome = (None, None, None, Problem.LETTERS.value)
    else:
        try:
            if simple and _FAST_PATH:
                try:
                    code, nsn, _ = _national_digits(digits, region)
                except _Fallback:
                    code, nsn = _library_parse(digits, region)
            else:
                code, nsn = _library_parse(raw, region)
        except NumberParseException as exc:
            problem = _PARSE_PROBLEMS.get(exc.error_type, Problem.NOT_A_NUMBER)
            outcome = (None, None, None, problem.value)
        else:
            outcome = _classify_digits(code, nsn)
    if memo is not None:
        memo[key] = outcome
    return outcome


def parse_number(raw: str, default_country: str) -> ParsedNumber:
    """Parse one entry as typed against a default country (ISO alpha-2)."""
    text = raw.strip()
    if not text:
        return ParsedNumber(raw, None, None, None, Problem.EMPTY.value)
    e164, country, line, problem = _evaluate(text, default_country.upper(), None)
    return ParsedNumber(raw, e164, country, line, problem)


def parse_many(entries: Iterable[str], default_country: str) -> list[ParsedNumber]:
    """Parse entries in order (the batch unit for workers), sharing one memo."""
    region = default_country.upper()
    memo: dict[str, _Outcome] = {}
    result: list[ParsedNumber] = []
    append = result.append
    make = _MAKE_PARSED
    empty = (None, None, None, Problem.EMPTY.value)
    for raw in entries:
        text = raw.strip()
        append(make((raw, *(_evaluate(text, region, memo) if text else empty))))
    return result


_MAKE_PARSED = partial(tuple.__new__, ParsedNumber)  # from a plain 5-tuple, at C speed


class ReportBuilder:
    """Folds parsed entries into a NumberReport batch by batch (first occurrence kept)."""

    def __init__(self) -> None:
        self._report = NumberReport()
        self._seen: set[str] = set()
        self._countries: Counter[str] = Counter()

    def add(self, parsed: Iterable[ParsedNumber]) -> None:
        """Count more entries, in order."""
        report, seen, countries = self._report, self._seen, self._countries
        for item in parsed:
            report.total += 1
            if item.e164 is None:
                report.invalid.append(item)
            elif item.e164 in seen:
                report.duplicates += 1
            else:
                seen.add(item.e164)
                report.valid.append(item)
                countries[item.country or "ZZ"] += 1

    def report(self) -> NumberReport:
        """The report so far, countries by descending count."""
        self._report.per_country = dict(self._countries.most_common())
        return self._report


def build_report(parsed: Iterable[ParsedNumber]) -> NumberReport:
    """Fold parsed entries into a report: de-duplicate by E.164, keep the first, count per country."""
    builder = ReportBuilder()
    builder.add(parsed)
    return builder.report()


def clean_numbers(entries: Iterable[str], default_country: str) -> NumberReport:
    """Parse, validate and de-duplicate entries: the valid unique list, the invalid, the counts."""
    return build_report(parse_many(entries, default_country))


def format_for_provider(e164: str, with_plus: bool) -> str:
    """E.164 as a provider wants it: with '+' (Routee) or digits only (Naxai)."""
    digits = e164.lstrip("+")
    return f"+{digits}" if with_plus else digits
