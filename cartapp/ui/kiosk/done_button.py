"""The kiosk's way out for a family: one big button that clears everything they entered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from cartapp.ui.kiosk.targets import set_min_target


def make_done_button(parent: QWidget | None = None) -> QPushButton:
    """A primary button; connect ``clicked`` to the app's reset.

    No tooltip: on a touch screen a tooltip never shows, and the label says it all.
    """
    button = QPushButton(parent)
    button.setObjectName("doneButton")
    button.setProperty("primary", True)
    set_done_words(button)
    set_min_target(button, height=52)
    button.setAutoDefault(False)
    return button


def set_done_words(button: QPushButton) -> None:
    """The button's words in the language installed now (again after a change)."""
    text = QCoreApplication.translate("DoneButton", "I'm done \u2014 clear my information")
    button.setText(text)
    button.setAccessibleName(text)
    button.setAccessibleDescription(
        QCoreApplication.translate(
            "DoneButton", "Clears everything you entered and goes back to the start screen."
        )
    )
