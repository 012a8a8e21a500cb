"""Run a Python program under a real X server (xvfb-run) and read the JSON it prints
last: for what only X11 shows (its clipboard, the platform style's button icons)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest


def run_under_xvfb(args: list[str], *, screen: str, needs: tuple[str, ...] = ()):
    """``args`` after the Python interpreter; skips when xvfb-run (or ``needs``) is missing."""
    missing = [tool for tool in ("xvfb-run", *needs) if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (scripts/system-deps.sh --extra installs them)")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", f"-screen 0 {screen} -nolisten tcp", sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])
