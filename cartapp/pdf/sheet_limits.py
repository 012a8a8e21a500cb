"""Limits that match the paper: what a family can put on a sheet that prints.

Character limits alone let a sheet reach thousands of pages (a 1,000-character
note made of line breaks is 1,000 lines). Each field therefore also has a
line-break limit, and before ReportLab is asked, a cautious page estimate
refuses a sheet that would print on more than ``MAX_PAGES`` pages, naming
what to shorten. Every sheet inside these limits builds in a few seconds.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from cartapp.model.question_bank import QuestionBank
from cartapp.model.sheet import QuestionSheet, SheetError
from cartapp.pdf.question_sheet import build_sheet_pdf
from cartapp.pdf.styles import MARGIN, PAPER_SIZES, sheet_styles

MAX_PAGES = 30
MAX_QUESTION_BREAKS = 10
MAX_NOTE_BREAKS = 20
MAX_NOTES_BREAKS = 200
# Every typed line costs at least this share of a line's width in the
# estimate, so a short-lined sheet is not under-counted.
_MIN_LINE_SHARE = 1.0


def check_line_breaks(sheet: QuestionSheet) -> None:
    """``SheetError`` naming the first field with more line breaks than fit the paper."""
    for number, q in enumerate(sheet.questions, start=1):
        _breaks(q.text, MAX_QUESTION_BREAKS, f"Question {number}")
        _breaks(q.note, MAX_NOTE_BREAKS, f"The note on question {number}")
    _breaks(sheet.notes, MAX_NOTES_BREAKS, "The notes")


def _breaks(text: str, limit: int, label: str) -> None:
    count = text.count("\n")
    if count > limit:
        raise SheetError(
            f"{label} has {count} line breaks; the sheet can print up to {limit}. Join some lines."
        )


def _width_units(text: str) -> float:
    """Width in average Latin characters: wide scripts (CJK) count double."""
    return sum(2.0 if unicodedata.east_asian_width(c) in "WF" else 1.0 for c in text)


def _lines(text: str, per_line: float) -> int:
    if not text.strip():
        return 0
    return sum(max(1, math.ceil(_width_units(part) / per_line)) for part in text.split("\n"))


def estimate_pages(
    sheet: QuestionSheet, *, paper: str = "letter", large_print: bool = False, plan_rows: int = 0
) -> int:
    """A cautious (rather high than low) count of the pages the sheet prints on."""
    styles = sheet_styles(large_print)
    width, height = PAPER_SIZES.get(paper, PAPER_SIZES["letter"])
    usable_w, usable_h = width - 2 * MARGIN, height - 2 * MARGIN
    size = styles.body.fontSize
    # ~0.5 em per Latin character; 0.45 errs on the side of more lines.
    per_line = max(10.0, usable_w / (size * 0.45))
    leading = styles.body.leading
    total = 12 * leading + plan_rows * 2 * leading  # title, details, clinic box
    for q in sheet.questions:
        question = _lines(q.text, per_line) * styles.question.leading
        note = _lines(q.note, per_line) * styles.note.leading
        answers = (3 if q.ask_first else 2) * styles.answer_gap
        # Each question also carries its topic as a small label line.
        # A blank line starts a new paragraph, with its own space after.
        gaps = (q.note.count("\n\n") + q.text.count("\n\n")) * styles.space
        total += question + note + answers + 2 * styles.space + styles.small.leading + gaps
    total += (_lines(sheet.notes, per_line) + 4) * leading
    # KeepTogether moves a whole question to the next page: allow for the gap.
    pages = total / usable_h * 1.25
    return math.ceil(pages) + 1  # the ruled "Notes" page


def check_fits(
    sheet: QuestionSheet, *, paper: str = "letter", large_print: bool = False, plan_rows: int = 0
) -> None:
    check_line_breaks(sheet)
    pages = estimate_pages(sheet, paper=paper, large_print=large_print, plan_rows=plan_rows)
    if pages > MAX_PAGES:
        raise SheetError(
            f"This sheet would print on about {pages} pages; the most it can "
            f"print is {MAX_PAGES}. Remove some questions or shorten the notes"
            + (", or turn off large print." if large_print else ".")
        )


def build_within_limits(sheet: QuestionSheet, bank: QuestionBank, **options: Any) -> bytes:
    """``build_sheet_pdf`` after the paper's limits are checked (same arguments).

    The estimate keeps a giant sheet from being built at all; the count of the
    pages actually built is the last word, so no sheet over the limit is printed
    because an estimate fell short."""
    sheet.validate()
    large_print = options.get("large_print", False)
    check_fits(
        sheet,
        paper=options.get("paper", "letter"),
        large_print=large_print,
        plan_rows=len(options.get("plan") or ()),
    )
    pdf = build_sheet_pdf(sheet, bank, **options)
    pages = len(re.findall(rb"/Type /Page\b(?!s)", pdf))
    if pages > MAX_PAGES:
        raise SheetError(
            f"This sheet would print on {pages} pages; the most it can print "
            f"is {MAX_PAGES}. Remove some questions or shorten the notes"
            + (", or turn off large print." if large_print else ".")
        )
    return pdf
