"""Dates on paper, in words, the same on every computer.

Spelled out here, not taken from the system locale, so a printout reads the same
whatever the computer's language settings ("3 March 2026" is unambiguous in every
English-speaking country; 3/4/2026 is not).
"""

from __future__ import annotations

import datetime

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(day: datetime.date) -> str:
    """ "3 March 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def dated_day(day: datetime.date) -> str:
    """ "Tuesday, 3 March 2026": an appointment."""
    return f"{WEEKDAYS[day.weekday()]}, {long_date(day)}"


def short_date(day: datetime.date) -> str:
    """ "Tue 3 Mar": a row of a table."""
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]}"
