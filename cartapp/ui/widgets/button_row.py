"""A row of buttons that wraps onto more lines when the space is too narrow."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget


class ButtonRow(QWidget):
    """Buttons side by side, wrapping at large text or in narrow windows."""

    def __init__(self, buttons: list[QPushButton], parent=None) -> None:
        super().__init__(parent)
        self._buttons = buttons
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._arrange(len(buttons))

    def _arrange(self, columns: int) -> None:
        columns = max(1, columns)
        if columns == self._columns:
            return
        self._columns = columns
        for button in self._buttons:
            self._grid.removeWidget(button)
        for index, button in enumerate(self._buttons):
            self._grid.addWidget(button, index // columns, index % columns)
        for column in range(len(self._buttons)):
            self._grid.setColumnStretch(column, 0)
        self._grid.setColumnStretch(columns, 1)

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        widest = max(
            (b.sizeHint().width() for b in self._buttons if b.isVisibleTo(self)), default=0
        )
        hint.setWidth(widest)
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        spacing = self._grid.horizontalSpacing()
        used, columns = 0, 0
        for button in self._buttons:
            if not button.isVisibleTo(self):
                continue
            used += button.sizeHint().width() + (spacing if columns else 0)
            if used > self.width():
                break
            columns += 1
        self._arrange(columns)
