"""The window's first paint loads only what it draws (CONTRIBUTING: lazy imports).

Each module below costs start-up time and is needed only once a page is read, a
sentence is spoken or a clinic file exists. Run in a fresh interpreter: the test
process has long since loaded them all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

# What the first paint must not wait for, and why it would be there by mistake.
NOT_BEFORE_FIRST_PAINT = (
    "markdown",  # page conversion: the first page is laid out after the paint
    "tomllib",  # content files
    "cartapp.model.pages",
    "cartapp.model.rules",  # the region's rules, read by the first page
    "cartapp.model.question_bank",
    "cartapp.model.sentences",  # read aloud
    "cartapp.ui.speech.speaker",
    "cartapp.config",  # the clinic file's parser, for homes without one
    "cartapp.pdf",  # printing
    "reportlab",
)

PROBE = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import cartapp.ui.app as app

seen = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.update(loaded=sorted(m for m in sys.modules if m.startswith(PREFIXES)))
            QTimer.singleShot(0, QApplication.quit)
        return False

PREFIXES = tuple(json.loads(sys.argv[1]))
application = app.make_application()
from cartapp.cli import build_parser
window, _ = app.build_window(
    build_parser().parse_args([]), persist=False, policy=None, build_first_tab=False
)
watch = Watch()
window.installEventFilter(watch)
window.show()
application.exec()
print(json.dumps(seen["loaded"]))
"""


def _loaded_at_first_paint(tmp_path, *, first_page_before_paint: bool) -> list[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        CARTAPP_USER_DATA_DIR=str(tmp_path / "data"),
        CARTAPP_USER_CONFIG_DIR=str(tmp_path / "config"),
    )
    probe = PROBE
    if first_page_before_paint:
        probe = probe.replace("build_first_tab=False", "build_first_tab=True")
    out = subprocess.run(
        [sys.executable, "-c", probe, json.dumps(NOT_BEFORE_FIRST_PAINT)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_first_paint_loads_no_page_speech_clinic_or_print_code(tmp_path):
    loaded = _loaded_at_first_paint(tmp_path, first_page_before_paint=False)
    assert loaded == [], f"loaded before the window's first paint: {loaded}"


def test_the_probe_sees_what_the_first_page_loads(tmp_path):
    """The same probe, with the first page built before the paint, names the page
    code: the check above can fail."""
    loaded = _loaded_at_first_paint(tmp_path, first_page_before_paint=True)
    assert {"markdown", "tomllib", "cartapp.model.pages", "cartapp.model.rules"} <= set(loaded)
