"""The "Questions for your doctor" tab: build the list, preview, print, save.

Layout lives in the widgets (finder, my questions, details); this module holds
the behaviour and the sheet model.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QListWidgetItem,
    QWidget,
)

from cartapp.model.question_bank import QuestionBank
from cartapp.model.sheet import MAX_ASK_FIRST, QuestionSheet
from cartapp.pdf.question_sheet import ClinicBlock
from cartapp.ui import plain_text
from cartapp.ui.announce import announce
from cartapp.ui.plain_text import tooltip
from cartapp.ui.tabs.questions_editing import ListEditing
from cartapp.ui.tabs.questions_files import ListFiles
from cartapp.ui.tabs.questions_layout import QuestionsLayout
from cartapp.ui.tabs.questions_output import SheetPrinting

NARROW_PX = 760


class QuestionsTab(ListEditing, ListFiles, SheetPrinting, QWidget):
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
        english_bank: QuestionBank | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._bank = bank
        # A list made in another language reads in this one (bank questions by id).
        self._sheet = (sheet or QuestionSheet()).in_language(bank)
        self._english_bank = english_bank  # for a sheet with every question in English too
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
        self.bilingual, self.purpose, self.header = ui.bilingual, ui.purpose, ui.header
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
        self._sheet = sheet.in_language(self._bank)
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
            else self.tr("%n questions.", "", count)
            + " "
            + self.tr("%1 of %2 marked to ask first.")
            .replace("%1", str(asked))
            .replace("%2", str(MAX_ASK_FIRST))
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

    def reset(self) -> None:
        """Kiosk reset: forget everything at once, no questions asked."""
        self.start_over(confirm=False)
        self.finder.reset()
        self.large_print.setChecked(False)
        self.set_plan_rows([])
        self.output.forget()

    def self_check(self) -> list[str]:
        from cartapp.ui.sheet_check import check_sample_sheet

        return check_sample_sheet(self._bank)
