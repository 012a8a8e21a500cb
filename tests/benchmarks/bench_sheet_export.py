"""How long the largest question sheet takes to print, against ReportLab's own floor.

Run: ``.venv/bin/python tests/benchmarks/bench_sheet_export.py``

The largest sheet is every question in the bank (the real English bank when it
is there, else the test fixture), 20 of the family's own, a note on every
question and 5,000 characters of notes. Each figure is a median, and each is
shown beside a baseline measured in the same run on the same machine, so the
ratio means something on a slow laptop too:

* in-process: ``build_sheet_pdf`` for a 20-question sheet in 13 scripts (target
  150 ms) and the largest sheet, normal and large print (target 300 ms), against a
  one-paragraph ReportLab document;
* whole process: ``python -m cartapp sheet ...`` against ``python -c "import reportlab"``.
"""

# A report on stdout is what this script is for.
# ruff: noqa: T201

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from cartapp import paths
from cartapp.model.question_bank import QuestionBank, load_bank
from cartapp.model.sheet import QuestionSheet
from cartapp.model.sheet_io import save_sheet
from cartapp.pdf.question_sheet import build_sheet_pdf

IN_PROCESS_RUNS = 7
PROCESS_RUNS = 5
TARGET_SECONDS = 0.3  # the largest sheet
MIXED_TARGET_SECONDS = 0.15  # a 20-question sheet in many scripts
MIXED_QUESTIONS = (
    "ما هي الآثار الجانبية التي يجب أن نراقبها في البيت؟",
    "מתי נוכל לחזור הביתה אחרי הטיפול?",
    "آیا فرزندم می‌تواند به مدرسه برود؟",
    "کیا میرا بچہ اسکول جا سکتا ہے؟",
    "治疗后多久可以回家？我们需要住在医院附近吗？",
    "治療のあと、いつ学校に戻れますか？",
    "치료 후 언제 학교에 갈 수 있나요?",
    "क्या मेरा बच्चा स्कूल जा सकता है?",
    "আমার সন্তান কি স্কুলে যেতে পারবে?",
    "Con tôi có thể đi học lại khi nào?",
    "Когда мы сможем вернуться домой?",
    "Πότε μπορούμε να επιστρέψουμε σπίτι;",
    "Kailan po kami makakauwi pagkatapos ng CAR T?",
)
FIXTURE_BANK = Path(__file__).resolve().parent.parent / "fixtures" / "questions.toml"


def pick_bank() -> tuple[QuestionBank, Path]:
    real = paths.content_dir("en") / "questions.toml"
    path = real if real.exists() else FIXTURE_BANK
    return load_bank(path), path


def largest_sheet(bank: QuestionBank) -> QuestionSheet:
    sheet = QuestionSheet(
        child_name="Zoë Ñúñez-Παπαδοπούλου",
        prepared_by="Ana and Дмитрий",
        appointment=dt.date(2026, 3, 3),
        care_team="Blue team, 5th floor",
        notes=("She sleeps badly since the last round and worries about school. " * 80)[:5000],
    )
    for q in bank.questions:
        sheet.add_from_bank(q)
    for i in range(20):
        sheet.add_own(f"Our own question number {i + 1}: can we talk about what happens next?")
    for index in range(len(sheet.questions)):
        sheet.set_note(index, f"Note {index + 1}: we asked about this before; we want to be sure.")
    for index in (3, 40, len(sheet.questions) - 1):
        sheet.set_ask_first(index, True)
    return sheet


def mixed_sheet(bank: QuestionBank) -> QuestionSheet:
    """20 questions: one in each script families type, then bank questions in English."""
    sheet = QuestionSheet(
        child_name="ليلى Zoë 李", prepared_by="Ana and Дмитрий", appointment=dt.date(2026, 3, 3)
    )
    for text in MIXED_QUESTIONS:
        sheet.add_own(text)
    for q in bank.questions[: 20 - len(MIXED_QUESTIONS)]:
        sheet.add_from_bank(q)
    sheet.set_note(0, "سألنا عن هذا من قبل")
    sheet.set_note(4, "我们上次等了太久。")
    sheet.set_ask_first(2, True)
    return sheet


def median_time(action: Callable[[], object], runs: int, warm_up: bool = True) -> float:
    if warm_up:
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def minimal_reportlab_pdf() -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph("One paragraph.", getSampleStyleSheet()["Normal"])])
    return buffer.getvalue()


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def main() -> int:
    bank, bank_path = pick_bank()
    sheet = largest_sheet(bank)
    print(
        f"Sheet: {len(sheet.questions)} questions ({len(bank.questions)} from {bank_path}), "
        f"{len(sheet.notes):,} characters of notes, a note on every question"
    )

    baseline = median_time(minimal_reportlab_pdf, IN_PROCESS_RUNS)
    print(f"\nIn-process, median of {IN_PROCESS_RUNS} after one warm-up")
    print(f"  baseline (one-paragraph ReportLab PDF): {baseline * 1000:7.1f} ms")
    mixed = mixed_sheet(bank)
    build_sheet_pdf(mixed, bank, paper="letter")  # first use reads the fallback fonts
    mixed_seconds = median_time(
        lambda: build_sheet_pdf(mixed, bank, paper="letter"), IN_PROCESS_RUNS, warm_up=False
    )
    mixed_pdf = build_sheet_pdf(mixed, bank, paper="letter")
    print(
        f"  20 questions, 13 scripts: {mixed_seconds * 1000:7.1f} ms  "
        f"({mixed_seconds / baseline:5.1f}x baseline), {page_count(mixed_pdf)} pages, "
        f"{len(mixed_pdf) / 1024:.0f} KiB  (target {MIXED_TARGET_SECONDS * 1000:.0f} ms)"
    )
    slowest = 0.0
    for large in (False, True):
        pdf = build_sheet_pdf(sheet, bank, paper="letter", large_print=large)
        seconds = median_time(
            lambda large=large: build_sheet_pdf(sheet, bank, paper="letter", large_print=large),
            IN_PROCESS_RUNS,
            warm_up=False,
        )
        slowest = max(slowest, seconds)
        label = "large print" if large else "normal     "
        print(
            f"  {label}: {seconds * 1000:7.1f} ms  ({seconds / baseline:5.1f}x baseline), "
            f"{page_count(pdf)} pages, {len(pdf) / 1024:.0f} KiB"
        )

    with tempfile.TemporaryDirectory() as folder:
        folder_path = Path(folder)
        sheet_path, out_path = folder_path / "sheet.json", folder_path / "sheet.pdf"
        save_sheet(sheet, sheet_path)
        env = dict(os.environ)
        if bank_path == FIXTURE_BANK:
            (folder_path / "content" / "en").mkdir(parents=True)
            shutil.copy(FIXTURE_BANK, folder_path / "content" / "en" / "questions.toml")
            for name in ("sheet.toml", "words.toml"):
                shutil.copy(paths.content_dir("en") / name, folder_path / "content" / "en" / name)
            env["CARTAPP_CONTENT_DIR"] = str(folder_path / "content")

        def run(*args: str) -> None:
            subprocess.run([sys.executable, *args], check=True, env=env, stdout=subprocess.DEVNULL)

        command = (
            "-m",
            "cartapp",
            "sheet",
            str(sheet_path),
            "-o",
            str(out_path),
            "--paper",
            "letter",
        )
        process_baseline = median_time(lambda: run("-c", "import reportlab"), PROCESS_RUNS)
        print(f"\nWhole process, median of {PROCESS_RUNS} after one warm-up")
        if sys.flags.dont_write_bytecode:
            print(
                "  (PYTHONDONTWRITEBYTECODE is set: each process compiles its imports "
                "from source, as a fresh install would only once)"
            )
        print(f"  baseline (python -c 'import reportlab'): {process_baseline * 1000:7.1f} ms")
        for extra, label in (((), "normal     "), (("--large-print",), "large print")):
            seconds = median_time(lambda extra=extra: run(*command, *extra), PROCESS_RUNS)
            print(
                f"  {label}: {seconds * 1000:7.1f} ms  "
                f"({seconds / process_baseline:5.1f}x baseline), "
                f"{page_count(out_path.read_bytes())} pages"
            )

    ok = slowest < TARGET_SECONDS and mixed_seconds < MIXED_TARGET_SECONDS
    print(
        f"\nLargest sheet {slowest * 1000:.0f} ms (target {TARGET_SECONDS * 1000:.0f} ms), "
        f"mixed-script 20 questions {mixed_seconds * 1000:.0f} ms (target "
        f"{MIXED_TARGET_SECONDS * 1000:.0f} ms): {'meets' if ok else 'MISSES'} the targets."
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
