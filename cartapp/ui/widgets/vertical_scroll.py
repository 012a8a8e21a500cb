"""The one kind of scroll area the app uses: up and down only, no frame.

Large text on a small screen scrolls; it is never squeezed, cut off, or
pushed sideways.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def vertical_scroll(
    content: QWidget | None = None, parent: QWidget | None = None, *, name: str = ""
) -> QScrollArea:
    """``name``: what a screen reader says when the area takes the keyboard (it
    does, so that keys can scroll it)."""
    scroll = QScrollArea(parent)
    scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if content is not None:
        scroll.setWidget(content)
    return scroll
