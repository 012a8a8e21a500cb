"""Under a real X server: after 'I'm done', no other program can paste the last
family's words from the clipboard or the X selection (read with xclip)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent / "scripts" / "kiosk_clipboard_on_x11.py"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_kiosk_reset_empties_the_x_clipboard_and_selection():
    missing = [tool for tool in ("xvfb-run", "xclip") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (scripts/system-deps.sh --extra installs them)")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x1024x24 -nolisten tcp",
            sys.executable,
            str(SCRIPT),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    marker = seen["marker"]
    # The tool really reads what the app holds ...
    assert marker in seen["before"]["clipboard"] and marker in seen["before"]["primary"]
    # ... and after the reset there is nothing left to paste.
    assert marker not in seen["after"]["clipboard"]
    assert marker not in seen["after"]["primary"]
