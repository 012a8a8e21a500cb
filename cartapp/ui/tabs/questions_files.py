"""The question list as a file: save, open, open a previous list, start over, and undo
replacing a list. A mixin of QuestionsTab; a kiosk never shows these."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from cartapp.model.sheet import SheetError
from cartapp.model.sheet_io import SheetFileError, load_sheet, save_sheet
from cartapp.ui import plain_text


class ListFiles:
    """Lists kept on disk, and replacing the list on screen without losing it."""

    def start_over(self, *, confirm: bool = True) -> bool:
        if (
            confirm
            and not self._sheet.is_empty()
            and not self._confirm_replace(
                self.tr("Start over?"), self.tr("This clears your questions and details.")
            )
        ):
            return False
        if confirm:
            self._keep_replaced()
        self._sheet.clear()
        self.mine.own_text.clear()
        self._say("")
        self._load_into_widgets()
        self.sheet_changed.emit()
        return True

    def _confirm_replace(self, title: str, text: str) -> bool:
        """Ask before the list on screen is replaced, saying where a copy is kept."""
        if self._allow_files:
            text += " " + self.tr(
                "A copy of your list is kept: File > Open a previous list… brings it back."
            )
        else:
            text += " " + self.tr("This cannot be undone.")
        answer = plain_text.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _keep_replaced(self) -> None:
        """Keep the list about to be replaced: for undo, and (not in a kiosk) on disk."""
        import copy

        if self._sheet.is_empty():
            return
        self._replaced = copy.deepcopy(self._sheet)
        if self._allow_files:
            from cartapp.model.previous_lists import keep_copy

            if keep_copy(self._sheet) is None:
                plain_text.warn(
                    self,
                    self.tr("No copy kept"),
                    self.tr(
                        "A copy of your list could not be saved. Use Undo right away if you "
                        "need it back."
                    ),
                )

    def undo_replace(self) -> bool:
        """Bring back the list replaced last (by Open or Start over)."""
        if self._replaced is None:
            return False
        sheet, self._replaced = self._replaced, None
        self.set_sheet(sheet)
        self._say(self.tr("Your earlier list is back."))
        return True

    def _ask_save_path(self, title: str, name: str, pattern: str) -> str | None:
        """The save dialog (one seam, so tests can answer it)."""
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        return path or None

    def _ask_open_path(self, folder: Path | None = None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a question list"),
            str(folder or Path.home()),
            self.tr("Question lists (*.json)"),
        )
        return path or None

    def save_list_as(self) -> bool:
        if not self._allow_files:
            return False
        path = self._ask_save_path(
            self.tr("Save my question list"),
            "my-questions.json",
            self.tr("Question lists (*.json)"),
        )
        if not path:
            return False
        try:
            save_sheet(self._sheet, Path(path))
        except (SheetFileError, SheetError) as exc:
            plain_text.warn(self, self.tr("Not saved"), str(exc))
            return False
        self._say(self.tr("Saved your list to %1").replace("%1", path))
        return True

    def open_list(self, folder: Path | None = None) -> bool:
        if not self._allow_files:
            return False
        path = self._ask_open_path(folder)
        if not path:
            return False
        try:
            sheet = load_sheet(Path(path))
        except SheetFileError as exc:
            plain_text.warn(self, self.tr("Cannot open this file"), str(exc))
            return False
        if not self._sheet.is_empty():
            if not self._confirm_replace(
                self.tr("Open another list?"), self.tr("The list you have now will be replaced.")
            ):
                return False
            self._keep_replaced()
        self.set_sheet(sheet)
        self._say(self.tr("Opened %1").replace("%1", path))
        return True

    def open_previous_list(self) -> bool:
        from cartapp.model.previous_lists import previous_lists_dir

        return self.open_list(previous_lists_dir())
