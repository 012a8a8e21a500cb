"""The start screen's choices (language, who is reading): the chosen one shows by a
tick and a thicker, tinted edge, not by colour alone; only Start is filled, so it
stays the one obvious thing to press."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QBoxLayout, QPushButton

CHECK = "\u2713 "


def mark_choice(
    buttons: dict[str, QPushButton], names: dict[str, str], chosen: str, palette: QPalette
) -> None:
    tint = palette.color(QPalette.ColorRole.Highlight)
    for code, button in buttons.items():
        on = code == chosen
        button.setText(CHECK + names[code] if on else names[code])
        extra = (
            f" background: rgba({tint.red()}, {tint.green()}, {tint.blue()}, 36);"
            " border-width: 3px;"
            if on
            else ""
        )
        button.setStyleSheet(f"min-height: 52px; min-width: 140px;{extra}")


def side_by_side_or_stacked(row: QBoxLayout, buttons: list[QPushButton], width: int) -> None:
    """Side by side when every button's words fit in ``width``, else one above the
    other: a button's words are never cut (Spanish's reader choices are long)."""
    needed = sum(b.sizeHint().width() for b in buttons) + row.spacing() * (len(buttons) - 1)
    row.setDirection(
        QBoxLayout.Direction.LeftToRight if needed <= width else QBoxLayout.Direction.TopToBottom
    )
