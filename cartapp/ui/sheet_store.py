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
        self.failed = False  # the last save did not reach the disk

    def restore(self) -> QuestionSheet:
        """The sheet saved last time, or an empty one (with a message if broken)."""
        self._recover_leftovers()
        if not safe_exists(self.path):
            return QuestionSheet()
        try:
            return load_sheet(self.path)
        except SheetFileError as exc:
            kept = self._move_aside()
            where = f" A copy was kept at {kept}." if kept else ""
            self.problem.emit(f"Your saved question list could not be opened: {exc}{where}")
            return QuestionSheet()

    def _recover_leftovers(self) -> None:
        """A save cut short (power cut, killed app) leaves its temporary file.
        One that holds a readable list newer than the saved one is kept where
        the family can open it; the rest are removed."""
        try:
            saved_at = self.path.stat().st_mtime if safe_exists(self.path) else 0.0
            leftovers = sorted(self.path.parent.glob(f".{self.path.name}.*.tmp"))
        except OSError:
            return
        for tmp in leftovers:
            try:
                newer = tmp.stat().st_mtime > saved_at and not load_sheet(tmp).is_empty()
            except (OSError, SheetFileError):
                newer = False
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = self.path.with_name(f"{self.path.stem}.recovered-{stamp}{self.path.suffix}")
            try:
                if newer and not safe_exists(kept):
                    tmp.rename(kept)
                    self.problem.emit(
                        "A newer copy of your question list, from a save that was cut short, "
                        f"was kept at {kept}. Use File → Open to see it."
                    )
                else:
                    tmp.unlink()
            except OSError:
                continue

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
            self.failed = True
            self.last_problem = str(exc)
            if not self._reported:  # once is enough; the next save may well work
                self.problem.emit(f"Your question list could not be saved: {exc}")
                self._reported = True
            return False
        self._reported = False
        self.failed = False
        self.saved.emit()
        return True
