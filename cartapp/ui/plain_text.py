"""Typed or loaded text is shown as written, never read as markup.

Qt guesses that text starting with a tag is HTML: a family's note reading
``<img src="/dev/zero">`` would make a tooltip try to read the whole device.
Every label, message box and tooltip that can show such text goes through here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    return plain(QLabel(text, parent))


def tooltip(text: str) -> str:
    """Tooltips have no text-format setting: the text is escaped into rich text."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return box


def ask(box: QMessageBox) -> Button:
    """Show the box and return the button pressed (one seam, so tests can answer)."""
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else Button.NoButton


def warn(parent: QWidget | None, title: str, text: str) -> None:
    ask(message_box(parent, QMessageBox.Icon.Warning, title, text))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    ask(message_box(parent, QMessageBox.Icon.Information, title, text))


def critical(parent: QWidget | None, title: str, text: str) -> None:
    ask(message_box(parent, QMessageBox.Icon.Critical, title, text))


def question(
    parent: QWidget | None, title: str, text: str, buttons: Button, default: Button
) -> Button:
    return ask(message_box(parent, QMessageBox.Icon.Question, title, text, buttons, default))
