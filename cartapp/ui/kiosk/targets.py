"""Touch targets bigger than the theme's minimum, for the few controls that matter most.

The application style sheet sets every button's min-height, and Qt re-applies it
whenever the style is polished, overriding setMinimumSize. A one-line style
sheet on the widget itself wins over it and survives theme changes. Sizes are
content sizes; the theme adds its border around them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_min_target(widget: QWidget, *, height: int, width: int = 0) -> None:
    rules = [f"min-height: {height}px;"]
    if width:
        rules.append(f"min-width: {width}px;")
    widget.setStyleSheet(" ".join(rules))
