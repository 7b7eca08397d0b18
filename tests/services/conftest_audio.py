"""Audio helpers for preview tests: a PulseAudio null sink and the espeak-ng baseline."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _pactl_ok(env: dict[str, str]) -> bool:
    probe = shutil.which("pactl")
    if probe:
        return subprocess.run([probe, "info"], env=env, capture_output=True).returncode == 0
    return subprocess.run(
        ["pulseaudio", "--check"], env=env, capture_output=True
    ).returncode == 0


def _daemon_pid(runtime: Path) -> int | None:
    """Process id of the PulseAudio daemon whose runtime folder is `runtime`, when it is one."""
    try:
        pid = int((runtime / "pulse" / "pid").read_text().strip())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return None
    return pid if b"pulseaudio" in cmdline else None


@pytest.fixture(scope="session")
def pulse_sink() -> Iterator[str | None]:
    """Start a PulseAudio null sink once per session (stopped after); None when impossible."""
    env = dict(os.environ)
    if _pactl_ok(env):
        yield "existing sound server"
        return
    exe = shutil.which("pulseaudio")
    if exe is None:
        yield None
        return
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    made: str | None = None
    if not runtime or not os.path.isdir(runtime):
        runtime = made = tempfile.mkdtemp(prefix="voicedesk-pulse-")
        os.chmod(runtime, 0o700)
        os.environ["XDG_RUNTIME_DIR"] = runtime
    # The daemon exits by itself 120 s after its last client, so a test run that is killed
    # before teardown leaves no daemon behind for long (-1, "never", would).
    started = subprocess.run(
        [
            exe, "-D", "--exit-idle-time=120", "-n",
            "--load=module-null-sink sink_name=null",
            "--load=module-native-protocol-unix",
        ],
        capture_output=True,
        text=True,
        timeout=20,
    )
    if started.returncode != 0 and not _pactl_ok(dict(os.environ)):
        if made is not None:
            shutil.rmtree(made, ignore_errors=True)
        yield None
        return
    pid = _daemon_pid(Path(runtime))
    yield "null sink"
    # Stop only the daemon this fixture started, by its process id.
    if pid is not None:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 5
        while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            time.sleep(0.02)
    if made is not None:
        shutil.rmtree(made, ignore_errors=True)


def require_sound(pulse_sink: str | None) -> None:
    """Skip the calling test cleanly when no sound server could be started."""
    if pulse_sink is None:
        pytest.skip("no sound server: pulseaudio is missing or could not start a null sink")


def espeak_cli_wav(text: str, voice: str, out: Path, rate: int = 175) -> Path:
    """Write `text` with the espeak-ng command line, the baseline for length and speed."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        pytest.skip("the espeak-ng command line is not installed")
    subprocess.run([exe, "-v", voice, "-s", str(rate), "-w", str(out), text], check=True)
    return out
