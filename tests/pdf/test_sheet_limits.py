"""Limits that match the paper: any sheet inside them prints quickly on few pages."""

from __future__ import annotations

import io
import time

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from cartapp.model.library import ContentLibrary
from cartapp.model.sheet import (
    MAX_NOTE_CHARS,
    MAX_NOTES_CHARS,
    MAX_QUESTION_CHARS,
    QuestionSheet,
    SheetError,
    SheetQuestion,
)
from cartapp.pdf.sheet_limits import (
    MAX_NOTE_BREAKS,
    MAX_PAGES,
    build_within_limits,
    check_fits,
)

BANK = ContentLibrary("en").bank
# Line breaks, long words, spaces and wide (CJK) characters: what makes pages.
_PIECES = st.sampled_from(["\n", "word ", "x" * 40, " ", "漢字", "a", "\n\n"])


def _text(max_chars: int):
    return st.lists(_PIECES, max_size=400).map(lambda p: "".join(p)[:max_chars])


@st.composite
def sheets(draw):
    sheet = QuestionSheet()
    count = draw(st.integers(0, 300))
    own = draw(_text(MAX_QUESTION_CHARS))
    note = draw(_text(MAX_NOTE_CHARS))
    for number in range(count):
        text = f"Q{number} {own}"[:MAX_QUESTION_CHARS]
        sheet.questions.append(
            SheetQuestion(text=text, category="own", note=note, ask_first=number < 3)
        )
    sheet.notes = draw(_text(MAX_NOTES_CHARS))
    sheet.child_name = draw(_text(200)).replace("\n", " ")
    return sheet


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheet=sheets(), large=st.booleans(), paper=st.sampled_from(["letter", "a4"]))
def test_any_sheet_inside_the_limits_builds_fast_on_few_pages(sheet, large, paper):
    try:
        sheet.validate()
        check_fits(sheet, paper=paper, large_print=large)
    except SheetError as exc:
        assert "\n" not in str(exc) and len(str(exc)) < 200  # refused plainly
        return
    start = time.monotonic()
    try:
        data = build_within_limits(sheet, BANK, paper=paper, large_print=large)
    except SheetError as exc:  # the count of built pages has the last word
        assert "\n" not in str(exc) and f"the most it can print is {MAX_PAGES}" in str(exc)
        event("refused after building")
        return
    assert time.monotonic() - start < 5
    assert len(PdfReader(io.BytesIO(data)).pages) <= MAX_PAGES


def test_a_note_of_line_breaks_is_refused_naming_the_field():
    sheet = QuestionSheet()
    sheet.questions.append(
        SheetQuestion(text="Q", category="own", note="\n" * (MAX_NOTE_BREAKS + 1))
    )
    with pytest.raises(SheetError, match="The note on question 1 has 21 line breaks"):
        build_within_limits(sheet, BANK)


def test_the_largest_sheet_by_characters_is_refused_before_building():
    sheet = QuestionSheet()
    for number in range(300):
        sheet.questions.append(
            SheetQuestion(text=f"{number} " + "w" * 490, category="own", note="n" * MAX_NOTE_CHARS)
        )
    start = time.monotonic()
    with pytest.raises(SheetError, match=f"the most it can print is {MAX_PAGES}"):
        build_within_limits(sheet, BANK)
    assert time.monotonic() - start < 1


def test_a_sheet_the_estimate_lets_through_is_still_refused_past_the_page_limit(monkeypatch):
    from cartapp.pdf import sheet_limits

    sheet = QuestionSheet()
    for number in range(40):
        sheet.questions.append(SheetQuestion(text=f"Question {number}?", category="own"))
    monkeypatch.setattr(sheet_limits, "MAX_PAGES", 2)
    monkeypatch.setattr(sheet_limits, "estimate_pages", lambda *a, **k: 1)
    with pytest.raises(SheetError, match="would print on [0-9]+ pages; the most it can print is 2"):
        sheet_limits.build_within_limits(sheet, BANK, paper="a4")
