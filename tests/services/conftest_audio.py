"""Audio helpers for preview tests: a PulseAudio null sink and the espeak-ng baseline."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
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
    started = subprocess.run(
        [
            exe, "-D", "--exit-idle-time=-1", "-n",
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
    yield "null sink"
    # Stop only the daemon this fixture started (found through its runtime folder's pid file).
    subprocess.run([exe, "--kill"], capture_output=True, timeout=20)
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
