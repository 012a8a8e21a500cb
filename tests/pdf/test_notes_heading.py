"""The family's notes never start with their heading alone at the foot of a page: the
heading moves to the next page unless it has room for itself and three lines."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from reportlab.platypus import CondPageBreak, SimpleDocTemplate, Spacer

from cartapp.model.library import ContentLibrary
from cartapp.model.question_bank import QuestionBank
from cartapp.model.sheet import QuestionSheet
from cartapp.model.sheet_words import sheet_words
from cartapp.pdf.fonts import register_fonts
from cartapp.pdf.question_sheet import _story
from cartapp.pdf.sheet_fit import AnswerSpace
from cartapp.pdf.sheet_sections import DEFAULT_FEVER
from cartapp.pdf.styles import sheet_styles

PAGE = (300.0, 260.0)
MARGINS = {f"{side}Margin": 20 for side in ("top", "bottom", "left", "right")}
NOTES = "\n".join(f"note line {n}" for n in range(1, 7))


def _notes_part(bank: QuestionBank) -> list:
    """The sheet's own flowables from just before the notes heading to the end (new each
    time: a flowable laid out once keeps state from that layout)."""
    styles = sheet_styles()
    story = _story(
        QuestionSheet(notes=NOTES),
        bank,
        sheet_words("en"),
        None,
        styles,
        PAGE[0] - 52,  # the frame inside the margins, less its padding
        AnswerSpace(),
        made_on=dt.date(2026, 1, 1),
        clinic=None,
        plan=None,
        fever=DEFAULT_FEVER,
        emergency_number="911",
    )
    start = max(i for i, f in enumerate(story) if isinstance(f, CondPageBreak))
    return story[start:]


def test_the_notes_heading_keeps_three_lines_with_it_wherever_it_falls():
    register_fonts()
    bank = ContentLibrary("en").bank
    seen = set()
    for above in range(0, 200, 3):
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=PAGE, **MARGINS)
        doc.build([Spacer(1, above), *_notes_part(bank)])
        pages = [p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages]
        (page,) = [p for p in pages if "Our notes" in p]
        after = page.split("Our notes", 1)[1]
        kept = sum(f"note line {n}" in after for n in range(1, 7))
        seen.add(kept)
        assert kept >= 3, f"{above} pt above: the heading kept {kept} lines with it"
    assert min(seen) < 6  # some places split the notes, so the rule was put to the test
