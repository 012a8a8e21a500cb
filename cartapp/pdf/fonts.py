"""The one typeface of the printed sheet, Noto Sans, embedded in every PDF.

Noto Sans covers Latin, Greek and Cyrillic, so names print as they were typed.
Every font used must be embedded: a PDF that relies on the reader's own
Helvetica can print differently in each clinic.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from cartapp import paths
from cartapp.model.errors import ContentError

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts with ReportLab once per process (safe from any thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            path = paths.fonts_dir() / file_name
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (OSError, TTFError) as exc:
                raise ContentError(path, f"the font could not be loaded ({exc})") from None
        # <b>, <i> inside a paragraph pick these; there is no bold italic file,
        # and bold reads better than a synthetic slant.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
