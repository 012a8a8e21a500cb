"""What the treatment-steps track shows, and where everything of it goes at one width.

``timeline_geometry`` works the places out; the track paints them and hit-tests them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt

from cartapp.ui.widgets.timeline_marks import Mark

WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter)
WRAP_LEFT = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
BOX_PAD, RING_GAP = 4, 3  # selection box around a label, and the focus ring around that


@dataclass(frozen=True)
class TrackItem:
    title: str
    label: str  # short, for the horizontal track
    phase: str
    start_day: int
    day_text: str
    date_text: str = ""
    timing: str = ""  # spoken after the title, e.g. "about 5 weeks before Day 0"
    optional: bool = False  # drawn with a dashed ring: "if needed"
    day_zero: bool = False
    end_day: int | None = None  # a span's last day; None for a single day
    open_end: bool = False  # the team has not given the end yet: the bar trails off

    @property
    def last_day(self) -> int:
        return self.start_day if self.end_day is None else self.end_day


@dataclass(frozen=True)
class TrackZone:
    phase: str
    title: str
    first_day: int
    last_day: int
    tick_days: int


@dataclass
class TrackPlacement:
    """Everything's place at one width, in widget coordinates."""

    vertical: bool
    height: float
    nodes: list[QPointF] = field(default_factory=list)
    texts: list[QRectF] = field(default_factory=list)  # where each item's words are drawn
    boxes: list[QRectF] = field(default_factory=list)  # the words' own extent
    hits: list[QRectF] = field(default_factory=list)  # what a click or tap selects
    headers: list[tuple[QRectF, str]] = field(default_factory=list)
    ticks: list[tuple[float, list[float]]] = field(default_factory=list)  # (row top, xs)
    separators: list[tuple[float, float]] = field(default_factory=list)  # (row top, x)
    lines: list[tuple[float, float, float]] = field(default_factory=list)  # top, y, bottom
    marks: list[Mark] = field(default_factory=list)  # bars and points, on their days
    mark_y: dict[tuple[float, int], float] = field(default_factory=dict)  # (row top, lane)
    leaders: list[list[QPointF]] = field(default_factory=list)  # from a mark to its words
    leader_dots: list[QPointF] = field(default_factory=list)
    guests: list[GuestLabel] = field(default_factory=list)
    vbars: dict[int, QRectF] = field(default_factory=dict)  # a span's bar in the vertical list

    def mark_rect(self, mark: Mark, radius: float) -> QRectF:
        y = self.mark_y[(mark.row_top, mark.lane)]
        if mark.is_point:
            return QRectF(mark.x0 - radius, y - radius, 2 * radius, 2 * radius)
        return QRectF(mark.x0, y - radius * 0.65, mark.x1 - mark.x0, radius * 1.3)


@dataclass
class GuestLabel:
    """A span's short name in a zone its bar reaches into, beside that zone's own steps."""

    item: int
    text: QRectF
    box: QRectF
    hit: QRectF
