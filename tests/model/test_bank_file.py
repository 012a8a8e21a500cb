"""questions.toml refused word for word, and the bank's look-ups at their edges."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from cartapp.model.errors import ContentError
from cartapp.model.question_bank import BankQuestion, Category, _parse_bank, fold

PATH = Path("content/es/questions.toml")
BASE = {
    "version": 1,
    "categories": [
        {
            "id": "home",
            "title": " At home ",
            "questions": [
                {"id": "home.fever", "text": " Fièvre? ", "why": " Heat ", "start_here": True},
                {"id": "home.food", "text": "Food?", "for_teens": True},
            ],
        },
        {"id": "teens", "title": "Teens"},
    ],
}


def parsed(change=None):
    data = copy.deepcopy(BASE)
    if change:
        change(data)
    return _parse_bank(PATH, data)


def refusal(change) -> str:
    with pytest.raises(ContentError) as caught:
        parsed(change)
    assert caught.value.path == PATH
    return caught.value.problem


def test_a_small_bank_and_its_look_ups():
    bank = parsed()
    assert bank.language == "es"
    assert bank.categories == (Category("home", "At home"), Category("teens", "Teens"))
    assert bank.questions == (
        BankQuestion("home.fever", "Fièvre?", "home", "Heat", False, True),
        BankQuestion("home.food", "Food?", "home", "", True, False),
    )
    assert bank.get("home.food") is bank.questions[1] and bank.get("x") is None
    assert bank.start_here() == [bank.questions[0]]
    assert bank.in_category("home") == list(bank.questions) and bank.in_category("teens") == []
    assert bank.has_category("teens") and not bank.has_category("Teens")
    assert bank.category_title("home") == "At home" and bank.category_title("x.y") == "x.y"
    assert [bank.category_order(c) for c in ("home", "teens", "nope")] == [0, 1, 2]
    assert bank.search("") == list(bank.questions)
    assert bank.search("FIEVRE heat") == [bank.questions[0]]
    assert bank.search("fievre food") == []
    assert bank.search("  foo ") == [bank.questions[1]]
    assert fold("Ñúñez ÇELİK") == "nunez celik"
    assert parsed(lambda d: d.pop("version")).questions == bank.questions


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(version=2), "'version' is 2; this app reads version 1"),
        (lambda d: d.update(version="1"), "'version' is '1'; this app reads version 1"),
        (lambda d: d.pop("categories"), "there is no [[categories]] list"),
        (lambda d: d.update(categories=[]), "there is no [[categories]] list"),
        (lambda d: d.update(categories={"id": "x"}), "there is no [[categories]] list"),
        (lambda d: d["categories"].append("x"), "category 3 is not a table"),
        (lambda d: d["categories"][1].pop("id"), "category 2 has no 'id'"),
        (lambda d: d["categories"][1].update(id=" "), "category 2: 'id' must be non-empty text"),
        (lambda d: d["categories"][1].update(id="home"), "category 'home' is listed twice"),
        (lambda d: d["categories"][1].pop("title"), "category 'teens' has no 'title'"),
        (
            lambda d: d["categories"][1].update(title=3),
            "category 'teens': 'title' must be non-empty text",
        ),
        (
            lambda d: d["categories"][1].update(questions={}),
            "category 'teens': 'questions' must be a list of tables",
        ),
        (
            lambda d: d["categories"][1].update(questions=["x"]),
            "category 'teens', question 1 is not a table",
        ),
        (
            lambda d: d["categories"][0]["questions"][1].pop("id"),
            "category 'home', question 2 has no 'id'",
        ),
        (
            lambda d: d["categories"][0]["questions"][1].update(id="teens.food"),
            "question 'teens.food' must start with its category id 'home.'",
        ),
        (
            lambda d: d["categories"][0]["questions"][1].update(id="homefood"),
            "question 'homefood' must start with its category id 'home.'",
        ),
        (
            lambda d: d["categories"][0]["questions"][1].update(id="home.fever"),
            "question 'home.fever' is listed twice",
        ),
        (
            lambda d: d["categories"][0]["questions"][1].pop("text"),
            "question 'home.food' has no 'text'",
        ),
        (
            lambda d: d["categories"][0]["questions"][1].update(text=""),
            "question 'home.food': 'text' must be non-empty text",
        ),
        (
            lambda d: d["categories"][0]["questions"][1].update(why=1),
            "question 'home.food': 'why' must be text",
        ),
        (
            lambda d: d["categories"][0]["questions"][1].update(for_teens="yes"),
            "question 'home.food': 'for_teens' must be true or false",
        ),
        (
            lambda d: d["categories"][0]["questions"][1].update(start_here=1),
            "question 'home.food': 'start_here' must be true or false",
        ),
    ],
)
def test_a_broken_bank_is_refused_word_for_word(change, expected):
    assert refusal(change) == expected
