"""What each provider supports (languages, voices, limits), one table per provider.

Every value comes from ../shared/api/ (routee-voice.md §5.1, §6; naxai-voice-broadcast.md §2.1).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ProviderId(StrEnum):
    """The voice providers VoiceDesk can send through."""

    ROUTEE = "routee"
    NAXAI = "naxai"


class Gender(StrEnum):
    """Provider-neutral voice gender; each provider spells it its own way."""

    FEMALE = "female"
    MALE = "male"


@dataclass(frozen=True)
class LanguageOption:
    """A text-to-speech language: the provider's code and a readable English name."""

    code: str
    name: str


@dataclass(frozen=True)
class ProviderCapabilities:
    """Languages, voices and limits of one provider, as its documents give them."""

    provider: ProviderId
    display_name: str
    languages: tuple[LanguageOption, ...]
    voice_codes: dict[Gender, str]
    default_language: str
    default_gender: Gender
    max_text_length: int | None
    max_recipients_per_kind: int | None
    numbers_with_plus: bool
    sender_min_length: int
    sender_max_length: int
    supports_call_script: bool

    def language(self, code: str) -> LanguageOption | None:
        """The language option with this code, or None when the provider lacks it."""
        return next((lang for lang in self.languages if lang.code == code), None)

    def voice_code(self, gender: Gender) -> str:
        """The provider's own spelling of a voice gender (`female` or `woman`)."""
        return self.voice_codes[gender]

    def closest_language(self, code: str) -> str:
        """The supported language nearest to `code`: itself, the same base language, or the default."""
        if self.language(code):
            return code
        base = code.split("-")[0].lower()
        for lang in self.languages:
            if lang.code.split("-")[0].lower() == base:
                return lang.code
        return self.default_language


ROUTEE = ProviderCapabilities(
    provider=ProviderId.ROUTEE,
    display_name="Routee",
    languages=(
        LanguageOption("en-US", "English (United States)"),
        LanguageOption("en-GB", "English (United Kingdom)"),
        LanguageOption("de-DE", "German (Germany)"),
        LanguageOption("fr-FR", "French (France)"),
        LanguageOption("it-IT", "Italian (Italy)"),
        LanguageOption("pt-BR", "Portuguese (Brazil)"),
        LanguageOption("es-ES", "Spanish (Spain)"),
        LanguageOption("es-LA", "Spanish (Latin America)"),
        LanguageOption("el-GR", "Greek (Greece)"),
        LanguageOption("bg-BG", "Bulgarian (Bulgaria)"),
        LanguageOption("pl-PL", "Polish (Poland)"),
        LanguageOption("hu-HU", "Hungarian (Hungary)"),
        LanguageOption("sv-SE", "Swedish (Sweden)"),
        LanguageOption("ru-RU", "Russian (Russia)"),
    ),
    voice_codes={Gender.FEMALE: "female", Gender.MALE: "male"},
    default_language="en-GB",
    default_gender=Gender.FEMALE,
    max_text_length=1000,
    max_recipients_per_kind=1000,
    numbers_with_plus=True,
    sender_min_length=1,
    sender_max_length=16,
    supports_call_script=False,
)

NAXAI = ProviderCapabilities(
    provider=ProviderId.NAXAI,
    display_name="Naxai",
    languages=(
        LanguageOption("fr-BE", "French (Belgium)"),
        LanguageOption("fr-FR", "French (France)"),
        LanguageOption("nl-BE", "Dutch (Belgium)"),
        LanguageOption("nl-NL", "Dutch (Netherlands)"),
        LanguageOption("en-GB", "English (United Kingdom)"),
        LanguageOption("de-DE", "German (Germany)"),
    ),
    voice_codes={Gender.FEMALE: "woman", Gender.MALE: "man"},
    default_language="fr-BE",
    default_gender=Gender.FEMALE,
    max_text_length=None,
    max_recipients_per_kind=None,
    numbers_with_plus=False,
    sender_min_length=8,
    sender_max_length=15,
    supports_call_script=True,
)

CAPABILITIES: dict[ProviderId, ProviderCapabilities] = {
    ProviderId.ROUTEE: ROUTEE,
    ProviderId.NAXAI: NAXAI,
}


def capabilities(provider: ProviderId) -> ProviderCapabilities:
    """The capability table of a provider."""
    return CAPABILITIES[ProviderId(provider)]
