"""app.about: name, version, copyright and description from pyproject.toml by every route."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from app import about

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_source_tree_reads_pyproject() -> None:
    meta = about.app_metadata()
    assert meta.version == PYPROJECT["project"]["version"]
    assert meta.name == PYPROJECT["tool"]["voicedesk"]["display-name"]
    assert meta.copyright == PYPROJECT["tool"]["voicedesk"]["copyright"]
    assert meta.description == PYPROJECT["project"]["description"]


def test_frozen_reads_the_bundled_build_info(tmp_path: Path) -> None:
    package = tmp_path / "app"
    package.mkdir()
    (package / about.BUILD_INFO).write_text(json.dumps({
        "name": "VoiceDesk", "version": "9.8.7", "copyright": "(c) us", "description": "d",
    }), encoding="utf-8")
    meta = about._load(package, frozen=True)
    assert (meta.version, meta.copyright, meta.source) == ("9.8.7", "(c) us", "build-info")


def test_without_pyproject_or_build_info_uses_installed_metadata(tmp_path: Path) -> None:
    package = tmp_path / "app"
    package.mkdir()
    meta = about._load(package, frozen=False)
    # voicedesk is installed (editable) in the development environment
    assert meta.source in {"installed", "default"}
    assert meta.name == "VoiceDesk" and meta.copyright
    if meta.source == "installed":
        assert meta.version == PYPROJECT["project"]["version"]


def test_a_foreign_pyproject_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\nversion = "1.0"\n')
    package = tmp_path / "app"
    package.mkdir()
    assert about._load(package, frozen=False).version != "1.0"
