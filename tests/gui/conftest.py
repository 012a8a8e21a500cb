"""GUI test set-up shared by every window test."""

from __future__ import annotations

import pytest


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Delete each test's windows before the next test starts.

    pytest-qt closes them and asks for deletion later, which waits for some later
    test's event loop. Until then a closed kiosk window's idle timer still ran: it
    fired in another test, reset its own session and set the application's font
    back to 100 %, so that test's tabs opened in small text. Every window left over
    was also restyled and laid out again with each later one (the GUI tests took
    six times as long)."""
    result = yield
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
    for window in left:
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if left:
        raise AssertionError(
            f"{item.nodeid} left {len(left)} window(s) alive: give each to qtbot.addWidget"
        )
    return result


@pytest.fixture(autouse=True)
def us_letter_paper(monkeypatch):
    """The paper menus start from the computer's locale; the golden accessibility
    listings name the choice, so every machine gets the same one."""
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)


@pytest.fixture(autouse=True)
def close_without_asking(monkeypatch):
    """A window closed at teardown with an unsaved list would otherwise wait
    for an answer; tests about closing answer it themselves."""
    from cartapp.ui import close_guard

    monkeypatch.setattr(close_guard, "choose", lambda *a, **k: close_guard.CLOSE)


@pytest.fixture(autouse=True)
def fresh_region_state():
    """The region and reader live in one app-wide object; a test whose clinic file
    locks the UK must not leave the next test's timeline in the UK."""
    from cartapp.ui import region

    region.reset_for_tests()
    yield
    region.reset_for_tests()


@pytest.fixture(autouse=True)
def english_words(qapp):
    """Every test starts with the English interface words (their plural forms come
    from cartapp_en.qm), and one that switches language does not leak it."""
    from cartapp.ui import i18n

    i18n.install("en")
    yield
    if i18n.current() != "en":
        i18n.install("en")


@pytest.fixture
def app_look(qapp):
    """Theme and text size change for the whole app, as the View menu does; put back after."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
