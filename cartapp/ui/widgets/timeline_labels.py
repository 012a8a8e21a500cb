"""Where each step's words go under the marks, and the thin leader from the words to
their mark.

The marks never move; only the words do. The words of one zone are put in the order of
their marks and pushed apart just enough not to touch, without leaving their zone. A
leader leaves its mark straight down, below every lane, before it bends towards its
words: bent at the mark, it would seem to start at whichever bar it crossed first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF

from cartapp.ui.widgets.timeline_marks import Mark


@dataclass
class Label:
    item: int
    anchor: Mark | None  # the mark the words belong to; None leaves them unattached
    height: float
    used: float  # the width the words take
    guest: bool = False  # a span's piece in another zone: its short name only
    x: float = 0.0  # the words' centre, once spread


def spread(labels: list[Label], left: float, right: float, pad: float) -> list[Label]:
    """Give each label its centre between ``left`` and ``right``, as near its mark as
    the others allow, ``pad`` apart; returns them from left to right."""
    middle = (left + right) / 2

    def wanted(label: Label) -> float:
        return label.anchor.center if label.anchor else middle

    order = sorted(labels, key=lambda label: (wanted(label), label.item, label.guest))
    half = [label.used / 2 + pad / 2 for label in order]
    xs = [
        min(max(wanted(label), left + h), right - h) for label, h in zip(order, half, strict=True)
    ]
    for k in range(1, len(xs)):
        xs[k] = max(xs[k], xs[k - 1] + half[k - 1] + half[k])
    for k in range(len(xs) - 1, -1, -1):
        limit = right if k == len(xs) - 1 else xs[k + 1] - half[k + 1]
        xs[k] = min(xs[k], limit - half[k])
    for label, x in zip(order, xs, strict=True):
        label.x = x
    return order


def leaders(
    order: list[Label],
    mark_y: Callable[[Mark], float],
    below: float,
    text_top: float,
    gap: float,
) -> list[tuple[Mark, list[QPointF]]]:
    """A leader (a short polyline) from the edge of each label's mark, as ``mark_y``
    gives it, to the top of its words.

    Along a bar the leader leaves where the words are, if they sit under it. Leaders
    leave in the words' order, ``gap`` apart where their bars allow, so two never cross
    and two never seem to be one.
    """
    attached = [label for label in order if label.anchor is not None]
    reach = []  # (lowest, highest) x where each leader may leave its mark
    for label in attached:
        mark = label.anchor
        assert mark is not None
        inset = min(gap, (mark.x1 - mark.x0) / 2)
        reach.append((mark.x0 + inset, mark.x1 - inset))
    xs = [min(max(label.x, lo), hi) for label, (lo, hi) in zip(attached, reach, strict=True)]
    for k in range(1, len(xs)):
        xs[k] = max(xs[k], min(xs[k - 1] + gap, reach[k][1]))
    for k in range(len(xs) - 2, -1, -1):
        xs[k] = min(xs[k], max(xs[k + 1] - gap, reach[k][0]))
    lines = []
    for label, x in zip(attached, xs, strict=True):
        assert label.anchor is not None
        points = [QPointF(x, mark_y(label.anchor))]
        if abs(x - label.x) > 0.5:
            points.append(QPointF(x, below))
        points.append(QPointF(label.x, text_top - 2))
        lines.append((label.anchor, points))
    return lines
