"""Shaping: plain runs at their advance widths, shaped glyphs in reading order, and the
private-use codes that stand for glyphs with no character of their own."""

from __future__ import annotations

import itertools
import unicodedata
from types import SimpleNamespace

import pytest
from reportlab.pdfbase import pdfmetrics

from cartapp.pdf import shaping
from cartapp.pdf.fonts import REGULAR, font_for, register_fonts
from cartapp.pdf.shaping import _char_for, _private, _to_unicode_cmap, needs_shaping, shape

_names = itertools.count()


def fake_font(taken=(), glyph_chars=None):
    """A font face of our own name, so the process-wide code registry starts empty."""
    face = SimpleNamespace(
        name=f"Fake-{next(_names)}".encode(),
        charToGlyph=dict.fromkeys(taken, 1),
        glyphToChar=dict(glyph_chars or {}),
        charWidths={},
    )
    return SimpleNamespace(face=face), SimpleNamespace(face=SimpleNamespace(upem=2000))


def test_private_codes_start_at_e000_skip_taken_ones_and_are_remembered():
    font, hb_font = fake_font(taken=(0xE000, 0xE001, 0xE003))
    first = _private(font, hb_font, 7, "क्ष", 1234)
    assert first == "\ue002"
    assert font.face.charToGlyph[0xE002] == 7
    assert font.face.glyphToChar[7] == [0xE002]
    assert font.face.charWidths[0xE002] == 617  # 1234 / 2000 of the size, in thousandths
    assert _private(font, hb_font, 7, "क्ष", 1234) == first  # the same glyph and text
    assert _private(font, hb_font, 7, "", 1234) == "\ue004"  # the same glyph, no text
    assert _private(font, hb_font, 8, "क्ष", 10) == "\ue005"
    assert font.face.glyphToChar[7] == [0xE002, 0xE004]
    assert shaping._UNICODE[(font.face.name.decode(), 0xE002)] == "क्ष"
    assert shaping._UNICODE[(font.face.name.decode(), 0xE004)] == ""


def test_private_codes_run_out_before_the_cjk_compatibility_block():
    font, hb_font = fake_font(taken=range(0xE000, 0xF8FF))
    assert _private(font, hb_font, 1, "x", 0) == "\uf8ff"
    with pytest.raises(ValueError, match="too many shaped glyphs for one font"):
        _private(font, hb_font, 2, "y", 0)


def test_a_glyph_is_drawn_by_its_own_character_when_it_reads_the_same():
    # U+FE8F is the isolated form of beh: it reads as beh once normalised.
    font, hb_font = fake_font(
        taken=(0xE000,), glyph_chars={5: [0xE010, 0xFE8F], 6: [0x0628], 9: [0xE000]}
    )
    assert _char_for(font, hb_font, 5, "ب", 100) == "\ufe8f"
    assert _char_for(font, hb_font, 6, "ب", 100) == "ب"
    # A private-use character of the font itself never stands for typed letters.
    assert _char_for(font, hb_font, 9, "x", 100) == "\ue001"
    # A glyph whose characters read otherwise gets a code of its own.
    assert _char_for(font, hb_font, 6, "ت", 100) == "\ue002"
    assert _char_for(font, hb_font, 42, "ت", 100) == "\ue003"


def test_the_to_unicode_map_gives_back_the_typed_letters():
    font, hb_font = fake_font()
    code = ord(_private(font, hb_font, 3, "कि", 500))
    assert code == 0xE000  # the first code of a font with none taken
    name = font.face.name.decode()
    cmap = _to_unicode_cmap(f"AAAAAB+{name}", [0x41, code, 0x42])
    utf16 = "कि".encode("utf-16-be").hex().upper()
    assert f"<01> <{utf16}>" in cmap
    assert "<00> <0041>" in cmap and "<02> <0042>" in cmap
    assert f"<{code:04X}>" not in cmap
    assert shaping._face_key(b"x") == "x" and shaping._face_key("y") == "y"


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("abc 123", False),
        ("Zoë", False),
        ("e\u0301", True),
        ("שלום", True),
        ("مرحبا", True),
        ("नमस्ते", True),
        ("a\u200db", True),
        ("ﻻ", True),
        ("中文", False),
    ],
)
def test_which_text_is_shaped(text, shaped):
    assert needs_shaping(text) is shaped


def test_a_plain_run_is_drawn_at_its_advance_widths_in_order():
    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face
    glyphs = shape("Ab\u200b", REGULAR, 10, False, 5)
    assert [g.char for g in glyphs] == ["A", "b", "\u200b"]
    assert [g.order for g in glyphs] == [5, 6, 7]
    assert glyphs[0].advance == pytest.approx(face.charWidths[ord("A")] / 100)
    assert glyphs[2].advance == 0  # an invisible character takes no room
    assert all(g.natural and g.dx == 0 and g.dy == 0 for g in glyphs)


def test_arabic_is_joined_and_drawn_right_to_left_with_its_logical_order():
    register_fonts()
    text = "مرحبا"
    font = font_for(text[0])
    assert font is not None
    glyphs = shape(text, font, 12, True, 10)
    # Drawn left to right, so the last letter comes first; each reads as its letter.
    assert [g.order for g in glyphs] == [14, 13, 12, 11, 10]
    read = "".join(unicodedata.normalize("NFKC", g.char) for g in reversed(glyphs))
    assert read == text
    assert all(g.advance > 0 and not g.natural for g in glyphs)
    assert shape(text, font, 24, True, 0)[0].advance == pytest.approx(2 * glyphs[0].advance)


def test_a_conjunct_stands_for_all_its_letters_once():
    register_fonts()
    text = "क्षि"
    font = font_for(text[0])
    assert font is not None
    glyphs = shape(text, font, 12, False, 0)
    texts = [
        shaping._UNICODE.get((shaping._face_key(pdfmetrics.getFont(font).face.name), ord(g.char)))
        for g in glyphs
    ]
    assert "".join(t for t in texts if t) == text  # one glyph carries the cluster
    assert {g.order for g in glyphs} == {0}
