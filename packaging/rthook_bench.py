"""PyInstaller runtime hook: report when the first top-level window is shown (for bench/bundle.py).

Does nothing unless VOICEDESK_REPORT_SHOWN names a file. Then it wraps QWidget.show (and
showMaximized/showNormal) so that, once the event loop has handled the first show of a top-level
window, the wall-clock time (time.time()) is written to that file, followed by the time this hook
started (the bootloader and interpreter start-up end there). The names of the modules imported
at that moment go to the same path + ".modules", one a line (tests/test_startup.py checks that
the heavy ones come later). Both VoiceDesk and the minimal bench window are frozen with this
hook, so their start-up is measured the same way; bench/bundle.py and the start-up test run it
before the unfrozen app too.

VoiceDesk writes a second marker itself, VOICEDESK_REPORT_READY, once its draft is loaded and its
pages are usable (app/main.py `_report_ready`).
"""

import os

_target = os.environ.get("VOICEDESK_REPORT_SHOWN")

if _target:
    import sys
    import time

    _hook_started = time.time()  # bootloader + interpreter start-up end here

    from PySide6 import QtCore, QtWidgets

    _state = {"done": False}

    def _report() -> None:
        shown_at = time.time()
        modules = sorted(sys.modules)
        with open(_target, "w", encoding="utf-8") as fh:
            fh.write(f"{shown_at!r} {_hook_started!r}")
        with open(_target + ".modules", "w", encoding="utf-8") as fh:
            fh.write("\n".join(modules))

    def _wrap(original):
        def shown(self, *args, **kwargs):
            result = original(self, *args, **kwargs)
            if not _state["done"] and self.isWindow():
                _state["done"] = True
                QtCore.QTimer.singleShot(0, _report)
            return result

        return shown

    for _name in ("show", "showMaximized", "showNormal", "showFullScreen"):
        setattr(QtWidgets.QWidget, _name, _wrap(getattr(QtWidgets.QWidget, _name)))
