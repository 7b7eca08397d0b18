"""Counts written the way the UI language writes them: "2,500" in English, "2 500" in French."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def count_text(n: int) -> str:
    """`n` with the group separator of the default QLocale, which app/ui/translations.py sets to
    the UI language; the C locale (no language set at all) writes English "2,500"."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{n:,}"
    return locale.toString(int(n))
