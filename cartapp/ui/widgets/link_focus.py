"""A 2 px focus ring around the link that has the keyboard focus in a text view.

Qt marks a focused link only by selecting its text, with a 1 px dotted line on
some styles: too faint for low vision (WCAG 2.4.7, 1.4.11). The ring is drawn in
the theme's focus colour, which meets 3:1 against the page in both themes
(tests/gui/test_low_vision.py), around each line the link's words take.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter, QPalette, QPen, QTextCursor
from PySide6.QtWidgets import QTextEdit

RING_PX = 2


def focused_link_rects(view: QTextEdit) -> list[QRect]:
    """One rectangle per line of the focused link's words (viewport coordinates)."""
    cursor = view.textCursor()
    if not view.hasFocus() or not cursor.hasSelection() or not cursor.charFormat().isAnchor():
        return []
    lines: dict[int, QRect] = {}
    probe = QTextCursor(view.document())
    for position in range(cursor.selectionStart(), cursor.selectionEnd() + 1):
        probe.setPosition(position)
        rect = view.cursorRect(probe)
        key = rect.top()
        lines[key] = lines[key].united(rect) if key in lines else rect
    return [r.adjusted(-3, -1, 3, 1) for r in lines.values()]


def paint_link_focus(view: QTextEdit) -> None:
    rects = focused_link_rects(view)
    if not rects:
        return
    painter = QPainter(view.viewport())
    painter.setPen(QPen(view.palette().color(QPalette.ColorRole.Accent), RING_PX))
    for rect in rects:
        painter.drawRoundedRect(rect, 3, 3)
    painter.end()
