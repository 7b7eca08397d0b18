"""The frozen app and its .deb, built from a clean copy of the tree (slow: run alone).

    .venv/bin/pytest -m packaging                 # alone: about 1-2 minutes on 2 cores
    .venv/bin/pytest -m "not packaging"           # everything else, without the build

One module-scoped build (`packaging/build.py --deb` into a temporary folder) serves every test:
the frozen `VoiceDesk --self-test` (offscreen), a preview WAV rendered by the frozen app's own
preview path (spawned pyttsx3 worker), what the bundle holds and leaves out, the .deb's metadata
and contents, and an install + removal in a scratch dpkg root.

Part of the whole suite (so `.ci/run` runs it); skipped on systems without PyInstaller (the
[package] extra) or dpkg-deb.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import tomllib
import wave
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
DRAFT = DATA / "preview-test.voicedraft"
BUILD_TIMEOUT = 600

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.timeout(BUILD_TIMEOUT + 300),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux build and .deb"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb"),
]

with (ROOT / "pyproject.toml").open("rb") as _fh:
    PYPROJECT = tomllib.load(_fh)
VERSION = PYPROJECT["project"]["version"]
PACKAGE = PYPROJECT["project"]["name"]
DISPLAY_NAME = PYPROJECT["tool"]["voicedesk"]["display-name"]
REQUIRED_DEPENDS = {"libespeak-ng1", "libpulse0", "libxcb-cursor0", "libatomic1"}


@pytest.fixture(scope="module", autouse=True)
def _pyinstaller() -> None:
    pytest.importorskip("PyInstaller", reason="install the [package] extra to build the bundle")


@dataclass(frozen=True)
class Built:
    app: Path  # the one-folder app
    exe: Path
    deb: Path
    seconds: float
    src: Path  # the clean copy it was built from


def _clean_copy(dest: Path) -> None:
    """Copy the files git knows about (tracked + new, not ignored): no build/, dist/, caches."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, check=True, capture_output=True,
    ).stdout.decode().split("\0")
    for rel in filter(None, listed):
        src = ROOT / rel
        if src.is_file():
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    tmp = tmp_path_factory.mktemp("bundle")
    src = tmp / "src"
    _clean_copy(src)
    env = {**os.environ, "VOICEDESK_DEB_COMPRESSION": "gzip", "VOICEDESK_DEB_LEVEL": "1"}
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, src / "packaging" / "build.py", "--deb",
         "--dist", tmp / "dist", "--work", tmp / "build"],
        cwd=src, env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT,
    )
    seconds = time.perf_counter() - started
    output = f"{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    assert result.returncode == 0, f"build failed:\n{output}"
    # The app was analysed from the clean copy, not from the working tree (editable install).
    xref = next((tmp / "build").rglob("xref-*.html")).read_text(encoding="utf-8", errors="replace")
    assert str(src / "app" / "main.py") in xref
    assert str(ROOT / "app" / "main.py") not in xref
    app = tmp / "dist" / DISPLAY_NAME
    debs = sorted((tmp / "dist").glob(f"{PACKAGE}_*.deb"))
    assert len(debs) == 1, list((tmp / "dist").iterdir())
    print(f"\nbuild + .deb: {seconds:.0f} s")
    return Built(app=app, exe=app / DISPLAY_NAME, deb=debs[0], seconds=seconds, src=src)


def _frozen_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.multimedia.*=false",
        "HOME": str(tmp_path / "home"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
    })
    for name in ("DATA", "CACHE", "LOG"):
        folder = tmp_path / "user" / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[f"VOICEDESK_{name}_DIR"] = str(folder)
    (tmp_path / "home").mkdir(exist_ok=True)
    (tmp_path / "run").mkdir(exist_ok=True, mode=0o700)
    return env


def _run_frozen(built: Built, tmp_path: Path, *args: str, timeout: float = 120):
    # Run from an unrelated folder so nothing can be picked up from the source tree.
    return subprocess.run([str(built.exe), *args], cwd=tmp_path, env=_frozen_env(tmp_path),
                          capture_output=True, text=True, timeout=timeout)


def test_frozen_self_test(built: Built, tmp_path: Path) -> None:
    result = _run_frozen(built, tmp_path, "--self-test")
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr[-6000:]}"
    assert "self-test ok" in result.stdout


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (Debian xvfb)")
def test_frozen_self_test_on_a_real_x_server(built: Built, tmp_path: Path) -> None:
    """The xcb platform plugin and what it needs (libxcb-cursor0, ...) load in the frozen app."""
    env = _frozen_env(tmp_path)
    env["QT_QPA_PLATFORM"] = "xcb"
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(["xvfb-run", "-a", str(built.exe), "--self-test"], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr[-6000:]}"
    assert "self-test ok" in result.stdout


def test_frozen_app_loads_the_ffmpeg_multimedia_backend(built: Built, tmp_path: Path) -> None:
    """Frozen apps lose the multimedia plugin silently (PyInstaller #7352): check it loads."""
    env = _frozen_env(tmp_path)
    env["QT_LOGGING_RULES"] = "qt.multimedia.plugin=true;qt.multimedia.ffmpeg=true"
    result = subprocess.run([str(built.exe), "--self-test"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-6000:]
    log = result.stderr
    assert 'Loading media backend "ffmpeg"' in log, log[-6000:]
    assert "Using Qt multimedia with FFmpeg" in log, log[-6000:]


def test_frozen_preview_renders_a_wav(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "preview.wav"
    result = _run_frozen(built, tmp_path, "preview", str(DRAFT), "-o", str(out))
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr[-6000:]}"
    header = out.read_bytes()[:12]
    assert header[:4] == b"RIFF" and header[8:12] == b"WAVE", header
    with wave.open(str(out), "rb") as wav:
        frames, rate = wav.getnframes(), wav.getframerate()
        assert wav.getnchannels() >= 1 and rate >= 8000
    duration = frames / rate
    # Fourteen words of English: a truncated render (pyttsx3 returning early) is far shorter.
    assert duration > 2.0, f"preview only {duration:.2f} s"
    assert duration < 30.0


def test_bundle_holds_what_the_app_needs_and_not_more(built: Built) -> None:
    internal = built.app / "_internal"
    qt = internal / "PySide6" / "Qt"
    assert (qt / "plugins" / "multimedia" / "libffmpegmediaplugin.so").is_file()
    assert list((qt / "lib").glob("libavcodec.so*")), "FFmpeg libraries missing"
    assert (qt / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert (qt / "plugins" / "platforms" / "libqoffscreen.so").is_file()
    assert (qt / "plugins" / "platforms" / "libqwayland.so").is_file()
    assert not (qt / "plugins" / "platforms" / "libqeglfs.so").exists()
    assert (internal / "resources" / "icons" / "voicedesk-256.png").is_file()
    for folder in ("examples", "translations"):
        source = built.src / "resources" / folder
        for path in source.rglob("*"):
            if path.is_file() and path.suffix in {".qm", ".voicedraft", ".ts"}:
                bundled = internal / "resources" / path.relative_to(source.parent)
                if path.suffix == ".ts":  # compiled by the spec when no .qm is committed
                    bundled = bundled.with_suffix(".qm")
                assert bundled.is_file(), path
    info = (internal / "app" / "_build_info.json").read_text(encoding="utf-8")
    assert f'"version": "{VERSION}"' in info
    # Left out: WebEngine, QML trees, Pdf, 3D, and Qt translations of languages we do not ship.
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("libQt6WebEngineCore.so.6", "libQt6Pdf.so.6", "libQt63DCore.so.6",
                     "QtWebEngineCore.abi3.so", "QtQml.abi3.so", "QtQuick.abi3.so",
                     "qtbase_ja.qm", "qtwebengine_de.qm", "designer_fr.qm"):
        assert unwanted not in names, unwanted
    assert not (qt / "qml").exists()


def test_deb_metadata(built: Built) -> None:
    info = subprocess.run(["dpkg-deb", "--field", built.deb], check=True, capture_output=True,
                          text=True).stdout
    fields = dict(line.split(": ", 1) for line in info.splitlines() if ": " in line
                  and not line.startswith(" "))
    assert fields["Package"] == PACKAGE
    assert fields["Version"] == VERSION
    assert fields["Description"] == PYPROJECT["project"]["description"]
    assert fields["Maintainer"]
    depends = {d.split()[0] for d in fields["Depends"].split(", ")}
    assert REQUIRED_DEPENDS <= depends, depends
    if shutil.which("dpkg-query") and Path("/etc/debian_version").exists():
        # Every dependency is a real package name (all are installed on this build machine).
        missing = [d for d in sorted(depends) if subprocess.run(
            ["dpkg-query", "-W", d], capture_output=True).returncode != 0]
        assert not missing, f"not installed here, check the names: {missing}"


def test_deb_contents(built: Built, tmp_path: Path) -> None:
    listing = subprocess.run(["dpkg-deb", "--contents", built.deb], check=True,
                             capture_output=True, text=True).stdout
    assert f"./usr/bin/{PACKAGE} -> /opt/{PACKAGE}/{DISPLAY_NAME}" in listing
    root = tmp_path / "x"
    subprocess.run(["dpkg-deb", "-x", built.deb, root], check=True)
    exe = root / "opt" / PACKAGE / DISPLAY_NAME
    assert exe.is_file() and os.access(exe, os.X_OK)
    desktop = (root / "usr/share/applications" / f"{PACKAGE}.desktop").read_text(encoding="utf-8")
    entry = dict(line.split("=", 1) for line in desktop.splitlines() if "=" in line)
    assert entry["Type"] == "Application" and entry["Name"] == DISPLAY_NAME
    assert entry["Exec"].split()[0] == PACKAGE and entry["Icon"] == PACKAGE
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = root / f"usr/share/icons/hicolor/{size}x{size}/apps/{PACKAGE}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
        width, height = int.from_bytes(png.read_bytes()[16:20], "big"), int.from_bytes(
            png.read_bytes()[20:24], "big")
        assert (width, height) == (size, size), png
    assert (root / f"usr/share/icons/hicolor/scalable/apps/{PACKAGE}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate",
                        root / "usr/share/applications" / f"{PACKAGE}.desktop"], check=True)


def test_deb_installs_and_removes_cleanly_in_a_scratch_root(built: Built, tmp_path: Path) -> None:
    root = tmp_path / "root"
    admin = root / "var" / "lib" / "dpkg"
    for sub in ("info", "updates", "triggers", "alternatives"):
        (admin / sub).mkdir(parents=True)
    (admin / "status").touch()
    (admin / "available").touch()
    dpkg = ["dpkg", f"--root={root}", "--log=/dev/null"]
    if os.geteuid() != 0:
        dpkg.append("--force-not-root")

    installed = subprocess.run([*dpkg, "--force-depends", "-i", built.deb],
                               capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    status = subprocess.run([*dpkg, "-s", PACKAGE], capture_output=True, text=True).stdout
    assert "Status: install ok installed" in status
    link = root / "usr" / "bin" / PACKAGE
    assert link.is_symlink() and os.readlink(link) == f"/opt/{PACKAGE}/{DISPLAY_NAME}"
    installed_exe = root / "opt" / PACKAGE / DISPLAY_NAME
    assert installed_exe.is_file()
    # The installed copy (modes and ownership as dpkg set them) still starts.
    started = subprocess.run([str(installed_exe), "--self-test"], cwd=tmp_path,
                             env=_frozen_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert started.returncode == 0 and "self-test ok" in started.stdout, started.stderr[-4000:]

    removed = subprocess.run([*dpkg, "--purge", PACKAGE], capture_output=True, text=True)
    assert removed.returncode == 0, removed.stderr
    left = [p for p in root.rglob("*") if admin not in p.parents and p != admin
            and not p.is_dir()]
    assert not left, f"left behind after purge: {left[:10]}"
    assert not (root / "opt" / PACKAGE).exists()
