"""Stress reproducer for the QMediaPlayer (FFmpeg backend) / Python GIL deadlock.

A child process plays a short WAV through QMediaPlayer + QAudioOutput (a PulseAudio null sink)
and stops, re-sources, pauses, seeks, plays and destroys the player at random moments, while the
parent watches its progress. When the child makes no progress for `--stall` seconds the parent
prints its native stacks (py-spy, when available), kills it and reports a hang.

    .venv/bin/python bench/player_deadlock.py --seconds 120           # the app's player
    .venv/bin/python bench/player_deadlock.py --seconds 120 --unprimed  # plain wrappers (hangs)

Exit status: 0 no hang, 1 hang, 2 the child failed otherwise.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PY_SPY = os.environ.get("PY_SPY", shutil.which("py-spy") or "/tmp/pyspy/bin/py-spy")


# ----- child: the stress loop ----------------------------------------------------------------


def _child(seconds: float, unprimed: bool, seed: int, wavs: list[str]) -> int:
    """Drive players at random from QTimers (as the app's event loop does); print progress."""
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtWidgets import QApplication

    from app.ui.viewmodels.preview_vm import make_player

    app = QApplication.instance() or QApplication([])
    rng = random.Random(seed)
    urls = [QUrl.fromLocalFile(w) for w in wavs]
    deadline = time.monotonic() + seconds
    count = [0]
    holder: dict[str, object] = {}

    def new_player() -> None:
        if unprimed:
            audio = QAudioOutput()
            player = QMediaPlayer()
            player.setAudioOutput(audio)
            audio.setParent(player)
        else:
            player, _audio = make_player()
        player.positionChanged.connect(lambda ms: None)  # Python slots, as the view-model has
        player.mediaStatusChanged.connect(lambda status: None)
        holder["player"] = player

    def busy_python() -> None:
        """Hold the GIL in Python for a moment (the app does plenty of this)."""
        total = 0
        for i in range(rng.randrange(1, 20000)):
            total += i * i
        holder["sink"] = total

    def step() -> None:
        if time.monotonic() > deadline:
            app.quit()
            return
        player = holder["player"]
        assert isinstance(player, QMediaPlayer)
        action = rng.random()
        if action < 0.25:
            player.setSource(rng.choice(urls))
            player.play()
        elif action < 0.40:
            player.stop()
        elif action < 0.50:
            player.play()
        elif action < 0.58:
            player.pause()
        elif action < 0.66:
            player.setPosition(rng.randrange(0, 2000))
        elif action < 0.74:
            player.setSource(QUrl())
        elif action < 0.82:
            player.stop()
            player.setSource(rng.choice(urls))
            player.play()
            player.stop()
        elif action < 0.90:
            player.stop()
            player.setSource(QUrl())
            if rng.random() < 0.5:
                player.deleteLater()
            else:
                import shiboken6

                shiboken6.delete(player)
            new_player()
        else:
            busy_python()
        count[0] += 1
        if count[0] % 50 == 0:
            print(count[0], flush=True)
        QTimer.singleShot(rng.choice((0, 0, 1, 2, 5, 10, 30, 80)), step)

    new_player()
    QTimer.singleShot(0, step)
    app.exec()
    print(f"done {count[0]}", flush=True)
    return 0


# ----- parent: the watchdog --------------------------------------------------------------------


def _ensure_pulse() -> None:
    """Start a PulseAudio null sink (as scripts/run-tests.sh does) unless one answers already."""
    if subprocess.run(["pulseaudio", "--check"], capture_output=True).returncode == 0:
        return
    if not os.environ.get("XDG_RUNTIME_DIR"):
        runtime = tempfile.mkdtemp(prefix="voicedesk-pulse-")
        os.chmod(runtime, 0o700)
        os.environ["XDG_RUNTIME_DIR"] = runtime
    subprocess.run(
        ["pulseaudio", "-D", "--exit-idle-time=60", "-n",
         "--load=module-null-sink sink_name=null", "--load=module-native-protocol-unix"],
        capture_output=True, timeout=20,
    )
    if subprocess.run(["pulseaudio", "--check"], capture_output=True).returncode != 0:
        sys.exit("no PulseAudio null sink could be started")


def _wavs(folder: Path) -> list[str]:
    """Two short espeak-ng WAV files."""
    out = []
    for name, text in (("short", "Bonjour."), ("long", "Bonjour, votre rendez-vous est confirmé.")):
        path = folder / f"{name}.wav"
        subprocess.run(["espeak-ng", "-v", "fr", "-w", str(path), text], check=True)
        out.append(str(path))
    return out


def _watch(args: argparse.Namespace) -> int:
    """Run the child; on a stall dump its native stacks, kill it and report a hang."""
    _ensure_pulse()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.multimedia.*=false")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, __file__, "--child", "--seconds", str(args.seconds),
               "--seed", str(args.seed), *(["--unprimed"] if args.unprimed else []),
               *_wavs(Path(tmp))]
        child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True)
        last = [time.monotonic(), "0"]

        def read() -> None:
            assert child.stdout is not None
            for line in child.stdout:
                last[0], last[1] = time.monotonic(), line.strip()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        started = time.monotonic()
        while child.poll() is None:
            time.sleep(0.5)
            if time.monotonic() - last[0] > args.stall:
                print(f"HANG after {last[1]} steps, {time.monotonic() - started:.0f} s")
                if os.path.exists(PY_SPY):
                    subprocess.run([PY_SPY, "dump", "--native", "--pid", str(child.pid)])
                child.kill()  # only the child this script started
                child.wait()
                return 1
        reader.join(timeout=2)
        print(f"child exited {child.returncode}; last progress: {last[1]}")
        return 0 if child.returncode == 0 else 2


def main() -> int:
    """Parse arguments; run as the watchdog (default) or as the child."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--stall", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--unprimed", action="store_true", help="plain wrappers (the bug)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("wavs", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return _child(args.seconds, args.unprimed, args.seed, args.wavs)
    return _watch(args)


if __name__ == "__main__":
    sys.exit(main())
