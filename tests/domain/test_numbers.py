"""Numbers as people type them: splitting, parsing, de-duplication, provider format, speed."""

from __future__ import annotations

import random
import time

import phonenumbers
import pytest

from app.domain.numbers import (
    LineType,
    ParsedNumber,
    Problem,
    clean_numbers,
    entry_spans,
    format_for_provider,
    parse_many,
    parse_number,
    split_entries,
)

MESSY = """0470 12 34 56
+32 470 12.34.56, 0032470123456; 02/511.45.67
+33 6 12 34 56 78\t06 12 34 56 78
0471-98-76-54

(02) 555 12 34
+44 20 7946 0958
04701234ab
12
+999 1234567
0470 12 34 567 8
+32 (0)470 12 34 56
0472 11 22 33 0473 44 55 66
"""


def test_split_keeps_numbers_together_and_splits_on_any_separator() -> None:
    assert split_entries(MESSY) == [
        "0470 12 34 56", "+32 470 12.34.56", "0032470123456", "02/511.45.67",
        "+33 6 12 34 56 78", "06 12 34 56 78", "0471-98-76-54", "(02) 555 12 34",
        "+44 20 7946 0958", "04701234ab", "12", "+999 1234567", "0470 12 34 567 8",
        "+32 (0)470 12 34 56", "0472 11 22 33", "0473 44 55 66",
    ]


def test_entry_spans_point_back_into_the_text() -> None:
    text = " 0470 12 34 56 ;\n\t+33 6 12 34 56 78 ,"
    assert [text[a:b] for a, b in entry_spans(text)] == ["0470 12 34 56", "+33 6 12 34 56 78"]
    assert split_entries("") == [] and split_entries(" ,;\n\t") == []


@pytest.mark.parametrize(
    ("raw", "country", "e164", "region", "line"),
    [
        ("0470 12 34 56", "BE", "+32470123456", "BE", LineType.MOBILE),
        ("0032.470.12.34.56", "BE", "+32470123456", "BE", LineType.MOBILE),
        ("+32 (0)2 555 12 34", "BE", "+3225551234", "BE", LineType.FIXED),
        ("06 12 34 56 78", "FR", "+33612345678", "FR", LineType.MOBILE),
        ("+33 6 12 34 56 78", "BE", "+33612345678", "FR", LineType.MOBILE),
        ("0800 12 345", "BE", "+3280012345", "BE", LineType.TOLL_FREE),
        ("020 7946 0958", "GB", "+442079460958", "GB", LineType.FIXED),
        ("(212) 555-0123", "US", "+12125550123", "US", LineType.FIXED_OR_MOBILE),
        ("06-12345678", "nl", "+31612345678", "NL", LineType.MOBILE),
    ],
)
def test_parse_valid(raw: str, country: str, e164: str, region: str, line: LineType) -> None:
    assert parse_number(raw, country) == ParsedNumber(raw, e164, region, line.value, None)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("04701234ab", Problem.LETTERS),
        ("call me", Problem.LETTERS),
        ("12", Problem.TOO_SHORT),
        ("0470 12 34 567 8", Problem.TOO_LONG),
        ("+999 1234567", Problem.UNKNOWN_COUNTRY_CODE),
        ("06 12 34 56 78", Problem.NOT_IN_USE),
        ("   ", Problem.EMPTY),
        ("+", Problem.NOT_A_NUMBER),
    ],
)
def test_parse_invalid_says_why(raw: str, problem: Problem) -> None:
    parsed = parse_number(raw, "BE")
    assert parsed.e164 is None and not parsed.is_valid
    assert parsed.problem == problem.value and parsed.original == raw


def test_clean_messy_list_is_exactly_right() -> None:
    report = clean_numbers(split_entries(MESSY), "BE")
    assert [p.e164 for p in report.valid] == [
        "+32470123456", "+3225114567", "+33612345678", "+32471987654", "+3225551234",
        "+442079460958", "+32472112233", "+32473445566",
    ]
    assert [(p.original, p.problem) for p in report.invalid] == [
        ("06 12 34 56 78", Problem.NOT_IN_USE.value),
        ("04701234ab", Problem.LETTERS.value),
        ("12", Problem.TOO_SHORT.value),
        ("+999 1234567", Problem.UNKNOWN_COUNTRY_CODE.value),
        ("0470 12 34 567 8", Problem.TOO_LONG.value),
    ]
    assert report.duplicates == 3
    assert report.total == 16
    assert report.per_country == {"BE": 6, "FR": 1, "GB": 1}
    assert (report.valid_count, report.invalid_count) == (8, 5)


def test_format_for_provider() -> None:
    assert format_for_provider("+32470123456", with_plus=True) == "+32470123456"
    assert format_for_provider("+32470123456", with_plus=False) == "32470123456"


def _random_entries(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)

    def digits(k: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(k))

    forms = [
        lambda: "04" + digits(8), lambda: "+32 " + digits(rng.randint(7, 10)),
        lambda: "0032" + digits(9), lambda: "0" + digits(rng.randint(6, 11)),
        lambda: "+33 6 " + digits(8), lambda: "+1 " + digits(10), lambda: "+44 " + digits(10),
        lambda: "+39 0" + digits(9), lambda: "+7" + digits(10), lambda: digits(rng.randint(2, 14)),
        lambda: "+" + digits(rng.randint(3, 15)), lambda: "32" + digits(9),
        lambda: "+32 (0)" + digits(9), lambda: "00" + digits(rng.randint(3, 12)),
        lambda: "+262 " + digits(9), lambda: "+800 " + digits(8), lambda: "011 " + digits(11),
    ]
    return [rng.choice(forms)() for _ in range(count)]


_T = phonenumbers.PhoneNumberType
LIBRARY_TYPES = {
    _T.MOBILE: "mobile", _T.FIXED_LINE: "fixed", _T.FIXED_LINE_OR_MOBILE: "fixed or mobile",
    _T.TOLL_FREE: "toll-free", _T.PREMIUM_RATE: "premium rate", _T.SHARED_COST: "shared cost",
    _T.VOIP: "voip", _T.PERSONAL_NUMBER: "personal", _T.PAGER: "pager", _T.UAN: "company number",
    _T.VOICEMAIL: "voicemail",
}


@pytest.mark.parametrize("region", ["BE", "FR", "NL", "DE", "GB", "US", "IT", "RU", "AR", "MX", "BR"])
def test_fast_path_agrees_with_phonenumbers(region: str) -> None:
    entries = _random_entries(1500, seed=sum(map(ord, region)))
    for raw, got in zip(entries, parse_many(entries, region), strict=True):
        try:
            numobj = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            assert got.e164 is None, raw
            continue
        if phonenumbers.is_valid_number(numobj):
            expected = phonenumbers.format_number(numobj, phonenumbers.PhoneNumberFormat.E164)
            assert got.e164 == expected, raw
            assert got.country == phonenumbers.region_code_for_number(numobj), raw
            assert got.line_type == LIBRARY_TYPES[phonenumbers.number_type(numobj)], raw
        else:
            assert got.e164 is None and got.problem, raw


def test_clean_is_faster_than_a_plain_loop() -> None:
    rng = random.Random(7)
    entries = [f"04{rng.randint(70, 99)} {rng.randint(0, 999999):06d}" for _ in range(20000)]

    start = time.perf_counter()
    for raw in entries:
        phonenumbers.is_valid_number(phonenumbers.parse(raw, "BE"))
    plain = time.perf_counter() - start

    start = time.perf_counter()
    clean_numbers(entries, "BE")
    ours = time.perf_counter() - start
    assert plain / ours > 1.5
