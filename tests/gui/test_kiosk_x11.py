"""Under a real X server: after 'I'm done', no other program can paste the last
family's words from the clipboard or the X selection (read with xclip)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.gui.under_xvfb import run_under_xvfb

SCRIPT = Path(__file__).parent / "scripts" / "kiosk_clipboard_on_x11.py"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_kiosk_reset_empties_the_x_clipboard_and_selection():
    seen = run_under_xvfb([str(SCRIPT)], screen="1280x1024x24", needs=("xclip",))
    marker = seen["marker"]
    # The tool really reads what the app holds ...
    assert marker in seen["before"]["clipboard"] and marker in seen["before"]["primary"]
    # ... and after the reset there is nothing left to paste.
    assert marker not in seen["after"]["clipboard"]
    assert marker not in seen["after"]["primary"]
