"""The sheet's fonts: <b> and <i> pick the right Noto face, every character finds a font."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.lib import fonts as rl_fonts
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from cartapp.pdf import fonts
from cartapp.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts


def _fresh_registration(monkeypatch) -> None:
    """Forget this process's font mappings, so register_fonts() makes them again."""
    family = REGULAR.lower()
    kept = {k: v for k, v in rl_fonts._tt2ps_map.items() if k[0] != family}
    monkeypatch.setattr(rl_fonts, "_tt2ps_map", kept)
    monkeypatch.setattr(rl_fonts, "_ps2tt_map", dict(rl_fonts._ps2tt_map))
    monkeypatch.setattr(fonts, "_registered", False)


def test_bold_and_italic_markup_map_to_the_noto_faces(monkeypatch):
    _fresh_registration(monkeypatch)
    with pytest.raises(ValueError):
        rl_fonts.tt2ps(REGULAR, 0, 1)
    register_fonts()
    assert rl_fonts.tt2ps(REGULAR, 0, 0) == REGULAR
    assert rl_fonts.tt2ps(REGULAR, 1, 0) == BOLD
    assert rl_fonts.tt2ps(REGULAR, 0, 1) == ITALIC
    # No bold italic file: bold reads better than a synthetic slant.
    assert rl_fonts.tt2ps(REGULAR, 1, 1) == BOLD
    register_fonts()  # a second call changes nothing
    assert rl_fonts.tt2ps(REGULAR, 0, 1) == ITALIC


def _fonts_of_words(markup: str) -> dict[str, str]:
    register_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(
        [Paragraph(markup, ParagraphStyle("t", fontName=REGULAR, fontSize=12))]
    )
    words: dict[str, str] = {}

    def visit(text, _cm, _tm, font, _size):
        if font and text.strip():
            name = re.sub(r"^/([A-Z]{6}\+)?", "", str(font["/BaseFont"]))
            for word in text.split():
                words[word] = name

    PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text(visitor_text=visit)
    return words


def test_the_printed_words_use_the_face_their_markup_asks_for():
    words = _fonts_of_words("plain <b>strong</b> <i>slanted</i> <b><i>both</i></b> end")
    # The names the font files give themselves, as embedded.
    assert words == {
        "plain": "NotoSans-Regular",
        "strong": "NotoSans-Bold",
        "slanted": "NotoSans-Italic",
        "both": "NotoSans-Bold",
        "end": "NotoSans-Regular",
    }


@pytest.mark.parametrize(
    "char",
    ["\n", "\t", "\u200d", "\u200f", "\ufeff", "\ufe00", "\ufe0f", "\U000e0100", "\U000e01ef"],
)
def test_joiners_marks_and_variation_selectors_are_invisible(char):
    assert fonts.is_invisible(char)
    assert fonts.covers(char)


@pytest.mark.parametrize(
    "char", ["a", "X", " ", "\ufe10", "\ufdff", "\U000e01f0", "\U000e00ff", "-"]
)
def test_letters_spaces_and_neighbours_of_the_selector_ranges_are_visible(char):
    assert not fonts.is_invisible(char)


ARABIC = "NotoSansArabic"


def test_each_character_gets_the_first_font_that_has_it():
    assert fonts.font_for("a") == REGULAR
    assert fonts.font_for("a", preferred=BOLD) == BOLD
    assert fonts.font_for("\u0627") == ARABIC  # alef
    assert fonts.font_for("\u05d0") == "NotoSansHebrew"
    assert fonts.font_for("\u0915") == "NotoSansDevanagari"
    assert fonts.font_for("\u0995") == "NotoSansBengali"
    assert fonts.font_for("\u6f22") == "DroidSansFallback"
    # Not U+E000-U+F8FF: the shaper lends those codes to shaped glyphs (shaping.py).
    assert fonts.font_for("\U0010fffd") is None
    assert not fonts.covers("\U0010fffd")
    assert fonts.covers("\u6f22") and fonts.covers("a")


@pytest.mark.parametrize("char", ["\u060c", "5", " ", "\u0640", "\u064b"])
def test_marks_digits_spaces_and_punctuation_stay_in_the_run_before_them(char):
    # Arabic comma, digit, space, tatweel, fatha: each joins the Arabic run.
    assert fonts.font_for(char, previous=ARABIC) == ARABIC


def test_letters_do_not_follow_the_run_before_them():
    assert fonts.font_for("a", previous=ARABIC) == REGULAR
    # A bold span after a regular one: its letters are bold although both fonts have them.
    assert fonts.font_for("a", preferred=BOLD, previous=REGULAR) == BOLD
    # A neutral the neighbour's font lacks goes to the preferred font.
    assert fonts.font_for("\u2192", previous="NotoSansHebrew") == fonts.font_for("\u2192")
    assert fonts.font_for(",", previous=REGULAR) == REGULAR


def test_a_missing_or_damaged_font_file_is_named(tmp_path, monkeypatch):
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "NotoSans-Bold.ttf").write_bytes(b"not a font")
    monkeypatch.setenv("CARTAPP_RESOURCES_DIR", str(tmp_path))
    monkeypatch.setattr(fonts, "_loaded", {})
    with pytest.raises(fonts.ContentError, match="^NotoSans-Italic.ttf: the font could not be"):
        fonts._load(ITALIC)
    with pytest.raises(fonts.ContentError, match="^NotoSans-Bold.ttf: the font could not be"):
        fonts._load(BOLD)
    assert fonts._loaded == {}


def test_a_typed_private_use_character_stays_refused_after_shaped_text_printed():
    from pathlib import Path

    from cartapp.model.question_bank import load_bank
    from cartapp.model.sheet import QuestionSheet, SheetError
    from cartapp.pdf.question_sheet import build_sheet_pdf

    bank = load_bank(Path(__file__).parent.parent / "fixtures" / "questions.toml")
    bengali = QuestionSheet()
    bengali.add_own("কখন বাড়ি যাব? ক্ষ")  # conjuncts: the shaper lends U+E000 and on
    build_sheet_pdf(bengali, bank)
    assert not fonts.covers("\ue000") and fonts.font_for("\ue000") is None
    icon = QuestionSheet()
    icon.add_own("An icon \ue000 pasted?")
    with pytest.raises(SheetError, match="U\\+E000"):
        build_sheet_pdf(icon, bank)


def test_a_font_is_read_registered_and_kept_once(monkeypatch):
    from reportlab.pdfbase import pdfmetrics

    monkeypatch.setattr(fonts, "_loaded", {})
    kept = {k: v for k, v in pdfmetrics._fonts.items() if k != ITALIC}
    monkeypatch.setattr(pdfmetrics, "_fonts", kept)
    font = fonts._load(ITALIC)
    assert font.fontName == ITALIC and font.face.name.endswith(b"NotoSans-Italic")
    # ReportLab keeps the first font object of a face; the name is what must resolve.
    assert pdfmetrics.getFont(ITALIC).face.name == font.face.name
    assert fonts._load(ITALIC) is font and fonts._loaded == {ITALIC: font}
