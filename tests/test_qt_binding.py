"""Guards against a known-bad Qt binding: PySide6 6.12.0 drops a reference to True on every
Python-side signal emit, and Python aborts after about a thousand of them (pyproject pins <6.12)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Emitter(QObject):
    changed = Signal()
emitter = Emitter()
emitter.changed.connect(lambda: None)
before = sys.getrefcount(True)
for _ in range(20000):
    emitter.changed.emit()
print(sys.getrefcount(True) - before)
"""


def test_signal_emits_do_not_leak_references() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"the Qt binding crashed Python after many emits: {result.stderr[-400:]}"
    assert abs(int(result.stdout.strip())) < 10
