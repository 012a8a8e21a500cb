"""The sheet as PDF: the builder (made on the screen's thread, run off it), preview,
print and save. A mixin of QuestionsTab; the machinery is cartapp.ui.sheet_output."""

from __future__ import annotations

import datetime as dt

from cartapp import __version__
from cartapp.ui import plain_text


class SheetPrinting:
    """The family's sheet, on paper or in a file."""

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
            bilingual_with=self._english_bank if self.bilingual.isChecked() else None,
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
