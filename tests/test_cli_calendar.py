"""``cartapp calendar``: a good run writes a calendar; any mistake is one line and exit 2."""

from __future__ import annotations

from datetime import date

import pytest
from icalendar import Calendar

from cartapp.cli import main


def run(capsys, *args: str):
    status = main(["calendar", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_good_run_writes_a_calendar(tmp_path, capsys):
    target = tmp_path / "plan.ics"
    status, out, err = run(
        capsys,
        "--infusion-date",
        "2028-03-01",
        "-o",
        str(target),
        "--stay-near-days",
        "42",
        "--no-driving-days",
        "20",
    )
    assert (status, err) == (0, "")
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}
    assert events["CAR T infusion (Day 0)"].decoded("DTSTART") == date(2028, 3, 1)
    assert events["Stay near the treatment center"].decoded("DTEND") == date(2028, 4, 13)
    assert events["No driving"].decoded("DTEND") == date(2028, 3, 22)


def test_collection_date_and_stdout(capsys):
    status, out, err = run(capsys, "--collection-date", "2027-12-20", "-o", "-", "--lang", "en")
    assert status == 0 and err == ""
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(out).walk("VEVENT")}
    assert events["CAR T infusion (Day 0)"].decoded("DTSTART") == date(2028, 1, 24)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--infusion-date", "2026-02-30"], "not a real calendar day"),
        (["--infusion-date", "tomorrow"], "YYYY-MM-DD"),
        (["--infusion-date", "1999-01-01"], "outside the dates"),
        (["--collection-date", "2101-01-01"], "outside the dates"),
        (["--infusion-date", "2028-03-01", "--stay-near-days", "0"], "1 to 365"),
        (["--infusion-date", "2028-03-01", "--no-driving-days", "366"], "1 to 365"),
        (["--infusion-date", "2028-03-01", "--no-driving-days", "two"], "whole number"),
        (["--infusion-date", "2028-03-01", "--collection-date", "2028-01-01"], "not allowed"),
        ([], "required"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, capsys, args, words):
    target = tmp_path / "plan.ics"
    status, out, err = run(capsys, *args, "-o", str(target))
    assert status == 2
    assert err.startswith("cartapp calendar: ") and err.count("\n") == 1
    assert words in err
    assert "Traceback" not in err and out == ""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["missing-folder/plan.ics", "."])
def test_unwritable_output(tmp_path, capsys, where):
    status, out, err = run(capsys, "--infusion-date", "2028-03-01", "-o", str(tmp_path / where))
    assert status == 2
    assert err.startswith("cartapp calendar: cannot write") and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_help_exits_cleanly(capsys):
    status, out, err = run(capsys, "--help")
    assert status == 0 and "--infusion-date" in out


def test_no_end_date_without_days_and_the_region_rule_in_the_text(tmp_path):
    from icalendar import Calendar

    from cartapp.commands.calendar import main as calendar_main

    out = tmp_path / "plan.ics"
    assert calendar_main(["--infusion-date", "2027-03-01", "-o", str(out), "--region", "uk"]) == 0
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    drive = next(e for s, e in events.items() if "driving" in s.lower())
    assert (drive.decoded("DTEND") - drive.decoded("DTSTART")).days == 1, "no invented end"

    assert (
        calendar_main(["--infusion-date", "2027-03-01", "-o", str(out), "--no-driving-days", "56"])
        == 0
    )
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    drive = next(e for s, e in events.items() if "driving" in s.lower())
    assert (drive.decoded("DTEND") - drive.decoded("DTSTART")).days == 57


def test_the_clinic_files_days_reach_the_calendar(tmp_path):
    from icalendar import Calendar

    from cartapp.commands.calendar import main as calendar_main

    clinic = tmp_path / "clinic.toml"
    clinic.write_text(
        'schema_version = 1\n[clinic]\nregion = "uk"\nno_driving_days = 60\n', encoding="utf-8"
    )
    out = tmp_path / "plan.ics"
    assert (
        calendar_main(["--infusion-date", "2027-03-01", "-o", str(out), "--config", str(clinic)])
        == 0
    )
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    drive = next(e for s, e in events.items() if "driving" in s.lower())
    assert (drive.decoded("DTEND") - drive.decoded("DTSTART")).days == 61


def test_a_bad_clinic_file_is_one_line_and_no_file(tmp_path, capsys):
    from cartapp.commands.calendar import main as calendar_main

    clinic = tmp_path / "clinic.toml"
    clinic.write_text("schema_version = 1\n[clinic]\nfever_threshold_c = 41\n", encoding="utf-8")
    out = tmp_path / "plan.ics"
    assert (
        calendar_main(["--infusion-date", "2027-03-01", "-o", str(out), "--config", str(clinic)])
        == 2
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "fever_threshold_c" in err and not out.exists()
