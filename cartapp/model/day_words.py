"""How days and dates are written on the timeline: the words a translation changes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class DayWords:
    """How days and dates are written, so a translation can change the words."""

    day: str = "Day {n}"
    range: str = "{start} to {end}"
    date: str = "{month} {day}, {year}"
    short_date: str = "{month} {day}"
    # A period the team has not given a length for yet: never an invented end date.
    open_when: str = "From {start}. Your team tells you how long."
    open_dates: str = "From {start}. Your team gives the end date."
    open_short: str = "From {start}"  # the same, where a track label has one short line
    months: tuple[str, ...] = (
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    )

    def day_label(self, n: int) -> str:
        return self.day.format(n=f"{n:+d}" if n else "0")

    # dt.date, not date: inside this class 'date' is the template field above.
    def date_label(self, d: dt.date, *, short: bool = False) -> str:
        template = self.short_date if short else self.date
        return template.format(month=self.months[d.month - 1], day=d.day, year=d.year)
