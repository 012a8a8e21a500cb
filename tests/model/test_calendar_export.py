"""The estimated plan as an .ics file: it parses back and matches the plan."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from cartapp.model.calendar_export import PRODID, plan_to_ics, save_ics
from cartapp.model.timeline import PlanError, PlanInputs, compute_plan, load_timeline_for

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def timeline():
    return load_timeline_for("en")


def events_of(data: bytes):
    cal = Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]) == PRODID
    return [c for c in cal.walk("VEVENT")]


def test_events_match_the_plan(timeline):
    plan = compute_plan(
        timeline, PlanInputs(infusion_date=date(2028, 3, 1), stay_near_days=14, no_driving_days=56)
    )
    events = events_of(plan_to_ics(plan, now=NOW))
    assert len(events) == len(plan)
    for p, event in zip(plan, events, strict=True):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is date and type(end) is date, "all-day events"
        assert start == p.start_date
        last = p.end_date if p.step.calendar_span else p.start_date
        assert end == last + timedelta(days=1), "DTEND is exclusive"
        assert str(event["SUMMARY"]) == p.step.calendar_title
        description = str(event["DESCRIPTION"])
        assert "typical" in description and "care team" in description


def test_summaries_say_what_each_event_is(timeline):
    plan = compute_plan(timeline, PlanInputs(infusion_date=date(2028, 3, 1)))
    events = events_of(plan_to_ics(plan))
    summaries = {p.step.id: str(e["SUMMARY"]) for p, e in zip(plan, events, strict=True)}
    assert summaries["infusion"] == "CAR T infusion (Day 0)"
    assert "chemotherapy" in summaries["chemo"].lower() and "typical" in summaries["chemo"]
    assert "stay near" in summaries["stay-near"].lower()
    assert "driving" in summaries["no-driving"].lower()
    assert "follow-up" in summaries["long-term"].lower()


def test_infusion_and_leap_day(timeline):
    plan = compute_plan(timeline, PlanInputs(infusion_date=date(2028, 3, 1)))
    by_summary = {str(e["SUMMARY"]): e for e in events_of(plan_to_ics(plan))}
    chemo = by_summary["Chemotherapy before infusion (typical)"]
    assert chemo.decoded("DTSTART") == date(2028, 2, 24)
    assert chemo.decoded("DTEND") == date(2028, 2, 28)
    infusion = by_summary["CAR T infusion (Day 0)"]
    assert (infusion.decoded("DTSTART"), infusion.decoded("DTEND")) == (
        date(2028, 3, 1),
        date(2028, 3, 2),
    )
    follow_up = by_summary["Long-term follow-up begins"]
    assert follow_up.decoded("DTEND") - follow_up.decoded("DTSTART") == timedelta(days=1)


def test_custom_days_reach_the_calendar(timeline):
    inputs = PlanInputs(infusion_date=date(2027, 12, 20), stay_near_days=42, no_driving_days=30)
    events = {str(e["SUMMARY"]): e for e in events_of(plan_to_ics(compute_plan(timeline, inputs)))}
    stay = events["Stay near the treatment center"]
    assert stay.decoded("DTSTART") == date(2027, 12, 20)
    assert stay.decoded("DTEND") == date(2027, 12, 20) + timedelta(days=43)
    assert events["No driving"].decoded("DTEND") == date(2028, 1, 20)


def test_uids_are_stable_and_unique(timeline):
    plan = compute_plan(timeline, PlanInputs(infusion_date=date(2028, 3, 1)))
    first = [str(e["UID"]) for e in events_of(plan_to_ics(plan, now=NOW))]
    again = [str(e["UID"]) for e in events_of(plan_to_ics(plan, now=NOW + timedelta(days=3)))]
    assert first == again
    assert len(set(first)) == len(first)
    moved = compute_plan(timeline, PlanInputs(infusion_date=date(2028, 3, 2)))
    assert set(first).isdisjoint(str(e["UID"]) for e in events_of(plan_to_ics(moved)))
    assert plan_to_ics(plan, now=NOW) == plan_to_ics(plan, now=NOW)


def test_no_dates_no_calendar(timeline):
    with pytest.raises(PlanError):
        plan_to_ics(compute_plan(timeline))


def test_save_is_atomic_and_leaves_nothing_on_failure(timeline, tmp_path):
    plan = compute_plan(timeline, PlanInputs(collection_date=date(2028, 1, 1)))
    target = tmp_path / "plan.ics"
    save_ics(plan, target, expand=lambda text: "Checked: " + text)
    assert events_of(target.read_bytes())
    assert b"Checked: " in target.read_bytes()  # the words as the app shows them
    assert os.listdir(tmp_path) == ["plan.ics"]
    with pytest.raises(OSError):
        save_ics(plan, tmp_path / "missing-folder" / "plan.ics")
    with pytest.raises(OSError):
        save_ics(plan, tmp_path)
    with pytest.raises(PlanError):
        save_ics(compute_plan(timeline), tmp_path / "undated.ics")
    assert os.listdir(tmp_path) == ["plan.ics"]


def test_a_period_without_set_days_is_one_event_on_its_first_day(timeline):
    plan = compute_plan(timeline, PlanInputs(infusion_date=date(2028, 3, 1)))
    events = {
        p.step.id: e for p, e in zip(plan, events_of(plan_to_ics(plan, now=NOW)), strict=True)
    }
    for key in ("stay-near", "no-driving"):
        event = events[key]
        assert event.decoded("DTSTART") == date(2028, 3, 1)
        assert event.decoded("DTEND") == date(2028, 3, 2), "no invented end date"
        assert "end date" in str(event["DESCRIPTION"])


def test_clinic_no_driving_days_reach_the_calendar(timeline):
    from cartapp.model.rules import Overrides

    inputs = PlanInputs(infusion_date=date(2028, 3, 1)).with_defaults(Overrides(no_driving_days=56))
    plan = compute_plan(timeline, inputs)
    event = {
        p.step.id: e for p, e in zip(plan, events_of(plan_to_ics(plan, now=NOW)), strict=True)
    }["no-driving"]
    assert event.decoded("DTEND") == date(2028, 3, 1) + timedelta(days=57)


def test_the_calendar_is_written_the_one_atomic_way(tmp_path, monkeypatch):
    """One way to write a file: a calendar too goes through sheet_io.atomic_write,
    readable like any calendar, and never makes a folder."""
    import stat

    from cartapp.model import sheet_io

    calls = []
    real = sheet_io.atomic_write
    monkeypatch.setattr(sheet_io, "atomic_write", lambda *a, **k: (calls.append(k), real(*a, **k)))
    plan = compute_plan(load_timeline_for("en"), PlanInputs(infusion_date=date(2027, 5, 10)))
    target = tmp_path / "plan.ics"
    save_ics(plan, target)
    assert calls == [{"new_mode": 0o644, "make_folders": False}]
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    with pytest.raises(OSError):
        save_ics(plan, tmp_path / "no-such-folder" / "plan.ics")
