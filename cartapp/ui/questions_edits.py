"""The Questions tab's edits that are kept as they are typed: wording, note, details.

A mixin for :class:`cartapp.ui.tabs.questions.QuestionsTab`. Every keystroke
reaches the sheet (and so the autosave); "Save changes" is never needed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from cartapp.model.sheet import SheetError


class QuestionEditsMixin:
    """Needs from the tab: ``_sheet``, ``mine``, ``details``, ``_loading_editor``,
    ``_selected``, ``_say`` and the ``sheet_changed`` signal."""

    def _on_wording_typed(self) -> None:
        row = self._selected()
        if row < 0 or self._loading_editor:
            return
        try:
            self._sheet.edit_text(row, self.mine.edit_text.text())
        except SheetError as exc:
            # Kept in the box, and said; the list keeps the last good wording.
            self._say(str(exc))
            return
        self._say("")
        self._show_row_text(row)
        self.sheet_changed.emit()

    def _on_wording_left(self) -> None:
        row = self._selected()
        if 0 <= row < len(self._sheet.questions) and \
                self.mine.edit_text.text().strip() != self._sheet.questions[row].text:
            self._say(self.tr("The wording was not changed: %1").replace(
                "%1", self.mine.message.text() or self.tr("please type a question")))

    def _on_note_typed(self) -> None:
        row = self._selected()
        if row < 0 or self._loading_editor:
            return
        try:
            self._sheet.set_note(row, self.mine.note.text())
        except SheetError as exc:
            self._say(str(exc))
            return
        self._show_row_text(row)
        self.sheet_changed.emit()

    def _show_row_text(self, row: int) -> None:
        """Update one row in place, so typing never loses the cursor."""
        q = self._sheet.questions[row]
        item = self.mine.list.item(row)
        if item is None:
            return
        prefix = self.tr("Ask first: ") if q.ask_first else ""
        item.setText(f"{row + 1}. {prefix}{q.text}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row + 1}. {prefix}{q.text}")
        item.setToolTip(self.tr("Our note: ") + q.note if q.note else "")

    def _on_details_changed(self) -> None:
        d = self.details
        s = self._sheet
        s.child_name = d.child_name.text()
        s.prepared_by = d.prepared_by.text()
        s.care_team = d.care_team.text()
        s.appointment = d.appointment_date()
        s.notes = d.notes.toPlainText()
        self.sheet_changed.emit()
