"""Where the time before the window's first paint goes, in one process.

    python tests/benchmarks/startup_breakdown.py [--bare]

Prints the time to each start-up stage, and the time PySide spends building Python
enums before the first paint: PySide 6 makes every enum of a Qt class a Python enum
the first time Python touches that class, and Python 3.11 builds enums slowly. With
``--bare`` it measures the bare window of ``bench_startup.py`` instead, for comparison.
A single run is noisy: run it a few times.
"""

from __future__ import annotations

import contextlib
import enum
import io
import os
import sys
import time
from collections import Counter

T0 = time.perf_counter()
_built: list[tuple[str, float]] = []
_create = enum.EnumType._create_


def _timed_create(cls, class_name, names, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    made = _create(cls, class_name, names, **kwargs)
    qualname = kwargs.get("qualname") or class_name
    _built.append((qualname, time.perf_counter() - start))
    return made


enum.EnumType._create_ = _timed_create  # type: ignore[method-assign]


def report(stages: list[tuple[str, float]], built: list[tuple[str, float]]) -> None:
    previous = 0.0
    for name, at in stages:
        print(f"{name:24s} {at * 1000:7.1f} ms  (+{(at - previous) * 1000:5.1f})")
        previous = at
    total = sum(seconds for _, seconds in built)
    print(f"\nPython enums built before the first paint: {len(built)}, {total * 1000:.1f} ms")
    by_class: Counter[str] = Counter()
    for qualname, seconds in built:
        by_class[qualname.split(".")[0]] += seconds
    for name, seconds in by_class.most_common(8):
        print(f"  {seconds * 1000:5.1f} ms  {name}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    stages: list[tuple[str, float]] = []

    def mark(name: str) -> None:
        stages.append((name, time.perf_counter() - T0))

    if "--bare" in sys.argv:
        sys.path.insert(0, os.path.dirname(__file__))
        from bench_startup import BARE

        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(BARE, "bare", "exec"), {"__name__": "bare"})
        mark("first paint")
        report(stages, _built)
        return 0
    os.environ["CARTAPP_EXIT_WHEN_SHOWN"] = "1"
    import cartapp.cli as cli

    mark("command line")
    import cartapp.ui.app as app

    mark("window modules")
    for name in ("make_application", "load_policy", "build_window", "_first_tab_ready"):
        original = getattr(app, name)

        def timed(*args, _original=original, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            result = _original(*args, **kwargs)
            mark("first page laid out" if _name == "_first_tab_ready" else _name)
            return result

        setattr(app, name, timed)
    first_paint = app._FirstPaint.eventFilter
    at_paint: list[tuple[str, float]] = []

    def paint(self, watched, event):  # type: ignore[no-untyped-def]
        if event.type() == event.Type.Paint and not any(n == "first paint" for n, _ in stages):
            mark("first paint")
            at_paint.extend(_built)
        return first_paint(self, watched, event)

    app._FirstPaint.eventFilter = paint  # type: ignore[method-assign]
    sys.argv = ["cartapp"]
    with contextlib.redirect_stdout(io.StringIO()):
        cli.main()
    report(stages, at_paint)
    return 0


if __name__ == "__main__":
    sys.exit(main())
