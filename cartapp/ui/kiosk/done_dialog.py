"""'I'm done' asks once before it clears: a stray tap must not lose a family's list,
and a family who forgot to print gets one large chance to do it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cartapp.ui.kiosk.choice_marks import side_by_side_or_stacked
from cartapp.ui.kiosk.targets import set_min_target

PRINT, CLEAR, STAY = "print", "clear", "stay"


class DoneQuestion(QDialog):
    """``choice()`` after ``exec()``: PRINT, CLEAR or STAY (closing it is STAY)."""

    def __init__(self, parent: QWidget | None, *, offer_print: bool) -> None:
        super().__init__(parent)
        self._choice = STAY
        self.setWindowTitle(self.tr("Clear everything now?"))
        self.setAccessibleName(self.tr("Clear everything now?"))
        heading = QLabel(self.tr("Clear everything now?"))
        heading.setObjectName("tabHeading")
        heading.setWordWrap(True)
        text = (
            self.tr(
                "Did you print your questions? When you clear, everything you "
                "entered here is gone for good."
            )
            if offer_print
            else self.tr("When you clear, everything you entered here is gone for good.")
        )
        body = QLabel(text)
        body.setWordWrap(True)
        self.print_button = self._button(self.tr("Print first"), PRINT)
        self.print_button.setProperty("primary", True)
        self.print_button.setVisible(offer_print)
        self.clear_button = self._button(self.tr("Clear everything"), CLEAR)
        self.clear_button.setProperty("primary", not offer_print)
        self.stay_button = self._button(self.tr("Keep going"), STAY)
        self._row = row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.stay_button)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(18)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addLayout(row)
        self.setMinimumWidth(760)
        (self.print_button if offer_print else self.stay_button).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        if visible:
            self._fit_to_screen()
        super().setVisible(visible)

    def _fit_to_screen(self) -> None:
        """As large as its words need, up to the screen (cartapp.ui.dialog_size): at
        200 % text Qt's own first size cut the answers' words ("eep goin") and the
        question's last line. The answers sit side by side when they fit, else one
        above the other."""
        from cartapp.ui.dialog_size import SCREEN_SHARE, fit_to_screen, screen_area

        self.ensurePolished()
        widest = int(screen_area(self).width() * SCREEN_SHARE)
        margins = self.layout().contentsMargins()
        buttons = (self.stay_button, self.clear_button, self.print_button)
        shown = [b for b in buttons if not b.isHidden()]
        side_by_side_or_stacked(self._row, shown, widest - margins.left() - margins.right())
        layout = self.layout()
        layout.activate()
        width = min(max(self.minimumWidth(), self.sizeHint().width()), widest)
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else self.sizeHint().height()
        )
        fit_to_screen(self, width, height)

    def _button(self, text: str, choice: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        set_min_target(button, height=64, width=170)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self._choice = choice
        self.accept() if choice != STAY else self.reject()

    def choice(self) -> str:
        return self._choice
