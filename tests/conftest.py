"""Test-wide set-up: offscreen Qt, quiet multimedia logs, and a fresh set of user folders per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data, cache and log folders at a temporary folder, so tests never touch the user's."""
    root = tmp_path / "user"
    for name in ("DATA", "CACHE", "LOG"):
        folder = root / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(f"VOICEDESK_{name}_DIR", str(folder))
    return root
