"""The kit's PDF as a document: refusals in words, and what a reader's software is told."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from cartapp.model.kit import FamilyDetails, KitError, facts_for
from cartapp.pdf.kit import build_kit_pdf

CHOOSE = "Choose one or more of: wallet-card, call-sheet, log, er-letter, checklist."


@pytest.mark.parametrize(
    ("items", "paper", "message"),
    [
        ([], "letter", CHOOSE),
        (["log", "poster"], "letter", CHOOSE),
        (["log"], "legal", "The paper must be one of a4, letter."),
    ],
)
def test_what_cannot_be_printed_is_refused_in_words(items, paper, message):
    with pytest.raises(KitError) as caught:
        build_kit_pdf(items, facts_for(FamilyDetails()), paper=paper)
    assert str(caught.value) == message


def test_the_document_says_its_language_title_and_maker():
    facts = facts_for(FamilyDetails(name="Ana"))
    pdf = build_kit_pdf(["checklist"], facts, language="es", app_version="9.9", content_version="x")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert reader.metadata.creator == "CAR T Family Guide 9.9"
    assert reader.metadata.author == "CAR T Family Guide"
    assert ": " in reader.metadata.title  # one item: the kit's title and the item's
    both = build_kit_pdf(["checklist", "call-sheet"], facts)
    title = PdfReader(io.BytesIO(both)).metadata.title
    assert ": " not in title and PdfReader(io.BytesIO(both)).trailer["/Root"]["/Lang"] == "en"
