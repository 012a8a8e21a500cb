"""Where each step's mark goes on a zone's scale: a bar over its days, or a point at
its day, and which lane it takes so marks never cover one another.

Marks are never moved off their days; only lanes (rows under the line) separate
them. A span that reaches past a zone's edge is cut there and says so (``open_left``,
``open_right``); a step spanning two zones has a bar in each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass
class Mark:
    item: int
    zone: int
    x0: float
    x1: float  # == x0 for a point
    open_left: bool = False
    open_right: bool = False
    lane: int = 0
    row_top: float = 0.0  # which line of zones it is drawn on

    @property
    def is_point(self) -> bool:
        return self.x1 == self.x0

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


def zone_marks(
    zone_index: int,
    first_day: int,
    last_day: int,
    at: Callable[[int], float],
    days: Sequence[tuple[int, int, bool]],
) -> list[Mark]:
    """``days`` is (start, end, belongs here) per item: a point belongs to its own zone
    only; a span is drawn in every zone its days reach."""
    marks = []
    for index, (start, end, own) in enumerate(days):
        if start == end:
            if own and first_day <= start <= last_day:
                marks.append(Mark(index, zone_index, at(start), at(start)))
            continue
        if (
            end < first_day
            or start > last_day
            or (not own and (end == first_day or start == last_day))
        ):
            continue  # a span only touching this zone's edge is drawn in the next
        lo, hi = max(start, first_day), min(end, last_day)
        marks.append(
            Mark(
                index,
                zone_index,
                at(lo),
                at(hi),
                open_left=start < first_day,
                open_right=end > last_day,
            )
        )
    return marks


def assign_lanes(marks: list[Mark], room: float, radius: float) -> int:
    """Give each mark the first lane where it keeps ``room`` from the others (a point is
    a circle of ``radius``); points first, so single days stay on the line. Returns the
    number of lanes."""
    lanes: list[list[tuple[float, float]]] = []
    order = sorted(marks, key=lambda m: (not m.is_point, m.x0, m.x1))
    for mark in order:
        reach = room + (radius if mark.is_point else 0.0)
        lo, hi = mark.x0 - reach, mark.x1 + reach
        for lane, taken in enumerate(lanes):
            if all(hi <= a or lo >= b for a, b in taken):
                mark.lane = lane
                taken.append((lo, hi))
                break
        else:
            mark.lane = len(lanes)
            lanes.append([(lo, hi)])
    return max(len(lanes), 1)
