"""The tabs of the main window: which there are, and how each is built on first visit.

Building a tab is also where its signals are joined to the window's (a question
asked from a page goes to the question list, a link to another page opens it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cartapp import paths
from cartapp.ui.translation_note import add_translation_note

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from cartapp.ui.main_window import MainWindow


@dataclass(frozen=True)
class TabSpec:
    key: str
    label: str
    icon: str
    build: Callable[[], QWidget]


def tab_specs(window: MainWindow) -> list[TabSpec]:
    def spec(key: str, label: str, build: Callable[[MainWindow], QWidget]) -> TabSpec:
        return TabSpec(key, label, key, lambda: build(window))

    center = (
        [spec("center", translate("MainWindow", "Our center"), build_center)]
        if window.library.clinic_page() is not None
        else []
    )
    return [
        spec("overview", translate("MainWindow", "Overview"), build_overview),
        spec("mechanism", translate("MainWindow", "How it works"), build_mechanism),
        spec("conditions", translate("MainWindow", "Conditions"), build_conditions),
        spec("risks", translate("MainWindow", "Risks and side effects"), build_risks),
        spec("timeline", translate("MainWindow", "Treatment steps"), build_timeline),
        spec("life", translate("MainWindow", "Life after CAR T"), build_life),
        *center,
        spec("questions", translate("MainWindow", "Questions for your doctor"), build_questions),
    ]


def question_names(window: MainWindow):
    from cartapp.model.question_links import question_names as names

    return names(window.library.bank, window.library.timeline.question_labels)


def reader_tab(window: MainWindow, cls, name: str, page=None, **extra) -> QWidget:
    names = question_names(window)
    tab = cls(
        page or window.library.page(name),
        window.library.glossary,
        questions=names,
        links=window.library.link_targets,
        **extra,
    )
    tab.question_requested.connect(
        lambda question_id, source=tab: window._on_question_requested(question_id, source)
    )
    tab.external_link_requested.connect(window._on_external_link)
    tab.page_requested.connect(window.open_page)
    return tab


def build_center(window: MainWindow) -> QWidget:
    from cartapp.ui.tabs.reader_tab import ReaderTab

    return reader_tab(
        window,
        ReaderTab,
        "center",
        page=window.library.clinic_page(),
        pictures=window.library.clinic.picture,
    )


def build_life(window: MainWindow) -> QWidget:
    from cartapp.model.library import LIFE_PAGES
    from cartapp.ui.tabs.life import LifeTab
    from cartapp.ui.tabs.reader_tab import ReaderTab

    pages = [(name, window.library.page(name).title) for name in LIFE_PAGES]
    return LifeTab(pages, lambda name: reader_tab(window, ReaderTab, name))


def build_overview(window: MainWindow) -> QWidget:
    from cartapp.ui.tabs.overview import OverviewTab

    return reader_tab(window, OverviewTab, "overview")


def build_conditions(window: MainWindow) -> QWidget:
    from cartapp.ui.tabs.conditions import ConditionsTab

    return reader_tab(window, ConditionsTab, "conditions")


def build_risks(window: MainWindow) -> QWidget:
    from cartapp.ui.tabs.risks import RisksTab

    tab = reader_tab(window, RisksTab, "risks")
    tab.show_care_team(window.policy.clinic)
    if window.policy.may_print():
        from cartapp.ui.kit_entry import kit_button

        tab.add_kit_button(kit_button(tab, window.open_kit))
    return tab


def build_mechanism(window: MainWindow) -> QWidget:
    from cartapp.ui.tabs.mechanism import MechanismTab

    tab = MechanismTab(window.library.story)
    add_translation_note(tab.purpose, window.library.language, "story.toml")
    tab.activity.connect(window.tab_activity)
    reduced = window.prefs.reduced_motion
    if reduced is not None:
        tab.set_reduced_motion(reduced)
    window.motion_action.setChecked(tab.reduced_motion())
    return tab


def build_timeline(window: MainWindow) -> QWidget:
    from cartapp.model.timeline import PlanError, PlanInputs
    from cartapp.ui.tabs.timeline import TimelineTab

    tab = TimelineTab(window.library.timeline, allow_file_export=window.policy.may_save_files())
    add_translation_note(tab.purpose, window.library.language, "timeline.toml")
    saved = window.prefs.plan_inputs()
    # An unusable saved plan is simply not restored.
    with contextlib.suppress(PlanError, ValueError, TypeError, KeyError):
        tab.set_plan_inputs(PlanInputs.from_dict(saved) if saved else PlanInputs())
    tab.question_requested.connect(window._on_question_requested)
    tab.plan_changed.connect(window._on_plan_changed)
    if window.policy.may_print():
        from cartapp.ui.kit_entry import kit_button

        tab.add_kit_button(kit_button(tab, window.open_kit))
    return tab


def english_bank(window: MainWindow):
    """The English questions, for a sheet printed in two languages (None in English)."""
    if window.library.language == "en":
        return None
    from cartapp.model.question_bank import load_bank_for

    return load_bank_for("en")


def build_questions(window: MainWindow) -> QWidget:
    from cartapp.pdf.question_sheet import ClinicBlock
    from cartapp.ui.sheet_store import SheetAutosave
    from cartapp.ui.tabs.questions import QuestionsTab

    # A list carried across a change of language; at home the autosave holds it too.
    sheet, window._carried_sheet = getattr(window, "_carried_sheet", None), None
    if window.prefs.persist:
        window.autosave = SheetAutosave(paths.autosave_file(), lambda: tab.sheet(), window)
        window.autosave.problem.connect(window._show_problem)
        restored = window.autosave.restore()
        sheet = sheet or restored
    clinic = window.policy.clinic
    block = ClinicBlock(clinic.name, clinic.phone, clinic.urgent_phone, clinic.website)
    tab = QuestionsTab(
        window.library.bank,
        sheet,
        allow_files=window.policy.may_save_files(),
        print_directly=window.policy.print_directly(),
        kiosk_printing=window.policy.reports_printing(),
        content_version=window.library.content_version(),
        clinic=block if any((clinic.name, clinic.phone, clinic.urgent_phone)) else None,
        english_bank=english_bank(window),
    )
    add_translation_note(tab.purpose, window.library.language, "questions.toml")
    tab.print_button.setVisible(window.policy.may_print())
    if window.library.clinic is not None and (
        window.library.clinic_page() is not None or window.library.clinic.questions
    ):
        tab.information_from = clinic.name or translate("MainWindow", "your center")
    tab.status_message.connect(lambda text: window.statusBar().showMessage(text, 6000))
    if window.autosave is not None:
        tab.sheet_changed.connect(window.autosave.schedule)
    if "timeline" in window._tabs:
        window._on_plan_changed(window._tabs["timeline"].plan_inputs())
    return tab
