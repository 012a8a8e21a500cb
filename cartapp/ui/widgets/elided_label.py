"""A one-line label that ends in "…" when its words do not fit, instead of pushing its
neighbours off the screen or being cut mid-letter. For names whose full words stay
with screen readers (the accessible name), such as the clinic's name in a kiosk bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QWidget

ELLIPSIS = "\u2026"


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # A few letters and the ellipsis: the rest of the row keeps its words.
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("Mm" + ELLIPSIS), hint.height())

    def shown_text(self) -> str:
        """The words as drawn: all of them, or the start and "…"."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
