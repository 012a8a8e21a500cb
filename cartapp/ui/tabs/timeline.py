"""The "Treatment steps" tab: the path of CAR T as a timeline a family can hold.

The family picks a step on the track to read about it, and can enter one date they
know (the infusion or the cell collection) to see every step on their calendar.
All dates are typical estimates; the tab says so wherever it shows one.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cartapp.model.calendar_export import plan_to_ics, save_ics
from cartapp.model.timeline import (
    MAX_DATE,
    MAX_DAYS,
    MIN_DATE,
    PlanError,
    PlanInputs,
    PlannedStep,
    Timeline,
    compute_plan,
)
from cartapp.ui.widgets.timeline_track import TimelineTrack, TrackItem, TrackZone

# Each zone of the track has its own scale: (first day, last day, days between ticks).
_ZONE_SCALES = {"before": (-56, -7, 7), "around": (-7, 28, 1), "after": (28, 365, 30)}
_TARGET = 32  # smallest height of anything a finger or mouse has to hit
_NONE, _INFUSION, _COLLECTION = 0, 1, 2


def _paragraph(text: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


def _target(widget: QWidget, name: str) -> QWidget:
    widget.setMinimumHeight(_TARGET)
    widget.setAccessibleName(name)
    return widget


class _ReadingView(QTextBrowser):
    """The selected step's text, as tall as its words: the page scrolls, not this box.

    Lines stop at about 75 characters however wide the window is.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.document().setDocumentMargin(12)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def setHtml(self, text: str) -> None:
        super().setHtml(text)
        self._fit_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.document().setDefaultFont(self.font())
            self._fit_width()

    def _fit_width(self) -> None:
        reading = QFontMetrics(self.font()).averageCharWidth() * 80
        self.setLineWrapColumnOrWidth(max(1, min(self.viewport().width(), reading)))
        self._fit_height()

    def _fit_height(self, *_args) -> None:
        height = int(self.document().size().height() + 0.999) + 2 * self.frameWidth()
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)


class _TimelineLayout:
    """Builds and holds the tab's widgets; the tab decides what they show."""

    def __init__(self, tab: QWidget, timeline: Timeline, allow_file_export: bool) -> None:
        tr, texts = tab.tr, timeline.texts
        self.scroll = QScrollArea(tab)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        self.typical = _paragraph(
            f"<b>{html.escape(tr('Good to know:'))}</b> {html.escape(texts['typical'])}", rich=True
        )
        self.typical.setObjectName("infoBox")
        self.typical.setMargin(8)
        self.track = TimelineTrack()
        self.track.setObjectName("timeline-track")
        for widget in (self.purpose, self.day_zero, self.typical, self.track):
            column.addWidget(widget)

        self.details = _ReadingView()
        self.details.setObjectName("timeline-details")
        self.details.setAccessibleName(tr("About this step"))
        self.questions_title = _paragraph(tr("Questions you may want to ask"))
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

        self.dates_box = QGroupBox(tr("Our dates"))
        box = QVBoxLayout(self.dates_box)
        self.dates_intro = _paragraph(texts["dates_intro"])
        box.addWidget(self.dates_intro)
        box.addWidget(_paragraph(tr("Which date do you know?")))
        self.which = QButtonGroup(tab)
        for key, text, name in (
            (_NONE, tr("Not yet"), "timeline-no-date"),
            (_INFUSION, tr("The infusion day (Day 0)"), "timeline-infusion-choice"),
            (_COLLECTION, tr("The cell collection day"), "timeline-collection-choice"),
        ):
            radio = QRadioButton(text)
            radio.setObjectName(name)
            self.which.addButton(_target(radio, text), key)
            box.addWidget(radio)
        self.which.button(_NONE).setChecked(True)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("timeline-date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setDateRange(QDate(MIN_DATE), QDate(MAX_DATE))
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setKeyboardTracking(False)  # one update per finished date, not per digit
        self.date_edit.setEnabled(False)
        self._labelled(box, tr("Date"), _target(self.date_edit, tr("The date you know")))

        self.stay_days = self._days_spin(tab, "timeline-stay-days")
        self._labelled(box, tr("Stay near the center: days your center asks for"),
                       _target(self.stay_days, tr("Days to stay near the center")))
        self.drive_days = self._days_spin(tab, "timeline-drive-days")
        self._labelled(box, tr("No driving: days your center asks for"),
                       _target(self.drive_days, tr("Days of no driving")))

        self.clear = QPushButton(tr("Clear our dates"))
        self.clear.setObjectName("timeline-clear")
        box.addWidget(_target(self.clear, tr("Clear our dates")))
        self.save = QPushButton(tr("Save to calendar…"))
        self.save.setObjectName("timeline-save")
        _target(self.save, tr("Save our dates to a calendar file"))
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

    @staticmethod
    def _days_spin(tab: QWidget, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(1, MAX_DAYS)
        spin.setValue(14)
        spin.setSuffix(tab.tr(" days"))
        spin.setKeyboardTracking(False)
        return spin

    @staticmethod
    def _labelled(box: QVBoxLayout, text: str, field: QWidget) -> None:
        label = _paragraph(text)
        label.setBuddy(field)
        box.addWidget(label)
        box.addWidget(field)


class TimelineTab(QWidget):
    """The treatment steps on a track, details of the selected step, and the family's dates.

    Signals:
        question_requested(str): a question-bank id, when "Add to my questions" is pressed.
        plan_changed(object): the new PlanInputs, whenever the family's dates or days change.
    """

    question_requested = Signal(str)
    plan_changed = Signal(object)

    def __init__(self, steps: Timeline, *, allow_file_export: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline = steps
        self._allow_file_export = allow_file_export
        self._inputs = PlanInputs()
        self._plan: list[PlannedStep] = []
        self._questions_for = ""  # the step whose question buttons are showing
        self._ui = _TimelineLayout(self, steps, allow_file_export)
        ui = self._ui
        ui.track.current_changed.connect(self._on_step_changed)
        ui.which.idToggled.connect(self._on_inputs_edited)
        ui.date_edit.dateChanged.connect(self._on_inputs_edited)
        ui.stay_days.valueChanged.connect(self._on_inputs_edited)
        ui.drive_days.valueChanged.connect(self._on_inputs_edited)
        ui.clear.clicked.connect(self._on_clear_clicked)
        ui.save.clicked.connect(self._on_save_clicked)
        self.setFocusProxy(ui.track)
        self._refresh()
        self._show_step(ui.track.current_index())

    # --- called by the main window -----------------------------------------------

    def plan_inputs(self) -> PlanInputs:
        return self._inputs

    def current_plan(self) -> list[PlannedStep]:
        return list(self._plan)

    def set_plan_inputs(self, inputs: PlanInputs) -> None:
        ui = self._ui
        known = inputs.infusion_date or inputs.collection_date
        choice = (_INFUSION if inputs.infusion_date else
                  _COLLECTION if inputs.collection_date else _NONE)
        blockers = [QSignalBlocker(w) for w in
                    (ui.which, ui.date_edit, ui.stay_days, ui.drive_days)]
        ui.which.button(choice).setChecked(True)
        ui.date_edit.setEnabled(choice != _NONE)
        ui.date_edit.setDate(QDate(known) if known else QDate.currentDate())
        ui.stay_days.setValue(inputs.stay_near_days)
        ui.drive_days.setValue(inputs.no_driving_days)
        del blockers
        self._apply(inputs)

    def select_step(self, index: int) -> None:
        self._ui.track.set_current(index)

    def reset(self) -> None:
        """Forget the family's dates and days and go back to the first step (kiosk reset)."""
        self.set_plan_inputs(PlanInputs())
        self._ui.status.clear()
        self._questions_for = ""  # fresh buttons: nothing reads "Added" for the next family
        self.select_step(0)
        self._show_step(0)
        self._ui.scroll.verticalScrollBar().setValue(0)

    def self_check(self) -> list[str]:
        problems = []
        if not len(self._timeline):
            problems.append("timeline: no treatment steps loaded")
        if len(self._ui.track.items()) != len(self._timeline):
            problems.append("timeline: the track does not show every step")
        try:
            plan = compute_plan(self._timeline, PlanInputs(infusion_date=date(2030, 1, 15)))
            if not plan_to_ics(plan).startswith(b"BEGIN:VCALENDAR"):
                problems.append("timeline: the calendar file is malformed")
        except Exception as exc:  # a self-check reports every failure, whatever it is
            problems.append(f"timeline: a sample plan fails ({exc})")
        return problems

    # --- behaviour ---------------------------------------------------------------

    def _apply(self, inputs: PlanInputs) -> None:
        if inputs == self._inputs and self._plan:
            return
        self._inputs = inputs
        self._ui.status.clear()  # a file saved earlier no longer matches these dates
        self._refresh()
        self.plan_changed.emit(inputs)

    def _refresh(self) -> None:
        self._plan = compute_plan(self._timeline, self._inputs)
        items = [
            TrackItem(
                title=p.step.title, label=p.step.short_title, phase=p.step.phase,
                start_day=p.start_day, day_text=p.day_text, date_text=p.short_date_text,
                timing=", ".join(filter(None, (p.when, p.day_text, p.dates_text))),
                optional=p.step.optional, day_zero=p.start_day == p.end_day == 0,
            )
            for p in self._plan
        ]
        zones = [TrackZone(phase, self._timeline.phase_titles[phase], *scale)
                 for phase, scale in _ZONE_SCALES.items()]
        self._ui.track.set_content(items, zones)
        has_date = self._inputs.has_date
        self._ui.save.setEnabled(has_date)
        self._ui.save_hint.setVisible(self._allow_file_export and not has_date)
        self._show_step(self._ui.track.current_index())

    def _on_inputs_edited(self, *_args) -> None:
        ui = self._ui
        choice = ui.which.checkedId()
        ui.date_edit.setEnabled(choice != _NONE)
        day = ui.date_edit.date().toPython()
        try:
            inputs = PlanInputs(
                infusion_date=day if choice == _INFUSION else None,
                collection_date=day if choice == _COLLECTION else None,
                stay_near_days=ui.stay_days.value(),
                no_driving_days=ui.drive_days.value(),
            )
        except PlanError:  # the widgets' ranges keep this from happening; keep the old plan
            return
        self._apply(inputs)

    def _on_clear_clicked(self) -> None:
        self.set_plan_inputs(PlanInputs())
        self._ui.status.clear()

    def _on_step_changed(self, index: int) -> None:
        self._show_step(index)

    def _on_save_clicked(self) -> None:
        if not self._inputs.has_date:
            return
        path = self._ask_save_path()
        if not path:
            return
        if Path(path).suffix.lower() != ".ics":
            path += ".ics"
        try:
            save_ics(self._plan, path)
        except (OSError, PlanError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            QMessageBox.warning(self, self.tr("Calendar not saved"),
                                f"{self._timeline.texts['save_failed']}\n\n({reason})")
            return
        self._ui.status.setText(self._timeline.texts["saved"])

    def _ask_save_path(self) -> str | None:
        """The one place that asks where to save, so tests can answer instead."""
        suggested = str(Path.home() / "car-t-plan.ics")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save to calendar"), suggested, self.tr("Calendar files (*.ics)")
        )
        return path or None

    def _show_step(self, index: int) -> None:
        if not 0 <= index < len(self._plan):
            return
        planned = self._plan[index]
        self._ui.details.setHtml(self._details_html(planned))
        self._ui.sources.setText(self._sources_text(planned))
        if planned.step.id != self._questions_for:  # keep "Added" showing while dates change
            self._questions_for = planned.step.id
            self._show_questions(planned.step.questions)

    def _details_html(self, p: PlannedStep) -> str:
        e, tr, step = html.escape, self.tr, p.step
        days = "" if p.day_text == p.when else f" ({e(p.day_text)})"
        parts = [f"<h2>{e(step.title)}</h2>", f"<p><b>{e(p.when)}</b>{days}</p>"]
        if p.dates_text:
            parts.append(f"<p><b>{e(tr('Our estimated dates (typical):'))}</b> "
                         f"{e(p.dates_text)}<br>{e(self._timeline.texts['typical'])}</p>")
        if step.changed_2025:
            parts.append(f"<p>&#9432; <b>{e(tr('Changed in 2025:'))}</b> "
                         f"{e(step.changed_2025)}</p>")
        for heading, body in ((tr("What happens"), step.what), (tr("How long"), step.duration),
                              (tr("Where"), step.where), (tr("Who is involved"), step.who)):
            parts.append(f"<h3>{e(heading)}</h3><p>{e(body)}</p>")
        if step.bring:
            items = "".join(f"<li>{e(b)}</li>" for b in step.bring)
            parts.append(f"<h3>{e(tr('What you can do or bring'))}</h3><ul>{items}</ul>")
        return "".join(parts)

    def _sources_text(self, p: PlannedStep) -> str:
        lines = [self.tr("Sources")]
        for source in p.step.sources:
            year = f" ({source.year})" if source.year else ""
            lines.append(f"• {source.title}{year}" + (f"\n   {source.url}" if source.url else ""))
        if self._timeline.reviewed:
            checked = self._timeline.words.date_label(self._timeline.reviewed)
            lines.append(self.tr("Last checked: {0}").format(checked))
        return "\n".join(lines)

    def _show_questions(self, ids: tuple[str, ...]) -> None:
        layout = self._ui.questions
        while layout.count():
            row = layout.takeAt(0).widget()
            if row is not None:
                row.hide()  # at once: deletion waits for the event loop
                row.deleteLater()
        for qid in ids:
            layout.addWidget(self._question_row(qid))

    def _question_row(self, qid: str) -> QWidget:
        text = self._timeline.question_labels.get(qid, qid)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(_paragraph(text), 1)
        button = QPushButton(self.tr("Add to my questions"))
        button.setObjectName(f"timeline-ask-{qid}")
        _target(button, self.tr("Add to my questions: {0}").format(text))

        def on_clicked() -> None:
            self.question_requested.emit(qid)
            button.setText(self.tr("Added to my questions"))

        button.clicked.connect(on_clicked)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    # --- text size and width -----------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        wide = self.width() >= QFontMetrics(self.font()).averageCharWidth() * 110
        self._ui.lower.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                    else QBoxLayout.Direction.TopToBottom)
