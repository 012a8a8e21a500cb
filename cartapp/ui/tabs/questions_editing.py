"""Editing the question list: add, choose, move, remove, ask first, reword, notes.

A mixin of QuestionsTab: it works on the tab's sheet and widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from cartapp.model.sheet import SheetError
from cartapp.ui.plain_text import tooltip


class ListEditing:
    """What the family does to the list, one question at a time."""

    def add_question(self, question_id: str) -> bool:
        """Add a bank question (from the finder or from a page's link)."""
        question = self._bank.get(question_id)
        if question is None:
            self._say(self.tr("That question is not in this guide's list."))
            return False
        try:
            self._sheet.add_from_bank(question)
        except SheetError as exc:
            self._say(str(exc))
            return False
        self._say(self.tr("Added: %1").replace("%1", question.text))
        self._changed(select=len(self._sheet.questions) - 1)
        return True

    def _add_own(self) -> None:
        try:
            self._sheet.add_own(self.mine.own_text.text())
        except SheetError as exc:
            self._say(str(exc))
            self.mine.own_text.setFocus()
            return
        self.mine.own_text.clear()
        self._say(self.tr("Your question was added."))
        self._changed(select=len(self._sheet.questions) - 1)

    def _selected(self) -> int:
        return self.mine.list.currentRow()

    def _on_selection_changed(self, row: int) -> None:
        has = 0 <= row < len(self._sheet.questions)
        m = self.mine
        for widget in (m.up, m.down, m.remove, m.ask_first, m.edit_text, m.note):
            widget.setEnabled(has)
        m.up.setEnabled(has and row > 0)
        m.down.setEnabled(has and row < len(self._sheet.questions) - 1)
        q = self._sheet.questions[row] if has else None
        m.ask_first.setChecked(bool(q and q.ask_first))
        # Filling the boxes for another question is not an edit of it.
        self._loading_editor = True
        m.edit_text.setPlainText(q.text if q else "")
        m.note.setText(q.note if q else "")
        self._loading_editor = False

    def _move_selected(self, delta: int) -> None:
        row = self._selected()
        target = row + delta
        if row < 0 or not 0 <= target < len(self._sheet.questions):
            return
        self._sheet.move(row, target)
        self._changed(select=target)
        self.mine.list.setFocus()

    def _on_reordered(self, order: list[int]) -> None:
        moved = self.mine.list.currentRow()
        old = list(self._sheet.questions)
        self._sheet.questions[:] = [old[i] for i in order]
        # The list is still inside its own move; rebuild it once that has finished.
        QTimer.singleShot(0, lambda: self._changed(select=moved))

    def _remove_selected(self) -> None:
        row = self._selected()
        if row < 0:
            return
        removed = self._sheet.remove(row)
        self._say(self.tr("Removed: %1").replace("%1", removed.text))
        self._changed(select=min(row, len(self._sheet.questions) - 1))

    def _on_ask_first_clicked(self, checked: bool) -> None:
        row = self._selected()
        if row < 0:
            return
        try:
            self._sheet.set_ask_first(row, checked)
        except SheetError as exc:
            self.mine.ask_first.setChecked(False)
            self._say(str(exc))
            return
        self._say("")
        self._changed(select=row)

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
        if (
            0 <= row < len(self._sheet.questions)
            and self.mine.edit_text.text().strip() != self._sheet.questions[row].text
        ):
            self._say(
                self.tr("The wording was not changed: %1").replace(
                    "%1", self.mine.message.text() or self.tr("please type a question")
                )
            )

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
        item.setToolTip(tooltip(self.tr("Our note: ") + q.note) if q.note else "")

    def _on_details_changed(self) -> None:
        d = self.details
        s = self._sheet
        s.child_name = d.child_name.text()
        s.prepared_by = d.prepared_by.text()
        s.care_team = d.care_team.text()
        s.appointment = d.appointment_date()
        s.notes = d.notes.toPlainText()
        self.sheet_changed.emit()
