"""The "When to call" pictures, drawn exactly as reviewed.

Each picture's drawing operators are compared with the ones kept in
tests/pdf/golden/icons/: a moved line or a changed curve shows as a diff to look at.
After a deliberate change, render the call sheet (`cartapp kit call-sheet -o F.pdf`,
then `pdftoppm -png`), look at it, and rewrite the files with
CARTAPP_WRITE_GOLDEN=1 (scripts/a11y-golden.sh does the same for the screens).
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from cartapp.pdf.kit.icons import DRAW, Icon

GOLDEN = Path(__file__).parent / "golden" / "icons"
WRITE = os.environ.get("CARTAPP_WRITE_GOLDEN") == "1"
SIZE = 44.0


def drawn(name: str, size: float = SIZE) -> str:
    canvas = Canvas(io.BytesIO(), pagesize=(size, size))
    icon = Icon(name, size)
    icon.wrap(size, size)
    icon.drawOn(canvas, 0, 0)
    return "\n".join(canvas._code) + "\n"  # ReportLab's operators for this page


@pytest.mark.parametrize("name", sorted(DRAW))
def test_each_picture_is_drawn_as_reviewed(name):
    path = GOLDEN / f"{name}.txt"
    if WRITE:
        path.write_text(drawn(name), encoding="ascii")
    assert drawn(name) == path.read_text(encoding="ascii")


def _points(operators: str) -> list[float]:
    """Every number a path operator (m, l, c, v, y, re) takes: coordinates and sizes."""
    found: list[float] = []
    numbers: list[float] = []
    for token in operators.split():
        try:
            numbers.append(float(token))
            continue
        except ValueError:
            pass
        if token in {"m", "l", "c", "v", "y", "re"}:
            found += numbers
        numbers = []
    return found


@pytest.mark.parametrize("name", sorted(DRAW))
@pytest.mark.parametrize("size", [24.0, 44.0, 80.0])
def test_each_picture_stays_in_its_square_and_grows_with_it(name, size):
    """Any size: nothing drawn outside the square it was given (it would overlap the
    words beside it), and the strokes are thick enough to survive a photocopy."""
    ops = drawn(name, size)
    assert _points(ops), f"{name} draws nothing"
    outside = [v for v in _points(ops) if not -0.01 <= v <= size + 0.01]
    assert not outside, f"{name} at {size}: {outside[:5]}"
    widths = [float(w) for w in re.findall(r"^([\d.]+) w$", ops, re.M)]
    assert widths and min(widths) >= 1.2 and max(widths) == pytest.approx(max(1.2, size / 22))


def test_every_picture_is_different():
    assert len({drawn(name) for name in DRAW}) == len(DRAW)
