"""Run a Python program under a real X server (xvfb-run) and read the JSON it prints
last: for what only X11 shows (its clipboard, the platform style's button icons)."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest


def run_under_xvfb(args: list[str], *, screen: str, needs: tuple[str, ...] = ()):
    """``args`` after the Python interpreter; skips when xvfb-run (or ``needs``) is missing."""
    missing = [tool for tool in ("xvfb-run", *needs) if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (scripts/system-deps.sh --extra installs them)")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    # xvfb-run -a picks the first free display number; two test workers starting it at
    # once can pick the same one. One at a time across processes (pytest -n 2 runs two).
    with (Path(tempfile.gettempdir()) / "cartapp-tests-xvfb.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = subprocess.run(
            ["xvfb-run", "-a", "-s", f"-screen 0 {screen} -nolisten tcp", sys.executable, *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])
