"""Under a real X server the platform style put a small "enter" arrow beside a message
box's OK ("↵OK" under "The printer did not respond"). The app's buttons carry words,
and icons only where the design draws them: no dialog button gets the platform's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

PROBE = r"""
import json
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from cartapp.ui import theme
from cartapp.ui.app import make_application
from cartapp.ui.plain_text import Button, message_box

app = make_application()
theme.apply(app, theme.theme_for(False), 100, kiosk=True)
window = QWidget()
box = message_box(window, QMessageBox.Icon.Warning, "Printing", "The printer did not respond.")
box.show()
Standard = QDialogButtonBox.StandardButton
buttons = QDialogButtonBox(Standard.Ok | Standard.Cancel, window)
print(json.dumps({
    "message_box": box.button(Button.Ok).icon().isNull(),
    "button_box": all(b.icon().isNull() for b in buttons.buttons()),
}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_dialog_buttons_have_no_platform_icons_under_x11():
    if shutil.which("xvfb-run") is None:
        pytest.skip("needs xvfb-run (scripts/system-deps.sh --extra installs it)")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24 -nolisten tcp",
            sys.executable,
            "-c",
            PROBE,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    import json

    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["message_box"], "the message box's OK shows the platform's icon"
    assert seen["button_box"], "a dialog's buttons show the platform's icons"
