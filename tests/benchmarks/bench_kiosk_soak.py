"""Kiosk soak: many families in a row; memory after a warm-up and at the end.

Each cycle (every third family in Spanish) fills the question list, the details,
the dates, the text size and the theme, opens the preview, prints to a test
printer (an 'lp' that keeps the PDF in a temporary spool), then resets the session
as 'I'm done' would. Memory is the process's resident set size (RSS), read after the
warm-up and after the last family, and every 100 families between; widgets are
counted at the same moments. The warm-up is 100 families: Qt's glyph and style
caches, glibc's pools and Python's fill in the first hundred (each screen, text size,
theme, preview and printout has been seen ten times or more by then); the growth
from the tenth family is printed too. Baseline: the same reset cycles with nothing filled.

    python tests/benchmarks/bench_kiosk_soak.py [--cycles 1000]

Target: RSS growth under 2 % and no growth in the number of widgets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import tempfile
import time
from collections import Counter

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="cartapp-soak-")
os.environ["CARTAPP_USER_DATA_DIR"] = os.path.join(_HOME, "data")
os.environ["CARTAPP_USER_CONFIG_DIR"] = os.path.join(_HOME, "config")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--warm-up", type=int, default=100, help="families before measuring")
    parser.add_argument(
        "--no-print",
        action="store_true",
        help="leave printing out (to tell its memory from the rest)",
    )
    parser.add_argument(
        "--skip", default="", help="comma-separated parts to leave out: restyle, preview, notes"
    )
    args = parser.parse_args()
    spool = os.path.join(_HOME, "spool")
    fake_bin = os.path.join(_HOME, "bin")
    os.makedirs(spool)
    os.makedirs(fake_bin)
    with open(os.path.join(fake_bin, "lp"), "w", encoding="ascii") as lp:
        lp.write(f'#!/bin/sh\ncat > "{spool}/job-$$.pdf"\necho "request id is Soak-1"\n')
    os.chmod(os.path.join(fake_bin, "lp"), 0o755)
    os.environ["PATH"] = fake_bin + os.pathsep + os.environ["PATH"]

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from cartapp.config import ClinicConfig, KioskSettings
    from cartapp.model.library import ContentLibrary
    from cartapp.model.timeline import PlanInputs
    from cartapp.policy import KioskPolicy
    from cartapp.ui import plain_text, theme
    from cartapp.ui.app import make_application
    from cartapp.ui.kiosk.session import KioskSession
    from cartapp.ui.main_window import MainWindow
    from cartapp.ui.preferences import Preferences

    # What the kiosk said: counted, not kept (a list of 1,100 messages was the
    # benchmark's own growth, read as the app's).
    said: Counter[str] = Counter()
    last_said = [""]

    def tell(parent, title, text) -> None:
        said[text] += 1
        last_said[0] = text

    plain_text.inform = plain_text.warn = tell
    app = make_application()
    policy = KioskPolicy(ClinicConfig(kiosk=KioskSettings(enabled=True)), kiosk=True)
    theme.apply(app, theme.STANDARD, 100, kiosk=True)
    window = MainWindow(ContentLibrary("en"), Preferences(persist=False), policy=policy)
    session = KioskSession(window, policy, ["en"])
    window.resize(1280, 800)
    window.show()
    bank = window.library.bank

    def cycle(n: int, fill: bool) -> None:
        # Every third family reads in Spanish: the guide is built again in it, and in
        # English again at the reset.
        session.start_screen.start_requested.emit("es" if n % 3 == 0 else "en")
        if fill:
            questions = window.tab("questions")
            for q in bank.questions[n % 50 : n % 50 + 8]:
                questions.add_question(q.id)
            questions.mine.own_text.setPlainText(f"Family {n}: can my sister visit?")
            questions.mine.own_add.click()
            questions.details.child_name.setText(f"Child {n} Ωμέγα")
            if "notes" not in args.skip:
                questions.details.notes.setPlainText("Notes " * 200)
            questions.finder.search.setText("school")
            window.tab("timeline").set_plan_inputs(
                PlanInputs(infusion_date=dt.date(2027, 1, 1) + dt.timedelta(days=n % 300))
            )
            if n % 5 == 0 and "restyle" not in args.skip:  # restyling is slow
                window.set_text_scale(150)
                window.set_high_contrast(n % 2 == 0)
            window.show_tab("risks")
            if n % 10 == 0 and "preview" not in args.skip:
                questions.preview()
            printed = said.total()
            if not args.no_print:
                questions.print_sheet()
            while said.total() == printed and not args.no_print:
                QApplication.processEvents()
                time.sleep(0.002)
        session.reset()
        for _ in range(2):
            QApplication.processEvents()
        # What the running event loop does between events: delete the widgets
        # that were let go (processEvents alone leaves them, and would read as a leak).
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    for key in window.tab_keys():
        window.show_tab(key)
    early_rss = 0.0
    # Fonts, caches and QtPdf reach their working size. The warm-up ends, like every
    # measuring point, on a family that previews and restyles (every tenth does): the
    # preview's working set (about 4 MB, let go when families stop previewing) would
    # otherwise read as growth.
    for n in range(1, args.warm_up + 1):
        cycle(n, True)
        if n == 10:
            gc.collect()
            early_rss = rss_mb()
    gc.collect()
    start_rss = rss_mb()
    start_widgets = len(QApplication.allWidgets())
    started = time.perf_counter()
    trajectory: list[tuple[int, float]] = []
    for n in range(1, args.cycles + 1):
        cycle(n, True)
        if n % 100 == 0:
            gc.collect()
            trajectory.append((n, rss_mb()))
            print(f"  after {n} families: {trajectory[-1][1]:.1f} MB", flush=True)
    gc.collect()
    end_rss = rss_mb()
    seconds = time.perf_counter() - started
    base_start = rss_mb()
    for n in range(1, min(args.cycles, 100) + 1):
        cycle(n, False)
    gc.collect()
    base_end = rss_mb()
    widgets = len(QApplication.allWidgets())
    growth = (end_rss - start_rss) / start_rss * 100
    jobs = len(os.listdir(spool))
    print(
        f"cycles: {args.cycles} fill-print-reset ({seconds / args.cycles * 1000:.0f} ms each);"
        f" {jobs} print jobs; messages: {said[last_said[0]]} x '{last_said[0]}'"
    )
    print(
        f"RSS after a {args.warm_up}-family warm-up: {start_rss:.1f} MB, at end: "
        f"{end_rss:.1f} MB, growth {growth:+.2f} % (target under 2 %)"
    )
    if early_rss:
        early = (end_rss - early_rss) / early_rss * 100
        print(f"RSS after 10 families: {early_rss:.1f} MB; growth from there {early:+.2f} %")
    print(f"widgets after warm-up: {start_widgets}, at the end: {widgets} (target: no growth)")
    print(f"baseline, {min(args.cycles, 100)} empty resets: {base_start:.1f} -> {base_end:.1f} MB")
    window.allow_close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
