"""The bank of suggested questions a family can put on their sheet.

It is read from ``content/<lang>/questions.toml`` (layout in ``content/FORMAT.md``).
Any problem in that file is reported as a ``ContentError`` naming the id or key,
so whoever edits the content can fix it without reading a traceback.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cartapp.model.errors import ContentError

BANK_FILE_NAME = "questions.toml"
SUPPORTED_VERSION = 1


@dataclass(frozen=True)
class Category:
    id: str
    title: str


@dataclass(frozen=True)
class BankQuestion:
    id: str
    text: str
    category: str
    why: str = ""
    for_teens: bool = False
    start_here: bool = False  # one of the few questions offered first to a new family


def fold(text: str) -> str:
    """Lower-case text with accents removed, so "Fièvre" matches "fievre"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


@dataclass(frozen=True)
class QuestionBank:
    categories: tuple[Category, ...]
    questions: tuple[BankQuestion, ...]
    language: str = "en"  # the folder the bank was read from
    _by_id: dict[str, BankQuestion] = field(init=False, repr=False, compare=False)
    _order: dict[str, int] = field(init=False, repr=False, compare=False)
    _titles: dict[str, str] = field(init=False, repr=False, compare=False)
    _folded: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Lookups happen on every keystroke of the search box, so index once.
        object.__setattr__(self, "_by_id", {q.id: q for q in self.questions})
        object.__setattr__(self, "_order", {c.id: i for i, c in enumerate(self.categories)})
        object.__setattr__(self, "_titles", {c.id: c.title for c in self.categories})
        folded = tuple(fold(f"{q.text}\n{q.why}") for q in self.questions)
        object.__setattr__(self, "_folded", folded)

    def get(self, question_id: str) -> BankQuestion | None:
        return self._by_id.get(question_id)

    def start_here(self) -> list[BankQuestion]:
        """The questions most families ask, offered first, in bank order."""
        return [q for q in self.questions if q.start_here]

    def in_category(self, cat_id: str) -> list[BankQuestion]:
        return [q for q in self.questions if q.category == cat_id]

    def has_category(self, cat_id: str) -> bool:
        return cat_id in self._order

    def category_title(self, cat_id: str) -> str:
        """The category's title; an unknown id is returned as it is."""
        return self._titles.get(cat_id, cat_id)

    def category_order(self, cat_id: str) -> int:
        """Position of the category in the bank; unknown ids sort after all of them."""
        return self._order.get(cat_id, len(self.categories))

    def search(self, text: str) -> list[BankQuestion]:
        """Questions whose text or "why" contains every word typed, in bank order.

        Case and accents are ignored. An empty search returns every question.
        """
        words = fold(text).split()
        return [
            q
            for q, hay in zip(self.questions, self._folded, strict=True)
            if all(w in hay for w in words)
        ]


def load_bank_for(lang: str) -> QuestionBank:
    """The questions in ``lang``, or in English when that language has none yet."""
    from cartapp.model.translated import read_in

    return read_in(lang, BANK_FILE_NAME, load_bank)


def load_bank(path: Path) -> QuestionBank:
    path = Path(path)
    from cartapp.model.guarded_read import load_content_toml

    return _parse_bank(path, load_content_toml(path))


def _parse_bank(path: Path, data: dict[str, Any]) -> QuestionBank:
    version = data.get("version", SUPPORTED_VERSION)
    if version != SUPPORTED_VERSION:
        raise ContentError(path, f"'version' is {version!r}; this app reads version 1")
    raw_categories = data.get("categories")
    if not isinstance(raw_categories, list) or not raw_categories:
        raise ContentError(path, "there is no [[categories]] list")

    categories: list[Category] = []
    questions: list[BankQuestion] = []
    seen_categories: set[str] = set()
    seen_questions: set[str] = set()
    for number, raw in enumerate(raw_categories, start=1):
        where = f"category {number}"
        if not isinstance(raw, dict):
            raise ContentError(path, f"{where} is not a table")
        cat_id = _text(path, raw, "id", where)
        where = f"category '{cat_id}'"
        if cat_id in seen_categories:
            raise ContentError(path, f"{where} is listed twice")
        seen_categories.add(cat_id)
        categories.append(Category(cat_id, _text(path, raw, "title", where)))

        raw_questions = raw.get("questions", [])
        if not isinstance(raw_questions, list):
            raise ContentError(path, f"{where}: 'questions' must be a list of tables")
        for q_number, raw_q in enumerate(raw_questions, start=1):
            question = _parse_question(path, raw_q, cat_id, f"{where}, question {q_number}")
            if question.id in seen_questions:
                raise ContentError(path, f"question '{question.id}' is listed twice")
            seen_questions.add(question.id)
            questions.append(question)
    from cartapp.model.language_tag import folder_language

    return QuestionBank(tuple(categories), tuple(questions), folder_language(path))


def _parse_question(path: Path, raw: object, cat_id: str, where: str) -> BankQuestion:
    if not isinstance(raw, dict):
        raise ContentError(path, f"{where} is not a table")
    q_id = _text(path, raw, "id", where)
    where = f"question '{q_id}'"
    # Ids carry their category so a saved sheet still groups a question
    # correctly after the bank is reorganised.
    if not q_id.startswith(cat_id + "."):
        raise ContentError(path, f"{where} must start with its category id '{cat_id}.'")
    text = _text(path, raw, "text", where)
    why = raw.get("why", "")
    if not isinstance(why, str):
        raise ContentError(path, f"{where}: 'why' must be text")
    flags = {}
    for key in ("for_teens", "start_here"):
        flags[key] = raw.get(key, False)
        if not isinstance(flags[key], bool):
            raise ContentError(path, f"{where}: '{key}' must be true or false")
    return BankQuestion(q_id, text, cat_id, why.strip(), **flags)


def _text(path: Path, raw: dict[str, Any], key: str, where: str) -> str:
    if key not in raw:
        raise ContentError(path, f"{where} has no '{key}'")
    value = raw[key]
    if not isinstance(value, str) or not value.strip():
        raise ContentError(path, f"{where}: '{key}' must be non-empty text")
    return value.strip()
