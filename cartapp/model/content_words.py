"""The words around the content (page furniture, callout names, review notes) and
how dates are written, per language, from ``words.toml``.

Qt-free, so pages on screen, printables and the headless commands say the same
thing in the same language. A language without the file uses English's.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cartapp.model.errors import ContentError
from cartapp.model.page_syntax import CALLOUT_LABELS

PAGE_KEYS = (
    "on_this_page",
    "sources_heading",
    "last_checked",
    "not_reviewed",
    "reviewed_by",
    "written_by",
    "translation_not_reviewed",
    "translation_out_of_date",
    "add_question",
)
_FIELDS = {
    "last_checked": {"date"},
    "reviewed_by": {"role", "organisation", "date"},
    "written_by": {"center"},
    "add_question": {"question"},
    "dates.long": {"day", "month", "year"},
    "dates.dated": {"weekday", "day", "month", "year"},
    "dates.short": {"weekday", "day", "month"},
}
_LISTS = {"months": 12, "months_short": 12, "weekdays": 7, "weekdays_short": 7}


@dataclass(frozen=True)
class DateWords:
    months: tuple[str, ...]
    months_short: tuple[str, ...]
    weekdays: tuple[str, ...]
    weekdays_short: tuple[str, ...]
    long_pattern: str
    dated_pattern: str
    short_pattern: str

    def long(self, day: dt.date) -> str:
        """ "3 March 2026" / "3 de marzo de 2026"."""
        return self.long_pattern.format(
            day=day.day, month=self.months[day.month - 1], year=day.year
        )

    def dated(self, day: dt.date) -> str:
        """ "Tuesday, 3 March 2026": an appointment."""
        return self.dated_pattern.format(
            weekday=self.weekdays[day.weekday()],
            day=day.day,
            month=self.months[day.month - 1],
            year=day.year,
        )

    def short(self, day: dt.date) -> str:
        """ "Tue 3 Mar": a row of a table."""
        return self.short_pattern.format(
            weekday=self.weekdays_short[day.weekday()],
            day=day.day,
            month=self.months_short[day.month - 1],
        )


@dataclass(frozen=True)
class ContentWords:
    language: str
    page: dict[str, str]
    callouts: dict[str, str]
    dates: DateWords
    regions: dict[str, str]


def _text(table: dict[str, Any], key: str, where: str, path: Path) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(path, f"{where}: '{key}' must be a line of text")
    import re

    fields = set(re.findall(r"\{(\w*)\}", value))
    wanted = _FIELDS.get(f"dates.{key}" if where == "[dates]" else key, set())
    if fields != wanted:
        raise ContentError(
            path,
            f"{where}: '{key}' must use exactly "
            + (", ".join("{" + f + "}" for f in sorted(wanted)) or "no {fields}"),
        )
    return value


def parse_words(data: dict[str, Any], path: Path, language: str) -> ContentWords:
    if data.get("version") != 1:
        raise ContentError(path, "'version' must be 1")
    page = data.get("page", {})
    callouts = data.get("callouts", {})
    dates = data.get("dates", {})
    regions = data.get("regions", {})
    for name, table in (
        ("page", page),
        ("callouts", callouts),
        ("dates", dates),
        ("regions", regions),
    ):
        if not isinstance(table, dict):
            raise ContentError(path, f"[{name}] must be a table")
    lists: dict[str, tuple[str, ...]] = {}
    for key, count in _LISTS.items():
        value = dates.get(key)
        if (
            not isinstance(value, list)
            or len(value) != count
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            raise ContentError(path, f"[dates] '{key}' must list {count} words")
        lists[key] = tuple(value)
    return ContentWords(
        language=language,
        page={k: _text(page, k, "[page]", path) for k in PAGE_KEYS},
        callouts={k: _text(callouts, k, "[callouts]", path) for k in CALLOUT_LABELS},
        dates=DateWords(
            **lists,
            long_pattern=_text(dates, "long", "[dates]", path),
            dated_pattern=_text(dates, "dated", "[dates]", path),
            short_pattern=_text(dates, "short", "[dates]", path),
        ),
        regions={k: _text(regions, k, "[regions]", path) for k in ("us", "uk", "eu", "other")},
    )


def content_words(language: str = "en") -> ContentWords:
    """The words for ``language`` (English's when it has no words.toml)."""
    from cartapp.model.translated import read_in

    return read_in(language, "words.toml", lambda path: _load(path, language))


@lru_cache(maxsize=8)
def _load(path: Path, language: str) -> ContentWords:
    from cartapp.model.guarded_read import read_content

    try:
        data = tomllib.loads(read_content(path))
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, f"not valid TOML: {exc}") from exc
    return parse_words(data, path, language)
