"""GUI test set-up shared by every window test."""

from __future__ import annotations

import pytest


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
