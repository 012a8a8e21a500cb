"""The sheet's fonts: Noto Sans first, then one fallback per script, all embedded.

Noto Sans covers Latin (with Vietnamese and Tagalog), Greek and Cyrillic. What
it lacks is drawn from the first fallback that has the character: Arabic
(with Persian and Urdu), Hebrew, Devanagari, Bengali, then Droid Sans Fallback
for Chinese, Japanese and Korean. Every font used must be embedded: a PDF that
relies on the reader's own fonts can print differently in each clinic.

The fallbacks are read only when a text needs them, so an English sheet never
pays for the 3.4 MB CJK font.
"""

from __future__ import annotations

import threading
import unicodedata

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from cartapp import paths
from cartapp.font_files import FALLBACKS
from cartapp.model.errors import ContentError

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
}
FONT_FILES = {**_FILES, **dict(FALLBACKS)}

_lock = threading.RLock()
_registered = False
_loaded: dict[str, TTFont] = {}


def register_fonts() -> None:
    """Register Noto Sans with ReportLab once per process (safe from any thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name in _FILES:
            _load(name)
        # <b>, <i> inside a paragraph pick these; there is no bold italic file,
        # and bold reads better than a synthetic slant.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


def _load(name: str) -> TTFont:
    with _lock:
        font = _loaded.get(name)
        if font is None:
            path = paths.fonts_dir() / FONT_FILES[name]
            try:
                font = TTFont(name, str(path))
            except (OSError, TTFError) as exc:
                raise ContentError(path, f"the font could not be loaded ({exc})") from None
            pdfmetrics.registerFont(font)
            _loaded[name] = font
        return font


# No shipped font draws U+E000-U+F8FF; the shaper lends these codes to shaped glyphs
# (shaping._private), and a typed one must not print as whatever glyph it was lent to.
_LENT_TO_SHAPES = range(0xE000, 0xF900)


def has_glyph(name: str, char: str) -> bool:
    code = ord(char)
    return code not in _LENT_TO_SHAPES and code in _load(name).face.charToGlyph


def is_invisible(char: str) -> bool:
    """Joiners, direction marks, variation selectors: they steer shaping, draw nothing."""
    return (
        char in "\n\t"
        or unicodedata.category(char) == "Cf"
        or ("\ufe00" <= char <= "\ufe0f" or "\U000e0100" <= char <= "\U000e01ef")
    )


def font_for(char: str, preferred: str = REGULAR, previous: str | None = None) -> str | None:
    """The font that draws ``char``: the preferred one, the neighbour's, or a fallback.

    Marks, spaces and punctuation stay in the font of the letter before them
    when it has them, so an Arabic comma joins its Arabic run. None if no font
    has the character.
    """
    if previous and previous != preferred and _is_neutral(char) and has_glyph(previous, char):
        return previous
    if has_glyph(preferred, char):
        return preferred
    for name, _file in FALLBACKS:
        if has_glyph(name, char):
            return name
    return None


def covers(char: str) -> bool:
    """True if the sheet can print ``char`` (or it needs no glyph)."""
    return is_invisible(char) or font_for(char) is not None


def _is_neutral(char: str) -> bool:
    return unicodedata.category(char)[0] in "MNPZS" or char == "\u0640"
