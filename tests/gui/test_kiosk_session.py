"""A kiosk session: fresh start for each family, nothing kept, staff-only exit."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from cartapp.config import ClinicConfig, ClinicInfo, KioskSettings, hash_pin
from cartapp.model.timeline import PlanInputs
from cartapp.ui import plain_text, printing
from cartapp.ui.kiosk.policy import KioskPolicy
from cartapp.ui.kiosk.session import KioskSession

MARK = "Zebra-4417 Ωμέγα"
PIN = "2468"


@pytest.fixture(scope="module")
def pin_hash():
    return hash_pin(PIN)


@pytest.fixture
def kiosk(make_main_window, pin_hash):
    config = ClinicConfig(
        clinic=ClinicInfo(name="Riverside Children's", phone="555-0100",
                          urgent_phone="555-0199", stay_near_days=30),
        kiosk=KioskSettings(enabled=True, admin_pin_hash=pin_hash),
        source=None)
    policy = KioskPolicy(config, kiosk=True)
    window = make_main_window(persist=False, policy=policy)
    session = KioskSession(window, policy, ["en"])
    window.show()
    session.start_screen.start_requested.emit("en")
    return window, session


def _fill_everything(window):
    """Type the marker into every text field of every tab, and set everything else."""
    for key in window.tab_keys():
        window.show_tab(key)
    questions = window.tab("questions")
    for q in window.library.bank.questions[:3]:
        questions.add_question(q.id)
    questions.mine.own_text.setPlainText(MARK)
    questions.mine.own_add.click()
    questions.mine.own_text.setPlainText(MARK)  # typed but not added
    questions.details.has_date.setChecked(True)
    for widget in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        if widget.isVisibleTo(window) and not widget.isReadOnly():
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.setText(MARK)
            else:
                widget.setPlainText(MARK)
    window.tab("timeline").set_plan_inputs(PlanInputs(infusion_date=dt.date(2027, 5, 4),
                                                      stay_near_days=45))
    window.set_text_scale(170)
    window.set_high_contrast(True)
    window.tab("overview").show_term(window.library.glossary.terms[0].id)
    questions.preview()


def _nothing_left(window):
    questions = window.tab("questions")
    assert questions.sheet().is_empty()
    assert questions.mine.list.count() == 0
    for widget in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        assert MARK not in text, f"{type(widget).__name__} {widget.accessibleName()} kept text"
    assert questions.finder.search.text() == ""
    assert questions._preview is None
    plan = window.tab("timeline").plan_inputs()
    assert plan.infusion_date is None and plan.collection_date is None
    assert plan.stay_near_days is None  # the family's number is gone ...
    stay = {p.step.id: p for p in window.tab("timeline").current_plan()}["stay-near"]
    assert stay.end_day - stay.start_day == 30  # ... and the clinic's setting applies
    assert window.text_scale() == 100
    assert not window.contrast_action.isChecked()
    assert not window.tab("overview").definition.isVisible()
    assert window.current_key() == "overview"


def test_kiosk_idle_reset_clears_everything(kiosk, qtbot):
    window, session = kiosk
    _fill_everything(window)
    assert not window.tab("questions").sheet().is_empty()
    with qtbot.waitSignal(session.reset_done):
        session.watcher.timed_out.emit()
    _nothing_left(window)
    assert session.showing_start_screen()


def test_kiosk_done_button_clears_at_once(kiosk, qtbot):
    window, session = kiosk
    _fill_everything(window)
    with qtbot.waitSignal(session.reset_done):
        session.done_button.click()
    _nothing_left(window)


def test_kiosk_overlay_warns_and_can_be_dismissed(kiosk, qtbot):
    window, session = kiosk
    window.tab("questions").add_question("home.school")
    session.watcher.warning_due.emit()
    assert session.overlay.is_counting()
    session.overlay.button.click()
    assert not session.overlay.is_counting()
    assert not window.tab("questions").sheet().is_empty()
    session.watcher.warning_due.emit()
    with qtbot.waitSignal(session.reset_done):
        session.overlay.expired.emit()
    assert window.tab("questions").sheet().is_empty()


def test_kiosk_refuses_to_close(kiosk):
    window, _ = kiosk
    window.close()
    assert window.isVisible()
    assert window.quit_action not in window.file_menu.actions()


def test_kiosk_admin_pin_exits_and_wrong_pins_lock(kiosk, monkeypatch):
    window, session = kiosk
    monkeypatch.setattr(session, "_ask_pin", lambda: False)
    assert session.ask_admin_exit() is False
    assert window.isVisible()
    for _ in range(5):
        assert session.lock.try_pin("0000") is False
    assert session.lock.is_locked()
    assert session.lock.try_pin(PIN) is False  # even the right PIN waits out the lock
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    monkeypatch.setattr(session, "_ask_pin", lambda: True)
    assert session.ask_admin_exit() is True
    assert not window.isVisible()


def test_kiosk_links_are_not_opened(kiosk, monkeypatch):
    window, _ = kiosk
    opened, shown = [], []
    monkeypatch.setattr("cartapp.ui.main_window.QDesktopServices.openUrl",
                        lambda url: opened.append(url))
    monkeypatch.setattr(plain_text, "inform", lambda *a, **k: shown.append(a[2]))
    window.tab("overview").reader.anchorClicked.emit(QUrl("https://example.org/"))
    assert opened == []
    assert "https://example.org/" in shown[0]


def test_kiosk_offers_no_files_and_shows_the_care_team(kiosk):
    window, _ = kiosk
    names = [a.text() for a in window.file_menu.actions()]
    assert not any("Save" in n or "Open" in n for n in names)
    questions = window.tab("questions")
    assert not questions.save_pdf_button.isVisibleTo(questions)
    assert questions.save_pdf() is False and questions.open_list() is False
    risks = window.show_tab("risks")
    assert "555-0199" in risks.care_team.text()
    text = " ".join(questions.pdf_bytes().decode("latin-1", "ignore").split())
    assert questions._clinic is not None and questions._clinic.urgent_phone == "555-0199"
    assert text  # the sheet builds with the clinic block


def _snapshot(*folders: Path) -> dict[str, float]:
    found = {}
    for folder in folders:
        for path in folder.rglob("*"):
            found[str(path)] = path.stat().st_mtime
    return found


def test_kiosk_writes_nothing_to_disk(kiosk, qtbot, user_dirs, tmp_path, monkeypatch):
    window, session = kiosk
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    for folder in user_dirs:
        folder.mkdir(parents=True, exist_ok=True)
    before = _snapshot(*user_dirs, temp)
    monkeypatch.setattr(printing, "ask_printer", lambda parent, printer: False)
    _fill_everything(window)
    window.tab("questions").print_sheet()
    window.tab("mechanism").play()
    window.tab("mechanism").pause()
    session.reset()
    _fill_everything(window)
    session.done_button.click()
    window.prefs.sync()
    assert _snapshot(*user_dirs, temp) == before


def test_kiosk_bad_config_refuses_to_start(tmp_path):
    bad = tmp_path / "clinic.toml"
    bad.write_text("schema_version = 1\n[kiosk]\nidle_timeout_seconds = 5\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               CARTAPP_USER_DATA_DIR=str(tmp_path / "d"),
               CARTAPP_USER_CONFIG_DIR=str(tmp_path / "c"))
    result = subprocess.run([sys.executable, "-m", "cartapp", "--kiosk", "--config", str(bad),
                             "--self-test"], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2
    assert "idle_timeout_seconds" in result.stderr
    assert "Traceback" not in result.stderr
