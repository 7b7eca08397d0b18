"""Singular/plural user strings that read right in English without a translation file loaded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def plural(context: str, n: int, one: str, many: str) -> str:
    """Translate `one` or `many` (each holding `%n`) by `n`, and put the number in."""
    return QCoreApplication.translate(context, one if n == 1 else many).replace("%n", f"{n:,}")
