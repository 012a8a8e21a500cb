"""Run under a real X server (xvfb-run): a kiosk family copies a marker, presses
"I'm done", and the X clipboard and selection are then read with xclip, as another
program on the same screen would. Prints one JSON line with what xclip saw."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading

home = tempfile.mkdtemp(prefix="cartapp-x11-")
for name, sub in (
    ("CARTAPP_USER_DATA_DIR", "data"),
    ("CARTAPP_USER_CONFIG_DIR", "config"),
    ("CARTAPP_MACHINE_CONFIG_DIR", "machine"),
    ("CARTAPP_STATE_DIR", "state"),
):
    os.environ[name] = os.path.join(home, sub)
os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtGui import QClipboard, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cartapp.config import ClinicConfig, ClinicInfo, KioskSettings, hash_pin  # noqa: E402
from cartapp.model.library import ContentLibrary  # noqa: E402
from cartapp.policy import KioskPolicy  # noqa: E402
from cartapp.ui.kiosk.session import KioskSession  # noqa: E402
from cartapp.ui.main_window import MainWindow  # noqa: E402
from cartapp.ui.preferences import Preferences  # noqa: E402

MARKER = "Xq" + "mdrtzyvbwl" + "Ωζ"


def xclip(selection: str) -> str:
    """Read a selection while the app's event loop keeps answering X requests."""
    out: dict[str, str] = {}

    def run() -> None:
        try:
            result = subprocess.run(
                ["xclip", "-o", "-selection", selection], capture_output=True, timeout=5, text=True
            )
            out["text"] = result.stdout
        except subprocess.TimeoutExpired:
            out["text"] = "<timeout>"

    thread = threading.Thread(target=run)
    thread.start()
    while thread.is_alive():
        QApplication.processEvents()
        thread.join(0.02)
    return out["text"]


def main() -> int:
    app = QApplication(sys.argv[:1])
    config = ClinicConfig(
        clinic=ClinicInfo(name="X11 test"),
        kiosk=KioskSettings(enabled=True, admin_pin_hash=hash_pin("739164")),
    )
    policy = KioskPolicy(config, kiosk=True)
    window = MainWindow(ContentLibrary("en"), Preferences(persist=False), policy=policy)
    session = KioskSession(window, policy, ["en"])
    window.resize(1280, 800)
    window.show()
    session.start_screen.start_requested.emit("en")
    search = window.show_tab("questions").finder.search
    search.setText(MARKER)
    search.selectAll()
    search.copy()  # Ctrl+C; selecting also sets the X primary selection
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(MARKER, QClipboard.Mode.Selection)
    for _ in range(20):
        app.processEvents()
    before = {"clipboard": xclip("clipboard"), "primary": xclip("primary")}
    session.reset()
    for _ in range(20):
        app.processEvents()
    after = {"clipboard": xclip("clipboard"), "primary": xclip("primary")}
    print(json.dumps({"marker": MARKER, "before": before, "after": after}))
    window.allow_close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
