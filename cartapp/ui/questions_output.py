"""The Questions tab's output: the PDF, its preview, printing and saving it.

A mixin for :class:`cartapp.ui.tabs.questions.QuestionsTab`. Nothing is built
until every field is known to print, so a family is never handed a sheet with
a word missing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from cartapp import __version__
from cartapp.model.sheet import SheetError
from cartapp.model.sheet_io import write_problem
from cartapp.pdf.question_sheet import build_sheet_pdf


class QuestionOutputMixin:
    """Needs from the tab: the sheet, bank, options widgets, ``_preview`` and ``_say``."""

    def pdf_bytes(self) -> bytes:
        """The sheet as PDF; SheetError if something on it cannot be printed."""
        return build_sheet_pdf(
            self._sheet, self._bank, paper=self.paper.currentData(),
            large_print=self.large_print.isChecked(), made_on=dt.date.today(),
            app_version=__version__, content_version=self._content_version, clinic=self._clinic,
            plan=self._plan_rows if self.include_plan.isChecked() else None)

    def _pdf_or_message(self) -> bytes | None:
        if not self._all_printable():
            return None
        try:
            return self.pdf_bytes()
        except SheetError as exc:
            QMessageBox.warning(self, self.tr("Cannot make the sheet"), str(exc))
            return None

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
        QMessageBox.warning(self, self.tr("Some text cannot be printed"), first.message())
        return False

    def preview(self) -> None:
        from cartapp.ui.widgets.pdf_preview import PdfPreview

        data = self._pdf_or_message()
        if data is None:
            return
        self.close_preview()
        self._preview = PdfPreview(data, self)
        self._preview.print_requested.connect(self.print_sheet)
        self._preview.show()

    def close_preview(self) -> None:
        if self._preview is not None:
            self._preview.close()
            self._preview.deleteLater()
            self._preview = None

    def print_sheet(self) -> None:
        from cartapp.ui.printing import print_pdf

        data = self._pdf_or_message()
        if data is None:
            return
        pages = print_pdf(data, self, direct=self._print_directly)
        if pages:
            self._say(self.tr("Sent %1 pages to the printer.").replace("%1", str(pages)))

    def save_pdf(self) -> bool:
        if not self._allow_files:
            return False
        data = self._pdf_or_message()
        if data is None:
            return False
        path = self._ask_save_path(self.tr("Save the sheet as PDF"),
                                   "questions-for-our-care-team.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return False
        from cartapp.model.sheet_io import atomic_write

        try:
            atomic_write(Path(path), data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), write_problem(Path(path), exc))
            return False
        self._say(self.tr("Saved the sheet to %1").replace("%1", path))
        return True
