"""Outlines of the cells and parts, built once as QPainterPaths.

All shapes are drawn around their own origin with "outward" along +x, so a
part can be rotated onto any point of a cell's edge. The CAR hand and the CD19
marker share one angle: the marker's wedge nests in the hand's fork, which is
the picture of "it fits" the whole story depends on.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker, QPolygonF, QTransform

# Colours of the Okabe–Ito set, fixed in every theme so a cell always looks the same.
T_BLUE = "#0072B2"
CAR_ORANGE = "#E69F00"
LEUKEMIA = "#D55E00"
B_SKY = "#56B4E9"
CD19_YELLOW = "#F0E442"
CYTOKINE = "#CC79A7"
TOOL_GREEN = "#009E73"
RED_CELL = "#E9C9C4"

T_RADIUS = 28.0
B_RADIUS = 25.0
LEUKEMIA_RADIUS = 46.0
RED_RADIUS = 19.0

# The CAR: a stalk, then a fork whose inner edges meet at FORK_ANGLE.
FORK_ANGLE = math.radians(30)
CAR_STALK = 11.0
CAR_ARM = 17.0
CAR_WIDTH = 5.0
# The CD19 marker: a short stalk and a wedge pointing away from its cell.
CD19_STALK = 7.0
CD19_DEPTH = 12.0

# Where a bound marker's tip sits, measured from the CAR's base along its axis.
CAR_FIT = CAR_STALK + (CAR_WIDTH / 2) / math.sin(FORK_ANGLE)
CD19_LENGTH = CD19_STALK + CD19_DEPTH


def circle(radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), radius, radius)
    return path


def polar(radius_at, steps: int = 120) -> QPainterPath:
    """A closed outline from a radius for each angle."""
    points = []
    for i in range(steps):
        angle = 2 * math.pi * i / steps
        r = radius_at(angle)
        points.append(QPointF(r * math.cos(angle), r * math.sin(angle)))
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


def t_cell_edge(radius: float = T_RADIUS) -> QPainterPath:
    # Many small bumps read as "textured" at any size, unlike the smooth B cell.
    return polar(lambda a: radius + 1.8 * math.cos(16 * a))


def leukemia_radius(angle: float, radius: float = LEUKEMIA_RADIUS, seed: int = 0) -> float:
    """The lumpy edge of a leukemia cell; also used to seat markers on that edge."""
    return radius * (
        1
        + 0.09 * math.sin(3 * angle + seed)
        + 0.06 * math.cos(5 * angle + 2 * seed)
        + 0.03 * math.sin(7 * angle + seed)
    )


def leukemia_edge(radius: float = LEUKEMIA_RADIUS, seed: int = 0) -> QPainterPath:
    return polar(lambda a: leukemia_radius(a, radius, seed))


def leukemia_nucleus(radius: float = LEUKEMIA_RADIUS, seed: int = 0) -> QPainterPath:
    # A large, uneven nucleus is what marks a blast cell under the microscope.
    return polar(
        lambda a: 0.58 * radius * (1 + 0.12 * math.sin(2 * a + seed) + 0.07 * math.cos(4 * a)), 60
    )


@cache
def car_hand() -> QPainterPath:
    """The Y-shaped CAR, base at the origin, fork opening along +x."""
    line = QPainterPath(QPointF(-4, 0))
    line.lineTo(CAR_STALK, 0)
    for side in (-1, 1):
        line.moveTo(CAR_STALK, 0)
        line.lineTo(
            CAR_STALK + CAR_ARM * math.cos(FORK_ANGLE), side * CAR_ARM * math.sin(FORK_ANGLE)
        )
    stroker = QPainterPathStroker()
    stroker.setWidth(CAR_WIDTH)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(line).simplified()


@cache
def cd19_marker() -> QPainterPath:
    """A small wedge on a stalk, base at the origin, tip along +x."""
    half = CD19_DEPTH * math.tan(FORK_ANGLE) * 0.92
    path = QPainterPath()
    path.addRect(QRectF(-3, -2, CD19_STALK + 3, 4))
    wedge = QPainterPath()
    wedge.addPolygon(
        QPolygonF([QPointF(CD19_STALK, -half), QPointF(CD19_LENGTH, 0), QPointF(CD19_STALK, half)])
    )
    wedge.closeSubpath()
    return path.united(wedge).simplified()


def placed(
    path: QPainterPath, x: float, y: float, angle_deg: float, scale: float = 1.0
) -> QPainterPath:
    transform = QTransform().translate(x, y).rotate(angle_deg).scale(scale, scale)
    return transform.map(path)


def on_edge(
    path: QPainterPath, radius: float, angle_deg: float, sink: float = 2.0, scale: float = 1.0
) -> QPainterPath:
    """A part standing on a cell's edge at ``angle_deg``, slightly sunk into it."""
    a = math.radians(angle_deg)
    r = radius - sink
    return placed(path, r * math.cos(a), r * math.sin(a), angle_deg, scale)


def cytokine() -> QPainterPath:
    # A four-pointed spark: small, many, and unlike any cell.
    points = []
    for i in range(8):
        r = 10 if i % 2 == 0 else 3.6
        a = math.pi / 4 * i
        points.append(QPointF(r * math.cos(a), r * math.sin(a)))
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


def drop(size: float = 10) -> QPainterPath:
    path = QPainterPath(QPointF(0, -1.6 * size))
    path.cubicTo(QPointF(0.5 * size, -0.6 * size), QPointF(size, 0), QPointF(0, size * 0.9))
    path.cubicTo(QPointF(-size, 0), QPointF(-0.5 * size, -0.6 * size), QPointF(0, -1.6 * size))
    return path


def hexagon(radius: float) -> QPainterPath:
    points = [
        QPointF(
            radius * math.cos(math.pi / 3 * i + math.pi / 6),
            radius * math.sin(math.pi / 3 * i + math.pi / 6),
        )
        for i in range(6)
    ]
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


def gene_strand(length: float = 22, height: float = 4) -> QPainterPath:
    line = QPainterPath(QPointF(-length / 2, 0))
    steps = 24
    for i in range(1, steps + 1):
        x = -length / 2 + length * i / steps
        line.lineTo(x, height * math.sin(i / steps * 3 * math.pi))
    stroker = QPainterPathStroker()
    stroker.setWidth(3.4)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    return stroker.createStroke(line).simplified()


def rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path


def stroke(path: QPainterPath, width: float) -> QPainterPath:
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(path)


def dock_distance(target_radius: float) -> float:
    """Centre-to-centre distance at which a CAR hand holds a marker on a target's edge."""
    return (target_radius - 2 + CD19_LENGTH) + (T_RADIUS - 2 + CAR_FIT)
