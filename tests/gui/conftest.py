"""GUI test set-up shared by every window test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def close_without_asking(monkeypatch):
    """A window closed at teardown with an unsaved list would otherwise wait
    for an answer; tests about closing answer it themselves."""
    from cartapp.ui import close_guard

    monkeypatch.setattr(close_guard, "choose", lambda *a, **k: close_guard.CLOSE)
