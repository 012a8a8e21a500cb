"""words.toml: the words around every page and how dates are written, refused exactly."""

from __future__ import annotations

import copy
import datetime as dt
import tomllib
from pathlib import Path

import pytest

from cartapp.model.content_words import content_words, parse_words
from cartapp.model.errors import ContentError
from cartapp.paths import content_dir

PATH = Path("words.toml")
BASE = tomllib.loads((content_dir("en") / "words.toml").read_text(encoding="utf-8"))


def broken(change) -> dict:
    data = copy.deepcopy(BASE)
    change(data)
    return data


def refusal(data: dict) -> str:
    with pytest.raises(ContentError) as caught:
        parse_words(data, PATH, "xx")
    assert caught.value.path == PATH
    return caught.value.problem


def test_the_english_words_and_dates():
    words = parse_words(copy.deepcopy(BASE), PATH, "xx")
    assert words.language == "xx"
    assert words.page["add_question"] == "Add to my questions: {question}"
    assert words.callouts["call"] == "Call right away"
    assert words.regions == {
        "us": "United States",
        "uk": "United Kingdom",
        "eu": "European Union",
        "other": "Other / not sure",
    }
    day = dt.date(2026, 3, 1)  # a Sunday, the last weekday and the third month
    assert words.dates.long(day) == "1 March 2026"
    # Without the table, the first missing name is named.
    assert refusal(broken(lambda d: d.pop("regions"))) == "[regions]: 'us' must be a line of text"
    assert words.dates.dated(day) == "Sunday, 1 March 2026"
    assert words.dates.short(day) == "Sun 1 Mar"
    monday = dt.date(2027, 1, 4)
    assert words.dates.dated(monday) == "Monday, 4 January 2027"
    assert words.dates.short(dt.date(2026, 12, 31)) == "Thu 31 Dec"


def test_each_language_has_its_own_words_and_english_fills_in():
    assert content_words("es").dates.long(dt.date(2026, 3, 3)) == "3 de marzo de 2026"
    assert content_words().language == "en"
    assert content_words("en").page["on_this_page"] == "On this page"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d.pop("version"), "'version' must be 1"),
        (lambda d: d.update(version=2), "'version' must be 1"),
        (lambda d: d.update(page="x"), "[page] must be a table"),
        (lambda d: d.update(callouts=[]), "[callouts] must be a table"),
        (lambda d: d.update(dates=1), "[dates] must be a table"),
        (lambda d: d.update(regions="x"), "[regions] must be a table"),
        (lambda d: d.pop("dates"), "[dates] 'months' must list 12 words"),
        (lambda d: d["dates"]["months"].pop(), "[dates] 'months' must list 12 words"),
        (lambda d: d["dates"]["months"].append("X"), "[dates] 'months' must list 12 words"),
        (lambda d: d["dates"].update(months="January"), "[dates] 'months' must list 12 words"),
        (
            lambda d: d["dates"]["months_short"].__setitem__(0, " "),
            "[dates] 'months_short' must list 12 words",
        ),
        (
            lambda d: d["dates"]["weekdays"].__setitem__(6, 7),
            "[dates] 'weekdays' must list 7 words",
        ),
        (
            lambda d: d["dates"]["weekdays_short"].pop(),
            "[dates] 'weekdays_short' must list 7 words",
        ),
        (lambda d: d.pop("page"), "[page]: 'on_this_page' must be a line of text"),
        (
            lambda d: d["page"].update(not_reviewed="  "),
            "[page]: 'not_reviewed' must be a line of text",
        ),
        (lambda d: d["page"].update(written_by=3), "[page]: 'written_by' must be a line of text"),
        (
            lambda d: d["page"].update(last_checked="Checked."),
            "[page]: 'last_checked' must use exactly {date}",
        ),
        (
            lambda d: d["page"].update(reviewed_by="By {role} on {date}"),
            "[page]: 'reviewed_by' must use exactly {date}, {organisation}, {role}",
        ),
        (
            lambda d: d["page"].update(on_this_page="On {page}"),
            "[page]: 'on_this_page' must use exactly no {fields}",
        ),
        (
            lambda d: d["page"].update(on_this_page="On {}"),
            "[page]: 'on_this_page' must use exactly no {fields}",
        ),
        (lambda d: d["callouts"].pop("more"), "[callouts]: 'more' must be a line of text"),
        (
            lambda d: d["dates"].update(long="{day} {month}"),
            "[dates]: 'long' must use exactly {day}, {month}, {year}",
        ),
        (
            lambda d: d["dates"].update(dated="{day} {month} {year}"),
            "[dates]: 'dated' must use exactly {day}, {month}, {weekday}, {year}",
        ),
        (
            lambda d: d["dates"].update(short="{day}"),
            "[dates]: 'short' must use exactly {day}, {month}, {weekday}",
        ),
        (lambda d: d["regions"].pop("other"), "[regions]: 'other' must be a line of text"),
    ],
)
def test_a_broken_words_file_is_refused_in_words_a_translator_can_act_on(change, problem):
    assert refusal(broken(change)) == problem


def test_a_words_file_that_is_not_toml_is_refused(tmp_path):
    from cartapp.model import content_words as module

    path = tmp_path / "words.toml"
    path.write_text("version = \n", encoding="utf-8")
    with pytest.raises(ContentError, match="^words.toml: not valid TOML: "):
        module._load(path, "en")
