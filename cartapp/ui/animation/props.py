"""The setting: blood vessel, machine, bags, lab dish, hospital and the like.

Props are drawn in the bluish green of "tools", or in neutral theme colours, so
the coloured cells stay the centre of attention.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from cartapp.ui.animation import shapes as sh
from cartapp.ui.animation.actors import Actor, Ink, Part

GREEN = sh.TOOL_GREEN


def vessel(ink: Ink, width: float, height: float) -> Actor:
    """A stretch of blood vessel seen from the side, centred on the origin.

    It runs past both edges of the picture, so blood seems to flow on and on.
    """
    body = QPainterPath()
    body.addRect(QRectF(-width / 2, -height / 2, width, height))
    wall = QPainterPath()
    for y in (-height / 2 - 6, height / 2 - 6):
        wall.addRect(QRectF(-width / 2, y, width, 12))
    return Actor("vessel", [Part(body, "vessel", outlined=False), Part(wall, "wall")], ink)


def body_window(ink: Ink, width: float, height: float) -> Actor:
    """A framed look inside the blood, for scenes that also show things outside the body."""
    frame = sh.rounded(QRectF(-width / 2, -height / 2, width, height), 36)
    return Actor("window", [Part(frame, "vessel"), Part(sh.stroke(frame, 10), "wall")], ink)


def tube(ink: Ink, centreline: QPainterPath, width: float = 12) -> Actor:
    return Actor("tube", [Part(sh.stroke(centreline, width), "paper")], ink)


def person(ink: Ink) -> Actor:
    """A simple seated child, origin at the chest; the right arm reaches out."""
    head = sh.circle(34)
    head.translate(0, -95)
    body = sh.rounded(QRectF(-48, -55, 96, 130), 40)
    arm = QPainterPath(QPointF(30, -25))
    arm.lineTo(95, 20)
    arm_path = sh.stroke(arm, 26)
    return Actor(
        "child", [Part(arm_path, "person"), Part(body, "person"), Part(head, "person")], ink
    )


def machine(ink: Ink) -> Actor:
    body = sh.rounded(QRectF(-90, -80, 180, 160), 18)
    window = sh.circle(52)
    window.translate(0, -5)
    foot = sh.rounded(QRectF(-70, 80, 140, 18), 6)
    return Actor("machine", [Part(foot, GREEN), Part(body, GREEN), Part(window, "paper")], ink)


def wheel(ink: Ink) -> Actor:
    """The spinning part of the machine, turned by the scene."""
    spokes = QPainterPath()
    for i in range(3):
        a = math.radians(120 * i)
        line = QPainterPath(QPointF(0, 0))
        line.lineTo(38 * math.cos(a), 38 * math.sin(a))
        spokes.addPath(sh.stroke(line, 9))
    hub = sh.circle(10)
    return Actor("wheel", [Part(spokes.simplified(), GREEN), Part(hub, "paper")], ink)


def bag(ink: Ink, width: float = 110, height: float = 150) -> Actor:
    """An infusion or collection bag, origin at its centre, outlet at the bottom."""
    body = sh.rounded(QRectF(-width / 2, -height / 2, width, height), 22)
    tab = sh.rounded(QRectF(-16, -height / 2 - 20, 32, 26), 8)
    hole = sh.circle(6)
    hole.translate(0, -height / 2 - 10)
    port = sh.rounded(QRectF(-8, height / 2 - 4, 16, 22), 4)
    return Actor(
        "bag", [Part(tab.subtracted(hole), GREEN), Part(port, GREEN), Part(body, "glass")], ink
    )


def dish(ink: Ink, width: float, height: float) -> Actor:
    """A wide lab dish seen from the side: glass walls and a green rim."""
    body = sh.rounded(QRectF(-width / 2, -height / 2, width, height), 40)
    rim = sh.rounded(QRectF(-width / 2 - 10, -height / 2 - 12, width + 20, 22), 10)
    return Actor("dish", [Part(body, "glass"), Part(rim, GREEN)], ink)


def snowflake(ink: Ink, size: float = 34) -> Actor:
    arms = QPainterPath()
    for i in range(6):
        a = math.radians(60 * i)
        line = QPainterPath(QPointF(0, 0))
        tip = QPointF(size * math.cos(a), size * math.sin(a))
        line.lineTo(tip)
        for side in (-1, 1):
            twig = QPointF(0.55 * size * math.cos(a), 0.55 * size * math.sin(a))
            line.moveTo(twig)
            b = a + side * math.radians(40)
            line.lineTo(twig.x() + 0.3 * size * math.cos(b), twig.y() + 0.3 * size * math.sin(b))
        arms.addPath(sh.stroke(line, 6))
    return Actor("frozen", [Part(arms.simplified(), "#56B4E9")], ink)


def hospital(ink: Ink) -> Actor:
    body = sh.rounded(QRectF(-80, -70, 160, 140), 8)
    roof = sh.rounded(QRectF(-92, -86, 184, 22), 6)
    door = sh.rounded(QRectF(-20, 20, 40, 50), 6)
    windows = QPainterPath()
    for x in (-55, 25):
        for y in (-50, -10):
            windows.addRoundedRect(QRectF(x, y, 30, 26), 4, 4)
    heart = _heart(18)
    heart.translate(0, -100)
    return Actor(
        "hospital",
        [
            Part(body, "paper"),
            Part(roof, GREEN),
            Part(door, GREEN),
            Part(windows, "glass"),
            Part(heart, GREEN),
        ],
        ink,
    )


def _heart(size: float) -> QPainterPath:
    path = QPainterPath(QPointF(0, size * 0.9))
    path.cubicTo(
        QPointF(-size * 1.6, -size * 0.2),
        QPointF(-size * 0.6, -size * 1.2),
        QPointF(0, -size * 0.35),
    )
    path.cubicTo(
        QPointF(size * 0.6, -size * 1.2), QPointF(size * 1.6, -size * 0.2), QPointF(0, size * 0.9)
    )
    return path


def thermometer(ink: Ink) -> Actor:
    stem = sh.rounded(QRectF(-14, -110, 28, 120), 14)
    bulb = sh.circle(24)
    bulb.translate(0, 22)
    ticks = QPainterPath()
    for i in range(5):
        ticks.addRect(QRectF(14, -90 + 20 * i, 10, 3))
    return Actor(
        "thermometer", [Part(stem.united(bulb), "paper"), Part(ticks, "wall", outlined=False)], ink
    )


def mercury(ink: Ink) -> Actor:
    """The rising column; its origin is the bulb so scaling in y raises it."""
    column = sh.rounded(QRectF(-7, -100, 14, 100), 7)
    bulb = sh.circle(17)
    return Actor("mercury", [Part(column.united(bulb), sh.CYTOKINE, outlined=False)], ink)


def monitor(ink: Ink) -> Actor:
    screen = sh.rounded(QRectF(-95, -65, 190, 130), 12)
    inner = sh.rounded(QRectF(-80, -52, 160, 104), 6)
    stand = sh.rounded(QRectF(-12, 65, 24, 30), 4).united(sh.rounded(QRectF(-45, 92, 90, 12), 6))
    return Actor(
        "monitor",
        [
            Part(stand, GREEN),
            Part(screen, GREEN),
            Part(inner, "paper"),
            Part(sh.stroke(heartbeat_line(), 4), GREEN, outlined=False),
        ],
        ink,
    )


def beat_dot(ink: Ink) -> Actor:
    """The bright point that runs along the monitor's line."""
    return Actor("beat", [Part(sh.circle(6), GREEN)], ink)


def heartbeat_line() -> QPainterPath:
    points = [
        (-70, 0),
        (-30, 0),
        (-20, -12),
        (-10, 0),
        (0, 0),
        (8, -34),
        (18, 30),
        (28, 0),
        (70, 0),
    ]
    path = QPainterPath(QPointF(*points[0]))
    for x, y in points[1:]:
        path.lineTo(x, y)
    return path


def calendar(ink: Ink) -> Actor:
    body = sh.rounded(QRectF(-70, -60, 140, 130), 10)
    top = sh.rounded(QRectF(-70, -60, 140, 34), 10)
    rings = QPainterPath()
    for x in (-35, 35):
        rings.addRoundedRect(QRectF(x - 5, -74, 10, 26), 5, 5)
    return Actor("calendar", [Part(body, "paper"), Part(top, GREEN), Part(rings, "paper")], ink)


def calendar_page(ink: Ink) -> Actor:
    """A page that turns away; its grid says "days" without needing numbers."""
    page = sh.rounded(QRectF(-62, -20, 124, 84), 6)
    grid = QPainterPath()
    for row in range(3):
        for col in range(5):
            grid.addRoundedRect(QRectF(-52 + col * 22, -10 + row * 24, 14, 14), 3, 3)
    return Actor("page", [Part(page, "paper"), Part(grid, "wall", outlined=False)], ink)
