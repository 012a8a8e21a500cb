"""Loading the question bank, searching it, and the plain errors a broken bank gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from cartapp import paths
from cartapp.model.errors import ContentError
from cartapp.model.question_bank import BankQuestion, load_bank, load_bank_for

FIXTURE_BANK = Path(__file__).parent.parent / "fixtures" / "questions.toml"


@pytest.fixture
def bank():
    return load_bank(FIXTURE_BANK)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "questions.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_fixture_bank_loads_in_order(bank):
    assert [c.id for c in bank.categories] == ["right-for-us", "side-effects", "after"]
    assert len(bank.questions) == 8
    q = bank.get("right-for-us.teen-say")
    assert q == BankQuestion(
        "right-for-us.teen-say",
        "Can I have a say in the decision about my treatment?",
        "right-for-us",
        "A question a teen can ask for themselves.",
        True,
    )
    assert bank.get("nope") is None


def test_category_helpers(bank):
    assert [q.id for q in bank.in_category("after")] == ["after.stay-close", "after.school"]
    assert bank.category_title("side-effects") == "Side effects and safety"
    assert bank.category_order("right-for-us") == 0
    assert bank.category_order("after") == 2
    assert bank.category_order("unknown") == 3  # after every real category
    assert bank.category_title("unknown") == "unknown"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("FEVER", ["side-effects.crs-signs", "side-effects.who-to-call"]),
        # "why" is searched too, and accents are ignored both ways.
        ("fievre", ["side-effects.crs-signs"]),
        ("FIÈVRE", ["side-effects.crs-signs"]),
        ("crs watch", ["side-effects.crs-signs"]),
        ("watch nothing-like-this", []),
        ("school child", ["after.school"]),
    ],
)
def test_search(bank, query, expected):
    assert [q.id for q in bank.search(query)] == expected


def test_empty_search_returns_everything(bank):
    assert bank.search("   ") == list(bank.questions)


def test_load_bank_for_uses_the_content_folder(tmp_path, monkeypatch):
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "questions.toml").write_bytes(FIXTURE_BANK.read_bytes())
    monkeypatch.setenv("CARTAPP_CONTENT_DIR", str(tmp_path))
    assert len(load_bank_for("xx").questions) == 8


def test_real_english_bank_loads():
    # content/en/questions.toml is the bank families see; it must stay rich.
    bank = load_bank(paths.content_dir("en") / "questions.toml")
    assert len(bank.questions) >= 70
    assert len(bank.categories) >= 9
    assert all(bank.in_category(c.id) for c in bank.categories)


def test_start_here_is_the_five_most_basic_questions():
    bank = load_bank(paths.content_dir("en") / "questions.toml")
    assert [q.id for q in bank.start_here()] == [
        "right-for-us.why-car-t",
        "right-for-us.chances",
        "side-effects.main-risks",
        "hospital.who-to-call",
        "home.stay-near",
    ]
    assert not any(q.for_teens for q in bank.start_here())
    assert sum(q.for_teens for q in bank.questions) >= 10


def test_missing_file(tmp_path):
    with pytest.raises(ContentError, match="missing") as info:
        load_bank(tmp_path / "questions.toml")
    assert info.value.path.name == "questions.toml"


def test_bad_toml(tmp_path):
    with pytest.raises(ContentError, match="not valid TOML"):
        load_bank(write(tmp_path, "[[categories]\nid = "))


OK_CATEGORY = '[[categories]]\nid = "a"\ntitle = "A"\n'


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("version = 1\n", "no \\[\\[categories\\]\\]"),
        ('[[categories]]\ntitle = "A"\n', "category 1 has no 'id'"),
        ('[[categories]]\nid = "a"\n', "category 'a' has no 'title'"),
        (OK_CATEGORY + '[[categories.questions]]\nid = "a.x"\n', "question 'a.x' has no 'text'"),
        (OK_CATEGORY + '[[categories.questions]]\ntext = "T?"\n', "question 1 has no 'id'"),
        (
            OK_CATEGORY + '[[categories.questions]]\nid = "a.x"\ntext = "  "\n',
            "'a.x': 'text' must be non-empty",
        ),
        (
            OK_CATEGORY + '[[categories.questions]]\nid = "a.x"\ntext = "T?"\nfor_teens = "yes"\n',
            "'a.x': 'for_teens' must be true or false",
        ),
        (
            OK_CATEGORY + '[[categories.questions]]\nid = "a.x"\ntext = "T?"\nstart_here = 1\n',
            "'a.x': 'start_here' must be true or false",
        ),
        (OK_CATEGORY + OK_CATEGORY, "category 'a' is listed twice"),
        (
            OK_CATEGORY + '[[categories.questions]]\nid = "a.x"\ntext = "T?"\n'
            '[[categories.questions]]\nid = "a.x"\ntext = "U?"\n',
            "question 'a.x' is listed twice",
        ),
        (
            OK_CATEGORY + '[[categories.questions]]\nid = "b.x"\ntext = "T?"\n',
            "question 'b.x' must start with its category id 'a.'",
        ),
        # "ab.x" only looks like it belongs to "a".
        (
            OK_CATEGORY + '[[categories.questions]]\nid = "ab.x"\ntext = "T?"\n',
            "question 'ab.x' must start",
        ),
        ("version = 2\n" + OK_CATEGORY, "this app reads version 1"),
    ],
)
def test_malformed_bank(tmp_path, text, problem):
    path = write(tmp_path, text)
    with pytest.raises(ContentError, match=problem) as info:
        load_bank(path)
    assert str(info.value).startswith("questions.toml: ")
