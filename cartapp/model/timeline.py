"""A family's estimated plan: every treatment step placed from one date they know.

The steps themselves, and the file they come from, are in ``timeline_file``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from cartapp.model.day_words import DayWords
from cartapp.model.pages import Source
from cartapp.model.timeline_file import (
    KINDS,
    PHASES,
    REQUIRED_TEXTS,
    Step,
    Timeline,
    load_timeline,
    load_timeline_for,
)

if TYPE_CHECKING:
    from cartapp.model.rules import Overrides

# Callers import the steps, the file loader and the plan from this one module.
__all__ = [
    "KINDS",
    "MAX_DATE",
    "MAX_DAYS",
    "MIN_DATE",
    "PHASES",
    "REQUIRED_TEXTS",
    "DayWords",
    "PlanError",
    "PlanInputs",
    "PlannedStep",
    "Source",
    "Step",
    "Timeline",
    "compute_plan",
    "load_timeline",
    "load_timeline_for",
    "rows_for_print",
    "short_dates",
]

# A family planning treatment types dates near today; anything far outside is a typo.
MIN_DATE, MAX_DATE = date(2000, 1, 1), date(2100, 12, 31)
MAX_DAYS = 365


class PlanError(ValueError):
    """A date or number of days the plan cannot use; the message is for the family."""


@dataclass(frozen=True)
class PlanInputs:
    """What the family tells us: one date they know and the days their center asks for."""

    infusion_date: date | None = None
    collection_date: date | None = None
    # None until the clinic file or the family sets them: the app never invents an end
    # date for staying near the centre or for not driving (the rule differs by region).
    stay_near_days: int | None = None
    no_driving_days: int | None = None

    def __post_init__(self) -> None:
        if self.infusion_date is not None and self.collection_date is not None:
            raise PlanError("Enter the infusion date or the collection date, not both.")
        for d in (self.infusion_date, self.collection_date):
            if d is None:
                continue
            if not isinstance(d, date) or isinstance(d, datetime):
                raise PlanError("A date must be a calendar day, like 2027-05-10.")
            if not MIN_DATE <= d <= MAX_DATE:
                raise PlanError(
                    f"{d.isoformat()} is outside the dates this guide can plan "
                    f"({MIN_DATE.year} to {MAX_DATE.year})."
                )
        for what, n in (
            ("stay near the center", self.stay_near_days),
            ("not drive", self.no_driving_days),
        ):
            if n is None:
                continue
            if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= MAX_DAYS:
                raise PlanError(f"The days to {what} must be a whole number from 1 to {MAX_DAYS}.")

    @property
    def has_date(self) -> bool:
        return self.infusion_date is not None or self.collection_date is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 2,
            "infusion_date": self.infusion_date.isoformat() if self.infusion_date else None,
            "collection_date": self.collection_date.isoformat() if self.collection_date else None,
            "stay_near_days": self.stay_near_days,
            "no_driving_days": self.no_driving_days,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlanInputs:
        """Read saved inputs back; anything unusable raises PlanError, never guesses."""
        if not isinstance(data, Mapping) or data.get("version", 1) not in (1, 2):
            raise PlanError("The saved dates are in a form this version cannot read.")
        # Version 1 saved 14 days whether or not the family chose it; a number the
        # family may never have set must not become an end date.
        unset = 14 if data.get("version", 1) == 1 else None

        def day(key: str) -> date | None:
            value = data.get(key)
            if value is None:
                return None
            try:
                return date.fromisoformat(value)
            except (TypeError, ValueError):
                raise PlanError(f"The saved {key.replace('_', ' ')} is not a date.") from None

        return cls(
            infusion_date=day("infusion_date"),
            collection_date=day("collection_date"),
            stay_near_days=_days(data.get("stay_near_days"), unset),
            no_driving_days=_days(data.get("no_driving_days"), unset),
        )

    def with_defaults(self, overrides: Overrides) -> PlanInputs:
        """The clinic file's days fill in what the family has not set."""
        from dataclasses import replace

        return replace(
            self,
            stay_near_days=self.stay_near_days or getattr(overrides, "stay_near_days", None),
            no_driving_days=self.no_driving_days or getattr(overrides, "no_driving_days", None),
        )


def _days(value: object, unset: int | None) -> int | None:
    return None if value is None or value == unset else value  # type: ignore[return-value]


@dataclass(frozen=True)
class PlannedStep:
    """One step placed on the family's calendar (dates are None until a date is known)."""

    step: Step
    start_day: int
    end_day: int
    start_date: date | None
    end_date: date | None
    when: str
    day_text: str
    dates_text: str
    short_date_text: str
    open_end: bool = False  # a period whose length the team has not given yet

    @property
    def title(self) -> str:
        return self.step.title

    @property
    def has_dates(self) -> bool:
        return self.start_date is not None


def compute_plan(
    steps: Sequence[Step],
    inputs: PlanInputs | None = None,
    words: DayWords | None = None,
    minimum_days: Mapping[str, int | None] | None = None,
) -> list[PlannedStep]:
    """Place every step relative to Day 0, and on the calendar when a date is known.

    A stay-near or no-driving period gets an end date only when its days are set;
    otherwise it is drawn over the region's minimum (``minimum_days``) or the typical
    span, and says the team gives the end date.
    """
    inputs = inputs or PlanInputs()
    words = words or getattr(steps, "words", None) or DayWords()
    day_zero = _day_zero(steps, inputs)
    ends: dict[str, int] = {}
    plan = []
    for step in steps:
        start, end = step.start_day, step.end_day
        days = {"stay_near": inputs.stay_near_days, "no_driving": inputs.no_driving_days}.get(
            step.kind
        )
        open_end = step.kind in ("stay_near", "no_driving") and days is None
        if days is not None:
            end = start + days
        elif open_end and (minimum_days or {}).get(step.kind):
            end = start + (minimum_days or {})[step.kind]  # type: ignore[operator]
        if step.follows in ends:
            start = max(start, ends[step.follows] + 1)
            end = max(end, start)
        ends[step.id] = end
        plan.append(_placed(step, start, end, day_zero, words, days, open_end))
    return plan


def _placed(
    step: Step,
    start: int,
    end: int,
    day_zero: date | None,
    words: DayWords,
    days: int | None,
    open_end: bool = False,
) -> PlannedStep:
    def spell(a: str, b: str) -> str:
        if step.day_text:
            return step.day_text.format(start=a, end=b)
        return a if a == b else words.range.format(start=a, end=b)

    start_date = end_date = None
    dates_text = short_text = ""
    if day_zero is not None:
        start_date, end_date = day_zero + timedelta(days=start), day_zero + timedelta(days=end)
        same_year = start_date.year == end_date.year and start_date != end_date
        dates_text = spell(
            words.date_label(start_date, short=same_year), words.date_label(end_date)
        )
        short_text = words.date_label(start_date, short=True)
        if open_end:
            end_date = None
            dates_text = words.open_dates.format(start=words.date_label(start_date))
    when = step.when.replace("{days}", str(days if days is not None else end - start))
    if open_end:
        when = words.open_when.format(start=words.day_label(start))
    return PlannedStep(
        step=step,
        start_day=start,
        end_day=end,
        start_date=start_date,
        end_date=end_date,
        when=when,
        day_text=(
            words.open_when.format(start=words.day_label(start))
            if open_end
            else spell(words.day_label(start), words.day_label(end))
        ),
        dates_text=dates_text,
        short_date_text=short_text,
        open_end=open_end,
    )


def _day_zero(steps: Sequence[Step], inputs: PlanInputs) -> date | None:
    """Day 0 itself, or estimated from the collection date by the typical gap."""
    if inputs.collection_date is None:
        return inputs.infusion_date
    offset = next((s.start_day for s in steps if s.id == "collection"), None)
    if offset is None:
        raise PlanError("These steps cannot estimate Day 0 from a collection date.")
    return inputs.collection_date - timedelta(days=offset)


def short_dates(step: PlannedStep, words: DayWords) -> str:
    """A step's dates in a few words for the track: "Mar 3", "Mar 3 – Mar 17", or
    "From Mar 3" while the team has not given the end; "" until a date is known."""
    start, end = step.start_date, step.end_date
    if start is None:
        return ""
    first = words.date_label(start, short=True)
    if step.open_end:
        return words.open_short.format(start=first)
    if end is None or end == start:
        return first
    # Within one year the month and day say it; a span into another year names that year,
    # or a 15-year follow-up would read as ending within months.
    last = words.date_label(end, short=end.year == start.year)
    return f"{first} – {last}"


def rows_for_print(plan: Sequence[PlannedStep]) -> list[tuple[str, str, str]]:
    """(step title, dates text, day text) rows for the printed sheet's table."""
    return [(p.title, p.dates_text, p.day_text) for p in plan]
