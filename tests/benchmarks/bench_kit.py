"""How long the home safety kit takes to make, against ReportLab's own floor.

Run: ``.venv/bin/python tests/benchmarks/bench_kit.py``

All five printables, in one process, with the example clinic file and a family's
details (a name in two scripts, the infusion date), normal and large print. Each
figure is a median after one warm-up, shown beside a one-paragraph ReportLab
document made in the same run on the same machine, so the ratio means something
on a slow laptop too. Target: all five in one run within 400 ms.
"""

# A report on stdout is what this script is for.
# ruff: noqa: T201

from __future__ import annotations

import datetime as dt
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from cartapp.config import load_config
from cartapp.model.kit import FamilyDetails, facts_for
from cartapp.model.kit_content import ITEMS
from cartapp.pdf.fonts import covers
from cartapp.pdf.kit import build_kit_pdf

RUNS = 7
TARGET_SECONDS = 0.4  # all five, one run
EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "clinic.example.toml"


def median_time(action: Callable[[], object], runs: int = RUNS) -> float:
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def baseline_pdf() -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph("One paragraph.", getSampleStyleSheet()["Normal"])])
    return buffer.getvalue()


def main() -> int:
    config = load_config(EXAMPLE)
    facts = facts_for(
        FamilyDetails("Amira Haddad أميرة", dt.date(2026, 3, 3), "Kymriah"),
        clinic=config.clinic,
        kit=config.kit,
        covers=covers,
    )
    baseline = median_time(baseline_pdf)
    print(
        f"Median of {RUNS} after one warm-up; baseline (one-paragraph ReportLab PDF): "
        f"{baseline * 1000:.1f} ms"
    )
    ok = True
    for large in (False, True):
        print(f"\n{'Large print' if large else 'Normal print'}")
        total = 0.0
        for item in ITEMS:
            seconds = median_time(
                lambda item=item, large=large: build_kit_pdf([item], facts, large_print=large)
            )
            total += seconds
            print(f"  {item:12s} {seconds * 1000:7.1f} ms  ({seconds / baseline:5.1f}x baseline)")
        together = median_time(
            lambda large=large: build_kit_pdf(list(ITEMS), facts, large_print=large)
        )
        print(f"  {'sum':12s} {total * 1000:7.1f} ms")
        print(
            f"  {'all in one':12s} {together * 1000:7.1f} ms  ({together / baseline:5.1f}x "
            f"baseline; target {TARGET_SECONDS * 1000:.0f} ms)"
        )
        ok = ok and total <= TARGET_SECONDS and together <= TARGET_SECONDS
    print("\nwithin target" if ok else "\nOVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
