"""Edges the third sample found: contrast's refusal, long sentences cut at a semicolon,
the bank read again after a clinic is attached, a callout title ending in punctuation,
glossary links kept out of upper-case tags, sheet words that use the wrong fields."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cartapp.model.clinic_content import ClinicContent
from cartapp.model.contrast import relative_luminance
from cartapp.model.errors import ContentError
from cartapp.model.glossary import Glossary, Term
from cartapp.model.library import ContentLibrary
from cartapp.model.page_html import link_glossary_terms, render_page
from cartapp.model.pages import Page, Source
from cartapp.model.question_bank import BankQuestion, Category
from cartapp.model.sentences import MAX_CHARS, sentences
from cartapp.model.sheet_words import _printed


def test_a_colour_that_is_not_six_digits_is_refused_by_value():
    with pytest.raises(ValueError, match=r"^expected #RRGGBB, got 'fff'$"):
        relative_luminance("#fff")
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)


def test_a_long_sentence_is_cut_after_a_semicolon_or_a_comma_or_a_space():
    first = "a" * 300 + "; " + "b" * 200 + "."
    parts = [s.text for s in sentences(first)]
    assert parts == ["a" * 300 + ";", "b" * 200 + "."]
    # The semicolon wins over a space later in the part (a cut at the last space
    # would read "b b" with the clause before it).
    spaced = "a" * 300 + "; " + "b " + "c" * 200 + "."
    assert [s.text for s in sentences(spaced)] == ["a" * 300 + ";", "b " + "c" * 200 + "."]
    late = "x" * 100 + " " + "y" * 350 + ", " + "z" * 100
    assert [s.text for s in sentences(late)] == ["x" * 100, "y" * 350 + ",", "z" * 100]


def test_a_long_sentence_without_commas_loses_no_letter_where_it_is_cut():
    """Read aloud and highlighted part by part: each part starts with a whole word."""
    text = " ".join(f"word{n}" for n in range(120))
    parts = sentences(text)
    assert len(parts) == 3 and all(len(p.text) <= MAX_CHARS for p in parts)
    assert " ".join(p.text for p in parts) == text
    assert all(p.text == text[p.start : p.end] for p in parts)
    assert [p.text.split()[0] for p in parts] == ["word0", "word58", "word113"]


def test_the_bank_is_read_again_when_a_clinic_brings_questions():
    library = ContentLibrary("en")
    before = len(library.bank.questions)
    clinic = ClinicContent(
        category=Category("clinic", "Ours"),
        questions=(BankQuestion("clinic.park", "Where do we park?", "clinic"),),
    )
    library.attach_clinic(clinic)
    assert len(library.bank.questions) == before + 1
    assert library.bank.get("clinic.park") is not None


def test_a_callout_title_that_is_its_label_with_a_stop_is_not_repeated():
    page = Page("p", "T", "S", dt.date(2026, 1, 1), (Source("S", "P", 2025),), "")
    for title in ("Good to know:", "Good to know.", "good to know"):
        html = render_page(Page(**{**vars(page), "body": f'!!! note "{title}"\n    Words.\n'}))
        assert 'class="callout-title"' not in html, title
    shown = render_page(Page(**{**vars(page), "body": '!!! note ":Good to know"\n    W.\n'}))
    assert 'class="callout-title"' in shown


def test_glossary_words_are_not_linked_inside_upper_case_links_or_headings():
    glossary = Glossary("Words", (Term("crs", "CRS", (), "A reaction."),))
    html = '<A href="x">CRS</A> and CRS'
    assert link_glossary_terms(html, glossary) == (
        '<A href="x">CRS</A> and <a class="term" href="glossary:crs">CRS</a>'
    )


def test_printed_words_must_use_exactly_their_fields():
    path = Path("sheet.toml")
    assert _printed(path, {"page": "Page {page} of {pages}"}, "page", {"page", "pages"})
    with pytest.raises(ContentError) as caught:
        _printed(path, {"page": "Page {page}"}, "page", {"page", "pages"})
    assert caught.value.problem == "[print] 'page' must use exactly {page}, {pages}"
    with pytest.raises(ContentError) as caught:
        _printed(path, {"title": "A {x}"}, "title", set())
    assert caught.value.problem == "[print] 'title' must use exactly no {fields}"
    for blank in ({}, {"page": "  "}, {"page": 3}):
        with pytest.raises(ContentError) as caught:
            _printed(path, blank, "page", {"page", "pages"})
        assert caught.value.problem == "'page' must be non-empty text"
