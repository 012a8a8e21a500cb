"""Under a real X server the platform style put a small "enter" arrow beside a message
box's OK ("↵OK" under "The printer did not respond"). The app's buttons carry words,
and icons only where the design draws them: no dialog button gets the platform's."""

from __future__ import annotations

import sys

import pytest

from tests.gui.under_xvfb import run_under_xvfb

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
    seen = run_under_xvfb(["-c", PROBE], screen="1280x800x24")
    assert seen["message_box"], "the message box's OK shows the platform's icon"
    assert seen["button_box"], "a dialog's buttons show the platform's icons"
