"""Two questions the guide asks once: who is reading, and where the child is treated.

The first changes only the words that address the reader ("your child" or "you"),
the order of the question builder and the sheet's label; it never hides a fact.
The second picks the rules by country (how long to stay near, when to drive, the
emergency number). Both can be changed later from the View menu.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cartapp.ui.region import current as current_region_state
from cartapp.ui.widgets.wrapping_buttons import WrappingRadioButton

translate = QCoreApplication.translate

PARENT, PATIENT = "parent", "patient"


def reader_choices() -> dict[str, str]:
    return {
        PARENT: translate("WelcomeDialog", "I am a parent or caregiver"),
        PATIENT: translate("WelcomeDialog", "I am the patient (a teen or young adult)"),
    }


class WelcomeDialog(QDialog):
    """Asks for the reader, the region, or both; ``reader()`` and ``region()`` give the
    answers (the current values when a question was not asked)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        reader: str,
        region: str,
        ask_reader: bool = True,
        ask_region: bool = True,
    ) -> None:
        super().__init__(parent)
        self._reader, self._region = reader, region
        self.setWindowTitle(
            self.tr("Welcome")
            if ask_reader and ask_region
            else self.tr("Who is reading?")
            if ask_reader
            else self.tr("Where is your child treated?")
        )
        layout = QVBoxLayout(self)
        if ask_reader and ask_region:
            intro = QLabel(
                self.tr(
                    "Two quick questions so the guide speaks to you. "
                    "You can change both later in the View menu."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.reader_group = (
            self._choices(
                layout,
                self.tr("Who is reading?"),
                self.tr("This changes how the guide speaks to you. It never hides anything."),
                reader_choices(),
                reader,
            )
            if ask_reader
            else None
        )
        self.region_group = (
            self._choices(
                layout,
                self.tr("Where is your child treated?"),
                self.tr(
                    "Some rules after CAR T, like how long to stay near the center and "
                    "when driving is safe, differ by country."
                ),
                current_region_state().names(),
                region,
            )
            if ask_region
            else None
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choices(
        self, layout: QVBoxLayout, title: str, why: str, options: dict[str, str], current: str
    ) -> QButtonGroup:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        note = QLabel(why)
        note.setWordWrap(True)
        column.addWidget(note)
        group = QButtonGroup(self)
        for code, words in options.items():
            button = WrappingRadioButton(words)
            button.setObjectName(f"choice_{code}")
            button.setProperty("code", code)
            button.setChecked(code == current)
            group.addButton(button)
            column.addWidget(button)
        if group.checkedButton() is None:
            group.buttons()[0].setChecked(True)
        layout.addWidget(box)
        return group

    @staticmethod
    def _answer(group: QButtonGroup | None, current: str) -> str:
        if group is None or group.checkedButton() is None:
            return current
        return group.checkedButton().property("code")

    def reader(self) -> str:
        return self._answer(self.reader_group, self._reader)

    def region(self) -> str:
        return self._answer(self.region_group, self._region)

    def choose(self, group: QButtonGroup | None, code: str) -> None:
        """Pick an answer as a family would (used by tests and the self-test)."""
        for button in group.buttons() if group else ():
            if button.property("code") == code:
                button.setChecked(True)
