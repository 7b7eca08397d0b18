"""Start-up order: `python -m app --self-test` shows the real window before it imports the heavy
parts (HTTP client, pydantic models, phone-number metadata, the Sandbox, the SQLite store), and
still passes its self-test once they are in.

The moment the window is shown is recorded by the same runtime hook the frozen bench app uses
(packaging/rthook_bench.py, run here before the unfrozen app, as bench/bundle.py does).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOOK = ROOT / "packaging" / "rthook_bench.py"
HEAVY = ("httpx", "pydantic", "phonenumbers", "app.providers.sandbox", "app.services.store")
# The hook's code, then `python -m app --self-test`, in one interpreter.
LAUNCH = ("import runpy, sys; exec(open(sys.argv[1]).read()); sys.argv = ['app', '--self-test']; "
          "runpy.run_module('app', run_name='__main__', alter_sys=True)")


def test_the_window_is_shown_before_the_heavy_modules_load_and_the_self_test_passes(tmp_path: Path) -> None:
    shown, ready = tmp_path / "shown.txt", tmp_path / "ready.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOICEDESK_")}
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.multimedia.*=false",
        "VOICEDESK_REPORT_SHOWN": str(shown),
        "VOICEDESK_REPORT_READY": str(ready),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
    })
    for name in ("DATA", "CACHE", "LOG"):
        env[f"VOICEDESK_{name}_DIR"] = str(tmp_path / name.lower())
    result = subprocess.run([sys.executable, "-c", LAUNCH, str(HOOK)], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stderr[-3000:]
    assert "self-test ok" in result.stdout
    modules = set((tmp_path / "shown.txt.modules").read_text(encoding="utf-8").split())
    assert "app.ui.main_window" in modules  # it was VoiceDesk's window that was shown
    assert "PySide6.QtWidgets" in modules
    early = sorted(name for name in HEAVY if name in modules)
    assert early == [], f"imported before the window was shown: {early}"
    shown_at = float(shown.read_text(encoding="utf-8").split()[0])
    ready_at = float(ready.read_text(encoding="utf-8"))
    assert shown_at < ready_at  # the draft was loaded and the pages usable after the window showed
