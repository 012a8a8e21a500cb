"""The cast: cells, markers and signals, each one item drawn from a few paths.

An actor is built once and then only moved, faded or turned, so a frame costs
a few cached pixmap copies, not a redraw of every outline.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from cartapp.ui.animation import shapes as sh
from cartapp.ui.animation.ink import Ink

OUTLINE_WIDTH = 2.0
HALO_WIDTH = 7.0


@dataclass(frozen=True)
class Part:
    path: QPainterPath
    fill: str | None  # "#rrggbb", or a role name in Ink.roles
    outlined: bool = True


class Actor(QGraphicsObject):
    """One drawn thing made of parts; back parts first."""

    def __init__(self, kind: str, parts: list[Part], ink: Ink, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._parts = parts
        rect = QRectF()
        for part in parts:
            rect = rect.united(part.path.boundingRect())
        self._rect = rect.adjusted(-HALO_WIDTH, -HALO_WIDTH, HALO_WIDTH, HALO_WIDTH)
        self._brushes: list[QBrush] = []
        self._pen = QPen()
        self._halo: QPen | None = None
        self.set_ink(ink)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_ink(self, ink: Ink) -> None:
        self._brushes = [
            QBrush(ink.colour(p.fill)) if p.fill else QBrush(Qt.BrushStyle.NoBrush)
            for p in self._parts
        ]
        self._pen = QPen(ink.outline, OUTLINE_WIDTH)
        self._pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._halo = None
        if ink.halo is not None:
            self._halo = QPen(ink.halo, HALO_WIDTH)
            self._halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        self.draw(painter)

    def draw(self, painter: QPainter) -> None:
        """Draw at the origin; the legend uses this to show the same shape small."""
        if self._halo is not None:
            for part in self._parts:
                if part.outlined:
                    painter.strokePath(part.path, self._halo)
        no_pen = QPen(Qt.PenStyle.NoPen)
        for part, brush in zip(self._parts, self._brushes, strict=True):
            painter.setPen(self._pen if part.outlined else no_pen)
            painter.setBrush(brush)
            painter.drawPath(part.path)


class Tag(QGraphicsObject):
    """A word written in the picture, with a thin line to what it names."""

    def __init__(self, text: str, ink: Ink, anchor: QPointF | None = None, parent=None) -> None:
        super().__init__(parent)
        self._text = text
        self._anchor = anchor  # relative to the tag's centre
        self._font = QFont()
        self._font.setPixelSize(20)
        self._font.setBold(True)
        self._ink = ink
        self._box = QRectF()
        self._rect = QRectF()
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._measure()

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._measure()

    def set_ink(self, ink: Ink) -> None:
        self._ink = ink
        self.update()

    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self._measure()

    def _measure(self) -> None:
        self.prepareGeometryChange()
        metrics = QFontMetricsF(self._font)
        width = metrics.horizontalAdvance(self._text) + 18
        height = metrics.height() + 8
        self._box = QRectF(-width / 2, -height / 2, width, height)
        rect = QRectF(self._box)
        if self._anchor is not None:
            # A zero-size rect would be ignored by united(); give the dot its size.
            rect = rect.united(QRectF(self._anchor.x() - 5, self._anchor.y() - 5, 10, 10))
        self._rect = rect.adjusted(-4, -4, 4, 4)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self._text:
            return
        edge = self._ink.roles["tag_edge"]
        if self._anchor is not None:
            painter.setPen(QPen(edge, 2))
            painter.drawLine(self._nearest_edge_point(), self._anchor)
            painter.setBrush(edge)
            painter.drawEllipse(self._anchor, 3.5, 3.5)
        painter.setPen(QPen(edge, 2))
        painter.setBrush(self._ink.roles["tag"])
        painter.drawRoundedRect(self._box, 8, 8)
        painter.setFont(self._font)
        painter.setPen(self._ink.roles["text"])
        painter.drawText(self._box, Qt.AlignmentFlag.AlignCenter, self._text)

    def _nearest_edge_point(self) -> QPointF:
        a, box = self._anchor, self._box
        return QPointF(
            min(max(a.x(), box.left()), box.right()), min(max(a.y(), box.top()), box.bottom())
        )


# -- the cast -------------------------------------------------------------------


def _nucleus(radius: float, colour: QColor | str, dx: float = -3, dy: float = -2) -> Part:
    path = sh.circle(radius)
    path.translate(dx, dy)
    return Part(path, QColor(colour).name(), outlined=False)


def t_cell(ink: Ink) -> Actor:
    return Actor(
        "t_cell",
        [
            Part(sh.t_cell_edge(), sh.T_BLUE),
            _nucleus(sh.T_RADIUS * 0.5, QColor(sh.T_BLUE).darker(135)),
        ],
        ink,
    )


CAR_ANGLES = (0, 72, 144, 216, 288)


def car_t_cell(ink: Ink, hands: int = 5) -> Actor:
    """A T cell with CARs; the first hand points along +x for docking."""
    parts = [
        Part(sh.on_edge(sh.car_hand(), sh.T_RADIUS, a), sh.CAR_ORANGE) for a in CAR_ANGLES[:hands]
    ]
    parts += [
        Part(sh.t_cell_edge(), sh.T_BLUE),
        _nucleus(sh.T_RADIUS * 0.5, QColor(sh.T_BLUE).darker(135)),
    ]
    return Actor("car_t_cell", parts, ink)


def leukemia_cell(
    ink: Ink, markers: tuple[float, ...] = (180, 55, 290), seed: int = 0, scale: float = 1.0
) -> Actor:
    """A large, lumpy cell; markers are angles in degrees (180 faces left)."""
    radius = sh.LEUKEMIA_RADIUS * scale
    parts = [
        Part(
            sh.on_edge(sh.cd19_marker(), sh.leukemia_radius(math.radians(a), radius, seed), a),
            sh.CD19_YELLOW,
        )
        for a in markers
    ]
    parts += [
        Part(sh.leukemia_edge(radius, seed), sh.LEUKEMIA),
        Part(
            sh.leukemia_nucleus(radius, seed),
            QColor(sh.LEUKEMIA).darker(140).name(),
            outlined=False,
        ),
    ]
    return Actor("leukemia_cell", parts, ink)


def b_cell(ink: Ink, markers: tuple[float, ...] = (180, 60, 300)) -> Actor:
    parts = [Part(sh.on_edge(sh.cd19_marker(), sh.B_RADIUS, a), sh.CD19_YELLOW) for a in markers]
    parts += [
        Part(sh.circle(sh.B_RADIUS), sh.B_SKY),
        _nucleus(sh.B_RADIUS * 0.55, QColor(sh.B_SKY).darker(130)),
    ]
    return Actor("b_cell", parts, ink)


def red_cell(ink: Ink) -> Actor:
    # A pale disc with a dimple: present, but quieter than the cells the story is about.
    inner = sh.circle(sh.RED_RADIUS * 0.5)
    return Actor(
        "red_cell",
        [
            Part(sh.circle(sh.RED_RADIUS), sh.RED_CELL),
            Part(inner, QColor(sh.RED_CELL).darker(112).name(), outlined=False),
        ],
        ink,
    )


def cytokine(ink: Ink) -> Actor:
    return Actor("cytokine", [Part(sh.cytokine(), sh.CYTOKINE)], ink)


def cd19_marker(ink: Ink, scale: float = 1.0) -> Actor:
    return Actor("cd19", [Part(sh.placed(sh.cd19_marker(), 0, 0, 0, scale), sh.CD19_YELLOW)], ink)


def car_hand(ink: Ink, scale: float = 1.0) -> Actor:
    return Actor("car", [Part(sh.placed(sh.car_hand(), 0, 0, 0, scale), sh.CAR_ORANGE)], ink)


def virus(ink: Ink, with_gene: bool = True) -> Actor:
    parts = []
    for i in range(6):
        spike = sh.rounded(QRectF(14, -2, 9, 4), 2)
        knob = sh.circle(3.5)
        knob.translate(24, 0)
        parts.append(Part(sh.placed(spike.united(knob), 0, 0, 60 * i), sh.TOOL_GREEN))
    parts.append(Part(sh.hexagon(19), sh.TOOL_GREEN))
    if with_gene:
        parts.append(Part(sh.gene_strand(), sh.CAR_ORANGE))
    return Actor("virus", parts, ink)


def gene(ink: Ink) -> Actor:
    return Actor("car_gene", [Part(sh.gene_strand(), sh.CAR_ORANGE)], ink)


def drop(ink: Ink, kind: str = "chemo") -> Actor:
    return Actor(kind, [Part(sh.drop(), sh.TOOL_GREEN)], ink)


def fragment(ink: Ink, seed: int) -> Actor:
    """A small piece of a destroyed leukemia cell."""
    path = sh.leukemia_edge(9 + seed % 3 * 2, seed)
    return Actor("fragment", [Part(path, sh.LEUKEMIA)], ink)


FACTORIES = {
    "t_cell": t_cell,
    "car_t_cell": car_t_cell,
    "car": car_hand,
    "leukemia_cell": leukemia_cell,
    "cd19": cd19_marker,
    "b_cell": b_cell,
    "red_cell": red_cell,
    "cytokine": cytokine,
    "virus": virus,
    "chemo": lambda ink: drop(ink, "chemo"),
    "antibodies": lambda ink: drop(ink, "antibodies"),
}
