"""What the About dialog, the installers and the package metadata say about VoiceDesk (no Qt).

Everything comes from one place, `pyproject.toml` ([project] name/version/description and
[tool.voicedesk] display-name/copyright), by whichever route is available where the app runs:

1. a frozen app (PyInstaller): `app/_build_info.json`, written by packaging/voicedesk.spec at
   build time and bundled next to this module;
2. a source tree (`pyproject.toml` beside the `app` package, e.g. an editable install): that file,
   so a version bump shows up without reinstalling;
3. an installed distribution: `importlib.metadata` (name, version, summary; the copyright is
   not a metadata field, so the default below is used).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DISTRIBUTION = "voicedesk"
_DEFAULTS = {
    "distribution": DISTRIBUTION,
    "name": "VoiceDesk",
    "version": "0.0.0",
    "description": "",
    "copyright": "Copyright (c) VoiceDesk contributors",
}
BUILD_INFO = "_build_info.json"


@dataclass(frozen=True)
class AppMetadata:
    name: str  # display name, e.g. "VoiceDesk"
    version: str
    copyright: str
    description: str
    distribution: str = DISTRIBUTION  # the package name, e.g. "voicedesk"
    source: str = "default"  # where it came from: "build-info", "pyproject", "installed", "default"

    def as_dict(self) -> dict[str, str]:
        return {
            "name": self.name,
            "version": self.version,
            "copyright": self.copyright,
            "description": self.description,
            "distribution": self.distribution,
        }


def _package_dir() -> Path:
    return Path(__file__).resolve().parent


def _from_build_info(folder: Path) -> dict[str, str] | None:
    candidates = [folder / BUILD_INFO]
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "app" / BUILD_INFO)
    for path in candidates:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict):
            return {k: str(v) for k, v in data.items() if k in _DEFAULTS and v is not None}
    return None


def _from_pyproject(path: Path) -> dict[str, str] | None:
    import tomllib

    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return None
    project = data.get("project", {})
    if project.get("name") != DISTRIBUTION:
        return None
    tool = data.get("tool", {}).get("voicedesk", {})
    found = {
        "distribution": project.get("name"),
        "name": tool.get("display-name"),
        "version": project.get("version"),
        "description": project.get("description"),
        "copyright": tool.get("copyright"),
    }
    return {k: str(v) for k, v in found.items() if v}


def _from_installed() -> dict[str, str] | None:
    from importlib import metadata  # only on this route: importing it costs start-up time

    try:
        meta = metadata.metadata(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return None
    found = {"distribution": meta.get("Name"), "version": meta.get("Version"),
             "description": meta.get("Summary")}
    return {k: str(v) for k, v in found.items() if v}


def _load(package_dir: Path, frozen: bool) -> AppMetadata:
    routes = []
    if frozen:
        routes.append(("build-info", lambda: _from_build_info(package_dir)))
    routes += [
        ("pyproject", lambda: _from_pyproject(package_dir.parent / "pyproject.toml")),
        ("installed", _from_installed),
        ("build-info", lambda: _from_build_info(package_dir)),
    ]
    for source, route in routes:
        found = route()
        if found and found.get("version"):
            values = {**_DEFAULTS, **found}
            return AppMetadata(
                name=values["name"], version=values["version"], copyright=values["copyright"],
                description=values["description"], distribution=values["distribution"],
                source=source,
            )
    return AppMetadata(
        name=_DEFAULTS["name"], version=_DEFAULTS["version"], copyright=_DEFAULTS["copyright"],
        description=_DEFAULTS["description"],
    )


@lru_cache(maxsize=1)
def app_metadata() -> AppMetadata:
    """Name, version, copyright and description of this VoiceDesk (cached after the first call)."""
    return _load(_package_dir(), frozen=bool(getattr(sys, "frozen", False)))


if __name__ == "__main__":  # `python -m app.about`: print what the About dialog will show
    print(json.dumps({**app_metadata().as_dict(), "source": app_metadata().source}, indent=2))
