"""The finder's list of questions under topic headings; the arrow keys step over
a heading, which cannot be chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2


class BankList(QListWidget):
    """A list whose heading rows the keyboard steps over."""

    def is_heading(self, row: int) -> bool:
        item = self.item(row)
        return item is not None and bool(item.data(HEADING_ROLE))

    def first_question_row(self) -> int:
        return self._nearest_question(0, 1)

    def _nearest_question(self, row: int, step: int) -> int:
        for direction in (step, -step):
            r = row
            while 0 <= r < self.count():
                if not self.is_heading(r):
                    return r
                r += direction
        return -1

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt override
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or not self.is_heading(index.row()):
            return index
        back = (
            QAbstractItemView.CursorAction.MoveUp,
            QAbstractItemView.CursorAction.MovePageUp,
            QAbstractItemView.CursorAction.MoveLeft,
            QAbstractItemView.CursorAction.MovePrevious,
        )
        step = -1 if action in back else 1
        row = self._nearest_question(index.row(), step)
        return self.model().index(row, 0) if row >= 0 else self.currentIndex()
