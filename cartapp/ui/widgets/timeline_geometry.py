"""Where the timeline track puts its zones, steps, words and tap areas, for a given width.

Each zone keeps its own scale: a step starts near its day on that scale and is nudged
apart from its neighbours just enough that their words never touch. All zones go on one
line if the labels fit side by side, else one line per zone, else a vertical list.
Nothing here paints; the track widget draws what this works out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

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


def _keep_together(text: str) -> str:
    return _WORD_NUMBER.sub("\\1\u00a0\\2", text)


class TrackGeometry:
    """The track's sizes for one font and one set of steps, and their placement by width.

    Painting, hit tests and size hints all ask about the same width, so the last
    placement is kept until the width changes.
    """

    def __init__(self, font: QFont, items: Sequence[TrackItem],
                 zones: Sequence[TrackZone]) -> None:
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
        return [(z, [i for i, it in enumerate(self._items) if it.phase == z.phase])
                for z in self._zones]

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
        boxes = [QFontMetricsF(font).boundingRect(rect, flags, text)
                 for text, font in self.lines(item, vertical)]
        return sum(b.height() for b in boxes), min(max(b.width() for b in boxes) + 1, width)

    def _rows(self, width: int, rows: list[list[tuple[TrackZone, list[int]]]]
              ) -> TrackPlacement | None:
        count = len(self._items)
        if not count:
            return None
        line = self.line_height
        geo = TrackPlacement(vertical=False, height=0.0, nodes=[QPointF()] * count,
                             texts=[QRectF()] * count, boxes=[QRectF()] * count,
                             hits=[QRectF()] * count)
        top = self.margin
        for row in rows:
            bottom = self._row(geo, row, top, width)
            if bottom is None:
                return None
            top = bottom + line * 0.6
        geo.height = top - line * 0.6 + self.margin
        return geo

    def _row(self, geo: TrackPlacement, row: list[tuple[TrackZone, list[int]]], top: float,
             width: int) -> float | None:
        """Lay out one line of zones from ``top``; returns its bottom, or None if too tight."""
        margin, radius, line, inset = (self.margin, self.radius, self.line_height,
                                       self.text_inset)
        slot = (width - 2 * margin) / max(sum(len(m) for _, m in row), 1)
        wrap = slot - inset  # every label fits its even share, so packing always succeeds
        if wrap < self.min_slot():
            return None
        bold_fm = QFontMetricsF(self.bold)
        left, header_h, headers, placed = margin, 0.0, [], []
        for zone, members in row:
            zone_w = slot * len(members)
            rect = QRectF(left + 2, top, zone_w - 4, 10_000)
            header_h = max(header_h, bold_fm.boundingRect(rect, WRAP, zone.title).height())
            headers.append((rect, zone.title))
            sizes = [self._block_size(self._items[i], False, wrap) for i in members]
            half = [used / 2 + inset / 2 for _, used in sizes]
            lo, hi = left + slot / 2, left + zone_w - slot / 2
            span = max(zone.last_day - zone.first_day, 1)

            def at(day: int, lo=lo, hi=hi, zone=zone, span=span) -> float:
                share = (min(max(day, zone.first_day), zone.last_day) - zone.first_day) / span
                return lo + share * (hi - lo)

            # Start each step at its day on the zone's scale, then push neighbours apart
            # just enough that their words (and a selection box) never touch.
            xs = [min(max(at(self._items[i].start_day), left + half[k]), left + zone_w - half[k])
                  for k, i in enumerate(members)]
            for k in range(1, len(xs)):
                xs[k] = max(xs[k], xs[k - 1] + half[k - 1] + half[k])
            for k in range(len(xs) - 1, -1, -1):
                limit = left + zone_w - half[k] if k == len(xs) - 1 else xs[k + 1] - half[k + 1]
                xs[k] = min(xs[k], limit - (0 if k == len(xs) - 1 else half[k]))
            placed += [(i, x, size) for i, x, size in zip(members, xs, sizes, strict=True)]
            geo.ticks.append((top, [at(d) for d in range(zone.first_day, zone.last_day + 1,
                                                         zone.tick_days)]))
            left += zone_w
            geo.separators.append((top, left))
        geo.separators.pop()
        line_y = top + header_h + line * 0.5 + radius * 1.4
        text_top = line_y + radius * 1.4 + line * 0.35
        bottom = text_top + max(block for _, _, (block, _) in placed) + 8
        for n, (i, x, (block, used)) in enumerate(placed):
            geo.nodes[i] = QPointF(x, line_y)
            geo.texts[i] = QRectF(x - wrap / 2, text_top, wrap, block)
            geo.boxes[i] = QRectF(x - used / 2, text_top, used, block)
            start = margin if n == 0 else (placed[n - 1][1] + x) / 2
            end = width - margin if n == len(placed) - 1 else (placed[n + 1][1] + x) / 2
            geo.hits[i] = QRectF(start, top + header_h, end - start, bottom - top - header_h)
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
        geo = TrackPlacement(vertical=True, height=0.0, nodes=[QPointF()] * count,
                             texts=[QRectF()] * count, boxes=[QRectF()] * count,
                             hits=[QRectF()] * count)
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
                geo.hits[i] = QRectF(margin, y - line * 0.3, width - 2 * margin,
                                     block + line * 0.6)
                y += max(block, radius * 2) + line * 0.75
            y += line * 0.25
        geo.height = y + margin
        return geo
