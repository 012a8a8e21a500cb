"""Things going wrong in front of a family: a plain message, nothing lost."""

from __future__ import annotations

import sys

from cartapp.model.sheet_io import SheetFileError
from cartapp.ui import error_hook, plain_text, sheet_store


def test_a_failing_autosave_says_so_once_and_keeps_the_list(make_main_window, monkeypatch, qtbot):
    def full_disk(sheet, path):
        raise SheetFileError(f"Could not save to {path}: the folder is read-only or full.")

    monkeypatch.setattr(sheet_store, "save_sheet", full_disk)
    warnings = []
    monkeypatch.setattr(plain_text, "warn", lambda *a, **k: warnings.append(a[2]))
    window = make_main_window()
    tab = window.tab("questions")
    tab.add_question("home.school")
    assert window.autosave.save_now() is False
    tab.add_question("home.vaccines")
    assert window.autosave.save_now() is False
    assert len(warnings) == 1 and "read-only or full" in warnings[0]
    assert [q.id for q in tab.sheet().questions] == ["home.school", "home.vaccines"]


def test_an_unexpected_error_shows_a_plain_message_and_is_logged(qapp, user_dirs, monkeypatch):
    shown = []
    monkeypatch.setattr(plain_text, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    error_hook.install(headless=False, keep_log=True)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert shown and "Traceback" not in shown[0] and "went wrong" in shown[0]
    log = user_dirs[0] / "error.log"
    assert "RuntimeError: boom" in log.read_text(encoding="utf-8")


def test_a_kiosk_keeps_no_error_log(qapp, user_dirs, monkeypatch, capsys):
    monkeypatch.setattr(plain_text, "critical", lambda *a, **k: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_hook.install(headless=False, keep_log=False)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert not (user_dirs[0] / "error.log").exists()


def test_kiosk_error_asks_for_staff_returns_to_start_and_logs_no_typed_text(
    qapp, qtbot, monkeypatch, capsys, user_dirs
):
    shown, resets = [], []
    monkeypatch.setattr(plain_text, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    class Session:
        def reset(self):
            resets.append(True)

    class Window:
        kiosk_session = Session()

    monkeypatch.setattr(error_hook, "window", Window())
    error_hook.install(headless=False, keep_log=False, kiosk=True)
    try:
        raise ValueError("My child's name is Zebra-4417")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(shown and resets))
    assert shown == ["Something went wrong. Please ask a staff member."]
    err = capsys.readouterr().err
    assert "Zebra" not in err and "Traceback" not in err
    assert not (user_dirs[0] / "error.log").exists()


def test_home_error_claims_the_list_is_saved_only_if_it_is(make_main_window, monkeypatch):
    def full_disk(sheet, path):
        raise SheetFileError("Could not save: the disk is full.")

    monkeypatch.setattr(plain_text, "warn", lambda *a, **k: None)
    window = make_main_window()
    window.tab("questions").add_question("home.school")
    assert "is saved" in error_hook.unexpected_error_message(kiosk=False, window=window)
    monkeypatch.setattr(sheet_store, "save_sheet", full_disk)
    window.autosave.save_now()
    message = error_hook.unexpected_error_message(kiosk=False, window=window)
    assert "may not be saved" in message and "is saved" not in message
