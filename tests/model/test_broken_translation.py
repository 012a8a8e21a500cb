"""A broken translated file is read in English, reported by file and line; a broken
English file is still an error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cartapp.model.errors import ContentError
from cartapp.model.library import ContentLibrary
from cartapp.model.timeline_file import load_timeline_for
from cartapp.model.translated import take_problems

CONTENT = Path(__file__).parents[2] / "content"


@pytest.fixture
def content(tmp_path, monkeypatch):
    root = tmp_path / "content"
    shutil.copytree(CONTENT / "en", root / "en")
    shutil.copytree(CONTENT / "en", root / "xx")
    monkeypatch.setenv("CARTAPP_CONTENT_DIR", str(root))
    take_problems()
    yield root
    take_problems()


def _break_toml(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[6] = "this line = is not = TOML"
    path.write_text("\n".join(lines), encoding="utf-8")


def test_a_broken_translated_data_file_is_read_in_english_and_named(content):
    _break_toml(content / "xx" / "timeline.toml")
    english = load_timeline_for("en")
    timeline = load_timeline_for("xx")
    assert [s.title for s in timeline.steps] == [s.title for s in english.steps]
    problems = take_problems()
    assert len(problems) == 1
    assert "timeline.toml" in problems[0] and "line 7" in problems[0]
    assert "shown in English" in problems[0]
    assert take_problems() == []  # each told once


def test_a_broken_translated_page_is_read_in_english(content):
    page = content / "xx" / "risks.md"
    page.write_text(page.read_text(encoding="utf-8").replace("+++", "", 1), encoding="utf-8")
    library = ContentLibrary("xx", root=content)
    assert library.page("risks").title == ContentLibrary("en", root=content).page("risks").title
    assert library.page("overview").title  # the rest of the language is untouched
    problems = take_problems()
    assert len(problems) == 1 and "risks.md" in problems[0]


def test_a_translation_that_is_fine_is_read_as_it_is(content):
    xx = content / "xx" / "overview.md"
    text = xx.read_text(encoding="utf-8").replace('title = "', 'title = "XX ', 1)
    xx.write_text(text, encoding="utf-8")
    assert ContentLibrary("xx", root=content).page("overview").title.startswith("XX ")
    assert take_problems() == []


def test_a_broken_english_file_is_still_an_error(content):
    _break_toml(content / "en" / "timeline.toml")
    with pytest.raises(ContentError, match="timeline.toml"):
        load_timeline_for("en")
    with pytest.raises(ContentError):
        assert ContentLibrary("en", root=content).timeline
