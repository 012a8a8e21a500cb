"""The page estimate as a curve: four families of sheets, growing, on each paper.

The estimate only has to be cautious, but it is what refuses a sheet, so a change to
any of its sizes or shares must be seen: each family's estimates for 0, 3, 6, ...
117 questions (or note lines) are pinned. After a deliberate change, check that the
estimate still errs high (test_sheet_limits.py) and write the new curves here.
"""

from __future__ import annotations

import pytest

from cartapp.model.sheet import QuestionSheet, SheetError, SheetQuestion
from cartapp.pdf.sheet_limits import (
    MAX_NOTE_BREAKS,
    MAX_NOTES_BREAKS,
    MAX_PAGES,
    MAX_QUESTION_BREAKS,
    check_fits,
    check_line_breaks,
    estimate_pages,
)


def family(kind: str, n: int) -> tuple[QuestionSheet, dict]:
    if kind == "plain":
        return QuestionSheet(
            questions=[SheetQuestion("q" * 90 + str(i), "own") for i in range(n)]
        ), {}
    if kind == "a4-first":
        questions = [
            SheetQuestion("q" * 90 + str(i), "own", ask_first=i < 3, note="n" * 150)
            for i in range(n)
        ]
        return QuestionSheet(questions=questions), {"paper": "a4"}
    if kind == "large-cjk":
        questions = [SheetQuestion("中" * 40 + str(i), "own", note="a\n\nb") for i in range(n)]
        return QuestionSheet(questions=questions), {"large_print": True}
    return QuestionSheet(notes=("word " * 30 + "\n") * n), {"plan_rows": n // 4}


CURVES = {
    "plain": (
        "2,2,3,3,4,4,5,5,6,6,6,7,7,8,8,9,9,10,10,10,"
        "11,11,12,12,13,13,14,14,14,15,15,16,16,17,17,18,18,18,19,19"
    ),
    "a4-first": (
        "2,3,3,4,4,5,5,6,7,7,8,8,9,9,10,11,11,12,12,13,"
        "13,14,14,15,16,16,17,17,18,18,19,20,20,21,21,22,22,23,24,24"
    ),
    "large-cjk": (
        "2,3,4,6,7,8,9,10,11,12,14,15,16,17,18,19,20,21,23,24,"
        "25,26,27,28,29,31,32,33,34,35,36,37,39,40,41,42,43,44,45,46"
    ),
    "notes-plan": (
        "2,2,2,3,3,3,3,4,4,4,4,4,5,5,5,5,6,6,6,6,6,7,7,7,7,8,8,8,8,8,9,9,9,9,10,10,10,10,10,11"
    ),
}


@pytest.mark.parametrize("kind", sorted(CURVES))
def test_the_estimate_grows_as_reviewed(kind):
    got = [
        estimate_pages(sheet, **options)
        for sheet, options in map(lambda n: family(kind, n), range(0, 120, 3))
    ]
    assert ",".join(map(str, got)) == CURVES[kind]


def test_an_unknown_paper_is_estimated_as_letter():
    sheet, _ = family("plain", 60)
    assert estimate_pages(sheet, paper="legal") == estimate_pages(sheet) == 11


@pytest.mark.parametrize(
    ("field", "limit", "label"),
    [
        ("text", MAX_QUESTION_BREAKS, "Question 2"),
        ("note", MAX_NOTE_BREAKS, "The note on question 2"),
        ("notes", MAX_NOTES_BREAKS, "The notes"),
    ],
)
def test_line_breaks_up_to_the_limit(field, limit, label):
    def sheet(breaks: int) -> QuestionSheet:
        text = "x" + "\n" * breaks
        made = QuestionSheet(questions=[SheetQuestion("Q", "own"), SheetQuestion("Q2", "own")])
        if field == "notes":
            made.notes = text
        else:
            setattr(made.questions[1], field, text)
        return made

    check_line_breaks(sheet(limit))
    with pytest.raises(SheetError) as caught:
        check_line_breaks(sheet(limit + 1))
    assert str(caught.value) == (
        f"{label} has {limit + 1} line breaks; the sheet can print up to {limit}. Join some lines."
    )
    assert (MAX_QUESTION_BREAKS, MAX_NOTE_BREAKS, MAX_NOTES_BREAKS) == (10, 20, 200)


def test_too_many_pages_is_refused_with_what_to_shorten():
    assert MAX_PAGES == 30
    sheet, _ = family("large-cjk", 75)
    with pytest.raises(SheetError) as caught:
        check_fits(sheet, large_print=True)
    assert str(caught.value) == (
        "This sheet would print on about 31 pages; the most it can print is 30."
        " Remove some questions or shorten the notes, or turn off large print."
    )
    check_fits(sheet)  # the same sheet in normal print fits
    plain, _ = family("plain", 240)
    with pytest.raises(SheetError) as caught:
        check_fits(plain, paper="a4", plan_rows=10)
    assert str(caught.value).endswith(" Remove some questions or shorten the notes.")


def test_the_estimate_uses_the_paper_and_print_size_the_sheet_is_built_with(monkeypatch):
    from cartapp.model.library import ContentLibrary
    from cartapp.pdf import sheet_limits

    built = []
    monkeypatch.setattr(
        sheet_limits, "build_sheet_pdf", lambda sheet, bank, **options: built.append(options) or b""
    )
    bank = ContentLibrary("en").bank
    # 193 questions: about 29 pages of A4 (allowed), 31 of Letter (refused).
    sheet, _ = family("plain", 193)
    assert sheet_limits.build_within_limits(sheet, bank, paper="a4") == b""
    assert built == [{"paper": "a4"}]
    with pytest.raises(SheetError, match="about 31 pages"):
        sheet_limits.build_within_limits(sheet, bank)
    with pytest.raises(SheetError, match="about 31 pages"):
        sheet_limits.build_within_limits(sheet, bank, paper="letter")
    # 115 questions in large print: 29 pages of A4, 31 of Letter.
    large, _ = family("plain", 115)
    sheet_limits.build_within_limits(large, bank, paper="a4", large_print=True)
    with pytest.raises(SheetError, match="or turn off large print"):
        sheet_limits.build_within_limits(large, bank, large_print=True)
    sheet_limits.build_within_limits(large, bank)  # normal print fits on Letter
    plan = [("Step", "Monday", "Day 0")] * 40
    with pytest.raises(SheetError):
        sheet_limits.build_within_limits(family("plain", 190)[0], bank, paper="a4", plan=plan * 2)
    sheet_limits.build_within_limits(family("plain", 190)[0], bank, paper="a4")


def test_a_blank_line_in_a_question_or_its_note_adds_a_paragraph_s_space():
    def pages(text: str = "q" * 40, note: str = "") -> int:
        return estimate_pages(QuestionSheet(questions=[SheetQuestion(text, "own", note=note)] * 90))

    # A line holding a space is a line, not a blank one; a truly blank line adds space.
    assert (pages("a\n \nb"), pages("a\n\nb")) == (21, 22)
    assert (pages(), pages(note="a\n \nb"), pages(note="a\n\nb")) == (15, 23, 24)
