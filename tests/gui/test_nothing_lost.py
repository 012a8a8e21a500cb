"""Closing never drops an unsaved list; broken files never disable a tab."""

from __future__ import annotations

import json
import os
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from cartapp import paths
from cartapp.model.sheet import MAX_NOTES_CHARS, QuestionSheet
from cartapp.model.sheet_io import save_sheet
from cartapp.ui import close_guard, plain_text


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    monkeypatch.setattr(plain_text, "warn", lambda *a, **k: None)


def _break_saving(user_dirs):
    data, _config = user_dirs
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_text("a file where the data folder should be")  # every save fails


def _window_with_a_question(make_main_window, qtbot):
    window = make_main_window()
    window.show()
    tab = window.show_tab("questions")
    tab.add_question(tab._bank.questions[0].id)
    return window, tab


def test_close_with_failed_autosave_asks_and_can_stay(
    make_main_window, qtbot, user_dirs, monkeypatch
):
    _break_saving(user_dirs)
    window, _tab = _window_with_a_question(make_main_window, qtbot)
    asked = []
    monkeypatch.setattr(
        close_guard, "choose", lambda parent, problem: asked.append(problem) or close_guard.STAY
    )
    window.close()
    assert asked and "Could not save" in asked[0]
    assert window.isVisible()  # nothing lost: the window stayed open


def test_try_again_after_the_folder_is_fixed_saves_and_closes(
    make_main_window, qtbot, user_dirs, monkeypatch
):
    _break_saving(user_dirs)
    window, _tab = _window_with_a_question(make_main_window, qtbot)
    data, _ = user_dirs

    def fix_then_retry(parent, problem):
        data.unlink()
        return close_guard.RETRY

    monkeypatch.setattr(close_guard, "choose", fix_then_retry)
    window.close()
    assert not window.isVisible()
    saved = json.loads(paths.autosave_file().read_text())
    assert len(saved["questions"]) == 1


def test_save_elsewhere_then_close(make_main_window, qtbot, user_dirs, monkeypatch, tmp_path):
    _break_saving(user_dirs)
    window, tab = _window_with_a_question(make_main_window, qtbot)
    target = tmp_path / "elsewhere.json"
    monkeypatch.setattr(tab, "_ask_save_path", lambda *a: str(target))
    monkeypatch.setattr(close_guard, "choose", lambda *a: close_guard.ELSEWHERE)
    window.close()
    assert not window.isVisible()
    assert len(json.loads(target.read_text())["questions"]) == 1


def test_notes_box_keeps_to_its_limit_as_you_type(make_main_window, qtbot):
    window = make_main_window(persist=False)
    tab = window.show_tab("questions")
    notes = tab.details.notes
    notes.setPlainText("a" * (MAX_NOTES_CHARS - 5))
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    QGuiApplication.clipboard().setText("b" * 50)
    notes.paste()
    text = notes.toPlainText()
    assert len(text) == MAX_NOTES_CHARS and text.endswith("bbbbb")
    qtbot.keyClicks(notes, "zzz")
    assert len(notes.toPlainText()) == MAX_NOTES_CHARS
    tab.sheet().validate()


def test_a_save_cut_short_is_offered_back(make_main_window, qtbot, user_dirs, monkeypatch):
    data, _ = user_dirs
    data.mkdir(parents=True)
    save_sheet(QuestionSheet(), paths.autosave_file())
    newer = QuestionSheet()
    newer.add_own("Will my child need IVIG?")
    leftover = data / ".current-sheet.json.abc123.tmp"
    save_sheet(newer, leftover)
    os.utime(leftover, (os.path.getmtime(paths.autosave_file()) + 10,) * 2)
    (data / ".current-sheet.json.zzz.tmp").write_text("half a fil")
    shown = []
    monkeypatch.setattr(plain_text, "warn", lambda *a: shown.append(a[2]))
    make_main_window().show_tab("questions")
    assert shown and "newer copy" in shown[0]
    kept = list(data.glob("current-sheet.recovered-*.json"))
    assert len(kept) == 1 and "IVIG" in kept[0].read_text()
    assert not list(data.glob(".*.tmp"))


def _every_tab_builds(window):
    for key in window.tab_keys():
        widget = window.show_tab(key)
        assert widget.isEnabled() and type(widget).__name__ != "QWidget", key


def test_deeply_nested_settings_leave_every_tab_working(make_main_window, qtbot, user_dirs):
    _data, config = user_dirs
    config.mkdir(parents=True)
    deep = "[" * 100_000 + "]" * 100_000
    (config / "settings.ini").write_text(f'[plan]\ninputs="{deep}"\n')
    _every_tab_builds(make_main_window())


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_settings_file_that_is_a_fifo_leaves_every_tab_working(
    make_main_window, qtbot, user_dirs
):
    _data, config = user_dirs
    config.mkdir(parents=True)
    os.mkfifo(config / "settings.ini")
    window = make_main_window()
    assert "could not be read" in window.prefs.notice
    _every_tab_builds(window)


def test_an_unsearchable_data_folder_leaves_every_tab_working(
    make_main_window, qtbot, user_dirs, monkeypatch
):
    # Root searches every folder, so the refusal is simulated where the app asks.
    def denied(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    real_stat = os.stat
    data, _ = user_dirs

    def stat(path, *a, **k):
        if str(path).startswith(str(data)):
            denied()
        return real_stat(path, *a, **k)

    monkeypatch.setattr(os, "stat", stat)
    window = make_main_window()
    _every_tab_builds(window)
    assert window.tab("questions").sheet().is_empty()
    assert Qt  # the window is still usable
