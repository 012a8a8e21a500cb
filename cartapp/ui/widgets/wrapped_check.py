"""A check box whose words wrap, with an optional line under them.

A QCheckBox's own text never wraps: at 200 % text a long title would push its
dialog wider than the screen. Clicking the words ticks the box, as a check box's
own text would.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from cartapp.ui import plain_text


class WrappedCheck(QWidget):
    """A check box whose words wrap: a QCheckBox's own text never does, and at 200 %
    text a long title would push the dialog wider than the screen."""

    def __init__(self, title: str, summary: str) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox()
        self.check.setAccessibleName(title)
        self.check.setAccessibleDescription(summary)
        self.title = plain_text.plain_label(title)
        self.title.setObjectName("kit-item-title")
        self.summary = plain_text.plain_label(summary)
        self.summary.setVisible(bool(summary))
        for label in (self.title, self.summary):
            label.setWordWrap(True)
            label.setBuddy(self.check)
        grid.addWidget(self.check, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.summary, 1, 1)
        grid.setColumnStretch(1, 1)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        # The words are part of the target, as a check box's own text would be.
        if event.button() == Qt.MouseButton.LeftButton:
            self.check.toggle()
            self.check.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)
