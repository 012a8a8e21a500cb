"""More edges: question links with markup in their words, a library's own content folder
behind a broken translation."""

from __future__ import annotations

from pathlib import Path

from cartapp.model.errors import ContentError
from cartapp.model.question_links import names_question, question_links
from cartapp.model.translated import read_in, take_problems


def test_markup_in_a_link_s_words_is_read_as_plain_text():
    assert names_question("Add: <b>Where</b> do we park?", "Where do we park?")
    assert names_question("<em>park</em>", "Where do we park?", "park")
    assert not names_question("<b>Add</b> to my questions", "Where do we park?")
    html = '<p><a href="question:home.park"><b>Where</b> do we &amp; park?</a></p>'
    assert question_links(html) == [("home.park", "Where do we & park?")]


def test_a_broken_translation_in_a_library_s_own_folder_falls_back_to_that_folder(tmp_path):
    for language, text in (("en", "English words"), ("es", "")):
        (tmp_path / language).mkdir()
        (tmp_path / language / "x.txt").write_text(text, encoding="utf-8")

    def load(path: Path) -> str:
        text = path.read_text(encoding="utf-8")
        if not text:
            raise ContentError(path, "empty")
        return text

    take_problems()
    assert read_in("es", "x.txt", load, root=tmp_path) == "English words"
    assert take_problems() == [
        "The es translation's x.txt could not be read (empty); that part of the guide is"
        " shown in English."
    ]
    assert read_in("fr", "x.txt", load, root=tmp_path) == "English words"  # none yet
