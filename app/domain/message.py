"""The message people hear: spoken text, a recorded WAV by address, or a Naxai call script."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.domain.providers import Gender

MenuKey = Literal["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class SpokenText(_Model):
    """Text read by the provider's text-to-speech, in a language and voice gender."""

    kind: Literal["text"] = "text"
    text: str = ""
    language: str = "en-GB"
    gender: Gender = Gender.FEMALE


class AudioFile(_Model):
    """A recorded WAV played to the callee; providers fetch it from its public address."""

    kind: Literal["audio"] = "audio"
    url: str = ""
    local_path: str | None = None


class Prompt(_Model):
    """One spoken part of a call script: text to say or the address of audio to play."""

    say: str | None = None
    prompt: str | None = None


class Transfer(_Model):
    """Transfer the caller to a number (Naxai `transfer`)."""

    destination: str = ""
    attempts: int = Field(default=1, ge=1, le=3)
    timeout: int = Field(default=15, ge=5, le=30)
    whisper: Prompt | None = None


class MenuChoice(Prompt):
    """What happens when the caller presses one key."""

    key: MenuKey = "1"
    replay: int = Field(default=0, ge=0)
    transfer: Transfer | None = None


class Menu(Prompt):
    """A key-press menu: the question and its choices."""

    replay: int = Field(default=0, ge=0)
    choices: list[MenuChoice] = Field(default_factory=list)


class Welcome(Prompt):
    """The first message of a call script."""

    replay: int = Field(default=0, ge=0)


class CallScript(_Model):
    """A Naxai `voiceFlow`: welcome, optional menu, end, and voicemail for answering machines."""

    kind: Literal["script"] = "script"
    language: str = "fr-BE"
    gender: Gender = Gender.FEMALE
    machine_detection: bool = False
    voicemail: Prompt | None = None
    welcome: Welcome = Field(default_factory=Welcome)
    menu: Menu | None = None
    end: Prompt | None = None


Message = Annotated[SpokenText | AudioFile | CallScript, Field(discriminator="kind")]
