"""A kiosk reset hands freed memory back to the system."""

from __future__ import annotations

import sys

import pytest

from cartapp.ui.kiosk import memory


def test_every_reset_returns_freed_memory(make_main_window, monkeypatch):
    from cartapp.config import ClinicConfig, KioskSettings, hash_pin
    from cartapp.policy import KioskPolicy
    from cartapp.ui.kiosk.session import KioskSession

    calls = []
    monkeypatch.setattr(memory, "return_freed_memory", lambda: calls.append(1))
    config = ClinicConfig(kiosk=KioskSettings(enabled=True, admin_pin_hash=hash_pin("480213")))
    policy = KioskPolicy(config, kiosk=True)
    window = make_main_window(persist=False, policy=policy)
    session = KioskSession(window, policy, ["en"])
    session.start_screen.start_requested.emit("en")
    session.reset()
    session.reset()
    assert calls == [1, 1]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc")
def test_the_trim_runs_on_linux_without_error():
    assert memory._libc() is not None
    memory.return_freed_memory()
