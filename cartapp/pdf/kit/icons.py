"""Small pictures for the "When to call" sheet, drawn with lines only.

They print the same on a black-and-white printer and a photocopy of a photocopy:
no fills that turn grey, no colour that carries meaning, strokes thick enough
to survive. Each is drawn in a square of side ``size`` with its lower left at 0, 0.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from cartapp.pdf.styles import TEXT


def _thermometer(c: Canvas, s: float) -> None:
    c.roundRect(s * 0.42, s * 0.3, s * 0.16, s * 0.62, s * 0.08)
    c.circle(s * 0.5, s * 0.22, s * 0.13)
    c.line(s * 0.5, s * 0.3, s * 0.5, s * 0.62)
    for y in (0.5, 0.62, 0.74, 0.86):
        c.line(s * 0.6, s * y, s * 0.7, s * y)


def _chills(c: Canvas, s: float) -> None:
    import math

    cx, cy, r = s * 0.5, s * 0.5, s * 0.4
    for k in range(3):
        a = math.pi * k / 3
        dx, dy = r * math.cos(a), r * math.sin(a)
        c.line(cx - dx, cy - dy, cx + dx, cy + dy)
        for sign in (1, -1):  # small branches near each tip
            tx, ty = cx + sign * dx * 0.7, cy + sign * dy * 0.7
            for turn in (0.6, -0.6):
                b = a + (0 if sign > 0 else math.pi) + turn
                c.line(tx, ty, tx + s * 0.12 * math.cos(b), ty + s * 0.12 * math.sin(b))


def _heart(c: Canvas, s: float) -> None:
    p = c.beginPath()
    p.moveTo(s * 0.5, s * 0.15)
    p.curveTo(s * 0.1, s * 0.45, s * 0.05, s * 0.85, s * 0.3, s * 0.85)
    p.curveTo(s * 0.42, s * 0.85, s * 0.5, s * 0.75, s * 0.5, s * 0.68)
    p.curveTo(s * 0.5, s * 0.75, s * 0.58, s * 0.85, s * 0.7, s * 0.85)
    p.curveTo(s * 0.95, s * 0.85, s * 0.9, s * 0.45, s * 0.5, s * 0.15)
    c.drawPath(p, stroke=1, fill=0)
    # a pulse line across it
    c.lines(
        [
            (s * 0.2, s * 0.55, s * 0.38, s * 0.55),
            (s * 0.38, s * 0.55, s * 0.45, s * 0.7),
            (s * 0.45, s * 0.7, s * 0.53, s * 0.4),
            (s * 0.53, s * 0.4, s * 0.6, s * 0.55),
            (s * 0.6, s * 0.55, s * 0.8, s * 0.55),
        ]
    )


def _lungs(c: Canvas, s: float) -> None:
    c.line(s * 0.5, s * 0.9, s * 0.5, s * 0.55)
    c.line(s * 0.5, s * 0.55, s * 0.4, s * 0.45)
    c.line(s * 0.5, s * 0.55, s * 0.6, s * 0.45)
    for sign in (-1, 1):
        p = c.beginPath()
        x = s * 0.5 + sign * s * 0.07
        p.moveTo(x, s * 0.7)
        p.curveTo(
            x + sign * s * 0.3, s * 0.85, x + sign * s * 0.4, s * 0.3, x + sign * s * 0.33, s * 0.12
        )
        p.curveTo(x + sign * s * 0.2, s * 0.08, x + sign * s * 0.02, s * 0.15, x, s * 0.3)
        p.close()
        c.drawPath(p, stroke=1, fill=0)


def _stomach(c: Canvas, s: float) -> None:
    # a bowl with drops above it
    p = c.beginPath()
    p.moveTo(s * 0.12, s * 0.45)
    p.curveTo(s * 0.15, s * 0.1, s * 0.85, s * 0.1, s * 0.88, s * 0.45)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    for x, y in ((0.35, 0.62), (0.5, 0.78), (0.65, 0.62)):
        _drop_at(c, s * x, s * y, s * 0.1)


def _head(c: Canvas, s: float) -> None:
    c.circle(s * 0.45, s * 0.55, s * 0.3)
    c.line(s * 0.35, s * 0.25, s * 0.32, s * 0.1)
    c.line(s * 0.55, s * 0.25, s * 0.58, s * 0.1)
    # a question mark beside it
    p = c.beginPath()
    p.moveTo(s * 0.78, s * 0.78)
    p.curveTo(s * 0.8, s * 0.95, s * 1.0, s * 0.92, s * 0.97, s * 0.78)
    p.curveTo(s * 0.95, s * 0.7, s * 0.87, s * 0.68, s * 0.87, s * 0.6)
    c.drawPath(p, stroke=1, fill=0)
    c.circle(s * 0.87, s * 0.5, s * 0.02, stroke=1, fill=1)


def _speech(c: Canvas, s: float) -> None:
    c.roundRect(s * 0.08, s * 0.35, s * 0.84, s * 0.5, s * 0.1)
    c.lines([(s * 0.25, s * 0.35, s * 0.2, s * 0.15), (s * 0.2, s * 0.15, s * 0.4, s * 0.35)])
    c.line(s * 0.2, s * 0.55, s * 0.8, s * 0.7)  # crossed out: words will not come
    for x in (0.28, 0.5, 0.72):
        c.circle(s * x, s * 0.6, s * 0.03, stroke=1, fill=1)


def _shaking(c: Canvas, s: float) -> None:
    # a hand outline with motion marks
    c.roundRect(s * 0.35, s * 0.1, s * 0.3, s * 0.4, s * 0.08)
    for i in range(4):
        x = s * (0.36 + i * 0.075)
        c.roundRect(x, s * 0.45, s * 0.06, s * 0.3, s * 0.03)
    for sign in (-1, 1):
        x = s * 0.5 + sign * s * 0.3
        wiggle = x + sign * s * 0.06
        c.lines(
            [
                (x, s * 0.3, wiggle, s * 0.4),
                (wiggle, s * 0.4, x, s * 0.5),
                (x, s * 0.5, wiggle, s * 0.6),
            ]
        )


def _drop_at(c: Canvas, x: float, y: float, r: float) -> None:
    p = c.beginPath()
    p.moveTo(x, y + r * 1.8)
    p.curveTo(x + r * 0.3, y + r, x + r, y + r * 0.6, x + r, y)
    p.curveTo(x + r, y - r * 0.6, x - r, y - r * 0.6, x - r, y)
    p.curveTo(x - r, y + r * 0.6, x - r * 0.3, y + r, x, y + r * 1.8)
    c.drawPath(p, stroke=1, fill=0)


def _drop(c: Canvas, s: float) -> None:
    _drop_at(c, s * 0.5, s * 0.35, s * 0.28)


def _line(c: Canvas, s: float) -> None:
    # a tube entering the skin, with a dressing square and redness rays
    c.rect(s * 0.3, s * 0.3, s * 0.4, s * 0.4)
    p = c.beginPath()
    p.moveTo(s * 0.5, s * 0.5)
    p.curveTo(s * 0.5, s * 0.85, s * 0.8, s * 0.7, s * 0.9, s * 0.95)
    c.drawPath(p, stroke=1, fill=0)
    for x1, y1, x2, y2 in ((0.2, 0.2, 0.1, 0.1), (0.8, 0.2, 0.9, 0.1), (0.2, 0.8, 0.1, 0.9)):
        c.line(s * x1, s * y1, s * x2, s * y2)


DRAW: dict[str, Callable[[Canvas, float], None]] = {
    "thermometer": _thermometer,
    "chills": _chills,
    "heart": _heart,
    "lungs": _lungs,
    "stomach": _stomach,
    "head": _head,
    "speech": _speech,
    "shaking": _shaking,
    "drop": _drop,
    "line": _line,
}


class Icon(Flowable):
    def __init__(self, name: str, size: float) -> None:
        super().__init__()
        self.name, self.size = name, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(TEXT)
        canvas.setFillColor(TEXT)
        canvas.setLineWidth(max(1.2, self.size / 22))
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        DRAW[self.name](canvas, self.size)
        canvas.restoreState()
