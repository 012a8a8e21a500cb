"""The .ics file, byte for byte as reviewed (tests/model/golden/*.ics).

After a deliberate change to the export or the timeline content, rewrite the files with
CARTAPP_WRITE_GOLDEN=1, import one into a calendar app and look at it before committing.
The app's version in PRODID is written as VERSION so a release does not change them,
and the files keep LF line ends (the export's CRLF is checked apart).
"""

from __future__ import annotations

import errno
import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from cartapp import __version__
from cartapp.model.calendar_export import PRODID, _plan_key, plan_to_ics, save_ics
from cartapp.model.timeline import PlanError, PlanInputs, compute_plan, load_timeline_for

GOLDEN = Path(__file__).parent / "golden"
WRITE = os.environ.get("CARTAPP_WRITE_GOLDEN") == "1"
# Half past midnight in Berlin is still the day before in UTC.
NOW = datetime(2026, 11, 27, 0, 30, 15, 999, tzinfo=timezone(timedelta(hours=1)))


def check(data: bytes, name: str) -> None:
    """The lines end in CRLF as iCalendar wants; the golden file is kept with LF."""
    assert data.endswith(b"END:VCALENDAR\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    text = data.decode("utf-8").replace(__version__, "VERSION").replace("\r\n", "\n")
    path = GOLDEN / name
    if WRITE:
        path.write_bytes(text.encode("utf-8"))
    assert text == path.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def timeline():
    return load_timeline_for("en")


def test_a_plan_with_every_period_set(timeline):
    plan = compute_plan(
        timeline, PlanInputs(infusion_date=date(2028, 3, 1), stay_near_days=14, no_driving_days=56)
    )
    check(plan_to_ics(plan, now=NOW), "plan-set-days.ics")


def test_a_plan_with_open_periods_and_expanded_words(timeline):
    plan = compute_plan(timeline, PlanInputs(collection_date=date(2027, 12, 30)))
    check(plan_to_ics(plan, now=NOW, expand=lambda t: f"[{t}]"), "plan-open.ics")


def test_the_stamp_is_utc_to_the_second(timeline):
    plan = compute_plan(timeline, PlanInputs(infusion_date=date(2028, 3, 1)))
    assert b"DTSTAMP:20261126T233015Z" in plan_to_ics(plan, now=NOW)
    assert f"-//CAR T Family Guide//cartapp {__version__}//EN" == PRODID


def test_the_key_names_day_zero_and_every_period(timeline):
    plan = compute_plan(
        timeline, PlanInputs(infusion_date=date(2028, 3, 1), stay_near_days=14, no_driving_days=56)
    )
    key = _plan_key(plan)
    assert key.startswith("20280301-") and "-14-" in f"-{key}-" and "56" in key
    open_key = _plan_key(compute_plan(timeline, PlanInputs(infusion_date=date(2028, 3, 1))))
    assert open_key.startswith("20280301-") and "open" in open_key
    steps_only = [p for p in plan if p.step.kind == "step"]
    assert _plan_key(steps_only) == "20280301-0"


def test_no_dates_or_some_dates_is_refused_plainly(timeline):
    with pytest.raises(PlanError) as caught:
        plan_to_ics(compute_plan(timeline))
    assert str(caught.value) == "Choose a date first, so there are dates to put in a calendar."
    with pytest.raises(PlanError):
        plan_to_ics([])


def test_a_folder_is_refused_by_its_name(timeline, tmp_path):
    plan = compute_plan(timeline, PlanInputs(infusion_date=date(2028, 3, 1)))
    with pytest.raises(IsADirectoryError) as caught:
        save_ics(plan, str(tmp_path))
    assert caught.value.errno == errno.EISDIR
    assert caught.value.strerror == "that is a folder, not a file name"
    assert caught.value.filename == str(tmp_path)
    save_ics(plan, tmp_path / "plan.ics")
    assert (tmp_path / "plan.ics").stat().st_mode & 0o777 == 0o644
    today = datetime.now(UTC).strftime("DTSTAMP:%Y%m%d").encode()
    assert today in (tmp_path / "plan.ics").read_bytes()
