"""How long a change of text size or theme takes with every tab built.

    python tests/benchmarks/bench_restyle.py [--runs 7]

The family presses Ctrl+= or Ctrl+Shift+H and waits for the whole window to be
redrawn in the new size or colours: the time is from the call until the posted
events (relayout, repaint) are handled, median of several changes back and forth,
with each tab in turn on screen (the slowest tab is the figure). The tabs not on
screen are restyled when next opened: that is timed too, as the extra time of
opening a tab after a change over opening it again without one.
Baseline, in the same run: the same style sheet and font applied to a plain
window holding as many simple widgets. Target: 100 ms or less.
"""

# A report on stdout is what this script is for.
# ruff: noqa: T201

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="cartapp-restyle-")
os.environ["CARTAPP_USER_DATA_DIR"] = os.path.join(_HOME, "data")
os.environ["CARTAPP_USER_CONFIG_DIR"] = os.path.join(_HOME, "config")

TARGET_MS = 100


def settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def timed(action, runs: int) -> float:
    times = []
    for n in range(runs):
        start = time.perf_counter()
        action(n)
        settle()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

    from cartapp.model.library import ContentLibrary
    from cartapp.ui import theme
    from cartapp.ui.app import make_application
    from cartapp.ui.main_window import MainWindow
    from cartapp.ui.preferences import Preferences

    app = make_application()
    window = MainWindow(ContentLibrary("en"), Preferences(persist=False))
    window.resize(1280, 800)
    window.show()
    for key in window.tab_keys():
        window.show_tab(key)
        settle()
    count = len(QApplication.allWidgets())
    sizes, contrasts, opens = {}, {}, {}
    keys = window.tab_keys()
    for key in keys:
        window.show_tab(key)
        settle()
        sizes[key] = timed(lambda n: window.set_text_scale(150 if n % 2 == 0 else 100), args.runs)
        contrasts[key] = timed(lambda n: window.set_high_contrast(n % 2 == 0), args.runs)
    window.set_high_contrast(False)
    window.set_text_scale(100)
    for key in keys:  # open a tab after a change, against opening it again without one
        other = keys[0] if key != keys[0] else keys[1]

        def away_and_back(
            n: int, times: list[float], key=key, other=other, change: bool = True
        ) -> None:
            window.show_tab(other)
            settle()
            if change:
                window.set_text_scale(150 if n % 2 == 0 else 100)
                settle()
            start = time.perf_counter()
            window.show_tab(key)
            settle()
            times.append((time.perf_counter() - start) * 1000)

        changed: list[float] = []
        again: list[float] = []
        for n in range(args.runs):
            away_and_back(n, changed)
            away_and_back(n, again, change=False)
        opens[key] = (statistics.median(changed), statistics.median(again))
    window.set_text_scale(100)
    window.allow_close()
    window.close()
    window.deleteLater()  # the baseline restyles its own widgets only
    from PySide6.QtCore import QEvent

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    settle()

    plain = QWidget()
    column = QVBoxLayout(plain)
    for n in range(count // 2):
        column.addWidget(QLabel(f"Label {n}") if n % 2 else QPushButton(f"Button {n}"))
    plain.show()
    settle()
    baseline = timed(
        lambda n: theme.apply(app, theme.theme_for(n % 2 == 0), 150 if n % 2 == 0 else 100),
        args.runs,
    )
    print(f"widgets with every tab built: {count}; median of {args.runs} changes")
    print(f"  baseline (same style sheet on {count // 2} plain widgets): {baseline:6.1f} ms")
    print("  tab on screen       text size 100<->150 %   high contrast    open after a change")
    for key in keys:
        changed, again = opens[key]
        print(
            f"  {key:18s} {sizes[key]:7.1f} ms ({sizes[key] / baseline:4.1f}x)"
            f" {contrasts[key]:8.1f} ms ({contrasts[key] / baseline:4.1f}x)"
            f"   {changed:6.1f} ms (+{changed - again:5.1f} over {again:5.1f})"
        )
    size, contrast = max(sizes.values()), max(contrasts.values())
    print(f"  slowest: text size {size:.1f} ms, high contrast {contrast:.1f} ms")
    ok = max(size, contrast) <= TARGET_MS
    print(f"target {TARGET_MS} ms: {'met' if ok else 'NOT MET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
