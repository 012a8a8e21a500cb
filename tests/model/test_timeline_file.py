"""timeline.toml on a small file of its own: what each step keeps, and every refusal
word for word (tests/model/test_timeline.py reads the real file and plans with it)."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

from cartapp.model.day_words import DayWords
from cartapp.model.errors import ContentError
from cartapp.model.pages import Source
from cartapp.model.timeline_file import KINDS, PHASES, REQUIRED_TEXTS, _Reader

PATH = Path("timeline.toml")


def step(step_id: str, start: int, end: int, **more) -> dict:
    return {
        "id": step_id,
        "title": f"{step_id} title",
        "short_title": step_id,
        "phase": "before",
        "when": " Soon ",
        "what": "Many\n   words",
        "duration": "A day",
        "where": "Clinic",
        "who": "Team",
        "start_day": start,
        "end_day": end,
        **more,
    }


BASE = {
    "reviewed": dt.date(2026, 1, 2),
    "texts": {k: f"{k} text" for k in REQUIRED_TEXTS},
    "phases": {p: p.title() for p in PHASES},
    "question_labels": {"a.b": "Label"},
    "steps": [step("collection", -30, -30), step("infusion", 0, 0, phase="around")],
}


def read(change=None):
    data = copy.deepcopy(BASE)
    if change:
        change(data)
    return _Reader(PATH).timeline(data)


def refusal(change) -> str:
    with pytest.raises(ContentError) as caught:
        read(change)
    assert caught.value.path == PATH
    return caught.value.problem


def test_a_small_timeline_and_its_defaults():
    timeline = read()
    assert len(timeline) == 2 and timeline[1].id == "infusion"
    assert [s.id for s in timeline] == ["collection", "infusion"]
    first = timeline[0]
    assert (first.when, first.what, first.start_day, first.end_day) == (
        "Soon",
        "Many words",
        -30,
        -30,
    )
    assert (first.kind, first.follows, first.optional, first.changed_2025) == (
        "step",
        "",
        False,
        "",
    )
    assert (first.day_text, first.calendar_span, first.calendar_title) == (
        "",
        True,
        "collection title",
    )
    assert (first.bring, first.questions, first.sources) == ((), (), ())
    assert first.calendar_note == "calendar_note text"
    assert timeline.reviewed == dt.date(2026, 1, 2)
    assert timeline.phase_titles == {"before": "Before", "around": "Around", "after": "After"}
    assert timeline.question_labels == {"a.b": "Label"}
    assert timeline.words == DayWords()
    assert read(lambda d: d.update(reviewed="2026-01-02")).reviewed is None


def test_every_field_of_a_step_is_kept():
    full = step(
        "stay",
        0,
        14,
        phase="after",
        kind="stay_near",
        follows="collection",
        optional=True,
        changed_2025=" Shorter\n now ",
        day_text="{start} until {end}",
        calendar="start",
        calendar_title=" Stay near ",
        questions=["a.b"],
        bring=[" Card ", "Phone"],
        sources=[{"title": "S", "year": 2025, "url": "u"}, {"title": "N", "year": "x"}],
    )
    timeline = read(lambda d: d["steps"].append(full))
    s = timeline[2]
    assert (s.kind, s.follows, s.optional, s.changed_2025) == (
        "stay_near",
        "collection",
        True,
        "Shorter now",
    )
    assert (s.day_text, s.calendar_span, s.calendar_title) == (
        "{start} until {end}",
        False,
        "Stay near",
    )
    assert s.questions == ("a.b",) and s.bring == ("Card", "Phone")
    assert s.sources == (Source("S", year=2025, url="u"), Source("N", year=None, url=""))
    assert s.phase == "after" and KINDS == ("step", "stay_near", "no_driving")


def test_the_words_for_days_and_dates_of_another_language():
    words = {
        "day": "Día {n}",
        "range": "{start} a {end}",
        "date": "{day} de {month} de {year}",
        "short_date": "{day} {month}",
        "open_when": "Desde {start}.",
        "open_dates": "Desde {start}",
        "open_short": "Desde {start}",
        "months": [f"m{n}" for n in range(1, 13)],
    }
    got = read(lambda d: d.update(words=words)).words
    assert got.day_label(-3) == "Día -3" and got.day_label(0) == "Día 0"
    assert got.date_label(dt.date(2026, 12, 5)) == "5 de m12 de 2026"
    assert got.date_label(dt.date(2026, 1, 5), short=True) == "5 m1"
    assert (got.range, got.open_when, got.open_dates, got.open_short) == (
        "{start} a {end}",
        "Desde {start}.",
        "Desde {start}",
        "Desde {start}",
    )


def _step(n: int, **change):
    def edit(d):
        d["steps"][n - 1].update(change)

    return edit


def _drop(n: int, key: str):
    return lambda d: d["steps"][n - 1].pop(key)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("texts"), "[texts] must be a table of non-empty text values"),
        (
            lambda d: d["texts"].update(intro=" "),
            "[texts] must be a table of non-empty text values",
        ),
        (
            lambda d: [d["texts"].pop(k) for k in ("intro", "saved")],
            "[texts] is missing intro, saved",
        ),
        (lambda d: d.update(phases=[]), "[phases] must be a table of non-empty text values"),
        (lambda d: d["phases"].pop("after"), "[phases] must name exactly: before, around, after"),
        (
            lambda d: d["phases"].update(later="x"),
            "[phases] must name exactly: before, around, after",
        ),
        (
            lambda d: d["question_labels"].update(x=1),
            "[question_labels] must be a table of non-empty text values",
        ),
        (lambda d: d.update(words="x"), "[words] must be a table"),
        (
            lambda d: d.update(words={"months": ["a"] * 11}),
            "[words] months must list 12 month names",
        ),
        (
            lambda d: d.update(words={"months": ["a"] * 11 + [1]}),
            "[words] months must list 12 month names",
        ),
        (lambda d: d.update(words={"day": "Day {x}"}), "[words] day may only use {n}"),
        (
            lambda d: d.update(words={"range": "{start} {"}),
            "[words] range may only use {start}, {end}",
        ),
        (
            lambda d: d.update(words={"open_short": "{end}"}),
            "[words] open_short may only use {start}",
        ),
        (lambda d: d.update(words={"open_when": "{0}"}), "[words] open_when may only use {start}"),
        (
            lambda d: d.update(words={"date": "{weekday}"}),
            "[words] date may only use {month}, {day}, {year}",
        ),
        (
            lambda d: d.update(words={"short_date": "{x}"}),
            "[words] short_date may only use {month}, {day}, {year}",
        ),
        (lambda d: d.pop("steps"), "there are no [[steps]]"),
        (lambda d: d.update(steps=[]), "there are no [[steps]]"),
        (lambda d: d["steps"].append("x"), "step 3 is not a table"),
        (_step(1, id="other"), 'a step with id "collection" before Day 0 is needed'),
        (_step(1, start_day=0, end_day=0), 'a step with id "collection" before Day 0 is needed'),
        (_drop(2, "id"), "step 2 (\"?\"): 'id' must be non-empty text"),
        (_step(2, id="collection"), 'step 2 ("collection"): the id is used twice'),
        (
            _step(2, phase="later"),
            'step 2 ("infusion"): phase must be one of before, around, after',
        ),
        (
            _step(2, kind="flying"),
            'step 2 ("infusion"): kind must be one of step, stay_near, no_driving',
        ),
        (_step(2, kind=""), 'step 2 ("infusion"): kind must be one of step, stay_near, no_driving'),
        (
            _drop(2, "start_day"),
            "step 2 (\"infusion\"): 'start_day' must be a whole number of days",
        ),
        (_step(2, end_day=True), "step 2 (\"infusion\"): 'end_day' must be a whole number of days"),
        (_step(2, end_day=1.0), "step 2 (\"infusion\"): 'end_day' must be a whole number of days"),
        (_step(2, end_day=-1), 'step 2 ("infusion"): end_day comes before start_day'),
        (
            _step(2, follows="infusion"),
            "step 2 (\"infusion\"): follows 'infusion', which is not an earlier step",
        ),
        (_step(2, follows=3), "step 2 (\"infusion\"): 'follows' must be non-empty text"),
        (_step(2, questions="a.b"), "step 2 (\"infusion\"): 'questions' must be a list of text"),
        (_step(2, questions=[1]), "step 2 (\"infusion\"): 'questions' must be a list of text"),
        (_step(2, questions=["ab"]), "step 2 (\"infusion\"): 'ab' is not a question id"),
        (_step(2, questions=["A.b"]), "step 2 (\"infusion\"): 'A.b' is not a question id"),
        (
            _step(2, questions=["a.c"]),
            "step 2 (\"infusion\"): question 'a.c' has no entry in [question_labels]",
        ),
        (
            _step(2, day_text="{start} {when}"),
            'step 2 ("infusion"): day_text may only use {start}, {end}',
        ),
        (_step(2, calendar="end"), "step 2 (\"infusion\"): calendar must be 'span' or 'start'"),
        (_drop(2, "title"), "step 2 (\"infusion\"): 'title' must be non-empty text"),
        (_step(2, who=" "), "step 2 (\"infusion\"): 'who' must be non-empty text"),
        (_step(2, bring=[1]), "step 2 (\"infusion\"): 'bring' must be a list of text"),
        (_step(2, changed_2025=1), "step 2 (\"infusion\"): 'changed_2025' must be non-empty text"),
        (_step(2, sources={"title": "x"}), "step 2 (\"infusion\"): 'sources' must be a list"),
        (_step(2, sources=["x"]), 'step 2 ("infusion"): every source needs a title'),
        (_step(2, sources=[{"year": 2025}]), 'step 2 ("infusion"): every source needs a title'),
    ],
)
def test_a_broken_timeline_is_refused_word_for_word(change, expected):
    assert refusal(change) == expected
