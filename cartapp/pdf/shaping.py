"""Shaping a run of text in one font: joined Arabic, Indic conjuncts, placed marks.

HarfBuzz (uharfbuzz) picks the glyphs and their positions. ReportLab draws
characters, not glyph ids, so a glyph with no character of its own (an Arabic
medial form, a Devanagari conjunct) is given a private-use code in the
embedded subset, and the PDF's ToUnicode map says which typed letters it
stands for: copying or searching the PDF gives back what the family typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics, ttfonts

from cartapp.pdf.fonts import is_invisible

# Scripts whose letters change shape or order with their neighbours, or carry
# marks: these are shaped; everything else is drawn with plain advance widths.
_SHAPED = re.compile(
    "[\u0300-\u036f\u0590-\u08ff\u0900-\u0dff\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d"
    "\u20d0-\u20ff\ufb1d-\ufdff\ufe20-\ufe2f\ufe70-\ufeff]"
)


@dataclass(frozen=True)
class Glyph:
    char: str  # what ReportLab is asked to draw (maps to the glyph in the subset)
    advance: float  # points
    dx: float
    dy: float
    order: int  # logical position, for writing the PDF in reading order
    natural: bool = False  # placed at its own advance: may share a string with the next


def needs_shaping(text: str) -> bool:
    return _SHAPED.search(text) is not None


def shape(text: str, font_name: str, size: float, rtl: bool, start: int) -> list[Glyph]:
    """Glyphs for ``text`` left to right as drawn; ``start`` is its logical offset."""
    if not rtl and not needs_shaping(text):
        widths, drawn = _widths(font_name), _drawn(font_name)
        scale = size / 1000
        return [
            Glyph(drawn(c), widths(c) * scale, 0, 0, start + i, True) for i, c in enumerate(text)
        ]
    font = pdfmetrics.getFont(font_name)
    hb_font = _hb_font(font_name)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    hb.shape(hb_font, buffer, {"kern": True, "liga": True})
    scale = size / hb_font.face.upem
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    clusters = sorted({info.cluster for info in infos})
    ends = {
        c: (clusters[i + 1] if i + 1 < len(clusters) else len(text)) for i, c in enumerate(clusters)
    }
    counts: dict[int, int] = {}
    for info in infos:
        counts[info.cluster] = counts.get(info.cluster, 0) + 1
    # Reading order: left to right as drawn, except inside a left-to-right
    # cluster, where the glyph drawn first (a Devanagari i-sign) is not read first.
    carried: set[int] = set()
    glyphs = []
    for info, pos in zip(infos, positions, strict=True):
        cluster = info.cluster
        chars = text[cluster : ends[cluster]]
        if counts[cluster] == 1:
            char = _char_for(font, hb_font, info.codepoint, chars, pos.x_advance)
        else:
            # One glyph of the cluster stands for all its letters, the rest for none.
            char = _private(
                font, hb_font, info.codepoint, "" if cluster in carried else chars, pos.x_advance
            )
            carried.add(cluster)
        glyphs.append(
            Glyph(
                char,
                pos.x_advance * scale,
                pos.x_offset * scale,
                pos.y_offset * scale,
                start + cluster,
            )
        )
    return glyphs


@cache
def _widths(font_name: str) -> Any:
    """Advance widths in thousandths of the size; invisible characters take none."""
    face = pdfmetrics.getFont(font_name).face
    table, default = face.charWidths, face.defaultWidth

    @lru_cache(maxsize=4096)
    def width(char: str) -> float:
        return 0.0 if is_invisible(char) else table.get(ord(char), default)

    return width


@cache
def _drawn(font_name: str) -> Any:
    """What to draw for a character: nothing for an invisible one the font would still
    draw, and move past, with a width of its own (a soft hyphen is a visible hyphen in
    Noto Sans), since the line was measured with it taking no room."""
    face = pdfmetrics.getFont(font_name).face

    def drawn(char: str) -> str:
        return "" if is_invisible(char) and face.charWidths.get(ord(char), 0) else char

    return drawn


@cache
def _hb_font(font_name: str) -> hb.Font:
    font = pdfmetrics.getFont(font_name)
    face = hb.Face(hb.Blob(font.face._ttf_data))
    return hb.Font(face)


def _char_for(font: Any, hb_font: hb.Font, gid: int, chars: str, advance: int) -> str:
    """A character that draws glyph ``gid`` and reads as ``chars``.

    The font's own character for the glyph (an Arabic presentation form reads
    as its letter once normalised), else a private-use code.
    """
    wanted = unicodedata.normalize("NFKC", chars)
    for code in font.face.glyphToChar.get(gid, ()):
        if not 0xE000 <= code < 0xF900 and unicodedata.normalize("NFKC", chr(code)) == wanted:
            return chr(code)
    return _private(font, hb_font, gid, chars, advance)


def _private(font: Any, hb_font: hb.Font, gid: int, chars: str, advance: int) -> str:
    """A private-use code drawing ``gid`` whose ToUnicode text is ``chars``."""
    key = (font.face.name, gid, chars)
    code = _PRIVATE.get(key)
    if code is None:
        code = _next_private.get(font.face.name, 0xE000)
        while code in font.face.charToGlyph:
            code += 1
        if code >= 0xF900:
            raise ValueError("too many shaped glyphs for one font")
        _next_private[font.face.name] = code + 1
        font.face.charToGlyph[code] = gid
        font.face.glyphToChar.setdefault(gid, []).append(code)
        font.face.charWidths[code] = round(advance * 1000 / hb_font.face.upem)
        _PRIVATE[key] = code
        _UNICODE[(_face_key(font.face.name), code)] = chars
    return chr(code)


_PRIVATE: dict[tuple[bytes, int, str], int] = {}
_next_private: dict[bytes, int] = {}
_UNICODE: dict[tuple[str, int], str] = {}
_plain_cmap = ttfonts.makeToUnicodeCMap


def _face_key(name: bytes | str) -> str:
    return name.decode("latin-1") if isinstance(name, bytes) else name


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, with the shaped glyphs' typed letters filled in."""
    cmap = _plain_cmap(fontname, subset)
    face = fontname.split("+", 1)[-1]
    for index, code in enumerate(subset):
        text = _UNICODE.get((face, code))
        if text is not None:
            utf16 = text.encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>", 1)
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_cmap
