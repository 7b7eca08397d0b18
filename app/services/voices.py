"""Our own table of local text-to-speech voices: provider language + gender -> local voice id."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.providers import Gender

ESPEAK_FEMALE_VARIANT = "+f3"
ESPEAK_MALE_VARIANT = ""

# Provider language code -> eSpeak NG voice identifier (lower case, as pyttsx3 reports it).
ESPEAK_VOICES: dict[str, str] = {
    "en-us": "gmw/en-us",
    "en-gb": "gmw/en",
    "de-de": "gmw/de",
    "fr-fr": "roa/fr",
    "fr-be": "roa/fr-be",
    "fr-ch": "roa/fr-ch",
    "it-it": "roa/it",
    "pt-br": "roa/pt-br",
    "pt-pt": "roa/pt",
    "es-es": "roa/es",
    "es-la": "roa/es-419",
    "es-419": "roa/es-419",
    "el-gr": "grk/el",
    "bg-bg": "zls/bg",
    "pl-pl": "zlw/pl",
    "hu-hu": "urj/hu",
    "sv-se": "gmq/sv",
    "ru-ru": "zle/ru",
    "nl-nl": "gmw/nl",
}

# Readable names of the local voices we may fall back to (for the "nearest" note).
LOCAL_NAMES: dict[str, str] = {
    "gmw/en-us": "English (America)",
    "gmw/en": "English (Great Britain)",
    "gmw/de": "German",
    "roa/fr": "French (France)",
    "roa/fr-be": "French (Belgium)",
    "roa/fr-ch": "French (Switzerland)",
    "roa/it": "Italian",
    "roa/pt-br": "Portuguese (Brazil)",
    "roa/pt": "Portuguese (Portugal)",
    "roa/es": "Spanish (Spain)",
    "roa/es-419": "Spanish (Latin America)",
    "grk/el": "Greek",
    "zls/bg": "Bulgarian",
    "zlw/pl": "Polish",
    "urj/hu": "Hungarian",
    "gmq/sv": "Swedish",
    "zle/ru": "Russian",
    "gmw/nl": "Dutch",
}

FALLBACK_LANGUAGE = "en-gb"


@dataclass(frozen=True)
class LocalVoice:
    """A voice installed on this computer, as the speech engine lists it."""

    id: str
    name: str
    languages: tuple[str, ...] = ()
    gender: str | None = None


class NoteKind(StrEnum):
    """Why the local voice differs from what the provider will use."""

    NEAREST_LANGUAGE = "nearest_language"
    FALLBACK_LANGUAGE = "fallback_language"
    NO_GENDER = "no_gender"


@dataclass(frozen=True)
class VoiceNote:
    """A plain fact for the UI: no local voice for `requested`, using `used` instead."""

    kind: NoteKind
    requested: str
    used: str
    used_name: str

    @property
    def message(self) -> str:
        """An English sentence; the UI may build its own translated one from the fields."""
        if self.kind is NoteKind.NO_GENDER:
            return f"No local {self.requested} voice, using {self.used_name}."
        return f"No local voice for {self.requested}, using the nearest one: {self.used_name}."


@dataclass(frozen=True)
class VoiceChoice:
    """The local voice chosen for a provider language and gender, and any note about it."""

    voice_id: str
    language: str
    gender: Gender
    note: VoiceNote | None = None

    @property
    def exact(self) -> bool:
        """True when the local voice matches the language and gender asked for."""
        return self.note is None


def _norm(code: str) -> str:
    return code.strip().replace("_", "-").lower()


def _readable(language: str) -> str:
    from app.domain.providers import CAPABILITIES

    for caps in CAPABILITIES.values():
        option = caps.language(language)
        if option:
            return option.name
    return language


def choose_espeak_voice(
    language: str, gender: Gender, installed: Iterable[str] | None = None
) -> VoiceChoice:
    """Best eSpeak NG voice id for a language and gender; female is the `+f3` variant."""
    wanted = _norm(language)
    have = {_norm(v) for v in installed} if installed is not None else None

    def ok(voice_id: str) -> bool:
        return have is None or voice_id in have

    suffix = ESPEAK_FEMALE_VARIANT if Gender(gender) is Gender.FEMALE else ESPEAK_MALE_VARIANT
    base = ESPEAK_VOICES.get(wanted)
    note_kind: NoteKind | None = None
    if base is None or not ok(base):
        prefix = wanted.split("-")[0]
        nearest = [
            v for k, v in ESPEAK_VOICES.items() if k.split("-")[0] == prefix and ok(v)
        ]
        if nearest:
            base, note_kind = nearest[0], NoteKind.NEAREST_LANGUAGE
        else:
            base, note_kind = ESPEAK_VOICES[FALLBACK_LANGUAGE], NoteKind.FALLBACK_LANGUAGE
    note = None
    if note_kind is not None:
        note = VoiceNote(note_kind, _readable(language), base, LOCAL_NAMES.get(base, base))
    return VoiceChoice(base + suffix, language, Gender(gender), note)


def choose_voice(
    language: str, gender: Gender, voices: Sequence[LocalVoice], engine: str = "espeak"
) -> VoiceChoice:
    """Best local voice for any engine: eSpeak by our table, others by language and gender."""
    if engine == "espeak":
        return choose_espeak_voice(language, gender, [v.id for v in voices] if voices else None)
    wanted = _norm(language)
    prefix = wanted.split("-")[0]
    gender = Gender(gender)

    def langs(v: LocalVoice) -> list[str]:
        return [_norm(lang) for lang in v.languages]

    def gender_ok(v: LocalVoice) -> bool:
        return (v.gender or "").lower() == gender.value

    exact = [v for v in voices if wanted in langs(v)]
    near = [v for v in voices if any(lang.split("-")[0] == prefix for lang in langs(v))]
    for pool, kind in ((exact, None), (near, NoteKind.NEAREST_LANGUAGE)):
        if pool:
            best = next((v for v in pool if gender_ok(v)), pool[0])
            if kind is None and not gender_ok(best) and best.gender:
                kind = NoteKind.NO_GENDER
            note = None
            if kind is not None:
                requested = (
                    f"{gender.value} {_readable(language)}"
                    if kind is NoteKind.NO_GENDER
                    else _readable(language)
                )
                note = VoiceNote(kind, requested, best.id, best.name)
            return VoiceChoice(best.id, language, gender, note)
    if not voices:
        raise LookupError("No text-to-speech voice is installed on this computer.")
    best = next((v for v in voices if gender_ok(v)), voices[0])
    note = VoiceNote(NoteKind.FALLBACK_LANGUAGE, _readable(language), best.id, best.name)
    return VoiceChoice(best.id, language, gender, note)
