"""`.voicedraft` files: a draft exported as versioned JSON, so colleagues can share it.

Writing is atomic (temporary file, then `os.replace`); reading a damaged or newer file raises
`DraftFileError` in plain words and changes nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.domain.campaign import DRAFT_FORMAT_VERSION, CampaignDraft

FILE_FORMAT = "voicedesk-draft"
FILE_SUFFIX = ".voicedraft"
MAX_FILE_BYTES = 10 * 1024 * 1024


class DraftFileError(Exception):
    """A draft file could not be written or read; the message says why in plain words."""

    def __init__(self, message: str, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


def draft_to_document(draft: CampaignDraft, exported_at: datetime | None = None) -> dict[str, Any]:
    """The JSON document of a `.voicedraft` file."""
    return {
        "format": FILE_FORMAT,
        "version": DRAFT_FORMAT_VERSION,
        "exported_at": (exported_at or datetime.now(UTC)).isoformat(),
        "draft": draft.model_dump(mode="json"),
    }


def export_draft(draft: CampaignDraft, path: Path | str) -> Path:
    """Write `draft` to `path` atomically (adds `.voicedraft` when no suffix is given)."""
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(FILE_SUFFIX)
    data = json.dumps(draft_to_document(draft), ensure_ascii=False, indent=2).encode("utf-8")
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise DraftFileError(_write_problem(exc, target), str(exc)) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def _write_problem(exc: OSError, target: Path) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return (
            f"The disk is full, so the draft was not saved to {target.name}. "
            "Free some space and try again."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"You may not write in the folder {target.parent}. Choose another folder."
    if exc.errno == errno.ENOENT:
        return f"The folder {target.parent} does not exist. Choose another folder."
    return f"The draft could not be saved to {target.name}: {exc.strerror or exc}."


def document_to_draft(document: Any) -> CampaignDraft:
    """The draft inside a parsed `.voicedraft` document, with a new id; raises DraftFileError."""
    if not isinstance(document, dict) or document.get("format") != FILE_FORMAT:
        raise DraftFileError("This file is not a VoiceDesk draft.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DraftFileError("This draft file is damaged: its version number is missing or wrong.")
    if version > DRAFT_FORMAT_VERSION:
        raise DraftFileError(
            f"This draft was saved by a newer version of VoiceDesk (draft format {version}; this "
            f"VoiceDesk reads up to {DRAFT_FORMAT_VERSION}). Update VoiceDesk to open it."
        )
    body = document.get("draft")
    if not isinstance(body, dict):
        raise DraftFileError("This draft file is damaged: it holds no draft.")
    try:
        draft = CampaignDraft.model_validate(body)
    except ValidationError as exc:
        raise DraftFileError(
            f"This draft file is damaged: {_first_problem(exc)}.", str(exc)
        ) from exc
    return draft.model_copy(update={"id": uuid.uuid4().hex, "updated_at": datetime.now(UTC)})


def _first_problem(exc: ValidationError) -> str:
    errors = exc.errors()
    count = len(errors)
    first = errors[0]
    where = (
        " > ".join(str(part) for part in first.get("loc", ()) if not isinstance(part, int))
        or "the draft"
    )
    text = f"the field \u201c{where}\u201d is wrong ({first.get('msg', 'invalid value')})"
    if count > 1:
        text += f", and {count - 1} more problem{'s' if count > 2 else ''}"
    return text


def import_draft(path: Path | str) -> CampaignDraft:
    """Read a `.voicedraft` file; the draft comes back with a new id. Raises DraftFileError."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DraftFileError("This file is far too large to be a VoiceDesk draft.")
        raw = source.read_bytes()
    except FileNotFoundError as exc:
        raise DraftFileError(f"The file {source.name} does not exist any more.", str(exc)) from exc
    except IsADirectoryError as exc:
        raise DraftFileError(f"{source.name} is a folder, not a draft file.", str(exc)) from exc
    except PermissionError as exc:
        raise DraftFileError(f"You may not read the file {source.name}.", str(exc)) from exc
    except OSError as exc:
        raise DraftFileError(
            f"The file {source.name} could not be read: {exc.strerror}.", str(exc)
        ) from exc
    if not raw.strip():
        raise DraftFileError("This draft file is empty.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftFileError(
            "This file is not a VoiceDesk draft (it is not text).", str(exc)
        ) from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DraftFileError(
            "This draft file is damaged: it was cut short or changed by hand "
            f"(line {exc.lineno}, column {exc.colno}).",
            str(exc),
        ) from exc
    return document_to_draft(document)
