"""The family's plan inputs and the plan on a few steps of our own: every refusal word
for word, the limits at their edges, and each step's days and dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cartapp.model.rules import Overrides
from cartapp.model.timeline import (
    MAX_DATE,
    MAX_DAYS,
    MIN_DATE,
    DayWords,
    PlanError,
    PlanInputs,
    Step,
    compute_plan,
    rows_for_print,
    short_dates,
)


def step(step_id: str, start: int, end: int, **more) -> Step:
    fields = dict(
        id=step_id,
        title=f"{step_id.title()}",
        short_title=step_id,
        phase="before",
        when="For {days} days",
        what="",
        duration="",
        where="",
        who="",
        bring=(),
        start_day=start,
        end_day=end,
    )
    return Step(**{**fields, **more})


STEPS = [
    step("collection", -30, -28),
    step("infusion", 0, 0),
    step("stay", 0, 28, kind="stay_near"),
    step("drive", 0, 56, kind="no_driving"),
    step("after", 10, 12, follows="stay", day_text="{start} then {end}"),
]


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        (
            dict(infusion_date=date(2027, 1, 1), collection_date=date(2026, 12, 1)),
            "Enter the infusion date or the collection date, not both.",
        ),
        (
            dict(infusion_date=datetime(2027, 1, 1)),
            "A date must be a calendar day, like 2027-05-10.",
        ),
        (dict(collection_date="2027-01-01"), "A date must be a calendar day, like 2027-05-10."),
        (
            dict(infusion_date=date(1999, 12, 31)),
            "1999-12-31 is outside the dates this guide can plan (2000 to 2100).",
        ),
        (
            dict(collection_date=date(2101, 1, 1)),
            "2101-01-01 is outside the dates this guide can plan (2000 to 2100).",
        ),
        (
            dict(stay_near_days=0),
            "The days to stay near the center must be a whole number from 1 to 365.",
        ),
        (dict(no_driving_days=366), "The days to not drive must be a whole number from 1 to 365."),
        (dict(no_driving_days=True), "The days to not drive must be a whole number from 1 to 365."),
        (
            dict(stay_near_days=7.0),
            "The days to stay near the center must be a whole number from 1 to 365.",
        ),
    ],
)
def test_inputs_are_refused_in_the_family_s_words(inputs, message):
    with pytest.raises(PlanError) as caught:
        PlanInputs(**inputs)
    assert str(caught.value) == message


def test_the_limits_themselves_are_allowed():
    assert (date(2000, 1, 1), date(2100, 12, 31), 365) == (MIN_DATE, MAX_DATE, MAX_DAYS)
    PlanInputs(infusion_date=MIN_DATE, stay_near_days=1, no_driving_days=365)
    PlanInputs(collection_date=MAX_DATE)
    assert not PlanInputs().has_date
    assert PlanInputs(collection_date=MAX_DATE).has_date
    assert PlanInputs(infusion_date=MIN_DATE).has_date


def test_saved_inputs_round_trip_and_old_files_drop_the_fourteen_days():
    inputs = PlanInputs(infusion_date=date(2027, 5, 10), stay_near_days=14, no_driving_days=60)
    assert inputs.to_dict() == {
        "version": 2,
        "infusion_date": "2027-05-10",
        "collection_date": None,
        "stay_near_days": 14,
        "no_driving_days": 60,
    }
    assert PlanInputs.from_dict(inputs.to_dict()) == inputs
    other = PlanInputs(collection_date=date(2027, 4, 1))
    assert other.to_dict()["collection_date"] == "2027-04-01"
    assert PlanInputs.from_dict(other.to_dict()) == other
    old = {"infusion_date": "2027-05-10", "stay_near_days": 14, "no_driving_days": 14}
    assert PlanInputs.from_dict(old) == PlanInputs(infusion_date=date(2027, 5, 10))
    assert PlanInputs.from_dict({**old, "version": 1, "stay_near_days": 30}).stay_near_days == 30
    assert PlanInputs.from_dict({"version": 2, "stay_near_days": 14}).stay_near_days == 14


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "The saved dates are in a form this version cannot read."),
        ({"version": 3}, "The saved dates are in a form this version cannot read."),
        ({"version": 0}, "The saved dates are in a form this version cannot read."),
        ({"infusion_date": "soon"}, "The saved infusion date is not a date."),
        ({"collection_date": 20270101}, "The saved collection date is not a date."),
    ],
)
def test_unusable_saved_inputs(data, message):
    with pytest.raises(PlanError) as caught:
        PlanInputs.from_dict(data)
    assert str(caught.value) == message


def test_the_clinic_s_days_fill_only_what_the_family_left_unset():
    own = Overrides(stay_near_days=30, no_driving_days=56)
    assert PlanInputs().with_defaults(own) == PlanInputs(stay_near_days=30, no_driving_days=56)
    mine = PlanInputs(stay_near_days=10)
    assert mine.with_defaults(own) == PlanInputs(stay_near_days=10, no_driving_days=56)
    assert mine.with_defaults(Overrides()) == mine


def test_a_plan_without_a_date_has_days_only():
    plan = compute_plan(STEPS)
    by = {p.step.id: p for p in plan}
    assert by["collection"].day_text == "Day -30 to Day -28"
    assert by["collection"].when == "For 2 days"
    assert by["infusion"].day_text == "Day 0" and by["infusion"].title == "Infusion"
    assert not by["infusion"].has_dates and by["infusion"].dates_text == ""
    stay = by["stay"]
    assert stay.open_end and (stay.start_day, stay.end_day) == (0, 28)
    assert stay.when == stay.day_text == "From Day 0. Your team tells you how long."
    # "after" follows the stay: it starts the day after the stay ends.
    assert (by["after"].start_day, by["after"].end_day) == (29, 29)
    assert by["after"].day_text == "Day +29 then Day +29"
    assert rows_for_print(plan)[1] == ("Infusion", "", "Day 0")
    assert short_dates(by["infusion"], DayWords()) == ""


def test_the_region_minimum_draws_an_open_period_without_an_end_date():
    plan = compute_plan(
        STEPS, PlanInputs(infusion_date=date(2027, 1, 1)), minimum_days={"stay_near": 14}
    )
    by = {p.step.id: p for p in plan}
    assert (by["stay"].end_day, by["stay"].end_date, by["stay"].open_end) == (14, None, True)
    assert by["stay"].dates_text == "From Jan 1, 2027. Your team gives the end date."
    assert by["drive"].end_day == 56 and by["drive"].open_end
    assert short_dates(by["stay"], DayWords()) == "From Jan 1"
    assert by["after"].start_day == 15


def test_set_days_give_end_dates_across_a_year():
    inputs = PlanInputs(infusion_date=date(2027, 12, 20), stay_near_days=14, no_driving_days=1)
    by = {p.step.id: p for p in compute_plan(STEPS, inputs)}
    stay = by["stay"]
    assert not stay.open_end and stay.end_date == date(2028, 1, 3)
    assert stay.when == "For 14 days" and stay.day_text == "Day 0 to Day +14"
    assert stay.dates_text == "Dec 20, 2027 to Jan 3, 2028"
    assert short_dates(stay, DayWords()) == "Dec 20 – Jan 3, 2028"
    assert by["drive"].dates_text == "Dec 20 to Dec 21, 2027"  # one year: the month and day
    assert short_dates(by["drive"], DayWords()) == "Dec 20 – Dec 21"
    infusion = by["infusion"]
    assert infusion.dates_text == "Dec 20, 2027" and short_dates(infusion, DayWords()) == "Dec 20"
    assert infusion.short_date_text == "Dec 20"
    collection = by["collection"]
    assert (collection.start_date, collection.end_date) == (date(2027, 11, 20), date(2027, 11, 22))


def test_day_zero_from_the_collection_date():
    by = {p.step.id: p for p in compute_plan(STEPS, PlanInputs(collection_date=date(2027, 1, 1)))}
    assert by["infusion"].start_date == date(2027, 1, 31)
    with pytest.raises(PlanError) as caught:
        compute_plan(STEPS[1:], PlanInputs(collection_date=date(2027, 1, 1)))
    assert str(caught.value) == "These steps cannot estimate Day 0 from a collection date."
