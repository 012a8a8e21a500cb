"""The "Questions for your doctor" tab: build the list, preview, print, save.

Layout lives in the widgets (finder, my questions, details); this module holds
the behaviour and the sheet model.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from cartapp import __version__
from cartapp.model.question_bank import QuestionBank
from cartapp.model.sheet import MAX_ASK_FIRST, QuestionSheet, SheetError
from cartapp.model.sheet_io import SheetFileError, load_sheet, save_sheet
from cartapp.pdf.question_sheet import ClinicBlock
from cartapp.ui import plain_text
from cartapp.ui.announce import announce
from cartapp.ui.plain_text import tooltip
from cartapp.ui.tabs.questions_layout import QuestionsLayout

NARROW_PX = 760


class QuestionsTab(QWidget):
    """Signals:
    sheet_changed(): anything on the sheet changed (the window autosaves).
    status_message(str): a short message for the status bar.
    """

    sheet_changed = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        bank: QuestionBank,
        sheet: QuestionSheet | None = None,
        *,
        allow_files: bool = True,
        print_directly: bool = False,
        kiosk_printing: bool = False,
        clinic: ClinicBlock | None = None,
        content_version: str = "",
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._bank = bank
        self._sheet = sheet or QuestionSheet()
        self._allow_files = allow_files
        self._print_directly = print_directly
        self._clinic = clinic
        self._content_version = content_version
        self.information_from = ""  # the clinic, when its own page or questions are shown
        self._plan_rows: list[tuple[str, str, str]] = []
        self._loading_editor = False
        self._replaced: QuestionSheet | None = None
        self._build()
        from cartapp.ui.sheet_output import SheetOutput

        self.output = SheetOutput(
            self,
            self._pdf_builder,
            print_directly=print_directly,
            warn=lambda title, text: plain_text.warn(self, title, text),
            inform=lambda title, text: plain_text.inform(self, title, text),
            kiosk_printing=kiosk_printing,
        )
        self.output.message.connect(self._say)
        self._connect()
        self._load_into_widgets()
        from cartapp.ui import region

        self._region = region.current()
        self._region.changed.connect(self._show_reader)
        self._show_reader()

    # -- layout ---------------------------------------------------------------

    def _build(self) -> None:
        ui = QuestionsLayout(self, self._bank, self._allow_files)
        self.finder, self.mine, self.details = ui.finder, ui.mine, ui.details
        self.paper, self.large_print, self.include_plan = ui.paper, ui.large_print, ui.include_plan
        self.preview_button, self.print_button = ui.preview_button, ui.print_button
        self.save_pdf_button, self.start_over_button = ui.save_pdf_button, ui.start_over_button
        self.panes, self._right, self._scroll = ui.panes, ui.right, ui.scroll
        self._fit_lists()

    def _connect(self) -> None:
        self.finder.add_requested.connect(self.add_question)
        m = self.mine
        m.list.currentRowChanged.connect(self._on_selection_changed)
        m.list.reordered.connect(self._on_reordered)
        m.list.move_requested.connect(self._move_selected)
        m.list.remove_requested.connect(self._remove_selected)
        m.list.ask_first_requested.connect(lambda: m.ask_first.click())
        m.up.clicked.connect(lambda: self._move_selected(-1))
        m.down.clicked.connect(lambda: self._move_selected(1))
        m.remove.clicked.connect(self._remove_selected)
        m.ask_first.clicked.connect(self._on_ask_first_clicked)
        # Wording and note are kept as they are typed, like every other field.
        m.edit_text.textChanged.connect(self._on_wording_typed)
        m.note.textChanged.connect(self._on_note_typed)
        m.edit_text.focus_left.connect(self._on_wording_left)
        m.own_add.clicked.connect(self._add_own)
        self.details.changed.connect(self._on_details_changed)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.start_over_button.clicked.connect(lambda: self.start_over(confirm=True))
        # An open preview follows every change, so Print there matches the screen.
        self.sheet_changed.connect(self.output.options_changed)
        self.paper.currentIndexChanged.connect(self.output.options_changed)
        self.large_print.toggled.connect(self.output.options_changed)
        self.include_plan.toggled.connect(self.output.options_changed)

    def _fit_lists(self) -> None:
        lines = self.fontMetrics().lineSpacing()
        self.finder.results.setMinimumHeight(lines * 12)
        self.mine.list.setMinimumHeight(lines * 8)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_lists()
            self._fit_orientation()

    def showEvent(self, event) -> None:
        from cartapp.ui.script_fonts import ensure_script_fonts

        # Before the family's own words are drawn, never at startup.
        ensure_script_fonts()
        super().showEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_orientation()

    def _fit_orientation(self) -> None:
        # Side by side when both panes fit at their natural width; otherwise one
        # above the other (narrow windows, large text).
        char = self.fontMetrics().averageCharWidth()
        needed = (
            self.finder.minimumSizeHint().width()
            + self._right.minimumSizeHint().width()
            + self.panes.spacing()
            + 24
        )
        wide_enough = self._scroll.viewport().width() >= max(NARROW_PX, needed, char * 95)
        direction = (
            QBoxLayout.Direction.LeftToRight if wide_enough else QBoxLayout.Direction.TopToBottom
        )
        if self.panes.direction() != direction:
            self.panes.setDirection(direction)

    # -- the sheet ------------------------------------------------------------

    def sheet(self) -> QuestionSheet:
        return self._sheet

    def set_sheet(self, sheet: QuestionSheet) -> None:
        self._sheet = sheet
        self._load_into_widgets()
        self.sheet_changed.emit()

    def set_plan_rows(self, rows: list[tuple[str, str, str]]) -> None:
        """The family's estimated treatment dates, offered for the printed sheet."""
        self._plan_rows = list(rows)
        self.include_plan.setEnabled(bool(rows))
        if not rows:
            self.include_plan.setChecked(False)

    def _load_into_widgets(self) -> None:
        s = self._sheet
        self.details.set_values(s.child_name, s.prepared_by, s.appointment, s.care_team, s.notes)
        self._refresh_list()

    def _refresh_list(self, select: int | None = None) -> None:
        lst = self.mine.list
        row = lst.currentRow() if select is None else select
        lst.blockSignals(True)
        lst.clear()
        for index, q in enumerate(self._sheet.questions):
            prefix = self.tr("Ask first: ") if q.ask_first else ""
            item = QListWidgetItem(f"{index + 1}. {prefix}{q.text}")
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{index + 1}. {prefix}{q.text}")
            if q.note:
                item.setToolTip(tooltip(self.tr("Our note: ") + q.note))
            font = item.font()
            font.setBold(q.ask_first)
            item.setFont(font)
            lst.addItem(item)
        lst.blockSignals(False)
        count = len(self._sheet.questions)
        if count:
            lst.setCurrentRow(max(0, min(row, count - 1)))
        self._on_selection_changed(lst.currentRow())
        self.finder.set_on_list({q.id for q in self._sheet.questions if q.id})
        asked = self._sheet.ask_first_count()
        self.mine.summary.setText(
            self.tr("No questions yet. Add some from the list, or write your own.")
            if not count
            else self.tr("%1 questions. %2 of %3 marked to ask first.")
            .replace("%1", str(count))
            .replace("%2", str(asked))
            .replace("%3", str(MAX_ASK_FIRST))
        )

    def _changed(self, select: int | None = None) -> None:
        self._refresh_list(select)
        self.sheet_changed.emit()

    def _say(self, text: str) -> None:
        self.mine.message.setText(text)
        self.mine.message.setAccessibleDescription(text)
        if text:
            self.status_message.emit(text)
            announce(self.mine.message, text)

    # -- actions --------------------------------------------------------------

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

    def reset(self) -> None:
        """Kiosk reset: forget everything at once, no questions asked."""
        self.start_over(confirm=False)
        self.finder.reset()
        self.large_print.setChecked(False)
        self.set_plan_rows([])
        self.output.forget()

    # -- PDF, preview, print, files ---------------------------------------------

    def _pdf_builder(self):
        """A function that builds the PDF from a copy of the sheet and options as
        they are now; safe to run off the screen's thread."""
        import copy
        from functools import partial

        from cartapp.pdf.sheet_limits import build_within_limits

        return partial(
            build_within_limits,
            copy.deepcopy(self._sheet),
            self._bank,
            paper=self.paper.currentData(),
            large_print=self.large_print.isChecked(),
            made_on=dt.date.today(),
            app_version=__version__,
            content_version=self._content_version,
            clinic=self._clinic,
            information_from=self.information_from,
            **self._region_words(),
            plan=list(self._plan_rows) if self.include_plan.isChecked() else None,
        )

    def _show_reader(self) -> None:
        self.finder.set_reader(self._region.reader)
        self.details.set_reader(self._region.reader)

    @staticmethod
    def _region_words() -> dict[str, str]:
        """The fever threshold and emergency number for the reader's region (or clinic)."""
        from cartapp.model.rules import OTHER
        from cartapp.ui import region

        state = region.current()
        words = {"fever_threshold": state.expand("{{value:fever}}"), "reader": state.reader}
        if state.region != OTHER or state.overrides.emergency_number:
            # "Other" keeps the sheet's own line naming every region's number.
            words["emergency_number"] = state.expand("{{value:emergency}}")
        return words

    def pdf_bytes(self) -> bytes:
        """The sheet as PDF; SheetError if something on it cannot be printed."""
        return self._pdf_builder()()

    @property
    def _preview(self):
        return self.output.preview

    def _all_printable(self) -> bool:
        """Say which question or field has characters the sheet cannot print, and go there."""
        from cartapp.model.printable import unprintable_fields
        from cartapp.pdf.fonts import covers

        problems = unprintable_fields(self._sheet, covers)
        if not problems:
            return True
        first = problems[0]
        number = "".join(c for c in first.field if c.isdigit())
        if first.field.startswith(("Question", "The note on question")) and number:
            row = int(number) - 1
            self.mine.list.setCurrentRow(row)
            box = self.mine.note if first.field.startswith("The note") else self.mine.edit_text
            box.setFocus()
        self._say(first.message())
        plain_text.warn(self, self.tr("Some text cannot be printed"), first.message())
        return False

    def preview(self) -> None:
        if self._all_printable():
            self.output.open_preview()

    def close_preview(self) -> None:
        self.output.close_preview()

    def print_sheet(self) -> None:
        if not self._all_printable():
            return
        preview = self.output.preview
        if preview is not None and not preview.updating:
            self.output.print_bytes(preview.data)  # what is on screen is what prints
        else:
            self.output.print_sheet()

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

    def save_pdf(self) -> bool:
        """Start saving the sheet as PDF (made off the screen's thread)."""
        if not self._allow_files or not self._all_printable():
            return False
        self.output.save_pdf(
            lambda: self._ask_save_path(
                self.tr("Save the sheet as PDF"),
                "questions-for-our-care-team.pdf",
                self.tr("PDF (*.pdf)"),
            ),
            lambda saved: None,
        )
        return True

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

    def self_check(self) -> list[str]:
        from cartapp.ui.sheet_check import check_sample_sheet

        return check_sample_sheet(self._bank)
