"""Launch-to-visible-window time: cartapp against a bare PySide6 window.

Measured from outside the process: the clock starts before the process is
spawned and stops when the process reports its first paint. The two are
launched alternately, several times each, and the medians compared.

    python tests/benchmarks/bench_startup.py [--runs 9] [--platform offscreen|xcb] [--floor]

``--floor`` adds a third program: the bare window plus what any window of this app
must do before it paints, whatever its code: read a command line (argparse), touch
PySide's ``Qt`` namespace (it builds all 93 of its enums as Python enums on first use)
and register the three shipped fonts. Its ratio is the lowest the app could reach.

Targets: window visible 1.3 x the bare window or less; first page laid out 1.7 x or less.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("cartapp-shown", flush=True)
            print("cartapp-ready", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.setCentralWidget(QLabel("Hello"))
window.resize(1280, 800)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""

FLOOR = BARE.replace(
    "app = QApplication(sys.argv)",
    """import argparse
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
argparse.ArgumentParser().parse_args([])
Qt.AlignmentFlag.AlignLeft
app = QApplication(sys.argv)
for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"):
    QFontDatabase.addApplicationFont(str(Path(FONTS) / name))""",
)


def launch(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds to the first paint, and to the first page's text being laid out."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    shown = ready = None
    for line in proc.stdout:
        if line.strip() == "cartapp-shown":
            shown = time.perf_counter() - start
        elif line.strip() == "cartapp-ready":
            ready = time.perf_counter() - start
        if shown is not None and ready is not None:
            break
    proc.wait(timeout=30)
    if shown is None or ready is None:
        raise SystemExit(f"{cmd} exited ({proc.returncode}) without showing a window")
    return shown, ready


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--floor", action="store_true", help="also time the lowest possible start")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="cartapp-bench-")
    env = dict(os.environ)
    # An installed app runs from compiled bytecode; measure that, not a compile
    # from source on every launch (the warm-up runs write the .pyc files).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM=args.platform,
        CARTAPP_EXIT_WHEN_SHOWN="1",
        CARTAPP_USER_DATA_DIR=os.path.join(home, "data"),
        CARTAPP_USER_CONFIG_DIR=os.path.join(home, "config"),
    )
    bare_cmd = [sys.executable, "-c", BARE]
    app_cmd = [sys.executable, "-m", "cartapp"]
    fonts = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "fonts")
    floor_cmd = [sys.executable, "-c", f"FONTS = {os.path.abspath(fonts)!r}\n" + FLOOR]
    launch(bare_cmd, env)  # warm the file cache for all before timing
    launch(app_cmd, env)
    if args.floor:
        launch(floor_cmd, env)
    bare, app, app_text, floor = [], [], [], []
    for _ in range(args.runs):
        bare.append(launch(bare_cmd, env)[0])
        shown, ready = launch(app_cmd, env)
        app.append(shown)
        app_text.append(ready)
        if args.floor:
            floor.append(launch(floor_cmd, env)[0])
    b, a, t = (statistics.median(x) for x in (bare, app, app_text))
    print(f"platform: {args.platform}, runs: {args.runs} each, alternating")
    print(f"bare PySide6 window:        median {b * 1000:.0f} ms (min {min(bare) * 1000:.0f})")
    print(f"cartapp window visible:     median {a * 1000:.0f} ms (min {min(app) * 1000:.0f})")
    print(f"cartapp first page laid out: median {t * 1000:.0f} ms")
    if floor:
        f = statistics.median(floor)
        print(
            f"floor (bare + argparse, Qt namespace, fonts): median {f * 1000:.0f} ms, "
            f"ratio {f / b:.2f}"
        )
    print(
        f"ratio window/bare: {a / b:.2f} (target 1.3 or less); "
        f"page/bare: {t / b:.2f} (target 1.7 or less)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
