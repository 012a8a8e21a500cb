"""A painted track of the treatment steps: three zones, each drawn at its own scale.

Weeks before Day 0, days around it and months after it do not fit one scale, so each
zone gets its own, with light ticks showing its unit. Steps sit near their day on that
scale, nudged apart so none overlap. When the labels would not fit side by side (a
narrow window or large text) the track turns into a vertical list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter)
_WRAP_LEFT = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
# Keep "Day -35" or "Mar 3" on one line: a word followed by a number never wraps apart.
_WORD_NUMBER = re.compile(r"(\S+) ([+-]?\d+)")
_BOX_PAD, _RING_GAP = 4, 3  # selection box around a label, and the focus ring around that


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
class _Geometry:
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


class TimelineTrack(QWidget):
    """The steps along a line; one step is always selected.

    Signals:
        current_changed(int): the selected step changed (keyboard, click or tap).
    """

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[TrackItem] = []
        self._zones: list[TrackZone] = []
        self._current = -1
        self._cache: tuple[int, _Geometry] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # --- public ------------------------------------------------------------------

    def set_content(self, items: list[TrackItem], zones: list[TrackZone]) -> None:
        self._items, self._zones = list(items), list(zones)
        self._current = min(max(self._current, 0), len(items) - 1)
        self._relayout()
        self._announce()

    def items(self) -> list[TrackItem]:
        return list(self._items)

    def current_index(self) -> int:
        return self._current

    def set_current(self, index: int) -> None:
        index = max(0, min(index, len(self._items) - 1))
        if index == self._current:
            return
        self._current = index
        self._announce()
        self.update()
        self.current_changed.emit(index)

    def is_vertical(self) -> bool:
        return self._geometry(self.width()).vertical

    def item_rect(self, index: int) -> QRectF:
        """Where a step can be clicked or tapped, in widget coordinates."""
        return QRectF(self._geometry(self.width()).hits[index])

    # --- size --------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._geometry(width).height + 0.999)

    def sizeHint(self) -> QSize:
        slot = (self._min_slot() + self._text_inset()) / 0.92
        width = int(slot * max(len(self._items), 1) + 2 * self._margin())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetricsF(self.font())
        width = int(self._vertical_text_left() + fm.horizontalAdvance("M" * 8) + self._margin())
        return QSize(width, self.heightForWidth(width))

    # --- events ------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange,
                            QEvent.Type.StyleChange, QEvent.Type.ApplicationFontChange):
            self._relayout()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Some containers ignore height-for-width; a matching minimum keeps labels whole.
        needed = self.heightForWidth(event.size().width())
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
        key = Qt.Key(event.key())
        if key in step and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.set_current(self._current + step[key])
        elif key == Qt.Key.Key_Home:
            self.set_current(0)
        elif key == Qt.Key.Key_End:
            self.set_current(len(self._items) - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Touch taps arrive here too: Qt turns them into mouse presses for this widget.
        if event.button() == Qt.MouseButton.LeftButton:
            for index, rect in enumerate(self._geometry(self.width()).hits):
                if rect.contains(event.position()):
                    self.setFocus(Qt.FocusReason.MouseFocusReason)
                    self.set_current(index)
                    event.accept()
                    return
        super().mousePressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    # --- painting ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._items:
            return
        geo = self._geometry(self.width())
        pal = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self._radius()

        painter.setPen(QPen(pal.color(QPalette.ColorRole.WindowText)))
        painter.setFont(self._bold())
        for rect, title in geo.headers:
            painter.drawText(rect, _WRAP_LEFT if geo.vertical else _WRAP, title)
        nodes = geo.nodes
        if geo.vertical:  # one stretch of line per zone, so no line runs through a heading
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 3))
            for _, members in self._zone_items():
                if members:
                    painter.drawLine(nodes[members[0]], nodes[members[-1]])
        for row_top, y, bottom in geo.lines:
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 3))
            painter.drawLine(QPointF(self._margin(), y), QPointF(self.width() - self._margin(), y))
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
            row_ticks = [xs for top, xs in geo.ticks if top == row_top]
            for x in (x for xs in row_ticks for x in xs):
                painter.drawLine(QPointF(x, y - radius * 0.7), QPointF(x, y + radius * 0.7))
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
            for top, x in geo.separators:
                if top == row_top:
                    painter.drawLine(QPointF(x, top), QPointF(x, bottom))

        for index, item in enumerate(self._items):
            self._paint_item(painter, geo, index, item)
        painter.end()

    def _paint_item(self, painter: QPainter, geo: _Geometry, index: int,
                    item: TrackItem) -> None:
        pal = self.palette()
        selected = index == self._current
        center, text_rect, box = geo.nodes[index], geo.texts[index], geo.boxes[index]
        radius = self._radius() * (1.25 if selected else 1.0)
        text_color = pal.color(QPalette.ColorRole.WindowText)
        if item.day_zero:  # Day 0 stands out by shape and a crossing line, not colour
            painter.setPen(QPen(text_color, 2))
            reach = radius * 2.2
            if geo.vertical:
                painter.drawLine(QPointF(center.x() - reach, center.y()), center)
            else:
                painter.drawLine(QPointF(center.x(), center.y() - reach),
                                 QPointF(center.x(), text_rect.top()))
        if selected:
            box = box.adjusted(-_BOX_PAD, -3, _BOX_PAD, 3)
            painter.setPen(QPen(text_color, 2))
            painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(box, 6, 6)
            if self.hasFocus():
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
                ring = box.adjusted(-_RING_GAP, -_RING_GAP, _RING_GAP, _RING_GAP)
                painter.drawRoundedRect(ring, 9, 9)
        ring = QPen(text_color, 2, Qt.PenStyle.DashLine if item.optional else Qt.PenStyle.SolidLine)
        painter.setPen(ring)
        painter.setBrush(pal.color(QPalette.ColorRole.Highlight if selected
                                   else QPalette.ColorRole.Base))
        if item.day_zero:
            painter.drawPolygon(QPolygonF([
                QPointF(center.x(), center.y() - radius * 1.3),
                QPointF(center.x() + radius * 1.3, center.y()),
                QPointF(center.x(), center.y() + radius * 1.3),
                QPointF(center.x() - radius * 1.3, center.y()),
            ]))
        else:
            painter.drawEllipse(center, radius, radius)

        flags = _WRAP_LEFT if geo.vertical else _WRAP
        main = pal.color(QPalette.ColorRole.HighlightedText if selected
                         else QPalette.ColorRole.WindowText)
        y = text_rect.top()
        for text, font in self._lines(item, geo.vertical):
            painter.setFont(font)
            painter.setPen(main)
            rect = QRectF(text_rect.left(), y, text_rect.width(), 10_000)
            used = QFontMetricsF(font).boundingRect(rect, flags, text)
            painter.drawText(rect, flags, text)
            y += used.height()

    # --- geometry ----------------------------------------------------------------

    def _lines(self, item: TrackItem, vertical: bool) -> list[tuple[str, QFont]]:
        """The words drawn for one step: (text, font) per block.

        Every block uses the full text colour: a style sheet's ``color`` turns the
        palette's PlaceholderText half transparent, too faint for small words.
        """
        day = _keep_together(item.day_text)
        date = _keep_together(item.date_text)
        if vertical:
            second = f"{day}  ·  {date}" if date else day
            blocks = [(item.title, self._bold()), (second, self.font())]
        else:
            # Regular weight: thirteen labels must share one line at 100% text.
            blocks = [(item.label, self.font()), (day, self.font())]
            if date:
                blocks.append((date, self.font()))
        return blocks

    def _block_size(self, item: TrackItem, vertical: bool, width: float) -> tuple[float, float]:
        """(height, width used) of one step's words wrapped to ``width``."""
        flags = _WRAP_LEFT if vertical else _WRAP
        rect = QRectF(0, 0, max(width, 1.0), 10_000)
        boxes = [QFontMetricsF(font).boundingRect(rect, flags, text)
                 for text, font in self._lines(item, vertical)]
        return sum(b.height() for b in boxes), min(max(b.width() for b in boxes) + 1, width)

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _margin(self) -> float:
        return 4.0 + self._line_height() * 0.15

    def _radius(self) -> float:
        return max(8.0, self._line_height() * 0.4)

    def _text_inset(self) -> float:
        """Room beside a label for the selection box and the focus ring around it."""
        return max(2 * (_BOX_PAD + _RING_GAP + 2), self._line_height() * 0.8)

    def _vertical_text_left(self) -> float:
        return self._margin() + self._radius() * 3.6 + _BOX_PAD + _RING_GAP

    def _min_slot(self) -> float:
        """The narrowest column in which every unbreakable word of every label fits."""
        widest = 0.0
        for item in self._items:
            for text, font in self._lines(item, False):
                fm = QFontMetricsF(font)
                widest = max([widest, *(fm.horizontalAdvance(w) for w in text.split())])
        return widest + 2

    def _relayout(self) -> None:
        self._cache = None
        self.updateGeometry()
        self.update()

    def _geometry(self, width: int) -> _Geometry:
        if self._cache is None or self._cache[0] != width:
            zones = self._zone_items()
            # All zones on one line; else one line per zone (each keeps its own scale);
            # else a vertical list.
            geo = self._rows(width, [zones]) or self._rows(width, [[z] for z in zones])
            self._cache = (width, geo or self._vertical(width))
        return self._cache[1]

    def _zone_items(self) -> list[tuple[TrackZone, list[int]]]:
        return [(z, [i for i, it in enumerate(self._items) if it.phase == z.phase])
                for z in self._zones]

    def _rows(self, width: int, rows: list[list[tuple[TrackZone, list[int]]]]
              ) -> _Geometry | None:
        count = len(self._items)
        if not count:
            return None
        line = self._line_height()
        geo = _Geometry(vertical=False, height=0.0, nodes=[QPointF()] * count,
                        texts=[QRectF()] * count, boxes=[QRectF()] * count,
                        hits=[QRectF()] * count)
        top = self._margin()
        for row in rows:
            bottom = self._row(geo, row, top, width)
            if bottom is None:
                return None
            top = bottom + line * 0.6
        geo.height = top - line * 0.6 + self._margin()
        return geo

    def _row(self, geo: _Geometry, row: list[tuple[TrackZone, list[int]]], top: float,
             width: int) -> float | None:
        """Lay out one line of zones from ``top``; returns its bottom, or None if too tight."""
        margin, radius, line, inset = (self._margin(), self._radius(), self._line_height(),
                                       self._text_inset())
        slot = (width - 2 * margin) / max(sum(len(m) for _, m in row), 1)
        wrap = slot - inset  # every label fits its even share, so packing always succeeds
        if wrap < self._min_slot():
            return None
        bold_fm = QFontMetricsF(self._bold())
        left, header_h, headers, placed = margin, 0.0, [], []
        for zone, members in row:
            zone_w = slot * len(members)
            rect = QRectF(left + 2, top, zone_w - 4, 10_000)
            header_h = max(header_h, bold_fm.boundingRect(rect, _WRAP, zone.title).height())
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

    def _vertical(self, width: int) -> _Geometry:
        margin, radius, line = self._margin(), self._radius(), self._line_height()
        text_left = self._vertical_text_left()
        text_w = max(width - text_left - margin - self._text_inset() / 2, 1.0)
        bold_fm = QFontMetricsF(self._bold())
        count = len(self._items)
        geo = _Geometry(vertical=True, height=0.0, nodes=[QPointF()] * count,
                        texts=[QRectF()] * count, boxes=[QRectF()] * count,
                        hits=[QRectF()] * count)
        y = margin
        for zone, members in self._zone_items():
            header = QRectF(margin, y, max(width - 2 * margin, 1.0), 10_000)
            header.setHeight(bold_fm.boundingRect(header, _WRAP_LEFT, zone.title).height())
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

    # --- accessibility -----------------------------------------------------------

    def _announce(self) -> None:
        if not 0 <= self._current < len(self._items):
            return
        item = self._items[self._current]
        # setAccessibleName() sends the NameChanged event itself, so a screen reader
        # hears the newly selected step without a separate update call.
        self.setAccessibleName(f"{item.title}, {item.timing}" if item.timing else item.title)
        self.setAccessibleDescription(
            self.tr("Treatment steps: step {0} of {1}. Use the arrow keys to move.")
            .format(self._current + 1, len(self._items))
        )
