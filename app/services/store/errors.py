"""The store's errors, and SQLite's errors said in plain words a user can act on."""

from __future__ import annotations

import sqlite3


class StoreError(Exception):
    """A store operation failed; `message` says so in plain words, `cause` keeps SQLite's text."""

    def __init__(self, message: str, cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.cause = cause


class InvalidTransition(StoreError):
    """A submission was asked to move to a state its current state does not allow."""


class NotFoundInStore(StoreError):
    """The draft, submission or account asked for does not exist."""


def plain_words(exc: sqlite3.Error) -> str:
    """A message a non-technical user can act on, from an SQLite error."""
    text = str(exc).lower()
    if "full" in text:
        return (
            "The disk is full, so VoiceDesk could not save. Free some space; "
            "your work is kept in the open window until then."
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return (
            "VoiceDesk's data folder is read-only, so it could not save. Check the folder's "
            "permissions; your work is kept in the open window until then."
        )
    if "locked" in text or "busy" in text:
        return "VoiceDesk's data file is in use by another program. Close it and try again."
    if "unable to open" in text:
        return (
            "VoiceDesk could not open its data file. Check that the data folder exists "
            "and that you may write to it."
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return (
            "VoiceDesk's data file is damaged. Restore it from a backup or move it aside "
            "to start afresh."
        )
    if "disk i/o" in text:
        return (
            "The disk reported an error while VoiceDesk was saving. Check the disk and try again."
        )
    return f"VoiceDesk could not save or read its data ({exc})."
