"""The question sheet's part of ``--self-test``: make a PDF, read it back."""

from __future__ import annotations

import datetime as dt

from cartapp import __version__
from cartapp.model.question_bank import QuestionBank
from cartapp.model.sheet import QuestionSheet
from cartapp.pdf.question_sheet import build_sheet_pdf
from cartapp.ui.printing import load_pdf, release_pdf


def check_sample_sheet(bank: QuestionBank) -> list[str]:
    """Problems found (empty if the PDF is made and says what was typed)."""
    sample = QuestionSheet(child_name="Ελένη Ωμέγα", care_team="Dr. Σ & <Team>")
    for question in bank.questions[:3]:
        sample.add_from_bank(question)
    try:
        data = build_sheet_pdf(sample, bank, made_on=dt.date.today(), app_version=__version__)
    except Exception as exc:  # the check reports any failure in one line
        return [f"questions: the sample PDF failed ({type(exc).__name__}: {exc})"]
    document, buffer = load_pdf(data)
    try:
        if document.pageCount() < 1:
            return ["questions: the sample PDF has no pages"]
        text = " ".join(document.getAllText(0).text().split())
    finally:
        release_pdf(document, buffer)
    expected = ("Ελένη Ωμέγα", "Dr. Σ & <Team>", " ".join(bank.questions[0].text.split()[:5]))
    return [f"questions: the sample PDF does not show {e!r}" for e in expected if e not in text]
