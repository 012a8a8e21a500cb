"""Print a safety kit: pick any of the five printables, fill in what you know, preview,
print or save.

The preview shows the bytes that print (cartapp.ui.sheet_output). Details left
blank print as lines to write on, so a family can print the kit before they know
the infusion date. In a kiosk there is no Save button and nothing typed here is
kept: the dialog is made fresh each time and deleted when it closes.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cartapp.model.kit import MAX_CHARS, FamilyDetails
from cartapp.model.kit_content import ITEMS, KitContent
from cartapp.ui import plain_text
from cartapp.ui.widgets.wrapped_check import WrappedCheck
from cartapp.ui.widgets.wrapping_buttons import WrappingCheckBox

# The products licensed for B-cell ALL in the US, UK or EU (the fact sheet, §1);
# any other name can be typed.
PRODUCTS = (
    "Kymriah (tisagenlecleucel)",
    "Tecartus (brexucabtagene autoleucel)",
    "Aucatzyl (obecabtagene autoleucel)",
)
FIRST_DAY, LAST_DAY = datetime.date(2000, 1, 1), datetime.date(2100, 12, 31)


class KitDialog(QDialog):
    status_message = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        content: KitContent,
        *,
        details: FamilyDetails,
        make_facts: Callable[[FamilyDetails], object],
        allow_files: bool,
        print_directly: bool,
        kiosk_printing: bool,
        app_version: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print a safety kit"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._content = content
        self._make_facts = make_facts
        self._allow_files = allow_files
        self._app_version = app_version
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Words wrap to the width; a sideways scroll bar hides the ends of sentences.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        column = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        intro = plain_text.plain_label(
            self.tr(
                "Things to keep at home after the infusion, with your center's numbers. "
                "Anything you leave blank prints as a line to write on."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        column.addWidget(self._items_box())
        column.addWidget(self._details_box(details))
        column.addWidget(self._options_box())
        column.addStretch(1)
        outer.addLayout(self._buttons(print_directly, kiosk_printing))
        self._update_buttons()

    # -- the parts ---------------------------------------------------------------

    def _items_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to print"))
        layout = QVBoxLayout(box)
        self.item_boxes: dict[str, QCheckBox] = {}
        for item in ITEMS:
            row = WrappedCheck(self._content.title(item), self._content.summary(item))
            row.check.setChecked(True)
            row.check.setObjectName(f"kit-{item}")
            row.check.toggled.connect(self._options_changed)
            layout.addWidget(row)
            self.item_boxes[item] = row.check
        return box

    def _details_box(self, details: FamilyDetails) -> QGroupBox:
        box = QGroupBox(self.tr("Details (optional)"))
        form = QFormLayout(box)
        # Labels above their fields: at large text side-by-side rows run off the dialog.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.name = QLineEdit(details.name)
        self.name.setMaxLength(MAX_CHARS["name"])
        self.name.setAccessibleName(self.tr("Patient's name"))
        form.addRow(self.tr("Patient's name"), self.name)
        self.product = QComboBox()
        self.product.setEditable(True)
        self.product.addItems(["", *PRODUCTS])
        self.product.setCurrentText(details.product)
        self.product.lineEdit().setMaxLength(MAX_CHARS["product"])
        # Sized for a short name, not the longest product in the list: at 200 % text
        # the longest would make the dialog wider than a laptop screen.
        self.product.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.product.setMinimumContentsLength(12)
        self.product.setAccessibleName(self.tr("CAR T product, if you know it"))
        form.addRow(self.tr("CAR T product, if you know it"), self.product)
        self.knows_day0, self.day0 = self._optional_date(
            form,
            self.tr("We know the infusion date (Day 0)"),
            self.tr("Infusion date"),
            details.infusion_date,
        )
        self.knows_driving, self.driving = self._optional_date(
            form,
            self.tr("Our team gave a date for driving again"),
            self.tr("No driving until"),
            details.driving_until,
        )
        for edit in (self.name, self.product.lineEdit()):
            edit.textChanged.connect(self._options_changed)
        return box

    def _optional_date(
        self, form: QFormLayout, question: str, label: str, known: datetime.date | None
    ) -> tuple[QCheckBox, QDateEdit]:
        row = WrappedCheck(question, "")
        check = row.check
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMMM yyyy")
        edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        edit.setDate(QDate(known) if known else QDate.currentDate())
        edit.setAccessibleName(label)
        edit.setKeyboardTracking(False)
        check.setChecked(known is not None)
        edit.setEnabled(known is not None)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(self._options_changed)
        edit.dateChanged.connect(self._options_changed)
        form.addRow(row)
        form.addRow(label, edit)
        return check, edit

    def _options_box(self) -> QGroupBox:
        from cartapp.pdf.styles import system_paper

        box = QGroupBox(self.tr("Printing"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.setCurrentIndex(self.paper.findData(system_paper()))
        self.large_print = WrappingCheckBox(self.tr("Large print"))
        self.paper.currentIndexChanged.connect(self._options_changed)
        self.large_print.toggled.connect(self._options_changed)
        label = QLabel(self.tr("Paper"))
        label.setBuddy(self.paper)
        row.addWidget(label)
        row.addWidget(self.paper)
        row.addStretch(1)
        column.addLayout(row)
        # Its own line: beside the paper choice the box was wider than the dialog
        # at large text in Spanish.
        column.addWidget(self.large_print)
        return box

    def _buttons(self, print_directly: bool, kiosk_printing: bool) -> QHBoxLayout:
        from cartapp.model.kit import KitError
        from cartapp.ui.sheet_output import OutputWords, SheetOutput
        from cartapp.ui.widgets.button_row import ButtonRow

        words = OutputWords(
            making=QT_TRANSLATE_NOOP("SheetOutput", "Making your safety kit…"),
            cannot=QT_TRANSLATE_NOOP("SheetOutput", "Cannot make the kit"),
            sending=QT_TRANSLATE_NOOP("SheetOutput", "Sending your kit to the printer…"),
            saved=QT_TRANSLATE_NOOP("SheetOutput", "Saved the kit to %1"),
            problems=(KitError,),
            preview_title=QT_TRANSLATE_NOOP("SheetOutput", "Preview of my safety kit"),
        )
        self.output = SheetOutput(
            self,
            self._builder,
            print_directly=print_directly,
            kiosk_printing=kiosk_printing,
            warn=lambda title, text: plain_text.warn(self, title, text),
            inform=lambda title, text: plain_text.inform(self, title, text),
            words=words,
        )
        self.output.message.connect(self.status_message)
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.preview_button.clicked.connect(self.output.open_preview)
        self.print_button.clicked.connect(self.output.print_sheet)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        self.save_button.setVisible(self._allow_files)
        shown = [self.preview_button, self.print_button, self.close_button]
        if self._allow_files:
            shown.insert(2, self.save_button)
        row = QHBoxLayout()
        row.addWidget(ButtonRow(shown), 1)
        return row

    # -- state -------------------------------------------------------------------

    def chosen(self) -> list[str]:
        return [item for item, check in self.item_boxes.items() if check.isChecked()]

    def details(self) -> FamilyDetails:
        def day(check: QCheckBox, edit: QDateEdit) -> datetime.date | None:
            return edit.date().toPython() if check.isChecked() else None

        return FamilyDetails(
            self.name.text(),
            day(self.knows_day0, self.day0),
            self.product.currentText(),
            day(self.knows_driving, self.driving),
        )

    def _options_changed(self) -> None:
        self._update_buttons()
        if self.chosen():
            self.output.options_changed()

    def _update_buttons(self) -> None:
        some = bool(self.chosen())
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(some)

    def _builder(self) -> Callable[[], bytes]:
        """Copies of everything, taken now on the screen's thread; built later off it."""
        items, details = self.chosen(), self.details()
        paper, large = self.paper.currentData(), self.large_print.isChecked()
        make_facts, content, version = self._make_facts, self._content, self._app_version

        def build() -> bytes:
            from cartapp.pdf.kit import build_kit_pdf

            facts = make_facts(details)
            return build_kit_pdf(
                items,
                facts,
                paper=paper,
                large_print=large,  # type: ignore[arg-type]
                app_version=version,
                content_version=content.reviewed,
                content=content,
            )

        return build

    def save_pdf(self) -> None:
        if not self._allow_files:
            return
        self.output.save_pdf(self._ask_save_path, lambda saved: None)

    def _ask_save_path(self) -> str | None:
        """The save dialog (one seam, so tests can answer it)."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the safety kit as PDF"),
            str(Path.home() / "safety-kit.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        return path or None

    def done(self, result: int) -> None:
        self.output.forget()  # no copy of the family's kit stays in memory
        super().done(result)
