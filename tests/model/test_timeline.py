"""The treatment steps file and the date arithmetic of a family's plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
import textstat
from hypothesis import given
from hypothesis import strategies as st

from cartapp import paths
from cartapp.model.errors import ContentError
from cartapp.model.timeline import (
    MAX_DATE,
    MIN_DATE,
    PHASES,
    PlanError,
    PlanInputs,
    compute_plan,
    load_timeline,
    load_timeline_for,
    rows_for_print,
    short_dates,
)

# The ids the question bank promises; a step may only link to these.
BANK_IDS = {
    "before.tests",
    "before.central-line",
    "before.collection",
    "before.waiting",
    "before.bridging",
    "before.manufacturing-fails",
    "infusion.chemo",
    "infusion.day-zero",
    "hospital.first-weeks",
    "hospital.day-28",
    "hospital.who-to-call",
    "home.stay-near",
    "home.driving",
    "home.recovery",
    "home.school",
    "home.vaccines",
    "follow-up.long-term",
}
REQUIRED_STEPS = {
    "tests",
    "central-line",
    "collection",
    "manufacturing",
    "bridging",
    "chemo",
    "infusion",
    "close-watch",
    "stay-near",
    "no-driving",
    "day-28",
    "recovery",
    "long-term",
}


@pytest.fixture(scope="module")
def timeline():
    return load_timeline_for("en")


def by_id(plan):
    return {p.step.id: p for p in plan}


# --- the content file ----------------------------------------------------------------


def test_english_steps_cover_the_whole_path(timeline):
    ids = [s.id for s in timeline]
    assert set(ids) >= REQUIRED_STEPS
    assert [s.phase for s in timeline] == sorted((s.phase for s in timeline), key=PHASES.index), (
        "steps are listed in phase order"
    )
    for step in timeline:
        assert step.what and step.duration and step.where and step.who and step.bring
        assert step.sources, f"{step.id} lists no sources"
        assert step.questions and set(step.questions) <= BANK_IDS


def test_typical_offsets_match_the_fact_sheet(timeline):
    steps = {s.id: s for s in timeline}
    assert (steps["infusion"].start_day, steps["infusion"].end_day) == (0, 0)
    chemo = steps["chemo"]
    assert chemo.end_day - chemo.start_day + 1 == 4, "lymphodepletion lasts 4 days"
    assert 2 <= -chemo.end_day <= 14, "infusion comes 2 to 14 days after the chemo ends"
    assert chemo.end_day < 0
    assert steps["collection"].start_day == -35
    assert (steps["manufacturing"].start_day, steps["manufacturing"].end_day) == (-34, -7)
    assert steps["stay-near"].kind == "stay_near" and steps["no-driving"].kind == "no_driving"
    assert steps["stay-near"].changed_2025 and steps["no-driving"].changed_2025
    assert steps["long-term"].start_day == 90
    assert steps["long-term"].end_day // 365 == 15


def test_reading_level_is_grade_8_or_below(timeline):
    body = " ".join(
        " ".join([s.what, s.duration, s.where, s.who, *s.bring, s.changed_2025]) for s in timeline
    )
    assert textstat.flesch_kincaid_grade(body) <= 8
    assert textstat.flesch_kincaid_grade(" ".join(timeline.texts.values())) <= 8


def test_texts_and_labels_are_present(timeline):
    assert "typical" in timeline.texts["typical"].lower()
    assert "care team" in timeline.texts["calendar_note"]
    assert set(timeline.phase_titles) == set(PHASES)
    assert set(timeline.question_labels) >= BANK_IDS
    assert timeline.reviewed is not None


def test_unknown_language_falls_back_to_english(timeline):
    assert [s.id for s in load_timeline_for("xx")] == [s.id for s in timeline]


GOOD = (paths.content_dir("en") / "timeline.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (lambda t: t.replace('phase = "around"', 'phase = "during"', 1), "phase must be"),
        (lambda t: t.replace("start_day = -35", 'start_day = "soon"'), "whole number"),
        (lambda t: t.replace("start_day = -6", "start_day = 6"), "end_day comes before"),
        (lambda t: t.replace('id = "tests"', 'id = "collection"'), "used twice"),
        (lambda t: t.replace('"before.tests" = ', '"before.x" = '), "no entry"),
        (lambda t: t.replace('follows = "stay-near"', 'follows = "nowhere"'), "earlier step"),
        (lambda t: t.replace("[texts]\nintro =", "[texts]\nintroduction ="), "missing intro"),
        (lambda t: t.replace('title = "Making the CAR T cells"', 'title = ""'), "'title'"),
        (lambda t: t + "\n[[steps]\n", "not valid TOML"),
        (lambda t: t.replace('day = "Day {n}"', 'day = "Day {number}"'), "may only use {n}"),
        (lambda t: t.replace("From {start}, for", "From {begin}, for"), "day_text may only"),
    ],
)
def test_malformed_file_names_file_and_problem(tmp_path, edit, problem):
    broken = tmp_path / "timeline.toml"
    broken.write_text(edit(GOOD), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_timeline(broken)
    assert info.value.path == broken
    assert problem in str(info.value)
    assert str(info.value).startswith("timeline.toml:")


def test_missing_file_is_a_content_error(tmp_path):
    with pytest.raises(ContentError, match="missing"):
        load_timeline(tmp_path / "nope.toml")


# --- the plan ------------------------------------------------------------------------


def test_without_a_date_only_day_numbers_are_shown(timeline):
    plan = by_id(compute_plan(timeline))
    assert plan["infusion"].day_text == "Day 0"
    assert plan["chemo"].day_text == "Day -6 to Day -3"
    assert plan["collection"].day_text == "Day -35"
    assert plan["day-28"].day_text == "Day +28"
    # No end is invented for a period the team has not given a length for.
    assert plan["stay-near"].day_text == "From Day 0. Your team tells you how long."
    assert plan["stay-near"].open_end and plan["no-driving"].open_end
    assert plan["long-term"].day_text == "From Day +90, for up to 15 years from Day 0"
    # An open period that starts later says its own first day.
    later = [replace(s, start_day=2) if s.id == "stay-near" else s for s in timeline]
    assert by_id(compute_plan(later))["stay-near"].when == (
        "From Day +2. Your team tells you how long."
    )
    assert not any(p.has_dates or p.dates_text for p in plan.values())


def test_leap_day_and_month_end(timeline):
    plan = by_id(compute_plan(timeline, PlanInputs(infusion_date=date(2028, 3, 1))))
    day_zero = date(2028, 3, 1)
    assert day_zero - timedelta(days=1) == date(2028, 2, 29)
    assert plan["chemo"].start_date == date(2028, 2, 24)
    assert plan["chemo"].end_date == date(2028, 2, 27)
    assert plan["chemo"].dates_text == "Feb 24 to Feb 27, 2028"
    assert plan["collection"].start_date == date(2028, 1, 26)
    assert plan["infusion"].dates_text == "Mar 1, 2028"


def test_year_end(timeline):
    plan = by_id(
        compute_plan(timeline, PlanInputs(infusion_date=date(2027, 1, 2), stay_near_days=14))
    )
    assert plan["chemo"].start_date == date(2026, 12, 27)
    assert plan["chemo"].end_date == date(2026, 12, 30)
    assert plan["manufacturing"].dates_text == "Nov 29 to Dec 26, 2026"
    assert plan["stay-near"].end_date == date(2027, 1, 16)
    across = by_id(compute_plan(timeline, PlanInputs(infusion_date=date(2027, 1, 5))))
    assert across["chemo"].dates_text == "Dec 30, 2026 to Jan 2, 2027"


def test_collection_date_estimates_infusion(timeline):
    plan = by_id(compute_plan(timeline, PlanInputs(collection_date=date(2027, 12, 20))))
    assert plan["collection"].start_date == date(2027, 12, 20)
    assert plan["infusion"].start_date == date(2028, 1, 24)
    assert plan["chemo"].end_date < plan["infusion"].start_date


def test_custom_days_set_the_two_periods(timeline):
    inputs = PlanInputs(infusion_date=date(2028, 3, 1), stay_near_days=42, no_driving_days=60)
    plan = by_id(compute_plan(timeline, inputs))
    assert plan["stay-near"].end_date == date(2028, 4, 12)
    assert plan["stay-near"].day_text == "Day 0 to Day +42"
    assert plan["stay-near"].when.endswith("at least 42 days")
    assert plan["no-driving"].end_date == date(2028, 4, 30)
    assert plan["no-driving"].when.endswith("at least 60 days")
    # Recovery at home starts once the stay near the center is over.
    assert plan["recovery"].start_day == 43


@given(
    day_zero=st.dates(min_value=MIN_DATE, max_value=MAX_DATE),
    stay=st.integers(1, 365),
    drive=st.integers(1, 365),
)
def test_every_step_keeps_its_day_number(day_zero, stay, drive):
    timeline = load_timeline_for("en")
    inputs = PlanInputs(infusion_date=day_zero, stay_near_days=stay, no_driving_days=drive)
    for p in compute_plan(timeline, inputs):
        assert p.start_date == day_zero + timedelta(days=p.start_day)
        assert p.end_date is not None and p.start_date <= p.end_date
    collection = day_zero - timedelta(days=35)
    if collection >= MIN_DATE:
        plan = by_id(compute_plan(timeline, PlanInputs(collection_date=collection)))
        assert plan["infusion"].start_date == day_zero


@pytest.mark.parametrize(
    "kwargs",
    [
        {"infusion_date": date(1999, 12, 31)},
        {"collection_date": date(2101, 1, 1)},
        {"infusion_date": date(2028, 3, 1), "collection_date": date(2028, 1, 1)},
        {"stay_near_days": 0},
        {"no_driving_days": 366},
        {"stay_near_days": True},
        {"infusion_date": "2028-03-01"},
    ],
)
def test_bad_inputs_raise_plain_plan_error(kwargs):
    with pytest.raises(PlanError) as info:
        PlanInputs(**kwargs)
    assert isinstance(info.value, ValueError)
    assert "Traceback" not in str(info.value) and str(info.value).endswith(".")


def test_inputs_round_trip_through_dict():
    inputs = PlanInputs(collection_date=date(2028, 2, 29), stay_near_days=40, no_driving_days=9)
    assert PlanInputs.from_dict(inputs.to_dict()) == inputs
    assert PlanInputs.from_dict(PlanInputs().to_dict()) == PlanInputs()


@pytest.mark.parametrize(
    "data",
    [
        {"infusion_date": "2026-02-30"},
        {"infusion_date": 20280301},
        {"stay_near_days": "forty"},
        {"version": 7},
        [],
    ],
)
def test_unreadable_saved_inputs_raise_plan_error(data):
    with pytest.raises(PlanError):
        PlanInputs.from_dict(data)


def test_rows_for_print(timeline):
    rows = rows_for_print(compute_plan(timeline, PlanInputs(infusion_date=date(2028, 3, 1))))
    assert len(rows) == len(timeline)
    assert ("Infusion day (Day 0)", "Mar 1, 2028", "Day 0") in rows
    assert all(isinstance(cell, str) and len(row) == 3 for row in rows for cell in row)
    undated = rows_for_print(compute_plan(timeline))
    assert undated[0][1] == "" and undated[0][2] == "Day -56 to Day -37"


def test_model_does_not_import_qt():
    source = Path(__file__).resolve().parents[2] / "cartapp" / "model"
    for name in ("timeline.py", "calendar_export.py"):
        assert "PySide6" not in (source / name).read_text(encoding="utf-8")


def test_no_end_date_until_the_days_are_set(timeline):
    plan = by_id(
        compute_plan(
            timeline,
            PlanInputs(infusion_date=date(2027, 1, 2)),
            minimum_days={"stay_near": 28, "no_driving": 56},
        )
    )
    for key in ("stay-near", "no-driving"):
        assert plan[key].open_end and plan[key].end_date is None
        assert "end date" in plan[key].dates_text and "2027" in plan[key].dates_text
    # Drawn over the region's minimum, never dated.
    assert plan["stay-near"].end_day == 28 and plan["no-driving"].end_day == 56


def test_clinic_days_fill_what_the_family_has_not_set(timeline):
    from cartapp.model.rules import Overrides

    inputs = PlanInputs(infusion_date=date(2027, 1, 2), stay_near_days=30)
    inputs = inputs.with_defaults(Overrides(stay_near_days=10, no_driving_days=56))
    plan = by_id(compute_plan(timeline, inputs))
    assert plan["stay-near"].end_date == date(2027, 2, 1), "the family's own number wins"
    assert plan["no-driving"].end_date == date(2027, 2, 27), "then the clinic's"


def test_version_1_default_days_are_not_kept_as_a_choice():
    old = PlanInputs.from_dict(
        {"version": 1, "infusion_date": "2027-01-02", "stay_near_days": 14, "no_driving_days": 21}
    )
    assert old.stay_near_days is None and old.no_driving_days == 21
    new = PlanInputs.from_dict(PlanInputs(stay_near_days=14).to_dict())
    assert new.stay_near_days == 14


def test_short_dates_for_the_track(timeline):
    plan = {
        p.step.id: p for p in compute_plan(timeline, PlanInputs(infusion_date=date(2027, 3, 3)))
    }
    words = timeline.words
    assert short_dates(plan["infusion"], words) == "Mar 3"
    assert short_dates(plan["close-watch"], words) == "Mar 3 \u2013 Mar 17"
    # No invented end: the team has not given the days yet.
    assert short_dates(plan["stay-near"], words) == "From Mar 3"
    # Fifteen years of follow-up must not read as ending within months.
    assert short_dates(plan["long-term"], words) == "Jun 1 \u2013 Mar 3, 2042"
    assert short_dates(compute_plan(timeline)[0], words) == ""


def test_short_dates_name_the_year_a_span_ends_in(timeline):
    plan = compute_plan(timeline, PlanInputs(infusion_date=date(2027, 12, 25)))
    close = next(p for p in plan if p.step.id == "close-watch")
    assert short_dates(close, timeline.words) == "Dec 25 \u2013 Jan 8, 2028"


def test_a_plan_uses_the_words_it_is_given_else_its_timeline_s_own():
    from cartapp.model.day_words import DayWords
    from cartapp.model.library import ContentLibrary

    spanish = ContentLibrary("es").timeline
    inputs = PlanInputs(infusion_date=date(2027, 3, 1))
    own = compute_plan(spanish, inputs)[0]
    assert (own.day_text, own.dates_text) == ("Día -56 a Día -37", "4 ene a 23 de ene de 2027")
    given = compute_plan(spanish, inputs, words=DayWords(day="D{n}"))[0]
    assert (given.day_text, given.dates_text) == ("D-56 to D-37", "Jan 4 to Jan 23, 2027")
    plain = compute_plan(list(spanish), inputs)[0]  # a bare list of steps has no words
    assert plain.day_text == "Day -56 to Day -37"
