"""Every script a family may type prints: read back, embedded, and visibly drawn."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from cartapp.model.printable import unprintable_fields
from cartapp.model.question_bank import load_bank
from cartapp.model.sheet import QuestionSheet, SheetError
from cartapp.pdf.fonts import covers
from cartapp.pdf.question_sheet import build_sheet_pdf

BANK = load_bank(Path(__file__).parent.parent / "fixtures" / "questions.toml")

SCRIPTS = {
    "arabic": "ما هي الآثار الجانبية التي يجب أن نراقبها في البيت؟",
    "hebrew": "מתי נוכל לחזור הביתה אחרי הטיפול?",
    "persian": "آیا فرزندم می‌تواند به مدرسه برود؟",
    "urdu": "کیا میرا بچہ اسکول جا سکتا ہے؟",
    "chinese": "治疗后多久可以回家？我们需要住在医院附近吗？",
    "japanese": "治療のあと、いつ学校に戻れますか？",
    "korean": "치료 후 언제 학교에 갈 수 있나요?",
    "devanagari": "क्या मेरा बच्चा स्कूल जा सकता है?",
    "bengali": "আমার সন্তান কি স্কুলে যেতে পারবে?",
    "vietnamese": "Con tôi có thể đi học lại khi nào?",
    "cyrillic": "Когда мы сможем вернуться домой?",
    "greek": "Πότε μπορούμε να επιστρέψουμε σπίτι;",
    "tagalog": "Kailan po kami makakauwi?",
}
NAMES = {
    "arabic": "ليلى",
    "hebrew": "נועה",
    "chinese": "李小龙",
    "korean": "김민지",
    "devanagari": "आरव",
    "cyrillic": "Дмитрий",
    "greek": "Αλέξανδρος",
}


def letters(text: str) -> str:
    """Letters, marks and digits in reading order: what a reader must get back.

    Presentation forms are folded to their letters (NFKC); spacing and
    punctuation are left out, as extractors place them differently around
    right-to-left runs.
    """
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c)[0] in "LMN" and not _invisible(c))


def _invisible(char: str) -> bool:
    """Variation selectors and the grapheme joiner are marks (Mn) that choose how the
    letter before them looks and are drawn as nothing: no reader can get them back from
    the page, so they are not letters to find in its text (Unicode's default-ignorable
    marks)."""
    code = ord(char)
    return (
        0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or 0x180B <= code <= 0x180F
        or code == 0x034F
    )


def sheet_for(text: str, note: str = "", name: str = "") -> QuestionSheet:
    sheet = QuestionSheet(child_name=name)
    sheet.add_own(text)
    if note:
        sheet.set_note(0, note)
    return sheet


def embedded_fonts(reader: PdfReader) -> dict[str, bool]:
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            found[re.sub(r"^/[A-Z]{6}\+", "", str(font["/BaseFont"]))] = "/FontFile2" in descriptor
    return found


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_each_script_prints_and_reads_back(script):
    text = SCRIPTS[script]
    note = text[: len(text) // 2]
    pdf = build_sheet_pdf(sheet_for(text, note, NAMES.get(script, "")), BANK)
    reader = PdfReader(io.BytesIO(pdf))
    got = letters("".join(page.extract_text() for page in reader.pages))
    assert letters(text) in got
    assert letters(note) in got
    if script in NAMES:
        assert letters(NAMES[script]) in got
    fonts = embedded_fonts(reader)
    assert all(fonts.values()), fonts
    assert "Helvetica" not in str(fonts)


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_every_glyph_drawn_is_a_real_glyph_of_an_embedded_font(script):
    """No .notdef boxes: each glyph laid out is one its font has (glyph 0 is the box)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics

    from cartapp.pdf.fonts import REGULAR, register_fonts
    from cartapp.pdf.typed_text import TypedParagraph

    register_fonts()
    paragraph = TypedParagraph(SCRIPTS[script], ParagraphStyle("t", fontName=REGULAR))
    paragraph.wrap(200, 1000)
    pieces = [piece for line in paragraph._lines for piece in line.pieces]
    assert pieces
    for font, glyph, _x in pieces:
        face = pdfmetrics.getFont(font).face
        assert face.charToGlyph.get(ord(glyph.char), 0) != 0, (font, glyph)
    pdf = build_sheet_pdf(sheet_for(SCRIPTS[script]), BANK)
    assert all(embedded_fonts(PdfReader(io.BytesIO(pdf))).values())


def _ink(pdf_bytes: bytes, folder: Path, stem: str) -> int:
    """Dark pixels on the first page drawn at 72 dpi."""
    from PIL import Image

    pdf = folder / f"{stem}.pdf"
    pdf.write_bytes(pdf_bytes)
    command = ["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", str(pdf), str(folder / stem)]
    subprocess.run(command, check=True)
    return sum(Image.open(next(folder.glob(f"{stem}*.png"))).convert("L").histogram()[:200])


_NEEDS_PDFTOPPM = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm"
)


@pytest.fixture(scope="module")
def blank_ink(tmp_path_factory) -> int:
    """The ink of a sheet whose question is only "?": the page around the question."""
    return _ink(build_sheet_pdf(sheet_for("?"), BANK), tmp_path_factory.mktemp("blank"), "empty")


@_NEEDS_PDFTOPPM
@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_each_script_is_drawn_not_blank(tmp_path, script, blank_ink):
    typed = build_sheet_pdf(sheet_for(SCRIPTS[script] * 3), BANK)
    assert _ink(typed, tmp_path, "typed") > blank_ink + 400  # the question drew visible ink


def test_right_to_left_reads_back_in_reading_order():
    text = "שלום עולם"
    pdf = build_sheet_pdf(sheet_for(text), BANK)
    got = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "שלוםעולם" in letters(got)


def test_text_no_font_has_is_refused_naming_the_field():
    sheet = sheet_for("Is this okay? \U0001f600")
    sheet.add_own("Plain question")
    sheet.set_note(1, "\U0001f9ec note")
    problems = unprintable_fields(sheet, covers)
    assert [p.field for p in problems] == ["Question 1", "The note on question 2"]
    with pytest.raises(SheetError, match="Question 1 has characters"):
        build_sheet_pdf(sheet, BANK)


_any_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=_any_text, note=_any_text, name=_any_text)
@example(question="Is it safe\ufe0f now? \u8fbb\U000e0100", note="a\ufe00b", name="Zo\u034fe")
def test_any_text_prints_or_is_refused_by_name(question, note, name):
    sheet = QuestionSheet(child_name=name[:200])
    try:
        sheet.add_own(question)
    except SheetError:
        return
    sheet.set_note(0, note)
    try:
        pdf = build_sheet_pdf(sheet, BANK)
    except SheetError as exc:
        assert re.match(
            r"(The child's name|Question 1|The note on question 1) has characters", str(exc)
        )
        return
    got = letters("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    for typed in (sheet.questions[0].text, sheet.questions[0].note):
        # Every letter typed comes back (order is checked per script above).
        for char in set(letters(typed)):
            assert char in got or not covers(char), (char, typed)


def test_name_on_every_page():
    sheet = QuestionSheet(child_name="ليلى Zoë")
    for i in range(40):
        sheet.add_own(f"Question number {i}, about what happens next?")
    pages = PdfReader(io.BytesIO(build_sheet_pdf(sheet, BANK))).pages
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert letters("ليلى") in letters(text) and "Zoë" in text
        assert f"Page {number} of {len(pages)}" in text


def test_large_print_stays_16_points_or_more():
    from cartapp.pdf.styles import sheet_styles

    styles = sheet_styles(large_print=True)
    assert min(styles.body.fontSize, styles.question.fontSize, styles.how_to.fontSize) >= 16
