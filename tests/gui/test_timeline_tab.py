"""The "Treatment steps" tab: track navigation, the family's dates, export and questions."""

from __future__ import annotations

from datetime import date

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QWidget,
)

from cartapp.model.timeline import PlanInputs, load_timeline_for
from cartapp.ui import plain_text
from cartapp.ui.tabs.timeline import TimelineTab
from cartapp.ui.widgets.timeline_track import TimelineTrack


@pytest.fixture(scope="module")
def timeline():
    return load_timeline_for("en")


@pytest.fixture
def make_tab(qtbot, timeline):
    def factory(**kwargs) -> TimelineTab:
        tab = TimelineTab(timeline, **kwargs)
        qtbot.addWidget(tab)
        tab.resize(1280, 800)
        tab.show()
        qtbot.waitExposed(tab)
        return tab

    return factory


@pytest.fixture
def app_font():
    """Change the application font as the app does, and put everything back afterwards.

    With an application style sheet in place, Qt passes a new application font on
    only when the sheet is set again, so the text-size setting does both; here the
    sheet is emptied for the test so the font reaches the widgets either way.
    """
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    app.setStyleSheet("")
    yield app
    app.setFont(font)
    app.setStyleSheet(sheet)


def child(tab, kind, name):
    found = tab.findChild(kind, name)
    assert found is not None, name
    return found


def details_text(tab) -> str:
    return child(tab, QTextBrowser, "timeline-details").toPlainText()


def test_arrow_keys_walk_the_track_and_update_the_details(make_tab, qtbot, timeline):
    tab = make_tab()
    track = child(tab, TimelineTrack, "timeline-track")
    track.setFocus()
    qtbot.waitUntil(track.hasFocus)
    assert track.current_index() == 0
    assert timeline[0].title in details_text(tab)

    with qtbot.waitSignal(track.current_changed) as moved:
        qtbot.keyClick(track, Qt.Key.Key_Right)
    assert moved.args == [1]
    qtbot.keyClick(track, Qt.Key.Key_Right)
    assert track.current_index() == 2
    assert timeline[2].title in details_text(tab)
    assert track.accessibleName().startswith(timeline[2].title + ", About 5 weeks before Day 0")

    qtbot.keyClick(track, Qt.Key.Key_End)
    assert track.current_index() == len(timeline) - 1
    assert "Long-term follow-up" in details_text(tab)
    qtbot.keyClick(track, Qt.Key.Key_Right)  # stays on the last step
    assert track.current_index() == len(timeline) - 1
    qtbot.keyClick(track, Qt.Key.Key_Left)
    assert track.current_index() == len(timeline) - 2
    qtbot.keyClick(track, Qt.Key.Key_Home)
    assert track.current_index() == 0


def test_click_selects_a_step(make_tab, qtbot, timeline):
    tab = make_tab()
    track = child(tab, TimelineTrack, "timeline-track")
    infusion = next(i for i, s in enumerate(timeline) if s.id == "infusion")
    point = track.item_rect(infusion).center().toPoint()
    with qtbot.waitSignal(track.current_changed):
        qtbot.mouseClick(track, Qt.MouseButton.LeftButton, pos=point)
    assert track.current_index() == infusion
    qtbot.waitUntil(track.hasFocus)
    assert "Infusion day (Day 0)" in details_text(tab)


def test_touch_tap_selects_a_step(make_tab, qtbot):
    tab = make_tab()
    track = child(tab, TimelineTrack, "timeline-track")
    point = track.item_rect(6).center().toPoint()
    device = QTest.createTouchDevice()
    with qtbot.waitSignal(track.current_changed) as tapped:
        QTest.touchEvent(track, device).press(0, point, track).commit()
        QTest.touchEvent(track, device).release(0, point, track).commit()
    assert tapped.args == [6]


def test_entering_a_date_dates_every_step(make_tab, qtbot, timeline):
    tab = make_tab()
    track = child(tab, TimelineTrack, "timeline-track")
    assert all(item.date_text == "" for item in track.items())
    with qtbot.waitSignal(tab.plan_changed) as changed:
        child(tab, QRadioButton, "timeline-infusion-choice").click()
    assert changed.args[0].infusion_date is not None
    with qtbot.waitSignal(tab.plan_changed) as changed:
        child(tab, QDateEdit, "timeline-date").setDate(QDate(2028, 3, 1))
    assert changed.args[0] == PlanInputs(infusion_date=date(2028, 3, 1))

    dates = {item.label: item.date_text for item in track.items()}
    # A span shows both its dates; a single day, its one.
    assert dates["Infusion"] == "Mar 1" and dates["Chemo"] == "Feb 24 \u2013 Feb 27"
    assert all(dates.values())
    tab.select_step(next(i for i, s in enumerate(timeline) if s.id == "chemo"))
    text = details_text(tab)
    assert "Feb 24 to Feb 27, 2028" in text and "typical" in text
    assert "Day -6 to Day -3" in text


def test_collection_date_estimates_the_infusion(make_tab, qtbot):
    tab = make_tab()
    child(tab, QRadioButton, "timeline-collection-choice").click()
    child(tab, QDateEdit, "timeline-date").setDate(QDate(2027, 12, 20))
    assert tab.plan_inputs().collection_date == date(2027, 12, 20)
    plan = {p.step.id: p for p in tab.current_plan()}
    assert plan["infusion"].start_date == date(2028, 1, 24)


def test_custom_days_reach_the_plan_and_the_calendar_file(make_tab, qtbot, tmp_path, monkeypatch):
    tab = make_tab()
    tab.set_plan_inputs(PlanInputs(infusion_date=date(2028, 3, 1)))
    child(tab, QSpinBox, "timeline-stay-days").setValue(42)
    with qtbot.waitSignal(tab.plan_changed):
        child(tab, QSpinBox, "timeline-drive-days").setValue(30)
    assert tab.plan_inputs().stay_near_days == 42
    plan = {p.step.id: p for p in tab.current_plan()}
    assert plan["stay-near"].end_date == date(2028, 4, 12)
    assert plan["no-driving"].end_date == date(2028, 3, 31)

    target = tmp_path / "our-plan"
    monkeypatch.setattr(tab, "_ask_save_path", lambda: str(target))
    save = child(tab, QPushButton, "timeline-save")
    assert save.isVisible() and save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    written = tmp_path / "our-plan.ics"
    qtbot.waitUntil(written.exists)
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(written.read_bytes()).walk("VEVENT")}
    assert events["Stay near the treatment center"].decoded("DTEND") == date(2028, 4, 13)
    assert events["No driving"].decoded("DTEND") == date(2028, 4, 1)
    assert events["CAR T infusion (Day 0)"].decoded("DTSTART") == date(2028, 3, 1)


def test_a_failed_save_is_explained_in_plain_words(make_tab, tmp_path, monkeypatch):
    tab = make_tab()
    tab.set_plan_inputs(PlanInputs(infusion_date=date(2028, 3, 1)))
    monkeypatch.setattr(tab, "_ask_save_path", lambda: str(tmp_path / "no" / "plan.ics"))
    shown = []
    monkeypatch.setattr(plain_text, "warn", lambda *args: shown.append(args))
    child(tab, QPushButton, "timeline-save").click()
    assert len(shown) == 1
    assert "could not save" in shown[0][2] and "Traceback" not in shown[0][2]
    assert list(tmp_path.iterdir()) == []


def test_cancelled_save_writes_nothing(make_tab, tmp_path, monkeypatch):
    tab = make_tab()
    tab.set_plan_inputs(PlanInputs(infusion_date=date(2028, 3, 1)))
    monkeypatch.setattr(tab, "_ask_save_path", lambda: None)
    child(tab, QPushButton, "timeline-save").click()
    assert list(tmp_path.iterdir()) == []


def test_no_file_export_hides_the_save_button(make_tab):
    tab = make_tab(allow_file_export=False)
    tab.set_plan_inputs(PlanInputs(infusion_date=date(2028, 3, 1)))
    assert not child(tab, QPushButton, "timeline-save").isVisible()


def test_add_to_my_questions_emits_the_bank_id(make_tab, qtbot, timeline):
    tab = make_tab()
    tab.select_step(next(i for i, s in enumerate(timeline) if s.id == "recovery"))
    button = child(tab, QPushButton, "timeline-ask-home.school")
    assert button.accessibleName() == ("Add to my questions: When can my child go back to school?")
    with qtbot.waitSignal(tab.question_requested) as asked:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked.args == ["home.school"]
    assert button.text() == "Added to my questions"
    tab.reset()
    tab.select_step(next(i for i, s in enumerate(timeline) if s.id == "recovery"))

    def shown():  # the old row lingers, hidden, until the event loop deletes it
        return [
            b.text()
            for b in tab.findChildren(QPushButton, "timeline-ask-home.school")
            if b.isVisible()
        ]

    qtbot.waitUntil(lambda: shown() == ["Add to my questions"])


def test_reset_forgets_everything(make_tab, qtbot):
    tab = make_tab()
    tab.set_plan_inputs(
        PlanInputs(collection_date=date(2028, 1, 5), stay_near_days=40, no_driving_days=50)
    )
    tab.select_step(6)
    with qtbot.waitSignal(tab.plan_changed) as changed:
        tab.reset()
    assert changed.args == [PlanInputs()]
    assert tab.plan_inputs() == PlanInputs()
    assert child(tab, TimelineTrack, "timeline-track").current_index() == 0
    assert child(tab, QRadioButton, "timeline-no-date").isChecked()
    assert not child(tab, QDateEdit, "timeline-date").isEnabled()
    # Back to "not given yet": the days are never a default the family did not choose.
    assert child(tab, QSpinBox, "timeline-stay-days").value() == 0
    assert child(tab, QSpinBox, "timeline-drive-days").value() == 0
    assert not any(p.has_dates for p in tab.current_plan())
    assert not child(tab, QPushButton, "timeline-save").isEnabled()


def test_clear_button_forgets_the_dates(make_tab, qtbot):
    tab = make_tab()
    tab.set_plan_inputs(PlanInputs(infusion_date=date(2028, 3, 1), stay_near_days=30))
    with qtbot.waitSignal(tab.plan_changed):
        child(tab, QPushButton, "timeline-clear").click()
    assert tab.plan_inputs() == PlanInputs()


def test_every_control_is_named_reachable_and_big_enough(make_tab):
    tab = make_tab()
    controls = [
        w
        for w in tab.findChildren(QWidget)
        if isinstance(w, (QPushButton, QRadioButton, QSpinBox, QDateEdit))
    ]
    assert controls
    for widget in controls:
        assert widget.accessibleName(), widget.objectName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
        if widget.isVisible():
            assert widget.height() >= 32, widget.objectName()
    track = child(tab, TimelineTrack, "timeline-track")
    assert track.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert track.accessibleName() and track.accessibleDescription()


@pytest.mark.parametrize("pixels", [16, 32])
def test_nothing_clips_at_large_text(make_tab, qtbot, app_font, pixels):
    font = QFont(app_font.font())
    font.setPixelSize(pixels)
    app_font.setFont(font)
    tab = make_tab()
    tab.set_plan_inputs(PlanInputs(infusion_date=date(2028, 3, 1)))
    track = child(tab, TimelineTrack, "timeline-track")
    details = child(tab, QTextBrowser, "timeline-details")
    qtbot.waitUntil(lambda: track.height() >= track.heightForWidth(track.width()))
    qtbot.waitUntil(lambda: details.height() >= details.document().size().height())
    if pixels == 32:
        # Thirteen steps cannot share one line at 200% text: the track wraps or stacks.
        assert track.height() > track.heightForWidth(3000)


def test_track_follows_a_font_change(make_tab, qtbot, app_font):
    tab = make_tab()
    track = child(tab, TimelineTrack, "timeline-track")
    before = track.heightForWidth(1200)
    font = QFont(app_font.font())
    font.setPixelSize(32)
    app_font.setFont(font)
    qtbot.waitUntil(lambda: track.heightForWidth(1200) > before)


def test_track_turns_into_a_list_when_narrow(qtbot, make_tab):
    tab = make_tab()
    track = child(tab, TimelineTrack, "timeline-track")
    assert not track.is_vertical()
    tab.resize(300, 800)
    qtbot.waitUntil(track.is_vertical)
    before = track.current_index()
    qtbot.keyClick(track, Qt.Key.Key_Down)
    assert track.current_index() == before + 1
    rect = track.item_rect(3)
    qtbot.mouseClick(
        track, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.center().x()), int(rect.center().y()))
    )
    assert track.current_index() == 3


def test_self_check_passes(make_tab):
    assert make_tab().self_check() == []
