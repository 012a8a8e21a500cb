"""How smoothly the "How it works" story plays, next to a bare Qt baseline.

Run: ``python tests/benchmarks/bench_animation.py [--seconds N]``

Plays the story at 1x in a shown 1280x800 window on the offscreen platform and
records the time between paints of the picture (an event filter on the view's
viewport), then does the same for a bare QGraphicsView with one moving ellipse
driven by the same clock. Prints median, 95th percentile and longest frame
interval, and CPU time per second of animation, for both, with the ratio.
Targets: median <= 17 ms and 95th percentile <= 25 ms.
"""

# ruff: noqa: T201  (a script whose output is its report)

from __future__ import annotations

import argparse
import bisect
import os
import statistics
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEvent, QEventLoop, QObject, QRectF, QTimer  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsScene,
    QGraphicsView,
)

MEDIAN_TARGET_MS = 17.0
P95_TARGET_MS = 25.0
SIZE = (1280, 800)


# Frames come every ~16.7 ms; a gap longer than this is either a still picture or a stall.
FRAME_S = 0.025


class PaintClock(QObject):
    """Notes the moment of every paint of one view, and of every tick of its clock.

    Where a scene holds still for a moment nothing needs painting, and the gap
    until the next paint is a still picture, not a slow frame. A long gap counts
    as a slow frame only if the clock's ticks stalled too (the event loop was busy);
    if they kept coming, the picture simply did not change.
    """

    def __init__(self, view: QGraphicsView, clock, story_time=None) -> None:
        super().__init__(view)
        self.stamps: list[float] = []
        self.moments: list[float] = []  # story time at each paint, to say where a hitch was
        self.ticks: list[float] = []
        self.recording = False
        self._story_time = story_time or clock.story_ms
        view.viewport().installEventFilter(self)
        clock.time_changed.connect(self._on_tick)

    def _on_tick(self, _ms) -> None:
        if self.recording:
            self.ticks.append(time.perf_counter())

    def eventFilter(self, watched, event) -> bool:
        if self.recording and event.type() == QEvent.Type.Paint:
            self.stamps.append(time.perf_counter())
            self.moments.append(self._story_time())
        return False

    def clear(self) -> None:
        self.stamps.clear()
        self.moments.clear()
        self.ticks.clear()

    def frames(self) -> tuple[list[tuple[float, int]], float]:
        """(interval in ms, index of its closing paint) for moving frames; still seconds."""
        moving, still = [], 0.0
        for i, (a, b) in enumerate(zip(self.stamps, self.stamps[1:], strict=False)):
            if b - a > FRAME_S and self._ticks_kept_coming(a, b):
                still += b - a
            else:
                moving.append(((b - a) * 1000, i + 1))
        return moving, still

    def _ticks_kept_coming(self, a: float, b: float) -> bool:
        inside = self.ticks[bisect.bisect_left(self.ticks, a) : bisect.bisect_right(self.ticks, b)]
        points = [a, *inside, b]
        return max(y - x for x, y in zip(points, points[1:], strict=False)) <= FRAME_S


def play(clock, paints: PaintClock, story_ms: float) -> dict[str, float]:
    """Play from 0 until ``story_ms`` (or the end) and measure."""
    loop = QEventLoop()
    clock.seek(0)
    clock.reached_end.connect(loop.quit)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    limit = QTimer()
    limit.timeout.connect(lambda: loop.quit() if clock.story_ms() >= story_ms else None)
    limit.start(50)
    guard.start(int(story_ms * 1.5) + 5000)
    QApplication.processEvents()
    paints.clear()
    paints.recording = True
    cpu, wall = time.process_time(), time.perf_counter()
    clock.play()
    loop.exec()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    clock.pause()
    paints.recording = False
    limit.stop()
    clock.reached_end.disconnect(loop.quit)
    frames, still = paints.frames()
    if len(frames) < 10:
        raise SystemExit("too few frames were painted; is the window shown?")
    worst_ms, worst_paint = max(frames)
    worst_at = paints.moments[worst_paint]
    intervals = sorted(ms for ms, _ in frames)
    animated_s = clock.story_ms() / 1000
    return {
        "frames": len(intervals) + 1,
        "median": statistics.median(intervals),
        "p95": intervals[min(len(intervals) - 1, round(0.95 * (len(intervals) - 1)))],
        "longest": intervals[-1],
        "cpu_per_s": cpu / animated_s,
        "fps": len(paints.stamps) / wall,
        "seconds": animated_s,
        "longest_at_s": worst_at / 1000,
        "still_s": still,
    }


def measure_story(seconds: float | None) -> dict[str, float]:
    from cartapp.model.story import load_story_for
    from cartapp.ui.tabs.mechanism import MechanismTab

    story = load_story_for("en")
    tab = MechanismTab(story)
    tab.set_reduced_motion(False)
    tab.resize(*SIZE)
    tab.show()
    QApplication.processEvents()
    # Build every scene first, as a family would have after one pass, so the
    # measurement is of playing, not of first-time set-up.
    for index in range(len(story.scenes)):
        tab.go_to_scene(index)
        QApplication.processEvents()
    paints = PaintClock(tab.view, tab.clock)
    target = story.total_ms if seconds is None else min(story.total_ms, seconds * 1000)
    result = play(tab.clock, paints, target)
    tab.close()
    return result


def measure_baseline(seconds: float) -> dict[str, float]:
    from cartapp.ui.animation.clock import StoryClock

    window = QGraphicsView()
    scene = QGraphicsScene(QRectF(0, 0, 1000, 560), window)
    window.setScene(scene)
    window.setRenderHint(QPainter.RenderHint.Antialiasing)
    ball = QGraphicsEllipseItem(-30, -30, 60, 60)
    ball.setBrush(QBrush(QColor("#0072B2")))
    scene.addItem(ball)
    window.resize(*SIZE)
    window.show()
    window.fitInView(scene.sceneRect())
    QApplication.processEvents()
    clock = StoryClock(int(seconds * 1000), window)
    span = seconds * 1000
    clock.time_changed.connect(lambda ms: ball.setPos(50 + 900 * ms / span, 280))
    result = play(clock, PaintClock(window, clock), span)
    window.close()
    return result


def report(name: str, r: dict[str, float]) -> None:
    print(
        f"{name:<10} {r['seconds']:6.1f} s  {r['frames']:5.0f} frames  {r['fps']:5.1f} fps  "
        f"median {r['median']:5.1f} ms  p95 {r['p95']:5.1f} ms  longest {r['longest']:6.1f} ms  "
        f"(at {r['longest_at_s']:.1f} s)  CPU {r['cpu_per_s'] * 1000:6.1f} ms"
        f" per animated second  (held still {r['still_s']:.1f} s)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--seconds",
        type=float,
        default=None,
        help="play only this many seconds of the story (default: all of it)",
    )
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from cartapp.ui import theme

    theme.apply(app, theme.STANDARD, 100)
    story = measure_story(args.seconds)
    baseline = measure_baseline(min(story["seconds"], 15.0))
    report("story", story)
    report("baseline", baseline)
    print(
        f"ratio      median x{story['median'] / baseline['median']:.2f}  "
        f"p95 x{story['p95'] / baseline['p95']:.2f}  "
        f"CPU x{story['cpu_per_s'] / max(baseline['cpu_per_s'], 1e-9):.2f}"
    )
    ok = story["median"] <= MEDIAN_TARGET_MS and story["p95"] <= P95_TARGET_MS
    print(
        f"targets    median <= {MEDIAN_TARGET_MS:.0f} ms, p95 <= {P95_TARGET_MS:.0f} ms: "
        f"{'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
