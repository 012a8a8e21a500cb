"""Where the timeline track puts its zones, steps, words and tap areas, for a given width.

Each zone keeps its own scale. A step's mark sits on its true days: a bar over a span,
a point on a single day, in lanes under the line when marks would cover each other
(cartapp.ui.widgets.timeline_marks). Only the words move: each label starts under its
mark and is nudged apart from its neighbours just enough that the words never touch,
with a thin leader line back to its mark. All zones go on one line if the labels fit
side by side, else one line per zone, else a vertical list.
Nothing here paints; the track widget draws what this works out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from cartapp.ui.widgets.timeline_marks import Mark, assign_lanes, zone_marks

WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter)
WRAP_LEFT = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
# Keep "Day -35" or "Mar 3" on one line: a word followed by a number never wraps apart.
_WORD_NUMBER = re.compile(r"(\S+) ([+-]?\d+)")
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
    leaders: list[tuple[QPointF, QPointF]] = field(default_factory=list)

    def mark_rect(self, mark: Mark, radius: float) -> QRectF:
        y = self.mark_y[(mark.row_top, mark.lane)]
        if mark.is_point:
            return QRectF(mark.x0 - radius, y - radius, 2 * radius, 2 * radius)
        return QRectF(mark.x0, y - radius * 0.65, mark.x1 - mark.x0, radius * 1.3)


def _keep_together(text: str) -> str:
    return _WORD_NUMBER.sub("\\1\u00a0\\2", text)


class TrackGeometry:
    """The track's sizes for one font and one set of steps, and their placement by width.

    Painting, hit tests and size hints all ask about the same width, so the last
    placement is kept until the width changes.
    """

    def __init__(self, font: QFont, items: Sequence[TrackItem], zones: Sequence[TrackZone]) -> None:
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self._items, self._zones = list(items), list(zones)
        self.line_height = QFontMetricsF(font).height()
        self.margin = 4.0 + self.line_height * 0.15
        self.radius = max(8.0, self.line_height * 0.4)
        # Room beside a label for the selection box and the focus ring around it.
        self.text_inset = max(2 * (BOX_PAD + RING_GAP + 2), self.line_height * 0.8)
        self.vertical_text_left = self.margin + self.radius * 3.6 + BOX_PAD + RING_GAP
        self._last: tuple[int, TrackPlacement] | None = None

    def place(self, width: int) -> TrackPlacement:
        if self._last is None or self._last[0] != width:
            zones = self.zone_items()
            # All zones on one line; else one line per zone (each keeps its own scale);
            # else a vertical list.
            geo = self._rows(width, [zones]) or self._rows(width, [[z] for z in zones])
            self._last = (width, geo or self._vertical(width))
        return self._last[1]

    def zone_items(self) -> list[tuple[TrackZone, list[int]]]:
        return [
            (z, [i for i, it in enumerate(self._items) if it.phase == z.phase]) for z in self._zones
        ]

    def lines(self, item: TrackItem, vertical: bool) -> list[tuple[str, QFont]]:
        """The words drawn for one step: (text, font) per block.

        Every block uses the full text colour: a style sheet's ``color`` turns the
        palette's PlaceholderText half transparent, too faint for small words.
        """
        day = _keep_together(item.day_text)
        date = _keep_together(item.date_text)
        if vertical:
            second = f"{day}  ·  {date}" if date else day
            blocks = [(item.title, self.bold), (second, self.font)]
        else:
            # Regular weight: thirteen labels must share one line at 100% text.
            blocks = [(item.label, self.font), (day, self.font)]
            if date:
                blocks.append((date, self.font))
        return blocks

    def min_slot(self) -> float:
        """The narrowest column in which every unbreakable word of every label fits."""
        widest = 0.0
        for item in self._items:
            for text, font in self.lines(item, False):
                fm = QFontMetricsF(font)
                widest = max([widest, *(fm.horizontalAdvance(w) for w in text.split())])
        return widest + 2

    def _block_size(self, item: TrackItem, vertical: bool, width: float) -> tuple[float, float]:
        """(height, width used) of one step's words wrapped to ``width``."""
        flags = WRAP_LEFT if vertical else WRAP
        rect = QRectF(0, 0, max(width, 1.0), 10_000)
        boxes = [
            QFontMetricsF(font).boundingRect(rect, flags, text)
            for text, font in self.lines(item, vertical)
        ]
        return sum(b.height() for b in boxes), min(max(b.width() for b in boxes) + 1, width)

    def _rows(
        self, width: int, rows: list[list[tuple[TrackZone, list[int]]]]
    ) -> TrackPlacement | None:
        count = len(self._items)
        if not count:
            return None
        line = self.line_height
        geo = TrackPlacement(
            vertical=False,
            height=0.0,
            nodes=[QPointF()] * count,
            texts=[QRectF()] * count,
            boxes=[QRectF()] * count,
            hits=[QRectF()] * count,
        )
        top = self.margin
        for row in rows:
            bottom = self._row(geo, row, top, width)
            if bottom is None:
                return None
            top = bottom + line * 0.6
        geo.height = top - line * 0.6 + self.margin
        return geo

    def _row(
        self, geo: TrackPlacement, row: list[tuple[TrackZone, list[int]]], top: float, width: int
    ) -> float | None:
        """Lay out one line of zones from ``top``; returns its bottom, or None if too tight."""
        margin, radius, line, inset = (self.margin, self.radius, self.line_height, self.text_inset)
        slot = (width - 2 * margin) / max(sum(len(m) for _, m in row), 1)
        wrap = slot - inset  # every label fits its even share, so packing always succeeds
        if wrap < self.min_slot():
            return None
        bold_fm = QFontMetricsF(self.bold)
        left, header_h, headers, zone_spans = margin, 0.0, [], []
        marks: list[Mark] = []
        for zone, members in row:
            zone_w = slot * len(members)
            rect = QRectF(left + 2, top, zone_w - 4, 10_000)
            header_h = max(header_h, bold_fm.boundingRect(rect, WRAP, zone.title).height())
            headers.append((rect, zone.title))
            lo, hi = left + slot / 2, left + zone_w - slot / 2
            span = max(zone.last_day - zone.first_day, 1)

            def at(day: int, lo=lo, hi=hi, zone=zone, span=span) -> float:
                share = (min(max(day, zone.first_day), zone.last_day) - zone.first_day) / span
                return lo + share * (hi - lo)

            days = [(it.start_day, it.last_day, it.phase == zone.phase) for it in self._items]
            number = self._zones.index(zone)  # the same on one line or one line per zone
            marks += zone_marks(number, zone.first_day, zone.last_day, at, days)
            zone_spans.append((number, left, zone_w, members))
            geo.ticks.append(
                (top, [at(d) for d in range(zone.first_day, zone.last_day + 1, zone.tick_days)])
            )
            left += zone_w
            geo.separators.append((top, left))
        geo.separators.pop()
        lanes = assign_lanes(marks, radius * 0.6, radius * 1.3)
        line_y = top + header_h + line * 0.5 + radius * 1.4
        lane_gap = radius * 2.3
        for lane in range(lanes):
            geo.mark_y[(top, lane)] = line_y + lane * lane_gap
        for mark in marks:
            mark.row_top = top
        text_top = line_y + (lanes - 1) * lane_gap + radius * 1.4 + line * 0.6
        placed = []
        for zone_index, zone_left, zone_w, members in zone_spans:
            anchors = {}
            for mark in marks:
                if mark.item in members and (mark.item not in anchors or mark.zone == zone_index):
                    anchors[mark.item] = mark
            sizes = {i: self._block_size(self._items[i], False, wrap) for i in members}
            order = sorted(members, key=lambda i: (anchors[i].center if i in anchors else 0, i))
            half = [sizes[i][1] / 2 + inset / 2 for i in order]
            xs = [
                min(
                    max(
                        anchors[i].center if i in anchors else zone_left + zone_w / 2,
                        zone_left + half[k],
                    ),
                    zone_left + zone_w - half[k],
                )
                for k, i in enumerate(order)
            ]
            # Only the words move: nudge neighbours apart until they do not touch.
            for k in range(1, len(xs)):
                xs[k] = max(xs[k], xs[k - 1] + half[k - 1] + half[k])
            for k in range(len(xs) - 1, -1, -1):
                limit = zone_left + zone_w if k == len(xs) - 1 else xs[k + 1] - half[k + 1]
                xs[k] = min(xs[k], limit - half[k])
            placed += [(i, x, sizes[i], anchors.get(i)) for i, x in zip(order, xs, strict=True)]
        placed.sort(key=lambda p: p[1])
        bottom = text_top + max(size[0] for _, _, size, _ in placed) + 8
        for n, (i, x, (block, used), anchor) in enumerate(placed):
            mark_y = geo.mark_y[(top, anchor.lane)] if anchor else line_y
            geo.nodes[i] = QPointF(anchor.center if anchor else x, mark_y)
            geo.texts[i] = QRectF(x - wrap / 2, text_top, wrap, block)
            geo.boxes[i] = QRectF(x - used / 2, text_top, used, block)
            if anchor is not None:
                geo.leaders.append(
                    (QPointF(anchor.center, mark_y + radius * 0.9), QPointF(x, text_top - 2))
                )
            start = margin if n == 0 else (placed[n - 1][1] + x) / 2
            end = width - margin if n == len(placed) - 1 else (placed[n + 1][1] + x) / 2
            geo.hits[i] = QRectF(start, text_top - radius, end - start, bottom - text_top + radius)
        geo.marks += marks
        for rect, title in headers:
            rect.setHeight(header_h)
            geo.headers.append((rect, title))
        geo.lines.append((top, line_y, bottom))
        return bottom

    def _vertical(self, width: int) -> TrackPlacement:
        margin, radius, line = self.margin, self.radius, self.line_height
        text_left = self.vertical_text_left
        text_w = max(width - text_left - margin - self.text_inset / 2, 1.0)
        bold_fm = QFontMetricsF(self.bold)
        count = len(self._items)
        geo = TrackPlacement(
            vertical=True,
            height=0.0,
            nodes=[QPointF()] * count,
            texts=[QRectF()] * count,
            boxes=[QRectF()] * count,
            hits=[QRectF()] * count,
        )
        y = margin
        for zone, members in self.zone_items():
            header = QRectF(margin, y, max(width - 2 * margin, 1.0), 10_000)
            header.setHeight(bold_fm.boundingRect(header, WRAP_LEFT, zone.title).height())
            geo.headers.append((header, zone.title))
            y += header.height() + line * 0.5
            for i in members:
                block, used = self._block_size(self._items[i], True, text_w)
                geo.nodes[i] = QPointF(margin + radius * 1.6, y + bold_fm.height() / 2)
                geo.texts[i] = geo.boxes[i] = QRectF(text_left, y, used, block)
                geo.hits[i] = QRectF(margin, y - line * 0.3, width - 2 * margin, block + line * 0.6)
                y += max(block, radius * 2) + line * 0.75
            y += line * 0.25
        geo.height = y + margin
        return geo
