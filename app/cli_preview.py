"""`python -m app preview DRAFT_FILE -o OUT.wav`: render a draft's message to a WAV file."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from app.domain.message import AudioFile, CallScript, Prompt, SpokenText
from app.domain.providers import Gender

EXIT_OK = 0
EXIT_RENDER_FAILED = 1
EXIT_BAD_INPUT = 2


class NothingToPreview(Exception):
    """The draft's message has no text the local engine can speak."""


def _join(parts: list[str]) -> str:
    """Join spoken parts so each one ends a sentence (the engine then pauses between them)."""
    out: list[str] = []
    for part in (p.strip() for p in parts):
        if part:
            out.append(part if part[-1] in ".!?…:;" else part + ".")
    return "\n".join(out)


def script_text(script: CallScript) -> str:
    """What a caller hears on the main path of a call script: welcome, menu question, end."""
    prompts: list[Prompt | None] = [script.welcome, script.menu, script.end]
    return _join([p.say for p in prompts if p is not None and p.say])


def message_speech(message: SpokenText | AudioFile | CallScript) -> tuple[str, str, Gender]:
    """Text, language and gender to render for a draft's message; raises NothingToPreview."""
    if isinstance(message, AudioFile):
        raise NothingToPreview(
            "This draft plays a recorded message, so there is no text to turn into speech."
        )
    text = message.text.strip() if isinstance(message, SpokenText) else script_text(message)
    if not text:
        raise NothingToPreview("This draft's message has no text yet, so there is nothing to hear.")
    return text, message.language, message.gender


async def _render(text: str, language: str, gender: Gender, out: Path) -> str | None:
    from app.services.preview import PreviewService

    service = PreviewService()
    try:
        rendered = await service.export_wav(text, language, gender, out)
    finally:
        await service.aclose()
    return rendered.voice_note.message if rendered.voice_note else None


def preview_command(draft_file: Path, out: Path) -> int:
    """Render the draft's message into `out`; print plain messages and return the exit code."""
    from app.services.draft_files import DraftFileError, import_draft
    from app.services.preview import PreviewError

    try:
        draft = import_draft(draft_file)
        text, language, gender = message_speech(draft.message)
    except DraftFileError as exc:
        print(f"{draft_file}: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except NothingToPreview as exc:
        print(f"{draft_file}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    out = Path(out)
    if out.is_dir():
        print(f"{out} is a folder; give a file name ending in .wav.", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not out.parent.exists():
        print(f"The folder {out.parent} does not exist.", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        note = asyncio.run(_render(text, language, gender, out))
    except PreviewError as exc:
        print(f"The preview could not be made: {exc.message}", file=sys.stderr)
        return EXIT_RENDER_FAILED
    except OSError as exc:
        print(f"The preview could not be saved to {out}: {exc.strerror or exc}.", file=sys.stderr)
        return EXIT_RENDER_FAILED
    if note:
        print(note, file=sys.stderr)
    print(f"Saved the preview to {out} (an approximation of the provider's voice).")
    return EXIT_OK
