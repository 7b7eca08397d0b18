"""Build VoiceDesk: the PyInstaller one-folder app, and on Linux a .deb around it.

    python packaging/build.py                 # dist/VoiceDesk/ (one folder; VoiceDesk inside)
    python packaging/build.py --deb           # ... and dist/voicedesk_<version>_<arch>.deb
    python packaging/build.py --deb --skip-app    # re-package an existing dist/VoiceDesk
    python packaging/build.py --minimal       # dist/Minimal/ (bench/minimal_app.py, same spec)

Options --dist/--work put the output and PyInstaller's work folder elsewhere (the packaging test
builds into a temporary folder). Name, version, description, maintainer and copyright are read
from pyproject.toml with tomllib. Windows (Inno Setup, packaging/windows/voicedesk.iss) and macOS
(packaging/macos/make_dmg.sh) installers are built by their own scripts on those systems, from the
same dist/VoiceDesk folder; `--print-version` prints the version for them.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "voicedesk.spec"
DESKTOP = ROOT / "packaging" / "linux" / "voicedesk.desktop"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
INSTALL_DIR = "opt/voicedesk"  # the one-folder app goes here; /usr/bin/voicedesk links to it

# Runtime dependencies of the frozen app that PyInstaller does not bundle, or that must match the
# system: speech (eSpeak NG, its data comes with it), sound (PulseAudio client, also used under
# PipeWire), the FFmpeg multimedia plugin (libatomic), and Qt's xcb platform plugin.
DEPENDS = [
    "libespeak-ng1",
    "libpulse0",
    "libatomic1",
    "libxcb-cursor0",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
]
RECOMMENDS = ["pulseaudio | pipewire-pulse"]


@dataclass(frozen=True)
class Meta:
    package: str
    name: str
    version: str
    description: str
    copyright: str
    maintainer: str
    license: str


def read_metadata(pyproject: Path = ROOT / "pyproject.toml") -> Meta:
    with pyproject.open("rb") as fh:
        data = tomllib.load(fh)
    project = data["project"]
    tool = data.get("tool", {}).get("voicedesk", {})
    people = project.get("maintainers") or project.get("authors") or [{}]
    person = people[0]
    maintainer = person.get("name") or tool.get("display-name") or project["name"]
    if person.get("email"):
        maintainer = f"{maintainer} <{person['email']}>"
    licence = project.get("license", {})
    licence = licence.get("text", "") if isinstance(licence, dict) else str(licence)
    return Meta(
        package=project["name"],
        name=tool.get("display-name", project["name"]),
        version=project["version"],
        description=project.get("description", ""),
        copyright=tool.get("copyright", ""),
        maintainer=maintainer,
        license=licence,
    )


def debian_version(version: str) -> str:
    """PEP 440 -> Debian ordering: pre-releases sort before the release (1.0rc1 -> 1.0~rc1)."""
    version = re.sub(r"(?<=\d)[-_.]?(alpha|beta|rc|a|b|c)(?=\d|$)", r"~\1", version, count=1)
    version = re.sub(r"(?<=\d)[-_.]?dev(?=\d|$)", "~~dev", version)
    return version


def run(cmd: list[str], **kwargs) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def build_app(dist: Path, work: Path, minimal: bool = False) -> Path:
    """Run PyInstaller on the spec; returns the one-folder app's directory."""
    missing = [s for s in ICON_SIZES if not (ICONS / f"voicedesk-{s}.png").exists()]
    if missing and not minimal:
        run([sys.executable, ROOT / "packaging" / "make_icons.py"])
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", dist, "--workpath", work, SPEC]
    if minimal:
        cmd += ["--", "--minimal"]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    run(cmd, cwd=ROOT, env=env)
    name = "Minimal" if minimal else read_metadata().name
    folder = dist / name
    if sys.platform == "darwin" and (dist / f"{name}.app").exists():
        return dist / f"{name}.app"
    if not folder.is_dir():
        raise SystemExit(f"PyInstaller did not produce {folder}")
    return folder


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build_deb(app_dir: Path, out_dir: Path, staging_parent: Path) -> Path:
    """Wrap the one-folder app into a .deb with dpkg-deb; returns the .deb's path."""
    meta = read_metadata()
    arch = subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()
    version = debian_version(meta.version)
    # The bundled Python and libraries need at least the C library they were built against.
    libc, libc_version = platform.libc_ver()
    depends = ([f"libc6 (>= {libc_version})"] if libc == "glibc" and libc_version else []) + DEPENDS
    staging = staging_parent / f"deb-{meta.package}"
    if staging.exists():
        shutil.rmtree(staging)
    executable = meta.name  # PyInstaller's EXE name in the spec

    # The app itself, owned by root, files 0644 and programs/folders 0755.
    target = staging / INSTALL_DIR
    shutil.copytree(app_dir, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            shared_lib = path.suffix == ".so" or ".so." in path.name
            path.chmod(0o755 if path.stat().st_mode & 0o111 or shared_lib else 0o644)

    bindir = staging / "usr" / "bin"
    bindir.mkdir(parents=True)
    (bindir / meta.package).symlink_to(f"/{INSTALL_DIR}/{executable}")

    apps = staging / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    desktop = DESKTOP.read_text(encoding="utf-8")
    (apps / f"{meta.package}.desktop").write_text(desktop, encoding="utf-8")

    for size in ICON_SIZES:
        folder = staging / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(ICONS / f"voicedesk-{size}.png", folder / f"{meta.package}.png")
    scalable = staging / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICONS / "voicedesk.svg", scalable / f"{meta.package}.svg")

    doc = staging / "usr" / "share" / "doc" / meta.package
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {meta.name}\n\n"
        f"Files: *\nCopyright: {meta.copyright.removeprefix('Copyright (c) ')}\n"
        f"License: {meta.license or 'Proprietary'}\n"
        "\nFiles: opt/voicedesk/_internal/*\n"
        "Comment: bundled third-party libraries (Python, Qt for Python under LGPLv3, FFmpeg under\n"
        " LGPLv2.1+, and others); their licence texts are in the respective folders.\n",
        encoding="utf-8",
    )
    for path in [staging / "usr", *(staging / "usr").rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)

    control_dir = staging / "DEBIAN"
    control_dir.mkdir()
    installed_kib = (_folder_size(staging) + 1023) // 1024
    long_description = (
        f" {meta.name} is a desktop application for office staff: write a message or pick a\n"
        " recording, choose who receives it, preview it with local speech synthesis, check\n"
        " the price, send it through the provider and follow the delivery reports.\n"
    )
    control = {
        "Package": meta.package,
        "Version": version,
        "Architecture": arch,
        "Maintainer": meta.maintainer,
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(depends),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "sound",
        "Priority": "optional",
        "Description": f"{meta.description}\n{long_description.rstrip()}",
    }
    (control_dir / "control").write_text(
        "".join(f"{k}: {v}\n" for k, v in control.items()), encoding="utf-8")
    # No maintainer scripts: the hicolor icon cache and the desktop database are refreshed by
    # dpkg triggers of the packages that own them.
    control_dir.chmod(0o755)
    (control_dir / "control").chmod(0o644)

    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{meta.package}_{version}_{arch}.deb"
    if deb.exists():
        deb.unlink()
    compression = os.environ.get("VOICEDESK_DEB_COMPRESSION", "xz")
    level = os.environ.get("VOICEDESK_DEB_LEVEL", "6" if compression == "gzip" else "3")
    run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", f"-z{level}", "--build",
         staging, deb])
    shutil.rmtree(staging)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deb", action="store_true", help="also build the .deb (Linux)")
    parser.add_argument("--skip-app", action="store_true", help="reuse an existing dist/<app>")
    parser.add_argument("--minimal", action="store_true", help="freeze bench/minimal_app.py")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller work folder")
    parser.add_argument("--print-version", action="store_true", help="print the version and exit")
    args = parser.parse_args(argv)

    if args.print_version:
        print(read_metadata().version)
        return 0
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.perf_counter()
    if args.skip_app:
        app_dir = dist / ("Minimal" if args.minimal else read_metadata().name)
    else:
        app_dir = build_app(dist, work, minimal=args.minimal)
    print(f"app: {app_dir} ({_folder_size(app_dir) / 1e6:.0f} MB) "
          f"in {time.perf_counter() - started:.0f} s", flush=True)
    if args.deb:
        if not shutil.which("dpkg-deb"):
            raise SystemExit("--deb needs dpkg-deb (Debian/Ubuntu)")
        deb_started = time.perf_counter()
        deb = build_deb(app_dir, dist, work)
        print(f"deb: {deb} ({deb.stat().st_size / 1e6:.0f} MB) "
              f"in {time.perf_counter() - deb_started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
