"""Country names for ISO codes, in the UI language where Qt's locale data has them."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QLocale


def country_name(code: str | None) -> str:
    """"Belgique" for BE in a French UI, "Belgium" in English; '' for no code, the code when unknown.

    Qt names a territory in the UI language only through a locale of that language in that
    territory (fr_BE, nl_BE, de_BE...); where none exists the English name is the honest fallback.
    """
    if not code:
        return ""
    return _name(code.upper(), QLocale().language())


@lru_cache(maxsize=2048)
def _name(code: str, language: QLocale.Language) -> str:
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    local = QLocale(language, territory)
    if local.language() == language and local.territory() == territory and local.nativeTerritoryName():
        return local.nativeTerritoryName()
    return QLocale.territoryToString(territory)
