"""Keeps the family's current sheet safe between runs (home mode only).

Changes are saved a moment after the family stops typing, atomically, so a
crash loses nothing. A saved file that cannot be read is never overwritten:
it is moved aside and the family is told where it is.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from cartapp.model.guarded_read import safe_exists
from cartapp.model.sheet import QuestionSheet, SheetError
from cartapp.model.sheet_io import SheetFileError, load_sheet, save_sheet

DEBOUNCE_MS = 800


class SheetAutosave(QObject):
    """Signals:
    problem(str): a plain message when saving or restoring went wrong.
    saved(): the sheet was written.
    """

    problem = Signal(str)
    saved = Signal()

    def __init__(self, path: Path, get_sheet, parent=None, *, delay_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self.path = path
        self._get_sheet = get_sheet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        self._reported = False

    def restore(self) -> QuestionSheet:
        """The sheet saved last time, or an empty one (with a message if broken)."""
        if not safe_exists(self.path):
            return QuestionSheet()
        try:
            return load_sheet(self.path)
        except SheetFileError as exc:
            kept = self._move_aside()
            where = f" A copy was kept at {kept}." if kept else ""
            self.problem.emit(f"Your saved question list could not be opened: {exc}{where}")
            return QuestionSheet()

    def _move_aside(self) -> Path | None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.unreadable-{stamp}{self.path.suffix}")
        try:
            self.path.rename(target)
        except OSError:
            return None
        return target

    def schedule(self) -> None:
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def save_now(self) -> bool:
        self._timer.stop()
        try:
            save_sheet(self._get_sheet(), self.path)
        except (SheetFileError, SheetError) as exc:
            if not self._reported:  # once is enough; the next save may well work
                self.problem.emit(f"Your question list could not be saved: {exc}")
                self._reported = True
            return False
        self._reported = False
        self.saved.emit()
        return True
