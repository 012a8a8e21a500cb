"""Dates on paper, in words, the same on every computer.

Spelled out from the content's own words (``words.toml`` ``[dates]``), not taken
from the system locale, so a printout reads the same whatever the computer's
settings ("3 March 2026" is unambiguous in every English-speaking country;
3/4/2026 is not), and a Spanish sheet says "3 de marzo de 2026".
"""

from __future__ import annotations

import datetime

from cartapp.model.content_words import content_words


def long_date(day: datetime.date, language: str = "en") -> str:
    """ "3 March 2026"."""
    return content_words(language).dates.long(day)


def dated_day(day: datetime.date, language: str = "en") -> str:
    """ "Tuesday, 3 March 2026": an appointment."""
    return content_words(language).dates.dated(day)


def short_date(day: datetime.date, language: str = "en") -> str:
    """ "Tue 3 Mar": a row of a table."""
    return content_words(language).dates.short(day)
