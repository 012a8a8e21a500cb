"""Building a question list: the rules that keep it short, clear and printable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cartapp.model import sheet as sheet_module
from cartapp.model.question_bank import load_bank
from cartapp.model.sheet import (
    MAX_ASK_FIRST,
    MAX_FIELD_CHARS,
    MAX_NOTE_CHARS,
    MAX_NOTES_CHARS,
    MAX_QUESTION_CHARS,
    MAX_QUESTIONS,
    OWN_CATEGORY,
    QuestionSheet,
    SheetError,
    SheetQuestion,
    clean_text,
)

FIXTURE_BANK = Path(__file__).parent.parent / "fixtures" / "questions.toml"


@pytest.fixture
def bank():
    return load_bank(FIXTURE_BANK)


@pytest.fixture
def sheet(bank):
    s = QuestionSheet()
    for qid in ("after.school", "right-for-us.why-car-t", "side-effects.crs-signs"):
        s.add_from_bank(bank.get(qid))
    return s


def texts(s: QuestionSheet) -> list[str]:
    return [q.text for q in s.questions]


def test_limits_are_as_documented():
    assert (MAX_QUESTION_CHARS, MAX_NOTE_CHARS, MAX_FIELD_CHARS) == (500, 1000, 200)
    assert (MAX_NOTES_CHARS, MAX_ASK_FIRST, MAX_QUESTIONS) == (10000, 3, 300)
    assert OWN_CATEGORY == "own"


def test_add_from_bank_keeps_id_and_category(bank):
    s = QuestionSheet()
    added = s.add_from_bank(bank.get("after.school"))
    assert added == SheetQuestion(
        "When can my child go back to school?", "after", id="after.school"
    )
    assert s.has_question("after.school")
    assert not s.has_question("after.stay-close")


def test_bank_question_cannot_be_added_twice(sheet, bank):
    with pytest.raises(SheetError, match="^That question is already on your list.$"):
        sheet.add_from_bank(bank.get("after.school"))
    assert len(sheet.questions) == 3


def test_add_own_strips_and_files_under_own(sheet):
    added = sheet.add_own("  Can my dog visit?\n ")
    assert added == SheetQuestion("Can my dog visit?", OWN_CATEGORY)
    assert sheet.questions[-1] is added


@pytest.mark.parametrize("text", ["", "   ", "\n\t ", "\x00\x07"])
def test_empty_own_question_refused(sheet, text):
    with pytest.raises(SheetError, match="^Please type a question first.$"):
        sheet.add_own(text)
    assert len(sheet.questions) == 3


def test_own_question_length_limit(sheet):
    sheet.add_own("a" * 500)
    with pytest.raises(
        SheetError, match="^A question can be up to 500 characters. This one has 501.$"
    ):
        sheet.add_own("b" * 501)


def test_own_question_same_as_one_on_the_list_refused(sheet):
    with pytest.raises(SheetError, match="^That question is already on your list.$"):
        sheet.add_own("  when can my child go back to SCHOOL?  ")
    sheet.add_own("Will she need a tutor?")
    with pytest.raises(SheetError, match="already on your list"):
        sheet.add_own("WILL SHE NEED A TUTOR?")


def test_typed_text_loses_control_characters_but_keeps_any_language():
    s = QuestionSheet()
    added = s.add_own("Δ\x00ώ\x1b[31m ré\u200bsumé 漢字 🙂\r\nnext\tline\x7f")
    assert added.text == "Δώ[31m ré\u200bsumé 漢字 🙂\nnext\tline"
    assert clean_text("a\rb\ud800c") == "a\nbc"


def test_full_list_refuses_more(bank):
    s = QuestionSheet(questions=[SheetQuestion(f"Q{i}?", OWN_CATEGORY) for i in range(300)])
    with pytest.raises(SheetError, match="up to 300 questions"):
        s.add_own("One more?")
    with pytest.raises(SheetError, match="up to 300 questions"):
        s.add_from_bank(bank.get("after.school"))


def test_move_and_remove(sheet):
    a, b, c = texts(sheet)
    sheet.move(0, 2)
    assert texts(sheet) == [b, c, a]
    sheet.move(2, 0)
    assert texts(sheet) == [a, b, c]
    sheet.move(1, -1)
    assert texts(sheet) == [a, c, b]
    removed = sheet.remove(1)
    assert removed.text == c
    assert texts(sheet) == [a, b]
    with pytest.raises(IndexError):
        sheet.move(0, 5)
    with pytest.raises(IndexError):
        sheet.remove(7)
    assert texts(sheet) == [a, b]


def test_ask_first_limit(sheet):
    sheet.add_own("A fourth question?")
    for i in range(3):
        sheet.set_ask_first(i, True)
    sheet.set_ask_first(2, True)  # marking one again is not a new one
    with pytest.raises(SheetError, match="^You can mark up to 3 questions to ask first.$"):
        sheet.set_ask_first(3, True)
    assert not sheet.questions[3].ask_first
    sheet.set_ask_first(0, False)
    sheet.set_ask_first(3, True)
    assert [q.ask_first for q in sheet.questions] == [False, True, True, True]


def test_edit_text_validates_like_an_own_question(sheet):
    sheet.edit_text(0, "  When can she go back to school?  ")
    assert sheet.questions[0].text == "When can she go back to school?"
    assert sheet.questions[0].id == "after.school"
    sheet.edit_text(0, "when can she go back to school?")  # its own text, re-cased
    with pytest.raises(SheetError, match="Please type a question first"):
        sheet.edit_text(0, " ")
    with pytest.raises(SheetError, match="up to 500"):
        sheet.edit_text(0, "x" * 501)
    with pytest.raises(SheetError, match="already on your list"):
        sheet.edit_text(0, sheet.questions[1].text)
    assert sheet.questions[0].text == "when can she go back to school?"


def test_set_note(sheet):
    sheet.set_note(1, "  She asked this too.\x00\n  ")
    assert sheet.questions[1].note == "She asked this too."
    sheet.set_note(1, "n" * 1000)
    with pytest.raises(SheetError, match="A note can be up to 1,000 characters"):
        sheet.set_note(1, "n" * 1001)
    assert sheet.questions[1].note == "n" * 1000


def test_clear_and_is_empty(sheet):
    assert not sheet.is_empty()
    sheet.child_name, sheet.notes, sheet.language = "Ana", "notes", "es"
    sheet.appointment = dt.date(2026, 3, 3)
    sheet.clear()
    assert sheet.is_empty()
    assert sheet == QuestionSheet(language="es")
    assert not QuestionSheet(care_team="Blue").is_empty()


def _mixed_sheet(bank) -> QuestionSheet:
    s = QuestionSheet()
    s.add_own("Own one?")
    s.add_from_bank(bank.get("after.school"))
    s.add_from_bank(bank.get("side-effects.neuro"))
    s.add_from_bank(bank.get("right-for-us.other-options"))
    s.add_from_bank(bank.get("side-effects.crs-signs"))
    s.add_from_bank(bank.get("after.stay-close"))
    s.questions.append(SheetQuestion("From a removed category?", "gone"))
    s.add_own("Own two?")
    s.set_ask_first(5, True)  # after.stay-close
    s.set_ask_first(2, True)  # side-effects.neuro
    return s


def test_print_order_is_ask_first_then_the_family_order_with_screen_numbers(bank):
    order = _mixed_sheet(bank).print_order(bank)
    assert [(p.number, p.question.text[:12], p.topic) for p in order] == [
        (3, "What changes", "Side effects and safety"),
        (6, "How long do ", "After the infusion"),
        (1, "Own one?", "Our own questions"),
        (2, "When can my ", "After the infusion"),
        (4, "What other t", "Is CAR T right for my child?"),
        (5, "What are the", "Side effects and safety"),
        (7, "From a remov", "Our own questions"),
        (8, "Own two?", "Our own questions"),
    ]


def test_ordered_for_print_never_regroups_by_topic(bank):
    groups = _mixed_sheet(bank).ordered_for_print(bank)
    assert [(title, len(qs)) for title, qs in groups] == [
        ("Ask first", 2),
        ("Our other questions", 6),
    ]


def test_ordered_for_print_leaves_out_empty_groups(bank):
    assert QuestionSheet().ordered_for_print(bank) == []
    s = QuestionSheet()
    s.add_own("Only this?")
    assert [t for t, _ in s.ordered_for_print(bank)] == ["Our other questions"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: setattr(s, "child_name", "x" * 201), "The child's name can be up to 200"),
        (lambda s: setattr(s, "prepared_by", "x" * 201), '"Prepared by" can be up to 200'),
        (lambda s: setattr(s, "care_team", "x" * 201), "The care team's name can be up"),
        (lambda s: setattr(s, "notes", "x" * 10001), "The notes can be up to 10,000"),
        (lambda s: setattr(s, "language", "../en"), "language code"),
        (lambda s: setattr(s, "appointment", "2026-03-03"), "^The appointment must be a date.$"),
        (lambda s: setattr(s.questions[1], "text", " \n"), "Question 2 has no text"),
        (lambda s: setattr(s.questions[1], "text", "x" * 501), "Question 2 can be up to 500"),
        (lambda s: setattr(s.questions[2], "note", "x" * 1001), "note on question 3"),
        (lambda s: setattr(s.questions[0], "category", ""), "Question 1 has no category"),
        (lambda s: setattr(s.questions[0], "text", 5), "Question 1 must be text"),
        (lambda s: setattr(s.questions[0], "category", "own\ud800"), "Question 1 has no categ"),
        (lambda s: setattr(s.questions[0], "id", "a\x00b"), "Question 1 has an invalid id"),
        (
            lambda s: s.questions.append(SheetQuestion("x", "after", id="after.school")),
            "Question 4 is already on the list",
        ),
        (
            lambda s: (
                [setattr(q, "ask_first", True) for q in s.questions * 2]
                and s.questions.append(SheetQuestion("x", "own", ask_first=True))
            ),
            "up to 3",
        ),
    ],
)
def test_validate_names_the_problem(sheet, change, message):
    sheet.validate()
    change(sheet)
    with pytest.raises(SheetError, match=message):
        sheet.validate()


def test_control_characters_do_not_count_towards_limits(sheet):
    sheet.child_name = "x" * 200 + "\x00" * 50
    sheet.validate()


def test_file_functions_are_importable_from_the_sheet_module():
    from cartapp.model import sheet_io

    assert sheet_module.save_sheet is sheet_io.save_sheet
    assert sheet_module.SheetFileError is sheet_io.SheetFileError
    with pytest.raises(AttributeError):
        sheet_module.no_such_name  # noqa: B018


def test_own_question_keeps_the_topic_it_was_asked_under(sheet):
    assert sheet.add_own("Which school?", category="after").category == "after"
    assert sheet.add_own("Which bus?", category="").category == OWN_CATEGORY


def test_move_accepts_every_position_from_the_first_to_the_last(sheet):
    a, b, c = texts(sheet)
    sheet.move(0, -3)  # -count is the first position
    assert texts(sheet) == [a, b, c]
    for bad in (3, -4):
        with pytest.raises(IndexError, match=f"^no question at position {bad}$"):
            sheet.move(0, bad)
    assert texts(sheet) == [a, b, c]


@pytest.mark.parametrize(
    "field",
    [
        {"child_name": "Ana"},
        {"prepared_by": "Mum"},
        {"care_team": "Blue"},
        {"notes": "n"},
        {"appointment": dt.date(2026, 3, 3)},
        {"questions": [SheetQuestion("Q?", OWN_CATEGORY)]},
    ],
)
def test_any_one_thing_typed_makes_the_sheet_not_empty(field):
    assert not QuestionSheet(**field).is_empty()
    assert QuestionSheet(language="fr").is_empty()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.questions.insert(1, "a question"), "^Question 2 is not a question.$"),
        (lambda s: setattr(s.questions[0], "category", 5), "^Question 1 has no category.$"),
        (
            lambda s: setattr(s.questions[0], "ask_first", "yes"),
            '^Question 1: "ask first" must be yes or no.$',
        ),
        (lambda s: setattr(s.questions[0], "id", ""), "^Question 1 has an invalid id.$"),
        (lambda s: setattr(s.questions[0], "id", 7), "^Question 1 has an invalid id.$"),
        (lambda s: setattr(s, "child_name", None), "^The child's name must be text.$"),
    ],
)
def test_validate_says_exactly_what_is_wrong(sheet, change, message):
    change(sheet)
    with pytest.raises(SheetError, match=message):
        sheet.validate()


def test_the_file_names_resolve_lazily_and_nothing_else_does():
    from cartapp.model import sheet_io

    for name in ("SheetFileError", "load_sheet", "save_sheet", "sheet_from_dict", "sheet_to_dict"):
        assert getattr(sheet_module, name) is getattr(sheet_io, name)
    with pytest.raises(
        AttributeError, match="^module 'cartapp.model.sheet' has no attribute 'load_shelf'$"
    ):
        _ = sheet_module.load_shelf
