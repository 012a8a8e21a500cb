"""The treatment plan's table on the sheet, drawn on its own and read back with pypdf:
where each cell's words land on the page."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A6
from reportlab.platypus import SimpleDocTemplate

from cartapp.model.sheet_words import sheet_words
from cartapp.pdf.fonts import register_fonts
from cartapp.pdf.sheet_sections import plan_table
from cartapp.pdf.styles import sheet_styles

WIDTH = 250.0


def _words_at(plan: list[tuple[str, str, str]]) -> list[list[tuple[str, float, float]]]:
    """Each page's pieces of text with their x and baseline y, as a reader places them."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A6, leftMargin=20, rightMargin=20)
    doc.build(plan_table(plan, sheet_styles(), WIDTH, sheet_words("en")))
    pages = []
    for page in PdfReader(io.BytesIO(out.getvalue())).pages:
        found: list[tuple[str, float, float]] = []

        def visit(text, cm, tm, font, size, found=found):
            if text.strip():
                found.append((text.strip(), cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def _baseline(page: list[tuple[str, float, float]], start: str) -> float:
    return next(y for text, _, y in page if text.startswith(start))


def test_every_cell_starts_on_its_row_first_line_whichever_column_is_longest():
    step = "Collecting the T cells at the apheresis unit, which takes most of a day"
    [page] = _words_at(
        [
            ("Infusion", "Tuesday, 31 March", "Day 0"),
            (step, "Monday, 2 March", "Day -30"),
            ("Home", "Friday, 10 April, or later if the team says so", "Day 40"),
        ]
    )
    first, dates, day = (_baseline(page, s) for s in ("Collecting", "Monday", "Day -30"))
    assert _baseline(page, "Step") > first  # the headings above
    assert _baseline(page, "takes most") < _baseline(page, "the apheresis") < first
    assert dates == first and day == first
    home = _baseline(page, "Home")
    assert _baseline(page, "Friday") == home == _baseline(page, "Day 40")
    assert min(y for text, x, y in page if x > 100 and y <= home) < home  # the dates wrap


def test_a_plan_longer_than_a_page_repeats_its_headings_on_the_next():
    plan = [(f"Step number {n}", f"Day {n} of the plan", f"Day {n}") for n in range(40)]
    pages = _words_at(plan)
    assert len(pages) > 1
    for page in pages[1:]:
        first_text = max(page, key=lambda piece: piece[2])[0]
        assert first_text.startswith("Step"), first_text
        assert any(text.startswith("Dates") for text, _, _ in page)
    printed = [text for page in pages for text, _, _ in page if text.startswith("Step number")]
    assert printed == [f"Step number {n}" for n in range(40)]
