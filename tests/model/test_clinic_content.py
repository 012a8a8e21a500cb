"""The clinic's own questions and page, refused item by item in words a clinic can act on.

Each case checks the whole message, so a clinic editing its folder is told exactly
which entry is wrong and why (tests/test_clinic_folder.py covers the folder as a whole).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cartapp.model.clinic_content import (
    MAX_QUESTIONS,
    ClinicContent,
    clinic_folder_for,
    load_clinic_content,
)

SITE = Path(__file__).parents[1] / "fixtures" / "clinic-site"
PAGE = '+++\ntitle = "Our center"\nsummary = "Where we are."\nreviewed = 2026-11-30\n+++\n'


def questions(tmp_path: Path, toml: str, taken: frozenset[str] = frozenset()) -> ClinicContent:
    folder = tmp_path / "clinic"
    folder.mkdir(exist_ok=True)
    (folder / "questions.toml").write_text(toml, encoding="utf-8")
    return load_clinic_content(folder, taken_ids=taken)


def q(qid: str = "parking", text: str = "Where do we park?", **more: str) -> str:
    extra = "".join(f"{k} = {v!r}\n" for k, v in more.items())
    return f"[[questions]]\nid = {qid!r}\ntext = {text!r}\n{extra}"


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        (q(colour="red", why="x"), "'colour' is not a question setting (id, text, why)"),
        (
            q(qid="Parking"),
            "'id' must be a short name of small letters, digits and dashes, like parking",
        ),
        (
            q(qid="-parking"),
            "'id' must be a short name of small letters, digits and dashes, like parking",
        ),
        (
            q(qid="p" * 42),
            "'id' must be a short name of small letters, digits and dashes, like parking",
        ),
        (
            "[[questions]]\nid = 3\ntext = 'x'\n",
            "'id' must be a short name of small letters, digits and dashes, like parking",
        ),
        (q(text=""), "'text' must be the question, up to 200 characters"),
        (q(text="   "), "'text' must be the question, up to 200 characters"),
        (q(text="x" * 201), "'text' must be the question, up to 200 characters"),
        ("[[questions]]\nid = 'parking'\n", "'text' must be the question, up to 200 characters"),
        (q(why="w" * 401), "'why' must be text, up to 400 characters"),
        (
            "[[questions]]\nid = 'parking'\ntext = 'x'\nwhy = 4\n",
            "'why' must be text, up to 400 characters",
        ),
    ],
)
def test_a_broken_question_is_named_by_number_and_left_out(tmp_path, entry, problem):
    content = questions(tmp_path, q(qid="first") + entry)
    path = tmp_path / "clinic" / "questions.toml"
    assert content.problems == [f"{path}: question 2: {problem} — it is left out"]
    assert [x.id for x in content.questions] == ["clinic.first"]


def test_an_entry_that_is_not_a_table(tmp_path):
    content = questions(tmp_path, 'questions = [{id = "first", text = "Where?"}, 1]\n')
    path = tmp_path / "clinic" / "questions.toml"
    assert content.problems == [f"{path}: question 2: it is not a table — it is left out"]
    assert [x.id for x in content.questions] == ["clinic.first"]


def test_the_longest_allowed_fields_are_kept_stripped(tmp_path):
    qid = "p" * 41
    content = questions(tmp_path, q(qid=qid, text=" " + "x" * 199, why="w" * 399 + " "))
    assert content.problems == []
    (question,) = content.questions
    assert question.id == f"clinic.{qid}" and question.category == "clinic"
    assert question.text == "x" * 199 and question.why == "w" * 399
    assert content.category is not None
    assert (content.category.id, content.category.title) == ("clinic", "Questions about our center")


def test_ids_taken_by_the_bank_or_used_twice(tmp_path):
    taken = frozenset({"home.fever", "clinic.lodging"})
    content = questions(
        tmp_path, q("home.fever") + q("lodging") + q("park") + q("park"), taken=taken
    )
    path = tmp_path / "clinic" / "questions.toml"
    assert content.problems == [
        f"{path}: question 1: the id 'home.fever' is already a question of the app's bank;"
        " give the center's question an id of its own, like parking — it is left out",
        f"{path}: question 2: the id 'lodging' is used twice — it is left out",
        f"{path}: question 4: the id 'park' is used twice — it is left out",
    ]
    assert [x.id for x in content.questions] == ["clinic.park"]


def test_a_title_of_its_own_and_only_the_first_sixty_questions(tmp_path):
    many = "".join(q(f"q{n}", f"Question {n}?") for n in range(MAX_QUESTIONS + 1))
    content = questions(tmp_path, 'version = 1\ntitle = "  Ours  "\n' + many)
    path = tmp_path / "clinic" / "questions.toml"
    assert content.problems == [f"{path}: only the first 60 questions are used"]
    assert len(content.questions) == MAX_QUESTIONS == 60
    assert content.category is not None and content.category.title == "Ours"
    exactly = questions(tmp_path, "".join(q(f"q{n}") for n in range(60)))
    assert exactly.problems == [] and len(exactly.questions) == 60


@pytest.mark.parametrize(
    ("toml", "problem"),
    [
        (
            'colour = "red"\n' + q(),
            "'colour' is not a setting of this file; it has version, title and [[questions]]",
        ),
        ("version = 2\n" + q(), "'version' is 2; this app reads 1"),
        ('version = "1"\n' + q(), "'version' is '1'; this app reads 1"),
        ('title = ""\n' + q(), "'title' must be non-empty text"),
        ('title = " "\n' + q(), "'title' must be non-empty text"),
        ("title = 3\n" + q(), "'title' must be non-empty text"),
        ('title = "Ours"\n', "there is no [[questions]] list"),
        ("questions = []\n", "there is no [[questions]] list"),
        ('questions = "x"\n', "there is no [[questions]] list"),
    ],
)
def test_a_broken_questions_file_is_left_out_whole(tmp_path, toml, problem):
    content = questions(tmp_path, toml)
    assert content.problems == [f"questions.toml: {problem} — the center's questions are left out"]
    assert content.questions == () and content.category is None


def test_page_names_and_languages(tmp_path):
    folder = tmp_path / "clinic"
    folder.mkdir()
    for name in ("center.md", "center.es.md", "center.fil.md"):
        (folder / name).write_text(PAGE + f"{name}\n", encoding="utf-8")
    misnamed = ("center.ES.md", "center.e.md", "center.es.x.md", "centers.md", "center.toolong.md")
    for name in misnamed:
        (folder / name).write_text(PAGE, encoding="utf-8")
    content = load_clinic_content(folder, clinic_name="Riverside")
    assert sorted(content.pages) == ["en", "es", "fil"]
    assert sorted(content.problems) == sorted(
        f"{folder / name}: name the page center.md, or center.LANG.md (like center.es.md)"
        for name in misnamed
    )
    assert content.page("es").body == "center.es.md\n"
    assert content.page("de").body == "center.md\n"  # English before any other
    page = content.page("en")
    assert page.name == "center" and page.title == "Our center" and page.summary == "Where we are."
    assert page.written_by == "Riverside"
    (source,) = page.sources
    assert source.title == "Written by the center for its families"
    assert source.publisher == "Riverside" and source.year == 2026


def test_without_a_clinic_name_or_english_page(tmp_path):
    folder = tmp_path / "clinic"
    folder.mkdir()
    (folder / "center.fr.md").write_text(PAGE + "Bonjour\n", encoding="utf-8")
    content = load_clinic_content(folder)
    page = content.page("es")
    assert page is not None and page.body == "Bonjour\n"  # the clinic's only language
    assert page.written_by == "your center" and page.sources[0].publisher == "The center"
    assert ClinicContent().page("en") is None
    assert load_clinic_content(None) == ClinicContent()


def test_pictures_by_plain_name_only(tmp_path):
    folder = tmp_path / "clinic"
    folder.mkdir()
    for name in ("map.png", "a.JPG", "b.jpeg", "c.svg", "notes.txt", ".hidden.png"):
        (folder / name).write_bytes(b"x")
    (folder / "dir.png").mkdir()
    content = ClinicContent(folder=folder)
    assert content.picture("map.png") == folder / "map.png"
    assert content.picture("a.JPG") == folder / "a.JPG"
    assert content.picture("b.jpeg") and content.picture("c.svg")
    for refused in (
        "notes.txt",
        ".hidden.png",
        "dir.png",
        "sub/map.png",
        "sub\\map.png",
        "gone.png",
    ):
        assert content.picture(refused) is None, refused
    assert ClinicContent().picture("map.png") is None


def test_picture_problems_name_their_line(tmp_path):
    folder = tmp_path / "clinic"
    folder.mkdir()
    (folder / "map.png").write_bytes(b"x")
    (folder / "big.png").write_bytes(b"\0" * (8 * 1024 * 1024 + 1))
    (folder / "edge.png").write_bytes(b"\0" * (8 * 1024 * 1024))
    body = (
        "One\n\n![Our map](map.png)\n![Too big](big.png)\n![](map.png)\n"
        "![Gone](gone.png)\n![Edge](edge.png)\n"
    )
    (folder / "center.md").write_text(PAGE + body, encoding="utf-8")
    content = load_clinic_content(folder)
    path = folder / "center.md"
    assert content.problems == [
        f"{path}, line 9: the picture 'big.png' is larger than 8 MB — it is left out",
        f"{path}, line 10: the picture 'map.png' needs words that say what it shows:"
        " ![words](map.png) — it is left out",
        f"{path}, line 11: the picture 'gone.png' is not in the clinic folder (or is not a"
        " PNG, JPEG or SVG file) — it is left out",
    ]
    assert content.page("en").body == (
        "One\n\n![Our map](clinic-picture:map.png)\n*Too big*\n\n*Gone*\n"
        "![Edge](clinic-picture:edge.png)\n"
    )


def test_a_page_with_an_unknown_region_token_is_left_out(tmp_path):
    folder = tmp_path / "clinic"
    folder.mkdir()
    (folder / "center.md").write_text(PAGE + "Call {{value:nonsense}}.\n", encoding="utf-8")
    content = load_clinic_content(folder)
    assert content.pages == {}
    (problem,) = content.problems
    assert problem.startswith("center.md: ") and problem.endswith(" — the page is left out")
    assert "nonsense" in problem


def test_the_folder_beside_the_most_specific_clinic_file(tmp_path):
    machine, user = tmp_path / "machine", tmp_path / "user"
    for place in (machine, user):
        place.mkdir()
    (machine / "clinic").mkdir()
    files = [machine / "clinic.toml", user / "clinic.toml"]
    assert clinic_folder_for(files) == machine / "clinic"
    (user / "clinic").mkdir()
    assert clinic_folder_for(files) == user / "clinic"
    assert clinic_folder_for(tuple(files[:1])) == machine / "clinic"
    assert clinic_folder_for([]) is None
    shutil.rmtree(machine / "clinic")
    assert clinic_folder_for(files[:1]) is None


def test_a_page_with_its_own_sources_and_review(tmp_path):
    folder = tmp_path / "clinic"
    folder.mkdir()
    (folder / "center.md").write_text(
        '+++\ntitle = "Our center"\nsummary = "Where."\nreviewed = 2026-11-30\n'
        '[clinical_review]\nrole = "Lead nurse"\norganisation = "Riverside"\ndate = 2026-01-02\n'
        '[[sources]]\ntitle = "Our leaflet"\npublisher = "Riverside"\nyear = 2025\n+++\n'
        "Text [1].\n",
        encoding="utf-8",
    )
    content = load_clinic_content(folder, clinic_name="Riverside")
    assert content.problems == []
    page = content.page("en")
    assert [s.title for s in page.sources] == ["Our leaflet"]
    assert page.clinical_review is not None and page.clinical_review.role == "Lead nurse"


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        ('summary = "S"\nreviewed = 2026-11-30\n', "front matter needs a non-empty text 'title'"),
        ('title = "T"\nreviewed = 2026-11-30\n', "front matter needs a non-empty text 'summary'"),
        (
            'title = "T"\nsummary = "S"\n',
            "front matter needs 'reviewed' as a date, like 2026-11-26",
        ),
        (
            'title = "T"\nsummary = "S"\nreviewed = 2026-11-30\nsources = []\n',
            "front matter needs at least one [[sources]] entry",
        ),
    ],
)
def test_a_broken_page_is_named_by_its_file(tmp_path, front, problem):
    folder = tmp_path / "clinic"
    folder.mkdir()
    (folder / "center.md").write_text(f"+++\n{front}+++\nText.\n", encoding="utf-8")
    content = load_clinic_content(folder)
    assert content.problems == [f"center.md: {problem} — the page is left out"]
