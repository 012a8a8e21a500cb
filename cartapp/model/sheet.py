"""A family's list of questions for the care team, and the rules it keeps.

Every method that takes typed text cleans it first (see ``clean_text``) and
refuses what would not print well, with a message a family can act on.
Saving and loading live in ``sheet_io``; its names are importable from here too.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cartapp.model.question_bank import BankQuestion, QuestionBank

if TYPE_CHECKING:
    from cartapp.model.sheet_io import (  # noqa: F401
        SheetFileError,
        load_sheet,
        save_sheet,
        sheet_from_dict,
        sheet_to_dict,
    )

OWN_CATEGORY = "own"
ASK_FIRST_TITLE = "Ask first"
OWN_TITLE = "Our own questions"
REST_TITLE = "Our other questions"

MAX_QUESTION_CHARS = 500
MAX_NOTE_CHARS = 1000
MAX_FIELD_CHARS = 200
MAX_NOTES_CHARS = 10000
MAX_ASK_FIRST = 3
MAX_QUESTIONS = 300

# Names a family types, with the words used when one is too long.
_FIELD_LABELS = {
    "child_name": "The child's name",
    "prepared_by": '"Prepared by"',
    "care_team": "The care team's name",
}
_UNPRINTABLE = {"Cc", "Cs"}


class SheetError(ValueError):
    """Something about the sheet a family can fix; the message says what."""


def clean_text(text: str) -> str:
    """Drop characters that cannot be printed or saved, keep newlines and tabs.

    Line endings become ``\\n``. Control characters (pasted from other programs)
    and lone surrogates (from a hand-edited file) would break the PDF or the
    UTF-8 file, so they go; every other character is kept as typed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) not in _UNPRINTABLE)


def is_language_tag(value: str) -> bool:
    # One rule everywhere (it picks a content folder, so never a path).
    from cartapp.model.language_tag import is_language_tag as rule

    return rule(value)


@dataclass
class SheetQuestion:
    text: str
    category: str
    ask_first: bool = False
    note: str = ""
    id: str | None = None


@dataclass(frozen=True)
class PrintedQuestion:
    number: int  # as on screen
    question: SheetQuestion
    topic: str


@dataclass
class QuestionSheet:
    language: str = "en"
    child_name: str = ""
    prepared_by: str = ""
    appointment: datetime.date | None = None
    care_team: str = ""
    notes: str = ""
    questions: list[SheetQuestion] = field(default_factory=list)

    def has_question(self, question_id: str) -> bool:
        return any(q.id == question_id for q in self.questions)

    def add_from_bank(self, q: BankQuestion) -> SheetQuestion:
        if self.has_question(q.id):
            raise SheetError("That question is already on your list.")
        self._check_room()
        added = SheetQuestion(text=q.text, category=q.category, id=q.id)
        self.questions.append(added)
        return added

    def add_own(self, text: str, category: str = OWN_CATEGORY) -> SheetQuestion:
        text = self._checked_question_text(text, ignore=None)
        self._check_room()
        added = SheetQuestion(text=text, category=category or OWN_CATEGORY)
        self.questions.append(added)
        return added

    def remove(self, index: int) -> SheetQuestion:
        return self.questions.pop(index)

    def move(self, index: int, new_index: int) -> None:
        """Put question ``index`` at position ``new_index`` (negative counts from the end)."""
        count = len(self.questions)
        if not -count <= new_index < count:
            raise IndexError(f"no question at position {new_index}")
        # Resolved before the pop, so -1 still means "last" once the list is shorter.
        new_index %= count
        self.questions.insert(new_index, self.questions.pop(index))

    def set_ask_first(self, index: int, flag: bool) -> None:
        question = self.questions[index]
        if flag and not question.ask_first and self.ask_first_count() >= MAX_ASK_FIRST:
            raise SheetError(f"You can mark up to {MAX_ASK_FIRST} questions to ask first.")
        question.ask_first = flag

    def ask_first_count(self) -> int:
        return sum(q.ask_first for q in self.questions)

    def edit_text(self, index: int, text: str) -> None:
        question = self.questions[index]
        question.text = self._checked_question_text(text, ignore=question)

    def set_note(self, index: int, text: str) -> None:
        question = self.questions[index]
        note = clean_text(text).strip()
        if len(note) > MAX_NOTE_CHARS:
            raise SheetError(_too_long("A note", MAX_NOTE_CHARS, len(note)))
        question.note = note

    def clear(self) -> None:
        """Forget everything the family typed; the language stays as it is."""
        self.child_name = self.prepared_by = self.care_team = self.notes = ""
        self.appointment = None
        self.questions = []

    def is_empty(self) -> bool:
        return not (
            self.questions
            or self.child_name
            or self.prepared_by
            or self.care_team
            or self.notes
            or self.appointment
        )

    def validate(self) -> None:
        """Raise ``SheetError`` naming the first field that is invalid or too long."""
        if not isinstance(self.language, str) or not is_language_tag(self.language):
            raise SheetError(f"The language code {self.language!r} is not valid.")
        for name, label in _FIELD_LABELS.items():
            _check_text(getattr(self, name), MAX_FIELD_CHARS, label)
        _check_text(self.notes, MAX_NOTES_CHARS, "The notes")
        if self.appointment is not None and (
            not isinstance(self.appointment, datetime.date)
            or isinstance(self.appointment, datetime.datetime)
        ):
            raise SheetError("The appointment must be a date.")
        if len(self.questions) > MAX_QUESTIONS:
            raise SheetError(f"The list can hold up to {MAX_QUESTIONS} questions.")
        seen_ids: set[str] = set()
        for number, q in enumerate(self.questions, start=1):
            _validate_question(q, number)
            if q.id is not None:
                if q.id in seen_ids:
                    raise SheetError(f"Question {number} is already on the list.")
                seen_ids.add(q.id)
        # Counted only once every question is known to be one with a yes/no flag.
        if self.ask_first_count() > MAX_ASK_FIRST:
            raise SheetError(f"You can mark up to {MAX_ASK_FIRST} questions to ask first.")

    def in_language(self, bank: QuestionBank) -> QuestionSheet:
        """The same list in the bank's language: each bank question in its words there
        (the family's own questions, notes and details stay as they typed them)."""
        import copy

        moved = copy.deepcopy(self)
        moved.language = bank.language
        for q in moved.questions:
            known = bank.get(q.id) if q.id else None
            if known is not None:
                q.text = known.text
        return moved

    def print_order(self, bank: QuestionBank) -> list[PrintedQuestion]:
        """The questions as printed: "Ask first" ones, then the rest, each group in
        the family's order, numbered as on screen, with the topic each comes from.
        """

        def printed(number: int, q: SheetQuestion) -> PrintedQuestion:
            known = q.category != OWN_CATEGORY and bank.has_category(q.category)
            topic = bank.category_title(q.category) if known else OWN_TITLE
            return PrintedQuestion(number, q, topic)

        numbered = list(enumerate(self.questions, start=1))
        return [printed(n, q) for n, q in numbered if q.ask_first] + [
            printed(n, q) for n, q in numbered if not q.ask_first
        ]

    def ordered_for_print(self, bank: QuestionBank) -> list[tuple[str, list[SheetQuestion]]]:
        """The printed groups: "Ask first", then every other question in screen order."""
        order = self.print_order(bank)
        ask_first = [p.question for p in order if p.question.ask_first]
        rest = [p.question for p in order if not p.question.ask_first]
        groups: list[tuple[str, list[SheetQuestion]]] = []
        if ask_first:
            groups.append((ASK_FIRST_TITLE, ask_first))
        if rest:
            groups.append((REST_TITLE, rest))
        return groups

    def _check_room(self) -> None:
        if len(self.questions) >= MAX_QUESTIONS:
            raise SheetError(f"Your list is full: it can hold up to {MAX_QUESTIONS} questions.")

    def _checked_question_text(self, text: str, ignore: SheetQuestion | None) -> str:
        text = clean_text(text).strip()
        if not text:
            raise SheetError("Please type a question first.")
        if len(text) > MAX_QUESTION_CHARS:
            raise SheetError(_too_long("A question", MAX_QUESTION_CHARS, len(text)))
        key = text.casefold()
        if any(q is not ignore and q.text.strip().casefold() == key for q in self.questions):
            raise SheetError("That question is already on your list.")
        return text


def _validate_question(q: Any, number: int) -> None:
    if not isinstance(q, SheetQuestion):
        raise SheetError(f"Question {number} is not a question.")
    if isinstance(q.text, str) and not clean_text(q.text).strip():
        raise SheetError(f"Question {number} has no text.")
    _check_text(q.text, MAX_QUESTION_CHARS, f"Question {number}")
    _check_text(q.note, MAX_NOTE_CHARS, f"The note on question {number}")
    # Ids and categories are never shown, but they are saved: anything that
    # cannot be written as UTF-8 would make the list impossible to save.
    _check_type(q.category, str, f"Question {number} has no category.")
    if not q.category or clean_text(q.category) != q.category:
        raise SheetError(f"Question {number} has no category.")
    _check_type(q.ask_first, bool, f'Question {number}: "ask first" must be yes or no.')
    if q.id is not None and (not isinstance(q.id, str) or not q.id or clean_text(q.id) != q.id):
        raise SheetError(f"Question {number} has an invalid id.")


def _check_type(value: object, kind: type, message: str) -> None:
    if not isinstance(value, kind):
        raise SheetError(message)


def _check_text(value: object, limit: int, label: str) -> None:
    _check_type(value, str, f"{label} must be text.")
    length = len(clean_text(value))  # type: ignore[arg-type]
    if length > limit:
        raise SheetError(_too_long(label, limit, length))


def _too_long(what: str, limit: int, length: int) -> str:
    return f"{what} can be up to {limit:,} characters. This one has {length:,}."


def __getattr__(name: str) -> Any:
    # Saving and loading are a separate module that imports this one; resolving
    # them lazily lets callers import everything about a sheet from here
    # without an import cycle.
    if name in {"SheetFileError", "load_sheet", "save_sheet", "sheet_from_dict", "sheet_to_dict"}:
        from cartapp.model import sheet_io

        return getattr(sheet_io, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
