"""Builds and exposes the widgets of the Treatment steps tab (behaviour is in the tab)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cartapp.model.timeline import MAX_DATE, MAX_DAYS, MIN_DATE, Timeline
from cartapp.ui.widgets.step_details import StepDetailsView
from cartapp.ui.widgets.timeline_track import TimelineTrack
from cartapp.ui.widgets.vertical_scroll import vertical_scroll
from cartapp.ui.widgets.wrapping_buttons import WrappingRadioButton

translate = QCoreApplication.translate

_TARGET = 32  # smallest height of anything a finger or mouse has to hit
# Ids of the "Which date do you know?" choices in ``TimelineLayout.which``.
NO_DATE, INFUSION, COLLECTION = 0, 1, 2


def _paragraph(text: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


def _target(widget: QWidget, name: str) -> QWidget:
    widget.setMinimumHeight(_TARGET)
    widget.setAccessibleName(name)
    return widget


class TimelineLayout:
    """Builds and holds the tab's widgets; the tab decides what they show."""

    def __init__(self, tab: QWidget, timeline: Timeline, allow_file_export: bool) -> None:
        texts = timeline.texts
        self.scroll = vertical_scroll(parent=tab, name=translate("TimelineTab", "Treatment steps"))
        outer = QVBoxLayout(tab)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        page = QWidget()
        page.setObjectName("timeline-page")
        self.scroll.setWidget(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 8, 16, 12)

        # Object names that the app's style sheet knows give this tab the shared look.
        self.purpose = _paragraph(texts["intro"])
        self.purpose.setObjectName("tabPurpose")
        self.day_zero = _paragraph(texts["day_zero"])
        good_to_know = translate("TimelineTab", "Good to know:")
        self.typical = _paragraph(
            f"<b>{html.escape(good_to_know)}</b> {html.escape(texts['typical'])}",
            rich=True,
        )
        self.typical.setObjectName("infoBox")
        self.typical.setMargin(8)
        self.track = TimelineTrack()
        self.track.setObjectName("timeline-track")
        for widget in (self.purpose, self.day_zero, self.typical, self.track):
            column.addWidget(widget)

        self.details = StepDetailsView()
        self.details.setObjectName("timeline-details")
        self.details.setAccessibleName(translate("TimelineTab", "About this step"))
        self.questions_title = _paragraph(translate("TimelineTab", "Questions you may want to ask"))
        self.questions_title.setObjectName("sectionHeading")
        self.questions = QVBoxLayout()
        self.sources = _paragraph()
        self.sources.setObjectName("timeline-sources")
        left = QVBoxLayout()
        left.addWidget(self.details)
        left.addWidget(self.questions_title)
        left.addLayout(self.questions)
        left.addSpacing(self.sources.fontMetrics().height() // 2)
        left.addWidget(self.sources)
        left.addStretch(1)

        self.dates_box = QGroupBox(translate("TimelineTab", "Our dates"))
        box = QVBoxLayout(self.dates_box)
        self.dates_intro = _paragraph(texts["dates_intro"])
        box.addWidget(self.dates_intro)
        box.addWidget(_paragraph(translate("TimelineTab", "Which date do you know?")))
        self.which = QButtonGroup(tab)
        for key, text, name in (
            (NO_DATE, translate("TimelineTab", "Not yet"), "timeline-no-date"),
            (
                INFUSION,
                translate("TimelineTab", "The infusion day (Day 0)"),
                "timeline-infusion-choice",
            ),
            (
                COLLECTION,
                translate("TimelineTab", "The cell collection day"),
                "timeline-collection-choice",
            ),
        ):
            radio = WrappingRadioButton(text)
            radio.setObjectName(name)
            self.which.addButton(_target(radio, text), key)
            box.addWidget(radio)
        self.which.button(NO_DATE).setChecked(True)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("timeline-date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setDateRange(QDate(MIN_DATE), QDate(MAX_DATE))
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setKeyboardTracking(False)  # one update per finished date, not per digit
        self.date_edit.setEnabled(False)
        self._labelled(
            box,
            translate("TimelineTab", "Date"),
            _target(self.date_edit, translate("TimelineTab", "The date you know")),
        )

        self.stay_days = self._days_spin(tab, "timeline-stay-days")
        self._labelled(
            box,
            translate("TimelineTab", "Stay near the center: days your center asks for"),
            _target(self.stay_days, translate("TimelineTab", "Days to stay near the center")),
        )
        self.drive_days = self._days_spin(tab, "timeline-drive-days")
        self._labelled(
            box,
            translate("TimelineTab", "No driving: days your center asks for"),
            _target(self.drive_days, translate("TimelineTab", "Days of no driving")),
        )

        self.clear = QPushButton(translate("TimelineTab", "Clear our dates"))
        self.clear.setObjectName("timeline-clear")
        box.addWidget(_target(self.clear, translate("TimelineTab", "Clear our dates")))
        self.save = QPushButton(translate("TimelineTab", "Save to calendar…"))
        self.save.setObjectName("timeline-save")
        _target(self.save, translate("TimelineTab", "Save our dates to a calendar file"))
        self.save_hint = _paragraph(texts["need_date"])
        self.status = _paragraph()
        self.status.setObjectName("timeline-status")
        for widget in (self.save, self.save_hint, self.status):
            widget.setVisible(allow_file_export)
            box.addWidget(widget)
        box.addStretch(1)

        self.lower = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.lower.addLayout(left, 3)
        self.lower.addWidget(self.dates_box, 2, Qt.AlignmentFlag.AlignTop)
        column.addLayout(self.lower)
        column.addStretch(1)
        # Question rows come and go with the selected step; their words are translated
        # here, in the tab's context, with the rest of its words.
        self._add_text = translate("TimelineTab", "Add to my questions")
        self._add_name = translate("TimelineTab", "Add to my questions: {0}")

    def clear_questions(self) -> None:
        while self.questions.count():
            row = self.questions.takeAt(0).widget()
            if row is not None:
                row.hide()  # at once: deletion waits for the event loop
                row.deleteLater()

    def add_question(self, qid: str, text: str) -> QPushButton:
        """A row with the question's short label and its "Add to my questions" button."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(_paragraph(text), 1)
        button = QPushButton(self._add_text)
        button.setObjectName(f"timeline-ask-{qid}")
        _target(button, self._add_name.format(text))
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.questions.addWidget(row)
        return button

    @staticmethod
    def _days_spin(tab: QWidget, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        # 0 means "not set": the app never invents these days (they differ by region).
        spin.setRange(0, MAX_DAYS)
        spin.setSpecialValueText(translate("TimelineTab", "Not given yet"))
        spin.setValue(0)
        spin.setSuffix(translate("TimelineTab", " days"))
        spin.setKeyboardTracking(False)
        return spin

    @staticmethod
    def _labelled(box: QVBoxLayout, text: str, field: QWidget) -> None:
        label = _paragraph(text)
        label.setBuddy(field)
        box.addWidget(label)
        box.addWidget(field)
