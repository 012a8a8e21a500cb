"""The first window fits the screen it opens on; a remembered one must still be on a screen.

A 1366 x 768 laptop is still common in clinics and homes: the window asks for
1280 x 800 only when the screen has room, and otherwise takes the screen's free
area less a margin, centred. A size remembered from a bigger monitor that is no
longer attached is not restored.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

PREFERRED = QSize(1280, 800)
MARGIN = 24  # room for the window frame and a glimpse of the desktop


def first_geometry(available: QRect) -> QRect:
    """Where a window with no remembered place opens, inside ``available``."""
    width = min(PREFERRED.width(), available.width() - 2 * MARGIN)
    height = min(PREFERRED.height(), available.height() - 2 * MARGIN)
    size = QSize(max(width, 320), max(height, 240))
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return rect


def fits_a_screen(frame: QRect, screens: list[QRect]) -> bool:
    """True if the window is no larger than a screen, mostly on it, and its title bar
    can be reached there."""
    title = QPoint(frame.center().x(), frame.top() + 8)
    for area in screens:
        inside = frame.intersected(area)
        if (
            frame.width() <= area.width()
            and frame.height() <= area.height()
            and inside.width() * inside.height() >= 0.6 * frame.width() * frame.height()
            and area.contains(title)
        ):
            return True
    return False
