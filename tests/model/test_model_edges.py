"""Edges of the model left between other tests: a library's clinic page in its language,
an unchecked callout kind, a rule asked for by its own name, translation records
refused word for word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cartapp.model.clinic_content import ClinicContent
from cartapp.model.errors import ContentError
from cartapp.model.library import ContentLibrary
from cartapp.model.page_html import render_page
from cartapp.model.pages import Page, Source
from cartapp.model.rules import default_table
from cartapp.model.translation import parse_translation


def page(body: str, language: str = "en", title: str = "Our center") -> Page:
    return Page(
        "center",
        title,
        "Sum",
        dt.date(2026, 1, 1),
        (Source("S", "P", 2025),),
        body,
        language=language,
    )


def test_the_library_shows_the_clinic_page_in_its_own_language():
    content = ClinicContent(pages={"en": page("English\n"), "es": page("Español\n", "es")})
    spanish = ContentLibrary("es")
    assert spanish.clinic_page() is None
    spanish.attach_clinic(content)
    assert spanish.clinic_page() is content.pages["es"]
    english = ContentLibrary("en")
    english.attach_clinic(content)
    assert english.clinic_page() is content.pages["en"]


def test_a_callout_of_a_kind_never_checked_is_drawn_as_a_note():
    html = render_page(page('!!! weird "A title"\n    Words.\n'))
    assert 'class="callout callout-weird"' in html
    note = render_page(page('!!! note "A title"\n    Words.\n'))
    style = note.split('class="callout callout-note"')[1].split(">")[0]
    assert style in html


def test_a_rule_is_found_by_its_own_name_as_well_as_its_short_one():
    table = default_table()
    assert table.value("fever_threshold", "us") == table.value("fever", "us") != ""
    assert table.value("emergency_number", "uk") == table.value("emergency", "uk") == "999"


SHA = "0" * 63 + "a"


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("x", "'translation' must be a table: [translation]"),
        (
            {"of": "en/a.md", "sha256": SHA, "by": "x"},
            "[translation]: unknown field 'by' (a typo?)",
        ),
        (
            {"of": "es/a.md", "sha256": SHA},
            "[translation] 'of' must name the English file, like \"en/risks.md\"",
        ),
        (
            {"of": "en/../a.md", "sha256": SHA},
            "[translation] 'of' must name the English file, like \"en/risks.md\"",
        ),
        (
            {"of": "en\\a.md", "sha256": SHA},
            "[translation] 'of' must name the English file, like \"en/risks.md\"",
        ),
        ({"sha256": SHA}, "[translation] 'of' must name the English file, like \"en/risks.md\""),
        (
            {"of": "en/a.md", "sha256": SHA[:-1]},
            "[translation] 'sha256' must be the English file's 64-letter fingerprint",
        ),
        (
            {"of": "en/a.md", "sha256": SHA.upper()},
            "[translation] 'sha256' must be the English file's 64-letter fingerprint",
        ),
        (
            {"of": "en/a.md", "sha256": SHA[:-1] + "X"},
            "[translation] 'sha256' must be the English file's 64-letter fingerprint",
        ),
        (
            {"of": "en/a.md", "sha256": 1},
            "[translation] 'sha256' must be the English file's 64-letter fingerprint",
        ),
        (
            {"of": "en/a.md", "sha256": SHA, "review": "full"},
            "[translation] 'review' must be one of none, translator, clinical, not 'full'",
        ),
        (
            {"of": "en/a.md", "sha256": SHA, "review": "clinical"},
            "[translation] a 'clinical' review needs its 'review_date'",
        ),
        (
            {"of": "en/a.md", "sha256": SHA, "review": "translator", "review_date": "2027-01-15"},
            "[translation] a 'translator' review needs its 'review_date'",
        ),
        (
            {"of": "en/a.md", "sha256": SHA, "review_date": "soon"},
            "[translation] 'review_date' must be a date, like 2027-01-15",
        ),
    ],
)
def test_a_translation_record_is_refused_word_for_word(raw, problem):
    path = Path("es/after.md")
    with pytest.raises(ContentError) as caught:
        parse_translation({"translation": raw}, path)
    assert caught.value.problem == problem and caught.value.path == path


def test_a_record_of_no_review_may_still_say_when():
    record = parse_translation(
        {"translation": {"of": "en/a.md", "sha256": SHA, "review_date": dt.date(2027, 1, 15)}},
        Path("es/a.md"),
    )
    assert record is not None and record.review == "none"
    assert record.review_date == dt.date(2027, 1, 15) and not record.reviewed_by_translator
