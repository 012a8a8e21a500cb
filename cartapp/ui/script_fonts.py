"""The sheet's fallback fonts in the window, so what is typed looks as it prints.

Registered at first need (the Questions tab is about to show), never before
the window's first paint: Droid Sans Fallback alone is 3.4 MB to read.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from cartapp import paths
from cartapp.font_files import FALLBACKS
from cartapp.ui.theme import FONT_FAMILY

_families: list[str] | None = None


def ensure_script_fonts() -> list[str]:
    """Register the fallback fonts once; Noto Sans then falls back to them, in order."""
    global _families
    if _families is None:
        families: list[str] = []
        for _name, file_name in FALLBACKS:
            font_id = QFontDatabase.addApplicationFont(str(paths.fonts_dir() / file_name))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        QFont.insertSubstitutions(FONT_FAMILY, families)
        _families = families
    return _families
