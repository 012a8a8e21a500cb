"""Compact layout: an English sheet has no near-empty last page, measured on the PDF."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from cartapp.model.library import ContentLibrary
from cartapp.model.sheet import QuestionSheet
from cartapp.pdf import sheet_fit
from cartapp.pdf.question_sheet import build_sheet_pdf
from cartapp.pdf.sheet_fit import MIN_LAST_PAGE, AnswerSpace, Layout, fit
from cartapp.pdf.styles import MARGIN

BANK = ContentLibrary("en").bank
ELEVEN = [
    "right-for-us.why-car-t",
    "right-for-us.chances",
    "side-effects.crs-signs",
    "side-effects.icans-signs",
    "side-effects.fever",
    "hospital.who-to-call",
    "home.stay-near",
    "side-effects.antibodies",
    "home.school",
    "costs.insurance",
    "follow-up.long-term",
]


def eleven_questions() -> QuestionSheet:
    sheet = QuestionSheet(
        child_name="Maya Lopez",
        prepared_by="Ana Lopez",
        appointment=dt.date(2026, 3, 3),
        care_team="Dr. Kim",
    )
    for qid in ELEVEN:
        sheet.add_from_bank(BANK.get(qid))
    sheet.set_ask_first(2, True)
    sheet.set_ask_first(5, True)
    sheet.set_note(0, "We want to understand why now and not later.")
    return sheet


def page_use(pdf: bytes) -> list[tuple[float, list[float]]]:
    """For each page: the share of the writing area in use (down to the lowest text
    or line drawn above the footer), and the sizes of the text drawn there."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        height = float(page.mediabox.height)
        lowest = [height - MARGIN]
        sizes: list[float] = []

        def visit(op, args, cm, tm, lowest=lowest):
            if op in (b"m", b"l") and len(args) == 2:
                y = cm[1] * float(args[0]) + cm[3] * float(args[1]) + cm[5]
            elif op in (b"Tj", b"TJ"):
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            else:
                return
            if y > MARGIN * 0.8:  # the footer sits in the bottom margin
                lowest.append(y)

        def text(txt, cm, tm, font, size, sizes=sizes):
            if txt.strip():
                sizes.append(size * tm[3] * cm[3])

        page.extract_text(visitor_operand_before=visit, visitor_text=text)
        out.append(((height - MARGIN - min(lowest)) / (height - 2 * MARGIN), sizes))
    return out


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("large_print", [False, True])
def test_an_eleven_question_sheet_has_no_near_empty_last_page(paper, large_print):
    pdf = build_sheet_pdf(
        eleven_questions(), BANK, paper=paper, large_print=large_print, made_on=dt.date(2026, 2, 20)
    )
    pages = page_use(pdf)
    last_use = pages[-1][0]
    assert len(pages) == 1 or last_use >= MIN_LAST_PAGE, (paper, large_print, last_use)
    if not large_print:
        # Before the fitting, this sheet took 3 pages, the last a quarter full.
        assert len(pages) <= 3
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for qid in ELEVEN:
        assert BANK.get(qid).text[:30] in text.replace("\n", " ")
    assert "Thank you for going through these questions with us." in text
    assert f"Page {len(pages)} of {len(pages)}" in text


def test_large_print_stays_at_16_points_or_more():
    pdf = build_sheet_pdf(eleven_questions(), BANK, large_print=True, made_on=dt.date(2026, 2, 20))
    sizes = [s for _, page in page_use(pdf) for s in page]
    # The body, questions and signs: everything but labels, definitions and footers.
    assert max(sizes) >= 16
    # The size most text is set in (questions, answers' labels, the signs) is 16 or more;
    # smaller type is kept for topic labels, definitions and footers.
    from collections import Counter

    assert Counter(round(s, 1) for s in sizes).most_common(1)[0][0] >= 16


def test_answer_space_stays_proportional():
    for extra in range(3):
        space = AnswerSpace(extra_lines=extra)
        assert space.lines(True) == int(space.lines(False) * 1.5)
    assert AnswerSpace().lines(True) == 3 and AnswerSpace().lines(False) == 2


def _fake(
    results: dict[AnswerSpace, tuple[int, float]],
    tried: list[AnswerSpace],
    answer_room: float = 1.0,
    line_room: float = 0.0,
):
    def layout(space: AnswerSpace) -> Layout:
        tried.append(space)
        pages, fill = results[space]
        return Layout(f"{space}".encode(), pages, fill, answer_room, line_room)

    return layout


def test_fit_keeps_a_good_layout_and_only_then():
    tried: list[AnswerSpace] = []
    assert fit(_fake({AnswerSpace(): (3, 0.5)}, tried)) == str(AnswerSpace()).encode()
    assert tried == [AnswerSpace()]
    # A last page used exactly as much as asked is used enough.
    assert fit(_fake({AnswerSpace(): (3, MIN_LAST_PAGE)}, tried)) == str(AnswerSpace()).encode()
    assert tried == [AnswerSpace()] * 2


def test_fit_saves_a_page_with_closer_lines_before_adding_lines():
    tight = AnswerSpace(gap_scale=sheet_fit.TIGHT_GAP)
    tried: list[AnswerSpace] = []
    out = fit(_fake({AnswerSpace(): (3, 0.1), tight: (2, 0.99)}, tried))
    assert out == str(tight).encode() and tried == [AnswerSpace(), tight]


def test_fit_adds_lines_but_never_a_page():
    tight = AnswerSpace(gap_scale=sheet_fit.TIGHT_GAP)
    one, two = AnswerSpace(extra_lines=1), AnswerSpace(extra_lines=2)
    results = {AnswerSpace(): (3, 0.2), tight: (3, 0.05), one: (3, 0.35), two: (4, 0.1)}
    assert fit(_fake(results, [])) == str(one).encode()
    results[two] = (3, 0.6)
    assert fit(_fake(results, [])) == str(two).encode()


def test_fit_skips_tries_that_cannot_work():
    tight = AnswerSpace(gap_scale=sheet_fit.TIGHT_GAP)
    one = AnswerSpace(extra_lines=1)
    results = {AnswerSpace(): (3, 0.3), tight: (2, 0.9), one: (3, 0.9)}
    tried: list[AnswerSpace] = []
    # Closer lines would free 15 % of a page's answer room: not the 30 % the last page holds.
    assert fit(_fake(results, tried, answer_room=1.0, line_room=0.8)) == str(AnswerSpace()).encode()
    assert tried == [AnswerSpace()]  # and a line more everywhere needs 80 % of a page
