"""Builds and exposes the widgets of the Questions tab (behaviour is in the tab)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cartapp.model.question_bank import QuestionBank
from cartapp.pdf.styles import system_paper
from cartapp.ui.widgets.button_row import ButtonRow
from cartapp.ui.widgets.my_questions import MyQuestionsView
from cartapp.ui.widgets.page_header import PageHeader
from cartapp.ui.widgets.question_finder import QuestionFinder
from cartapp.ui.widgets.sheet_details import SheetDetails
from cartapp.ui.widgets.vertical_scroll import vertical_scroll
from cartapp.ui.widgets.wrapping_buttons import WrappingCheckBox

translate = QCoreApplication.translate


class QuestionsLayout:
    """The finder beside (or above) the family's list, details and print options."""

    def __init__(self, tab: QWidget, bank: QuestionBank, allow_files: bool) -> None:
        purpose = QLabel(
            translate(
                "QuestionsTab",
                "Choose the questions you want to ask, put them in order, and print them "
                "to take to your appointment.",
            )
        )
        purpose.setObjectName("tabPurpose")
        purpose.setWordWrap(True)
        purpose.setTextFormat(Qt.TextFormat.PlainText)  # a content note may be added to it
        self.purpose = purpose
        self.finder = QuestionFinder(bank)
        self.mine = MyQuestionsView()
        self.details = SheetDetails()
        details_box = QGroupBox(translate("QuestionsTab", "About this sheet (optional)"))
        details_layout = QVBoxLayout(details_box)
        # The box's own padding is the inset; a layout margin on top of it made the
        # tab wider than a kiosk's window at 200 % text.
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details)

        self.paper = QComboBox()
        self.paper.setAccessibleName(translate("QuestionsTab", "Paper size"))
        self.paper.addItem(translate("QuestionsTab", "US Letter"), "letter")
        self.paper.addItem(translate("QuestionsTab", "A4"), "a4")
        default = system_paper()
        self.paper.setCurrentIndex(self.paper.findData(default))
        self.large_print = WrappingCheckBox(translate("QuestionsTab", "Large print"))
        self.large_print.setAccessibleName(translate("QuestionsTab", "Large print"))
        self.include_plan = WrappingCheckBox(
            translate("QuestionsTab", "Include our treatment dates")
        )
        self.include_plan.setAccessibleName(
            translate("QuestionsTab", "Include our treatment dates")
        )
        self.include_plan.setEnabled(False)
        # For a team that reads English: each question printed in both languages.
        self.bilingual = WrappingCheckBox(translate("QuestionsTab", "Each question in English too"))
        self.bilingual.setAccessibleName(
            translate("QuestionsTab", "Print each question in English too")
        )
        self.bilingual.setVisible(bank.language != "en")
        self.preview_button = QPushButton(translate("QuestionsTab", "Preview"))
        self.print_button = QPushButton(translate("QuestionsTab", "Print…"))
        self.print_button.setProperty("primary", True)
        self.save_pdf_button = QPushButton(translate("QuestionsTab", "Save as PDF…"))
        self.save_pdf_button.setVisible(allow_files)
        self.start_over_button = QPushButton(translate("QuestionsTab", "Start over"))
        for button, name in (
            (self.preview_button, translate("QuestionsTab", "Preview the sheet")),
            (self.print_button, translate("QuestionsTab", "Print the sheet")),
            (self.save_pdf_button, translate("QuestionsTab", "Save the sheet as a PDF file")),
            (self.start_over_button, translate("QuestionsTab", "Start over with an empty sheet")),
        ):
            button.setAccessibleName(name)
        options = QHBoxLayout()
        options.addWidget(QLabel(translate("QuestionsTab", "Paper:")))
        options.addWidget(self.paper)
        options.addStretch(1)
        actions = ButtonRow([self.preview_button, self.print_button, self.save_pdf_button])
        start_over_row = QHBoxLayout()
        start_over_row.addStretch(1)
        start_over_row.addWidget(self.start_over_button)
        sheet_box = QGroupBox(translate("QuestionsTab", "Print or save"))
        sheet_layout = QVBoxLayout(sheet_box)
        sheet_layout.addLayout(options)
        # Each on its own line: beside the paper choice they made the tab wider than
        # the window at large text (in Spanish at home, in English in a kiosk).
        sheet_layout.addWidget(self.large_print)
        sheet_layout.addWidget(self.bilingual)
        sheet_layout.addWidget(self.include_plan)
        sheet_layout.addWidget(actions)
        sheet_layout.addLayout(start_over_row)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 8, 0)
        right_layout.addWidget(self.mine, 1)
        right_layout.addWidget(details_box)
        right_layout.addWidget(sheet_box)
        self.right = right
        body = QWidget()
        self.panes = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.panes.setContentsMargins(0, 0, 0, 0)
        self.panes.addWidget(self.finder, 2)
        self.panes.addWidget(right, 3)
        # One vertical scroll for the whole tab: at large text nothing is squeezed
        # or cut, and nothing ever scrolls sideways.
        self.scroll = vertical_scroll(
            body, name=translate("QuestionsTab", "Questions for your doctor")
        )
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(16, 8, 16, 12)
        # The opening line (and a translation's note) stop at a share of the tab at
        # large text, so the questions keep most of a kiosk's screen.
        self.header = PageHeader(
            translate("QuestionsTab", "About this tab"), layout.spacing(), tab=tab
        )
        self.header.rows.addWidget(purpose)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
