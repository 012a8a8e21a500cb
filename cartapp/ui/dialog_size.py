"""A dialog's first size: what its words need, up to the screen.

Qt's own first size for a dialog stops at two thirds of the screen. At 200 % text,
and on a kiosk's 1280 x 800 touch screen, that cut words off or left a few lines
to read in a scrolling box with a third of the screen unused.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9  # a margin of the window behind stays in view
FRAME_PX = 80  # a dialog's margins, scroll bar and border around its words


def screen_area(dialog: QWidget) -> QRect:
    screen = dialog.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` x ``height``, never larger than 90 % of the screen nor
    smaller than the dialog's own minimum."""
    area = screen_area(dialog)
    dialog.resize(
        max(dialog.minimumSizeHint().width(), min(width, int(area.width() * SCREEN_SHARE))),
        max(dialog.minimumSizeHint().height(), min(height, int(area.height() * SCREEN_SHARE))),
    )


def reading_width(dialog: QWidget, characters: int = 80) -> int:
    """About ``characters`` of the dialog's text to a line, with its frame."""
    return characters * max(1, dialog.fontMetrics().averageCharWidth()) + FRAME_PX
