"""The question list's rules at their edges, each refusal word for word."""

from __future__ import annotations

import datetime as dt

import pytest

from cartapp.model import sheet as sheet_module
from cartapp.model.question_bank import BankQuestion, Category, QuestionBank
from cartapp.model.sheet import (
    MAX_ASK_FIRST,
    MAX_FIELD_CHARS,
    MAX_NOTE_CHARS,
    MAX_NOTES_CHARS,
    MAX_QUESTION_CHARS,
    MAX_QUESTIONS,
    PrintedQuestion,
    QuestionSheet,
    SheetError,
    SheetQuestion,
)

BANK = QuestionBank(
    (Category("home", "At home"), Category("after", "After")),
    (
        BankQuestion("home.fever", "Fever?", "home"),
        BankQuestion("after.school", "School?", "after"),
    ),
    language="es",
)


def refusal(call, *args) -> str:
    with pytest.raises(SheetError) as caught:
        call(*args)
    return str(caught.value)


def test_the_limits():
    assert (MAX_QUESTION_CHARS, MAX_NOTE_CHARS, MAX_FIELD_CHARS) == (500, 1000, 200)
    assert (MAX_NOTES_CHARS, MAX_ASK_FIRST, MAX_QUESTIONS) == (10000, 3, 300)


def test_typed_questions_at_their_edges():
    sheet = QuestionSheet()
    assert sheet.add_own(" " + "q" * 500 + "\r\n").text == "q" * 500
    assert (
        refusal(sheet.add_own, "x" * 501)
        == "A question can be up to 500 characters. This one has 501."
    )
    assert refusal(sheet.add_own, " \x00\t\n ") == "Please type a question first."
    assert refusal(sheet.add_own, "Q" * 500) == "That question is already on your list."
    own = sheet.add_own("Can we visit?", category="")
    assert own.category == "own" and own.id is None
    assert sheet.add_own("Other?", category="home").category == "home"
    sheet.edit_text(1, " can WE visit? ")  # itself, in other letters: allowed
    assert sheet.questions[1].text == "can WE visit?"
    assert refusal(sheet.edit_text, 1, "Q" * 500) == "That question is already on your list."


def test_notes_on_a_question_at_their_edge():
    sheet = QuestionSheet()
    sheet.add_own("Q?")
    sheet.set_note(0, " " + "n" * 1000 + " ")
    assert sheet.questions[0].note == "n" * 1000
    assert (
        refusal(sheet.set_note, 0, "n" * 1001)
        == "A note can be up to 1,000 characters. This one has 1,001."
    )
    sheet.set_note(0, "a\r\nb\x07")
    assert sheet.questions[0].note == "a\nb"


def test_ask_first_up_to_three():
    sheet = QuestionSheet()
    for n in range(5):
        sheet.add_own(f"Q{n}?")
    for n in range(3):
        sheet.set_ask_first(n, True)
    sheet.set_ask_first(2, True)  # already marked: no change, no refusal
    assert sheet.ask_first_count() == 3
    assert refusal(sheet.set_ask_first, 3, True) == "You can mark up to 3 questions to ask first."
    sheet.set_ask_first(0, False)
    sheet.set_ask_first(3, True)
    assert [q.ask_first for q in sheet.questions] == [False, True, True, True, False]


def test_a_full_list():
    sheet = QuestionSheet(questions=[SheetQuestion(f"Q{n}", "own") for n in range(299)])
    sheet.add_own("The last one?")
    full = "Your list is full: it can hold up to 300 questions."
    assert refusal(sheet.add_own, "One more?") == full
    assert refusal(sheet.add_from_bank, BANK.questions[0]) == full
    sheet.remove(0)
    sheet.add_from_bank(BANK.questions[0])
    assert (
        refusal(sheet.add_from_bank, BANK.questions[0]) == "That question is already on your list."
    )
    assert sheet.has_question("home.fever") and not sheet.has_question("after.school")


def test_moving_questions():
    sheet = QuestionSheet(questions=[SheetQuestion(t, "own") for t in "abcd"])
    sheet.move(0, -1)
    assert [q.text for q in sheet.questions] == list("bcda")
    sheet.move(3, 0)
    assert [q.text for q in sheet.questions] == list("abcd")
    sheet.move(1, -4)
    assert [q.text for q in sheet.questions] == list("bacd")
    for bad in (4, -5):
        with pytest.raises(IndexError, match=f"no question at position {bad}"):
            sheet.move(0, bad)


@pytest.mark.parametrize(
    "field", ["child_name", "prepared_by", "care_team", "notes", "appointment", "questions"]
)
def test_any_field_makes_a_list_not_empty_and_clear_forgets_it(field):
    value = {"appointment": dt.date(2027, 1, 1), "questions": [SheetQuestion("Q", "own")]}
    sheet = QuestionSheet(language="es", **{field: value.get(field, "x")})
    assert not sheet.is_empty()
    sheet.clear()
    assert sheet.is_empty() and sheet == QuestionSheet(language="es")


@pytest.mark.parametrize(
    ("sheet", "message"),
    [
        (QuestionSheet(language="e s"), "The language code 'e s' is not valid."),
        (QuestionSheet(language=None), "The language code None is not valid."),
        (
            QuestionSheet(child_name="x" * 201),
            "The child's name can be up to 200 characters. This one has 201.",
        ),
        (QuestionSheet(prepared_by=3), '"Prepared by" must be text.'),
        (
            QuestionSheet(care_team="x" * 201),
            "The care team's name can be up to 200 characters. This one has 201.",
        ),
        (
            QuestionSheet(notes="x" * 10001),
            "The notes can be up to 10,000 characters. This one has 10,001.",
        ),
        (QuestionSheet(appointment="2027-01-01"), "The appointment must be a date."),
        (QuestionSheet(appointment=dt.datetime(2027, 1, 1)), "The appointment must be a date."),
        (
            QuestionSheet(questions=[SheetQuestion("Q", "own")] * 301),
            "The list can hold up to 300 questions.",
        ),
        (QuestionSheet(questions=["Q"]), "Question 1 is not a question."),
        (QuestionSheet(questions=[SheetQuestion(" \x01 ", "own")]), "Question 1 has no text."),
        (QuestionSheet(questions=[SheetQuestion(None, "own")]), "Question 1 must be text."),
        (
            QuestionSheet(questions=[SheetQuestion("x" * 501, "own")]),
            "Question 1 can be up to 500 characters. This one has 501.",
        ),
        (
            QuestionSheet(questions=[SheetQuestion("Q", "own", note="n" * 1001)]),
            "The note on question 1 can be up to 1,000 characters. This one has 1,001.",
        ),
        (
            QuestionSheet(questions=[SheetQuestion("Q", "own", note=None)]),
            "The note on question 1 must be text.",
        ),
        (QuestionSheet(questions=[SheetQuestion("Q", None)]), "Question 1 has no category."),
        (QuestionSheet(questions=[SheetQuestion("Q", "")]), "Question 1 has no category."),
        (QuestionSheet(questions=[SheetQuestion("Q", "o\x00wn")]), "Question 1 has no category."),
        (
            QuestionSheet(questions=[SheetQuestion("Q", "own", ask_first=1)]),
            'Question 1: "ask first" must be yes or no.',
        ),
        (
            QuestionSheet(questions=[SheetQuestion("Q", "own", id="")]),
            "Question 1 has an invalid id.",
        ),
        (
            QuestionSheet(questions=[SheetQuestion("Q", "own", id=5)]),
            "Question 1 has an invalid id.",
        ),
        (
            QuestionSheet(questions=[SheetQuestion("Q", "own", id="a\x00")]),
            "Question 1 has an invalid id.",
        ),
        (
            QuestionSheet(
                questions=[SheetQuestion("A", "home", id="x"), SheetQuestion("B", "home", id="x")]
            ),
            "Question 2 is already on the list.",
        ),
        (
            QuestionSheet(
                questions=[SheetQuestion(f"Q{n}", "own", ask_first=True) for n in range(4)]
            ),
            "You can mark up to 3 questions to ask first.",
        ),
    ],
)
def test_validate_names_the_first_problem(sheet, message):
    assert refusal(sheet.validate) == message


def test_what_validate_allows_at_the_edges():
    QuestionSheet(
        child_name="x" * 200,
        prepared_by="\x00" * 300,  # cleaned away: counted after cleaning
        care_team="y" * 200,
        notes="z" * 10000,
        appointment=dt.date(2027, 1, 1),
        questions=[SheetQuestion("x" * 500, "own", note="n" * 1000, ask_first=True)] * 3
        + [SheetQuestion(f"Q{n}", "own") for n in range(297)],
    ).validate()


def test_the_list_in_another_language_keeps_the_family_s_words():
    sheet = QuestionSheet(child_name="Ana", notes="N")
    sheet.add_from_bank(BankQuestion("home.fever", "Fever, in English?", "home"))
    sheet.add_own("Our own?")
    moved = sheet.in_language(BANK)
    assert moved.language == "es" and sheet.language == "en"
    assert [q.text for q in moved.questions] == ["Fever?", "Our own?"]
    assert sheet.questions[0].text == "Fever, in English?"  # the original is untouched
    assert (moved.child_name, moved.notes) == ("Ana", "N")
    unknown = QuestionSheet(questions=[SheetQuestion("Old?", "home", id="home.gone")])
    assert unknown.in_language(BANK).questions[0].text == "Old?"


def test_the_printed_order_and_topics():
    sheet = QuestionSheet(
        questions=[
            SheetQuestion("Own?", "own"),
            SheetQuestion("Fever?", "home", ask_first=True, id="home.fever"),
            SheetQuestion("Gone?", "gone", id="gone.x"),
            SheetQuestion("School?", "after", ask_first=True, id="after.school"),
        ]
    )
    assert sheet.print_order(BANK) == [
        PrintedQuestion(2, sheet.questions[1], "At home"),
        PrintedQuestion(4, sheet.questions[3], "After"),
        PrintedQuestion(1, sheet.questions[0], "Our own questions"),
        PrintedQuestion(3, sheet.questions[2], "Our own questions"),
    ]
    assert sheet.ordered_for_print(BANK) == [
        ("Ask first", [sheet.questions[1], sheet.questions[3]]),
        ("Our other questions", [sheet.questions[0], sheet.questions[2]]),
    ]
    only_first = QuestionSheet(questions=[SheetQuestion("A", "own", ask_first=True)])
    assert only_first.ordered_for_print(BANK) == [("Ask first", only_first.questions)]
    assert QuestionSheet(questions=[SheetQuestion("A", "own")]).ordered_for_print(BANK) == [
        ("Our other questions", [SheetQuestion("A", "own")])
    ]
    assert QuestionSheet().ordered_for_print(BANK) == []


def test_saving_is_importable_from_the_sheet_module():
    from cartapp.model import sheet_io

    assert sheet_module.load_sheet is sheet_io.load_sheet
    assert sheet_module.SheetFileError is sheet_io.SheetFileError
    with pytest.raises(
        AttributeError, match="module 'cartapp.model.sheet' has no attribute 'nope'"
    ):
        sheet_module.nope  # noqa: B018
