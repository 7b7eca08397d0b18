"""Singular/plural user strings that read right in English without a translation file loaded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.numbers_text import count_text
from app.ui.translations import zero_is_singular


def plural(context: str, n: int, one: str, many: str) -> str:
    """Translate `one` or `many` (each holding `%n`) by `n`, and put the number in, written the UI
    language's way. The singular is for 1, and for 0 in languages that say so (French "0 appel").
    Callers pass `one`/`many` wrapped QT_TRANSLATE_NOOP(context, …) so lupdate sees them
    (tests/ui/test_translatable_calls.py checks it)."""
    singular = n == 1 or (n == 0 and zero_is_singular())
    return QCoreApplication.translate(context, one if singular else many).replace("%n", count_text(n))
