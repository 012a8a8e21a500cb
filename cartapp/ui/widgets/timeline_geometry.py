"""Where the timeline track puts its zones, steps, words and tap areas, for a given width.

Each zone keeps its own scale. A step's mark sits on its true days: a bar over a span,
a point on a single day, in lanes under the line when marks would cover each other
(``timeline_marks``). Only the words move (``timeline_labels``): each label starts
under its mark and is pushed aside just enough that the words never touch, with a thin
leader back to its mark; a bar reaching into another zone is named there too. All zones
go on one line if the labels fit side by side, else one line per zone, else a vertical
list. Nothing here paints; the track widget draws what this works out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from cartapp.ui.widgets.timeline_items import (
    BOX_PAD,
    RING_GAP,
    WRAP,
    WRAP_LEFT,
    GuestLabel,
    TrackItem,
    TrackPlacement,
    TrackZone,
)
from cartapp.ui.widgets.timeline_labels import Label, leaders, spread
from cartapp.ui.widgets.timeline_marks import Mark, assign_lanes, zone_marks

# Keep "Day -35" or "Mar 3" on one line: a word followed by a number never wraps apart.
_WORD_NUMBER = re.compile(r"(\S+) ([+-]?\d+)")


def _keep_together(text: str) -> str:
    return _WORD_NUMBER.sub("\\1\u00a0\\2", text)


def _tallest(geo: TrackPlacement) -> float:
    return max(box.height() for box in geo.boxes)


def _scale(zone: TrackZone, lo: float, hi: float) -> Callable[[int], float]:
    """x of a day on the zone's own scale, from ``lo`` (its first day) to ``hi``."""
    span = max(zone.last_day - zone.first_day, 1)

    def at(day: int) -> float:
        share = (min(max(day, zone.first_day), zone.last_day) - zone.first_day) / span
        return lo + share * (hi - lo)

    return at


class TrackGeometry:
    """The track's sizes for one font and one set of steps, and their placement by width.

    Painting, hit tests, size hints and the layout's height-for-width questions ask
    about a few widths over and over, so each width's placement is kept (the
    geometry itself is thrown away when the font or the steps change).
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
        self._placed: dict[int, TrackPlacement] = {}
        self._min_slot: float | None = None

    def place(self, width: int) -> TrackPlacement:
        placed = self._placed.get(width)
        if placed is None:
            if len(self._placed) >= 16:  # a window dragged wider asks many widths
                self._placed.clear()
            zones = self.zone_items()
            # All zones on one line; else one line per zone (each keeps its own scale);
            # else a vertical list. One line only while its words wrap to at most two
            # lines more than on three: seven narrow lines are harder to read than rows.
            one = self._rows(width, [zones])
            rows = self._rows(width, [[z] for z in zones])
            if one and rows and _tallest(one) > _tallest(rows) + self.line_height * 2.2:
                one = None
            placed = self._placed[width] = one or rows or self._vertical(width)
        return placed

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
            blocks = [(item.title, self.bold), (day, self.font)]
        else:
            # Regular weight: thirteen labels must share one line at 100% text.
            blocks = [(item.label, self.font), (day, self.font)]
        if date:  # a line of its own: a range wrapped after "Day -37 · Jan 6 –" reads badly
            blocks.append((date, self.font))
        return blocks

    def min_slot(self) -> float:
        """The narrowest column in which every unbreakable word of every label fits
        (a no-break space joins "Mar 3, 2042" into one word)."""
        if self._min_slot is not None:
            return self._min_slot
        widest = 0.0
        for item in self._items:
            for text, font in self.lines(item, False):
                fm = QFontMetricsF(font)
                widest = max([widest, *(fm.horizontalAdvance(w) for w in text.split(" "))])
        self._min_slot = widest + 2
        return self._min_slot

    def _block_size(
        self, index: int, width: float, *, vertical: bool = False, guest: bool = False
    ) -> tuple[float, float]:
        """(height, width used) of one step's words wrapped to ``width``."""
        flags = WRAP_LEFT if vertical else WRAP
        rect = QRectF(0, 0, max(width, 1.0), 10_000)
        item = self._items[index]
        blocks = [(item.label, self.font)] if guest else self.lines(item, vertical)
        boxes = [QFontMetricsF(font).boundingRect(rect, flags, text) for text, font in blocks]
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
        # A span reaching into another zone gets its name there too, so no bar is nameless.
        guests = {z.phase: self._guests(z) for z, _ in row}
        slot = (width - 2 * margin) / max(sum(len(m) + len(guests[z.phase]) for z, m in row), 1)
        wrap = slot - inset  # every label fits its even share, so packing always succeeds
        if wrap < self.min_slot():
            return None
        bold_fm = QFontMetricsF(self.bold)
        left, header_h, headers, zone_spans = margin, 0.0, [], []
        marks: list[Mark] = []
        for zone, members in row:
            zone_w = slot * (len(members) + len(guests[zone.phase]))
            rect = QRectF(left + 2, top, zone_w - 4, 10_000)
            header_h = max(header_h, bold_fm.boundingRect(rect, WRAP, zone.title).height())
            headers.append((rect, zone.title))
            at = _scale(zone, left + slot / 2, left + zone_w - slot / 2)
            number = self._zones.index(zone)  # the same on one line or one line per zone
            marks += zone_marks(number, zone.first_day, zone.last_day, at, self._days(zone))
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
        below = line_y + (lanes - 1) * lane_gap + radius * 1.4  # under every lane
        lead = radius * 2  # the least room between two leaders leaving their marks

        def lower_edge(mark: Mark) -> float:
            return geo.mark_y[(top, mark.lane)] + (radius if mark.is_point else radius * 0.65)

        text_top = below + line * 0.6
        placed: list[Label] = []
        for number, zone_left, zone_w, members in zone_spans:
            own = [m for m in marks if m.zone == number]
            labels = [
                Label(i, next((m for m in own if m.item == i), None), *self._block_size(i, wrap))
                for i in members
            ]
            labels += [
                Label(m.item, m, *self._block_size(m.item, wrap, guest=True), guest=True)
                for m in own
                if m.item not in members
            ]
            order = spread(labels, zone_left, zone_left + zone_w, inset)
            for mark, line in leaders(order, lower_edge, below, text_top, lead):
                geo.leaders.append(line)
                if not mark.is_point:  # it may pass behind the bars under it: a dot shows its own
                    geo.leader_dots.append(line[0])
            placed += order
        placed.sort(key=lambda label: label.x)
        bottom = text_top + max(label.height for label in placed) + 8
        for n, label in enumerate(placed):
            i, x = label.item, label.x
            text = QRectF(x - wrap / 2, text_top, wrap, label.height)
            box = QRectF(x - label.used / 2, text_top, label.used, label.height)
            start = margin if n == 0 else (placed[n - 1].x + x) / 2
            end = width - margin if n == len(placed) - 1 else (placed[n + 1].x + x) / 2
            hit = QRectF(start, text_top - radius, end - start, bottom - text_top + radius)
            if label.guest:
                geo.guests.append(GuestLabel(i, text, box, hit))
                continue
            anchor = label.anchor
            mark_y = geo.mark_y[(top, anchor.lane)] if anchor else line_y
            geo.nodes[i] = QPointF(anchor.center if anchor else x, mark_y)
            geo.texts[i], geo.boxes[i], geo.hits[i] = text, box, hit
        geo.marks += marks
        for rect, title in headers:
            rect.setHeight(header_h)
            geo.headers.append((rect, title))
        geo.lines.append((top, line_y, bottom))
        return bottom

    def _days(self, zone: TrackZone) -> list[tuple[int, int, bool]]:
        return [(it.start_day, it.last_day, it.phase == zone.phase) for it in self._items]

    def _guests(self, zone: TrackZone) -> list[int]:
        """Steps of other zones whose bars reach into this one."""
        found = zone_marks(0, zone.first_day, zone.last_day, float, self._days(zone))
        return [m.item for m in found if self._items[m.item].phase != zone.phase]

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
                block, used = self._block_size(i, text_w, vertical=True)
                node = geo.nodes[i] = QPointF(margin + radius * 1.6, y + bold_fm.height() / 2)
                if self._items[i].last_day != self._items[i].start_day:
                    # No scale down a list: the bar runs beside its words, which say its days.
                    top, end = node.y() - radius * 0.65, y + block - line * 0.35
                    geo.vbars[i] = QRectF(node.x() - radius * 0.65, top, radius * 1.3, end - top)
                geo.texts[i] = geo.boxes[i] = QRectF(text_left, y, used, block)
                geo.hits[i] = QRectF(margin, y - line * 0.3, width - 2 * margin, block + line * 0.6)
                y += max(block, radius * 2) + line * 0.75
            y += line * 0.25
        geo.height = y + margin
        return geo
