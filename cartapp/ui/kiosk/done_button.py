"""The kiosk's way out for a family: one big button that clears everything they entered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from cartapp.ui.kiosk.targets import set_min_target


def _tr(text: str) -> str:
    return QCoreApplication.translate("DoneButton", text)


def make_done_button(parent: QWidget | None = None) -> QPushButton:
    """A primary button; connect ``clicked`` to the app's reset.

    No tooltip: on a touch screen a tooltip never shows, and the label says it all.
    """
    text = _tr("I'm done \u2014 clear my information")
    button = QPushButton(text, parent)
    button.setObjectName("doneButton")
    button.setProperty("primary", True)
    button.setAccessibleName(text)
    button.setAccessibleDescription(
        _tr("Clears everything you entered and goes back to the start screen.")
    )
    set_min_target(button, height=52)
    button.setAutoDefault(False)
    return button
