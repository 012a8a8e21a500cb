"""The question sheet and the safety kit in Spanish, and a sheet in two languages,
read back from the PDF."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from cartapp.model.content_words import content_words
from cartapp.model.kit import FamilyDetails, facts_for
from cartapp.model.kit_content import ITEMS
from cartapp.model.library import available_languages
from cartapp.model.question_bank import load_bank_for
from cartapp.model.sheet import QuestionSheet, SheetQuestion
from cartapp.model.sheet_words import sheet_words
from cartapp.pdf.fonts import covers
from cartapp.pdf.kit import build_kit_pdf
from cartapp.pdf.question_sheet import build_sheet_pdf

pytestmark = pytest.mark.skipif("es" not in available_languages(), reason="no Spanish content")


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture(scope="module")
def banks():
    return load_bank_for("es"), load_bank_for("en")


def spanish_sheet(es) -> QuestionSheet:
    first, second = es.questions[0], es.questions[5]
    return QuestionSheet(
        questions=[
            SheetQuestion(first.text, first.category, ask_first=True, id=first.id),
            SheetQuestion(second.text, second.category, id=second.id),
            SheetQuestion("¿Puede venir mi abuela?", "own"),
        ],
        child_name="Ana María",
        appointment=dt.date(2027, 3, 3),
        language="es",
    )


def test_a_spanish_sheet_is_in_spanish(banks):
    es, _en = banks
    words = sheet_words("es")
    text = text_of(build_sheet_pdf(spanish_sheet(es), es, made_on=dt.date(2027, 3, 1)))
    assert words.title in text and words.when_to_call.heading in text
    assert "miércoles 3 de marzo de 2027" in text and "1 de marzo de 2027" in text
    assert words.printed["interpreter"] in text
    assert es.questions[0].text in text and "Questions for our care team" not in text
    assert "Page 1 of" not in text


def test_a_two_language_sheet_puts_the_family_language_first(banks):
    es, en = banks
    sheet = spanish_sheet(es)
    text = text_of(build_sheet_pdf(sheet, es, bilingual_with=en, made_on=dt.date(2027, 3, 1)))
    english_words = sheet_words("en")
    assert f"{sheet_words('es').title} / {english_words.title}" in text
    assert english_words.printed["interpreter"] in text
    for q in sheet.questions[:2]:
        spanish_at = text.index(" ".join(q.text.split()))
        english = en.get(q.id)
        assert english is not None
        assert spanish_at < text.index(" ".join(english.text.split()), spanish_at)
    assert text.count("¿Puede venir mi abuela?") == 1  # the family's own, printed once


def test_an_english_sheet_has_no_interpreter_box_and_one_language(banks):
    _es, en = banks
    q = en.questions[0]
    sheet = QuestionSheet(questions=[SheetQuestion(q.text, q.category, id=q.id)])
    text = text_of(build_sheet_pdf(sheet, en, bilingual_with=en))
    assert "interpreter" not in text and " / " not in text.split(".")[0]


def test_the_kit_prints_in_spanish():
    details = FamilyDetails(name="Ana María", infusion_date=dt.date(2027, 3, 3))
    facts = facts_for(details, region="us", covers=covers)
    text = text_of(build_kit_pdf(list(ITEMS), facts, language="es"))
    assert "When to call" not in text and "Day 0" not in text and "Monday" not in text
    assert "miércoles 3 de marzo de 2027" in text or "3 de marzo de 2027" in text
    assert "mié 3 mar" in text  # the log's first row
    assert "Página 1 de" in text


@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize("item", ITEMS)
def test_every_spanish_printable_says_its_translation_is_unchecked(item, large_print):
    """The Spanish words have no medical translator's review yet (kit.toml): each printout
    says so, and the one-page ones still fit on one page with it."""
    facts = facts_for(FamilyDetails(name="Ana María"), region="us", covers=covers)
    pdf = build_kit_pdf([item], facts, language="es", large_print=large_print)
    note = " ".join(content_words("es").page["translation_not_reviewed"].split())
    assert note in text_of(pdf)
    if item in ("wallet-card", "call-sheet", "er-letter"):
        assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_an_english_printable_has_no_translation_note():
    facts = facts_for(FamilyDetails(name="Ann"), region="us", covers=covers)
    text = text_of(build_kit_pdf(list(ITEMS), facts, language="en"))
    assert "translator" not in text
