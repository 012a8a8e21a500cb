"""A family's estimated plan as an iCalendar file their phone or computer can import."""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from cartapp import APP_NAME, __version__
from cartapp.model.guarded_read import safe_is_dir
from cartapp.model.timeline import PlanError, PlannedStep

# Calendar apps show all-day events on the day itself when DTSTART/DTEND are dates,
# not times, so no time zone can shift an infusion onto the wrong day.
PRODID = f"-//{APP_NAME}//cartapp {__version__}//EN"
_UID_DOMAIN = "plan.cartapp.invalid"


def plan_to_ics(
    plan: Sequence[PlannedStep],
    *,
    now: datetime | None = None,
    expand: Callable[[str], str] | None = None,
) -> bytes:
    """One all-day event per step; raises PlanError if the plan has no dates yet.

    A period the team has not given a length for is one event on its first day, never
    an invented end date. ``expand`` turns region rule tokens into the reader's words.
    """
    expand = expand or (lambda text: text)
    dated = [p for p in plan if p.start_date is not None]
    if not dated or len(dated) != len(plan):
        raise PlanError("Choose a date first, so there are dates to put in a calendar.")
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    key = _plan_key(dated)

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    for p in dated:
        assert p.start_date is not None
        last = p.end_date if p.step.calendar_span and p.end_date else p.start_date
        event = Event()
        # The same plan always gives the same UIDs, so importing it twice does not double
        # it; a changed plan gets new ones rather than silently keeping stale dates.
        event.add("uid", f"{p.step.id}-{key}@{_UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", p.start_date)
        event.add("dtend", last + timedelta(days=1))  # DTEND is exclusive for dates
        event.add("summary", p.step.calendar_title or p.step.title)
        event.add("description", expand(_description(p)))
        event.add("transp", "TRANSPARENT")  # estimates should not block anyone's diary
        cal.add_component(event)
    return cal.to_ical()


def _plan_key(plan: Sequence[PlannedStep]) -> str:
    first = plan[0]
    assert first.start_date is not None
    day_zero = first.start_date - timedelta(days=first.start_day)
    periods = "-".join(
        "open" if p.open_end else str(p.end_day - p.start_day)
        for p in plan
        if p.step.kind != "step"
    )
    return f"{day_zero:%Y%m%d}-{periods or 0}"


def _description(p: PlannedStep) -> str:
    timing = p.dates_text if p.open_end else p.day_text
    parts = [f"{p.step.title}: {timing}", p.step.what, p.step.calendar_note]
    return "\n\n".join(part for part in parts if part)


def save_ics(
    plan: Sequence[PlannedStep], path: Path | str, expand: Callable[[str], str] | None = None
) -> None:
    """Build first, then write through a temporary file, so a failure leaves nothing behind.

    Raises PlanError (no dates) or OSError (cannot write); the target is untouched then.
    """
    data = plan_to_ics(plan, expand=expand)
    path = Path(path)
    if safe_is_dir(path):
        raise IsADirectoryError(errno.EISDIR, "that is a folder, not a file name", str(path))
    from cartapp.model.sheet_io import atomic_write

    # A calendar holds dates, not the child's words: readable like any calendar file.
    atomic_write(path, data, new_mode=0o644, make_folders=False)
