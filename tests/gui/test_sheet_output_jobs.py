"""A sheet built off the screen's thread, whose tab is deleted before it is done (a
new language builds every tab again): it ends quietly, with nothing shown and the
busy cursor gone, where it used to raise on its deleted progress dialog."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from cartapp.ui.sheet_output import is_busy, run_off_screen

pytestmark = pytest.mark.gui


def test_a_job_whose_tab_went_away_ends_quietly(qtbot):
    tab = QWidget()
    gate = threading.Event()
    shown: list[object] = []
    run_off_screen(tab, lambda: gate.wait(5) and b"%PDF-", shown.append, "Making…")
    assert is_busy(tab)
    jobs = tab._jobs
    tab.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    qtbot.waitUntil(lambda: not jobs, timeout=5000)
    qtbot.wait(50)
    assert shown == [] and QApplication.overrideCursor() is None


def test_a_job_hands_its_result_to_a_tab_still_there(qtbot):
    tab = QWidget()
    qtbot.addWidget(tab)
    shown: list[object] = []
    run_off_screen(tab, lambda: b"%PDF-", shown.append, "Making…")
    qtbot.waitUntil(lambda: shown == [b"%PDF-"], timeout=5000)
    assert not is_busy(tab) and QApplication.overrideCursor() is None
