"""What the editor warns about before paying for calls, and the spoken-length estimate."""

from app.domain.speech import WarningKind, estimate_seconds, speech_warnings


def kinds(text: str) -> list[tuple[str, str]]:
    return [(w.kind.value, w.fragment) for w in speech_warnings(text)]


def test_plain_sentences_raise_no_warning() -> None:
    assert kinds("The school is closed today. See you on Monday at the Paix.") == []


def test_times_numbers_addresses_and_abbreviations_are_flagged_once_in_order() -> None:
    text = "Water cut 8h to 12h, call 02 555 01 00 or www.ixelles.be. TVA approx. 12,500.50 EUR. Again 8h."
    assert kinds(text) == [
        ("time", "8h"), ("time", "12h"), ("number", "02 555 01 00"), ("url", "www.ixelles.be"),
        ("abbreviation", "TVA"), ("abbreviation", "approx."), ("number", "12,500.50"), ("abbreviation", "EUR."),
    ]


def test_known_abbreviations_but_not_words_ending_a_sentence() -> None:
    assert kinds("Meet at St. Mary. Rue de la Paix.") == [("abbreviation", "St.")]
    assert speech_warnings("mail info@commune.be now")[0].kind is WarningKind.URL


def test_spoken_length_follows_the_word_count() -> None:
    assert estimate_seconds("") == 0
    assert estimate_seconds("one two three four five") == 2.0
