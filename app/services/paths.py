"""The user's folders for VoiceDesk data, cache and logs (platformdirs), overridable for tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "VoiceDesk"


def _folder(env: str, default: str) -> Path:
    path = Path(os.environ.get(env) or default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Where the SQLite file lives (`VOICEDESK_DATA_DIR` overrides)."""
    return _folder("VOICEDESK_DATA_DIR", platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Where rendered previews are cached (`VOICEDESK_CACHE_DIR` overrides)."""
    return _folder("VOICEDESK_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Where logs go (`VOICEDESK_LOG_DIR` overrides)."""
    return _folder("VOICEDESK_LOG_DIR", platformdirs.user_log_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The bundled resources folder (next to the package, or inside a frozen app)."""
    import sys

    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "resources"
