"""The "Life after CAR T" tab, links between pages, and "Who is reading?"."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from PySide6.QtCore import QUrl

from cartapp.config import ClinicConfig, ClinicInfo, KioskSettings
from cartapp.model.library import LIFE_PAGES
from cartapp.policy import KioskPolicy
from cartapp.ui.first_run import WelcomeDialog
from cartapp.ui.kiosk.session import KioskSession
from cartapp.ui.tabs.life import LifeTab


def _headings_and_first_question(finder):
    rows = [finder.results.item(r) for r in range(finder.results.count())]
    headings = [item.text() for r, item in enumerate(rows) if finder.results.is_heading(r)]
    first = rows[finder.results.first_question_row()]
    return headings, first


def test_every_life_page_is_in_its_tab_and_renders_whole(make_main_window):
    window = make_main_window(persist=False)
    tab = window.show_tab("life")
    assert isinstance(tab, LifeTab)
    assert tab.page_names() == list(LIFE_PAGES)
    titles = [tab.page_list.item(r).text() for r in range(tab.page_list.count())]
    assert titles == [window.library.page(name).title for name in LIFE_PAGES]
    # Two clicks from anywhere: the tab, then the page.
    for row, name in enumerate(LIFE_PAGES):
        tab.page_list.setCurrentRow(row)
        assert tab._stack.currentWidget() is tab.reader(name)
    assert tab.self_check() == []


def test_a_page_link_opens_the_page_at_its_place(make_main_window, qtbot):
    window = make_main_window(persist=False)
    window.show()
    qtbot.waitExposed(window)
    risks = window.show_tab("risks")
    assert "page:at-home#fever" in risks.reader.link_targets()
    risks.reader.anchorClicked.emit(QUrl("page:at-home#fever"))
    assert window.current_key() == "life"
    life = window.tab("life")
    assert life.current_name() == "at-home"
    assert life.current_reader().reader.verticalScrollBar().value() > 0
    life.reader("teens").reader.anchorClicked.emit(QUrl("page:risks#crs"))
    assert window.current_key() == "risks"
    assert risks.reader.verticalScrollBar().value() > 0


def test_the_patient_reading_changes_words_order_and_label_but_hides_nothing(make_main_window):
    window = make_main_window(persist=False)
    questions = window.tab("questions")
    at_home = window.show_tab("life").reader("at-home").reader
    parent_text = at_home.toPlainText()
    headings, first = _headings_and_first_question(questions.finder)
    assert not headings[0].startswith("For you")
    assert questions.details.name_label.text() == "Child's name:"

    window.set_reader("patient")
    patient_text = at_home.toPlainText()
    assert "even if your child seems well" in parent_text
    assert "even if you feel well" in patient_text
    assert "your child seems well" not in patient_text
    # The facts stay: the same numbers and warnings in both.
    assert re.findall(r"\d+", parent_text) == re.findall(r"\d+", patient_text)
    headings, first = _headings_and_first_question(questions.finder)
    assert headings[0].startswith("For you")
    assert first.text().startswith("[Teen] ")
    teen_count = sum(q.for_teens for q in window.library.bank.questions)
    assert questions.finder.shown_ids().count(first.data(0x0100)) >= 1
    shown = questions.finder.shown_ids()
    assert len(set(shown)) == len(window.library.bank.questions)  # nothing hidden
    assert teen_count >= 8
    assert questions.details.name_label.text() == "Patient's name:"

    questions.details.child_name.setText("Sam")
    questions.add_question(window.library.bank.questions[0].id)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(questions.pdf_bytes())).pages)
    assert "Patient Sam" in " ".join(text.split())
    window.set_reader("parent")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(questions.pdf_bytes())).pages)
    assert "Child Sam" in " ".join(text.split())


def test_the_reader_choice_is_asked_once_and_survives_a_restart(make_main_window, monkeypatch):
    asked = []

    def answer(dialog):
        asked.append((dialog.reader_group is not None, dialog.region_group is not None))
        dialog.choose(dialog.reader_group, "patient")
        dialog.choose(dialog.region_group, "uk")
        return WelcomeDialog.DialogCode.Accepted

    monkeypatch.setattr(WelcomeDialog, "exec", answer)
    window = make_main_window(persist=True)
    assert window.region.reader == "parent"
    window.ask_region_if_unknown()
    assert asked == [(True, True)]
    assert (window.region.reader, window.region.region) == ("patient", "uk")
    window.prefs.sync()
    window.close()

    again = make_main_window(persist=True)
    again.ask_region_if_unknown()
    assert asked == [(True, True)]  # not asked again
    assert (again.region.reader, again.region.region) == ("patient", "uk")
    assert again.reader_action in again.view_menu.actions()


def test_closing_the_welcome_keeps_the_careful_defaults(make_main_window, monkeypatch):
    def close(dialog):
        dialog.choose(dialog.reader_group, "patient")
        return WelcomeDialog.DialogCode.Rejected

    monkeypatch.setattr(WelcomeDialog, "exec", close)
    window = make_main_window(persist=True)
    window.ask_region_if_unknown()
    assert (window.region.reader, window.region.region) == ("parent", "other")
    assert (window.prefs.reader, window.prefs.region) == ("parent", "other")


def test_a_clinic_region_asks_only_who_is_reading(make_main_window, monkeypatch):
    asked = []
    monkeypatch.setattr(
        WelcomeDialog,
        "exec",
        lambda d: asked.append((d.reader_group is not None, d.region_group is not None)) or 1,
    )
    config = ClinicConfig(clinic=ClinicInfo(name="Clinic", region="uk"), source=None)
    window = make_main_window(persist=True, policy=KioskPolicy.home(config))
    window.ask_region_if_unknown()
    assert asked == [(True, False)]


def test_a_kiosk_asks_on_its_start_screen_and_a_reset_asks_again(make_main_window):
    config = ClinicConfig(
        clinic=ClinicInfo(name="Riverside"), kiosk=KioskSettings(enabled=True), source=None
    )
    policy = KioskPolicy(config, kiosk=True)
    window = make_main_window(persist=False, policy=policy)
    session = KioskSession(window, policy, ["en"])
    assert window.reader_action not in window.view_menu.actions()
    start = session.start_screen
    assert start.selected_reader() == "parent"
    start.reader_buttons["patient"].click()
    start.start_button.click()
    assert window.region.reader == "patient"
    assert window.tab("questions").details.name_label.text() == "Patient's name:"
    session.reset()
    assert window.region.reader == "parent"
    assert start.selected_reader() == "parent"
    assert start.reader_buttons["parent"].text().startswith("\u2713")


def test_at_large_text_a_drop_down_keeps_the_room_for_the_page(make_main_window, qtbot):
    window = make_main_window(persist=False)
    window.show()
    qtbot.waitExposed(window)
    life = window.show_tab("life")
    qtbot.waitUntil(lambda: life.page_list.isVisible())
    assert not life.page_choice.isVisible()
    window.set_text_scale(200)
    qtbot.waitUntil(lambda: life.page_choice.isVisible())
    assert not life.page_list.isVisible()
    assert life.focusProxy() is life.page_choice
    life.page_choice.setCurrentIndex(3)
    assert life.current_name() == LIFE_PAGES[3]
    reader = life.current_reader().reader
    assert reader.height() > window.height() // 3, "the page keeps most of the height"
    window.set_text_scale(100)
    qtbot.waitUntil(lambda: life.page_list.isVisible())
    assert life.page_list.currentRow() == 3
