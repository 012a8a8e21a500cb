"""'Contact your care team': the clinic's name and numbers, where a worried family looks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from cartapp.config import ClinicInfo


class CareTeamBox(QFrame):
    """Shows the clinic's phone numbers as plain text.

    Numbers are never links: on a kiosk nothing can dial, and at home a
    number a parent can read aloud matters more than one to click. The box is
    hidden when the clinic's file gives neither a name nor a number.
    """

    def __init__(self, clinic: ClinicInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoBox")
        heading = self._line()
        heading.setText(self.tr("Contact your care team"))
        heading.setObjectName("sectionHeading")
        self.setAccessibleName(self.tr("Contact your care team"))
        self.name_label = self._line()
        self.phone_label = self._line()
        self.urgent_label = self._line()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(heading)
        for label in (self.name_label, self.phone_label, self.urgent_label):
            layout.addWidget(label)
        self._hidden_when_empty = False
        self.set_clinic(clinic or ClinicInfo())

    @staticmethod
    def _line() -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.setWordWrap(True)
        return label

    def set_clinic(self, clinic: ClinicInfo) -> None:
        lines = (
            (self.name_label, clinic.name),
            (self.phone_label, self.tr("Phone: %s") % clinic.phone if clinic.phone else ""),
            (
                self.urgent_label,
                self.tr("After hours or urgent: %s") % clinic.urgent_phone
                if clinic.urgent_phone
                else "",
            ),
        )
        for label, text in lines:
            label.setText(text)
            label.setVisible(bool(text))
        if not self.has_content():
            self.hide()
            self._hidden_when_empty = True
        elif self._hidden_when_empty:
            self._hidden_when_empty = False
            # A box without a parent yet must not pop up as a window of its own.
            if self.parentWidget() is not None:
                self.show()

    def has_content(self) -> bool:
        return any(label.text() for label in (self.name_label, self.phone_label, self.urgent_label))

    def text(self) -> str:
        """Everything the box says, one line each (for tests and the self-test)."""
        return "\n".join(
            label.text()
            for label in (self.name_label, self.phone_label, self.urgent_label)
            if label.text()
        )
