"""Painting the treatment-steps track from a placement worked out by ``timeline_geometry``.

Only palette roles are used, so the standard and high-contrast themes both hold; the
selected step is told by a filled box and a larger mark, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPalette, QPen, QPolygonF

from cartapp.ui.widgets.timeline_geometry import TrackGeometry
from cartapp.ui.widgets.timeline_items import (
    BOX_PAD,
    RING_GAP,
    WRAP,
    WRAP_LEFT,
    TrackItem,
    TrackPlacement,
)


@dataclass
class TrackView:
    """What one paint needs to know beyond the placement."""

    sizes: TrackGeometry
    geo: TrackPlacement
    items: Sequence[TrackItem]
    palette: QPalette
    current: int
    focused: bool
    width: int


def paint_track(painter: QPainter, view: TrackView) -> None:
    sizes, geo, pal = view.sizes, view.geo, view.palette
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    radius = sizes.radius
    mid = pal.color(QPalette.ColorRole.Mid)
    painter.setPen(QPen(pal.color(QPalette.ColorRole.WindowText)))
    painter.setFont(sizes.bold)
    for rect, title in geo.headers:
        painter.drawText(rect, WRAP_LEFT if geo.vertical else WRAP, title)
    if geo.vertical:  # one stretch of line per zone, so no line runs through a heading
        painter.setPen(QPen(mid, 3))
        for _, members in sizes.zone_items():
            if members:
                painter.drawLine(geo.nodes[members[0]], geo.nodes[members[-1]])
    for row_top, y, bottom in geo.lines:
        painter.setPen(QPen(mid, 3))
        painter.drawLine(QPointF(sizes.margin, y), QPointF(view.width - sizes.margin, y))
        painter.setPen(QPen(mid, 1))
        for x in (x for top, xs in geo.ticks if top == row_top for x in xs):
            painter.drawLine(QPointF(x, y - radius * 0.7), QPointF(x, y + radius * 0.7))
        painter.setPen(QPen(mid, 1, Qt.PenStyle.DashLine))
        for top, x in geo.separators:
            if top == row_top:
                painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    # Leaders go under the marks: one passing a lower bar is seen to pass behind it.
    painter.setPen(QPen(mid, 1))
    for points in geo.leaders:
        painter.drawPolyline(QPolygonF(points))
    for index, item in enumerate(view.items):
        _paint_item(painter, view, index, item)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(pal.color(QPalette.ColorRole.WindowText))
    for dot in geo.leader_dots:
        painter.drawEllipse(dot, 2.5, 2.5)
    for guest in geo.guests:
        item = view.items[guest.item]
        selected = guest.item == view.current
        if selected:
            _selection_box(painter, pal, guest.box, ring=False)
        painter.setFont(sizes.font)
        painter.setPen(_text_colour(pal, selected))
        painter.drawText(guest.text, WRAP, item.label)


def _text_colour(pal: QPalette, selected: bool):
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText
    return pal.color(role)


def _selection_box(painter: QPainter, pal: QPalette, box: QRectF, *, ring: bool) -> None:
    box = box.adjusted(-BOX_PAD, -3, BOX_PAD, 3)
    painter.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 2))
    painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
    painter.drawRoundedRect(box, 6, 6)
    if ring:  # keyboard focus: a second ring outside the box
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
        painter.drawRoundedRect(box.adjusted(-RING_GAP, -RING_GAP, RING_GAP, RING_GAP), 9, 9)


def _paint_item(painter: QPainter, view: TrackView, index: int, item: TrackItem) -> None:
    sizes, geo, pal = view.sizes, view.geo, view.palette
    selected = index == view.current
    center, text_rect = geo.nodes[index], geo.texts[index]
    radius = sizes.radius * (1.25 if selected else 1.0)
    text_color = pal.color(QPalette.ColorRole.WindowText)
    if item.day_zero:  # Day 0 stands out by shape and a crossing line, not colour
        painter.setPen(QPen(text_color, 2))
        reach = radius * 2.2
        if geo.vertical:
            painter.drawLine(QPointF(center.x() - reach, center.y()), center)
        else:
            painter.drawLine(
                QPointF(center.x(), center.y() - reach), QPointF(center.x(), text_rect.top())
            )
    if selected:
        _selection_box(painter, pal, geo.boxes[index], ring=view.focused)
    ring = QPen(text_color, 2, Qt.PenStyle.DashLine if item.optional else Qt.PenStyle.SolidLine)
    painter.setPen(ring)
    painter.setBrush(
        pal.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
    )
    bars = [m for m in geo.marks if m.item == index and not m.is_point]
    for mark in bars:  # a span: a bar over its true days, on each zone it reaches
        paint_bar(
            painter, geo.mark_rect(mark, radius), mark.open_left, mark.open_right or item.open_end
        )
    if index in geo.vbars:
        paint_bar(painter, geo.vbars[index], False, item.open_end, vertical=True)
    elif bars:
        pass
    elif item.day_zero:
        r = radius * 1.3
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(center.x(), center.y() - r),
                    QPointF(center.x() + r, center.y()),
                    QPointF(center.x(), center.y() + r),
                    QPointF(center.x() - r, center.y()),
                ]
            )
        )
    else:
        painter.drawEllipse(center, radius, radius)

    flags = WRAP_LEFT if geo.vertical else WRAP
    painter.setPen(_text_colour(pal, selected))
    y = text_rect.top()
    for text, font in sizes.lines(item, geo.vertical):
        painter.setFont(font)
        rect = QRectF(text_rect.left(), y, text_rect.width(), 10_000)
        painter.drawText(rect, flags, text)
        y += QFontMetricsF(font).boundingRect(rect, flags, text).height()


def paint_bar(
    painter: QPainter, rect: QRectF, open_start: bool, open_end: bool, *, vertical: bool = False
) -> None:
    """A span: a rounded bar over its days. An end cut at a zone's edge, or one the team
    has not set yet, gets an open arrow pointing on, so no end is invented."""
    round_by = min(rect.width(), rect.height()) / 2
    painter.drawRoundedRect(rect, round_by, round_by)
    tip = min(rect.width(), rect.height()) * 0.6
    centre = rect.center()
    for is_open, edge, sign in (
        (open_start, rect.top() if vertical else rect.left(), -1),
        (open_end, rect.bottom() if vertical else rect.right(), 1),
    ):
        if not is_open:
            continue
        near, far = edge + sign * tip * 0.2, edge + sign * tip * 1.1
        if vertical:
            arrow = [(centre.x() - tip, near), (centre.x(), far), (centre.x() + tip, near)]
        else:
            arrow = [(near, centre.y() - tip), (far, centre.y()), (near, centre.y() + tip)]
        painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in arrow]))
