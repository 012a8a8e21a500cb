"""The "Treatment steps" tab: the path of CAR T as a timeline a family can hold.

The family picks a step on the track to read about it, and can enter one date they
know (the infusion or the cell collection) to see every step on their calendar.
All dates are typical estimates; the tab says so wherever it shows one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFileDialog, QWidget

from cartapp.model.calendar_export import plan_to_ics, save_ics
from cartapp.model.timeline import (
    PlanError,
    PlanInputs,
    PlannedStep,
    Timeline,
    compute_plan,
    short_dates,
)
from cartapp.ui import plain_text
from cartapp.ui.announce import announce
from cartapp.ui.tabs.timeline_layout import COLLECTION, INFUSION, NO_DATE, TimelineLayout
from cartapp.ui.widgets.step_details import details_html, sources_text
from cartapp.ui.widgets.timeline_track import TrackItem, TrackZone

# Each zone of the track has its own scale: (first day, last day, days between ticks).
_ZONE_SCALES = {"before": (-56, -7, 7), "around": (-7, 28, 1), "after": (28, 365, 30)}


class TimelineTab(QWidget):
    """The treatment steps on a track, details of the selected step, and the family's dates.

    Signals:
        question_requested(str): a question-bank id, when "Add to my questions" is pressed.
        plan_changed(object): the new PlanInputs, whenever the family's dates or days change.
    """

    question_requested = Signal(str)
    plan_changed = Signal(object)

    def __init__(
        self, steps: Timeline, *, allow_file_export: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._timeline = steps
        self._allow_file_export = allow_file_export
        self._inputs = PlanInputs()
        self._plan: list[PlannedStep] = []
        self._questions_for = ""  # the step whose question buttons are showing
        self._ui = TimelineLayout(self, steps, allow_file_export)
        ui = self._ui
        self.purpose = ui.purpose
        ui.track.current_changed.connect(self._on_step_changed)
        ui.which.idToggled.connect(self._on_inputs_edited)
        ui.date_edit.dateChanged.connect(self._on_inputs_edited)
        ui.stay_days.valueChanged.connect(self._on_inputs_edited)
        ui.drive_days.valueChanged.connect(self._on_inputs_edited)
        ui.clear.clicked.connect(self._on_clear_clicked)
        ui.save.clicked.connect(self._on_save_clicked)
        self.setFocusProxy(ui.track)
        from cartapp.ui import region

        self._region = region.current()
        self._region.changed.connect(self._refresh)
        self._refresh()
        self._show_step(ui.track.current_index())

    # --- called by the main window -----------------------------------------------

    def add_kit_button(self, button) -> None:
        """ "Print a safety kit" with the family's dates: the kit uses them."""
        self.kit_button = button
        layout = self._ui.dates_box.layout()
        layout.insertWidget(layout.count() - 1, button)

    def plan_inputs(self) -> PlanInputs:
        return self._inputs

    def current_plan(self) -> list[PlannedStep]:
        return list(self._plan)

    def set_plan_inputs(self, inputs: PlanInputs) -> None:
        ui = self._ui
        known = inputs.infusion_date or inputs.collection_date
        choice = (
            INFUSION if inputs.infusion_date else COLLECTION if inputs.collection_date else NO_DATE
        )
        blockers = [
            QSignalBlocker(w) for w in (ui.which, ui.date_edit, ui.stay_days, ui.drive_days)
        ]
        ui.which.button(choice).setChecked(True)
        ui.date_edit.setEnabled(choice != NO_DATE)
        ui.date_edit.setDate(QDate(known) if known else QDate.currentDate())
        ui.stay_days.setValue(inputs.stay_near_days or 0)
        ui.drive_days.setValue(inputs.no_driving_days or 0)
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
        # The family's own days win, then the clinic file's; none means no end date.
        self._plan = compute_plan(
            self._timeline,
            self._inputs.with_defaults(self._region.overrides),
            minimum_days=self._region.minimum_days(),
        )
        items = [
            TrackItem(
                title=p.step.title,
                label=p.step.short_title,
                phase=p.step.phase,
                start_day=p.start_day,
                day_text=p.day_text,
                date_text=short_dates(p, self._timeline.words),
                timing=self._region.expand(
                    ", ".join(filter(None, (p.when, p.day_text, p.dates_text)))
                ),
                optional=p.step.optional,
                day_zero=p.start_day == p.end_day == 0,
                end_day=p.end_day if p.end_day != p.start_day else None,
                open_end=p.open_end,
            )
            for p in self._plan
        ]
        zones = [
            TrackZone(phase, self._timeline.phase_titles[phase], *scale)
            for phase, scale in _ZONE_SCALES.items()
        ]
        self._ui.track.set_content(items, zones)
        has_date = self._inputs.has_date
        self._ui.save.setEnabled(has_date)
        self._ui.save_hint.setVisible(self._allow_file_export and not has_date)
        self._show_step(self._ui.track.current_index())

    def _on_inputs_edited(self, *_args) -> None:
        ui = self._ui
        choice = ui.which.checkedId()
        ui.date_edit.setEnabled(choice != NO_DATE)
        day = ui.date_edit.date().toPython()
        try:
            inputs = PlanInputs(
                infusion_date=day if choice == INFUSION else None,
                collection_date=day if choice == COLLECTION else None,
                stay_near_days=ui.stay_days.value() or None,
                no_driving_days=ui.drive_days.value() or None,
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
            save_ics(self._plan, path, expand=self._region.expand)
        except (OSError, PlanError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            plain_text.warn(
                self,
                self.tr("Calendar not saved"),
                f"{self._timeline.texts['save_failed']}\n\n({reason})",
            )
            return
        self._ui.status.setText(self._timeline.texts["saved"])
        announce(self._ui.status, self._timeline.texts["saved"])

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
        self._ui.details.setHtml(self._expand_html(details_html(planned, self._timeline)))
        self._ui.sources.setText(sources_text(planned, self._timeline))
        if planned.step.id != self._questions_for:  # keep "Added" showing while dates change
            self._questions_for = planned.step.id
            self._show_questions(planned.step.questions)

    def _expand_html(self, text: str) -> str:
        """Region rule tokens in a step's texts, in the reader's region's words."""
        import html
        import re

        return re.sub(
            r"\{\{[^{}]*\}\}", lambda m: html.escape(self._region.expand(m[0]), quote=False), text
        )

    def _show_questions(self, ids: tuple[str, ...]) -> None:
        self._ui.clear_questions()
        for qid in ids:
            self._add_question(qid)

    def _add_question(self, qid: str) -> None:
        button = self._ui.add_question(qid, self._timeline.question_labels.get(qid, qid))

        def on_clicked() -> None:
            self.question_requested.emit(qid)
            button.setText(self.tr("Added to my questions"))

        button.clicked.connect(on_clicked)

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
        self._ui.lower.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
