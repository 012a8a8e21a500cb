"""Printing a 2-page and a 20-page sheet: time, peak memory and job size.

Run: ``.venv/bin/python tests/benchmarks/bench_print.py``

Each way of printing runs in a fresh process, so its peak memory (ru_maxrss)
is its own; "extra memory" is that peak minus the same process doing
everything but print (Qt and the PDF loaded). Ways:

* ``raster@printer``: every page drawn at printer resolution (1200 dpi), the
  old path, to a file printer;
* ``raster@300``: the fallback where no print service takes PDF, to a file printer;
* ``app→command``: the app's path where the platform has one: the PDF bytes to
  the print command on stdin (``lp`` if installed, else ``cat`` standing in);
* ``platform command`` (baseline): the platform's own command printing the
  same PDF file, no app involved. The ratio is each way's time over this one.
"""

# ruff: noqa: T201

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import os, resource, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from PySide6.QtPrintSupport import QPrinter
app = QApplication([])
from cartapp.ui import printing
mode, pdf, out = sys.argv[1], sys.argv[2], sys.argv[3]
data = open(pdf, "rb").read()
doc, buf = printing.load_pdf(data)  # the app holds the PDF loaded for its preview
start = time.perf_counter()
if mode.startswith("raster"):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(out)
    if mode == "raster@printer":
        printer.setResolution(1200)
        from PySide6.QtCore import QRectF, QSize
        from PySide6.QtGui import QPainter
        painter = QPainter(printer)
        for i in range(doc.pageCount()):
            if i:
                printer.newPage()
            pts = doc.pagePointSize(i)
            vp = painter.viewport()
            s = min(vp.width() / pts.width(), vp.height() / pts.height())
            size = QSize(round(pts.width() * s), round(pts.height() * s))
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), doc.render(i, size))
        painter.end()
    else:
        printing.render_to_printer(data, printer)
elif mode == "command":
    command = printing.print_command("", 1) or ["sh", "-c", f"cat > '{out}'"]
    problem = printing.send_to_command(command, data)
    assert not problem, problem
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _sheet_pdf(questions: int, folder: Path, note_words: int = 0) -> Path:
    import datetime as dt

    from cartapp.model.library import ContentLibrary
    from cartapp.model.sheet import QuestionSheet
    from cartapp.pdf.question_sheet import build_sheet_pdf

    bank = ContentLibrary("en").bank
    sheet = QuestionSheet()
    for question in bank.questions[:questions]:
        sheet.add_from_bank(question).note = " ".join(["answer"] * note_words)
    path = folder / f"sheet-{questions}.pdf"
    path.write_bytes(build_sheet_pdf(sheet, bank, made_on=dt.date(2026, 1, 1)))
    return path


def _run(mode: str, pdf: Path, out: Path) -> tuple[float, int]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(pdf), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, kb = result.stdout.split()
    return float(seconds), int(kb)


def _platform_command(pdf: Path, out: Path) -> float:
    lp = shutil.which("lp")
    command = [lp, str(pdf)] if lp else ["sh", "-c", f"cat '{pdf}' > '{out}'"]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    from pypdf import PdfReader

    print("print service:", shutil.which("lp") or "none installed: 'cat' stands in for lp")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        # 4 questions print on 2 pages; 110 with a short note each on about 20.
        for questions, note_words in ((4, 0), (110, 12)):
            pdf = _sheet_pdf(questions, folder, note_words)
            pages = len(PdfReader(pdf).pages)
            base_t = min(_platform_command(pdf, folder / "base.out") for _ in range(3))
            _, idle_kb = _run("idle", pdf, folder / "idle.out")
            print(
                f"\n{pages}-page sheet ({pdf.stat().st_size / 1024:.0f} kB PDF); "
                f"platform command alone: {base_t * 1000:.0f} ms"
            )
            print(f"  {'way':16} {'time':>9} {'ratio':>7} {'extra memory':>13} {'job size':>10}")
            for mode in ("raster@printer", "raster@300", "command"):
                out = folder / f"{mode}.out"
                seconds, kb = _run(mode, pdf, out)
                size = out.stat().st_size if out.exists() else pdf.stat().st_size
                print(
                    f"  {mode:16} {seconds * 1000:7.0f}ms {seconds / base_t:6.1f}x "
                    f"{(kb - idle_kb) / 1024:10.0f} MB {size / 1024:8.0f} kB"
                )
                if out.exists():
                    os.unlink(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
