"""The local voice table: provider language and gender to a local voice, noted when nearest."""

from __future__ import annotations

import pytest

from app.domain.providers import NAXAI, ROUTEE, Gender
from app.services.voices import LocalVoice, NoteKind, choose_espeak_voice, choose_voice


@pytest.mark.parametrize(
    ("language", "gender", "voice"),
    [
        ("fr-BE", Gender.FEMALE, "roa/fr-be+f3"),
        ("fr-FR", Gender.MALE, "roa/fr"),
        ("en-GB", Gender.MALE, "gmw/en"),
        ("en-US", Gender.FEMALE, "gmw/en-us+f3"),
        ("el-GR", Gender.FEMALE, "grk/el+f3"),
        ("es-LA", Gender.MALE, "roa/es-419"),
        ("pt-BR", Gender.MALE, "roa/pt-br"),
    ],
)
def test_espeak_table(language: str, gender: Gender, voice: str) -> None:
    choice = choose_espeak_voice(language, gender)
    assert choice.voice_id == voice and choice.exact and choice.note is None


def test_every_provider_language_has_a_local_voice_or_a_note() -> None:
    for caps in (ROUTEE, NAXAI):
        for lang in caps.languages:
            choice = choose_espeak_voice(lang.code, Gender.FEMALE)
            assert choice.voice_id.endswith("+f3")
            if choice.note:
                assert choice.note.requested == lang.name


def test_dutch_belgium_uses_nearest_dutch_and_says_so() -> None:
    choice = choose_espeak_voice("nl-BE", Gender.MALE)
    assert choice.voice_id == "gmw/nl" and not choice.exact
    assert choice.note is not None and choice.note.kind is NoteKind.NEAREST_LANGUAGE
    assert choice.note.message == (
        "No local voice for Dutch (Belgium), using the nearest one: Dutch."
    )


def test_unknown_language_falls_back_to_english_as_data() -> None:
    choice = choose_espeak_voice("ja-JP", Gender.FEMALE)
    assert choice.voice_id == "gmw/en+f3"
    assert choice.note is not None and choice.note.kind is NoteKind.FALLBACK_LANGUAGE
    assert choice.note.used == "gmw/en"


def test_missing_installed_voice_is_replaced_by_nearest() -> None:
    choice = choose_espeak_voice("fr-BE", Gender.FEMALE, installed=["roa/fr", "gmw/en"])
    assert choice.voice_id == "roa/fr+f3"
    assert choice.note is not None and choice.note.requested == "French (Belgium)"


def test_other_engines_match_language_and_gender_fields() -> None:
    voices = [
        LocalVoice("HKLM\\David", "David", ("en-US",), "Male"),
        LocalVoice("HKLM\\Hortense", "Hortense", ("fr-FR",), "Female"),
        LocalVoice("HKLM\\Zira", "Zira", ("en_US",), "Female"),
    ]
    assert choose_voice("en-US", Gender.FEMALE, voices, "sapi5").voice_id == "HKLM\\Zira"
    be = choose_voice("fr-BE", Gender.FEMALE, voices, "sapi5")
    assert be.voice_id == "HKLM\\Hortense" and be.note and be.note.kind is NoteKind.NEAREST_LANGUAGE
    male_fr = choose_voice("fr-FR", Gender.MALE, voices, "sapi5")
    assert male_fr.voice_id == "HKLM\\Hortense" and male_fr.note.kind is NoteKind.NO_GENDER
    el = choose_voice("el-GR", Gender.MALE, voices, "sapi5")
    assert el.voice_id == "HKLM\\David" and el.note.kind is NoteKind.FALLBACK_LANGUAGE
    with pytest.raises(LookupError):
        choose_voice("en-US", Gender.MALE, [], "sapi5")
