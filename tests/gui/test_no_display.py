"""Started with no display, the app says so in one line and points to what works."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from cartapp.ui.app import NO_DISPLAY, no_display


def test_no_display_is_recognised_only_when_nothing_is_there():
    assert no_display({}, "linux")
    assert not no_display({"DISPLAY": ":0"}, "linux")
    assert not no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not no_display({}, "win32")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland")
def test_starting_without_a_display_says_so_in_one_line(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(
        CARTAPP_USER_DATA_DIR=str(tmp_path / "d"), CARTAPP_USER_CONFIG_DIR=str(tmp_path / "c")
    )
    result = subprocess.run(
        [sys.executable, "-m", "cartapp"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.strip() == NO_DISPLAY
    assert "xcb" not in result.stderr
