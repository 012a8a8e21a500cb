"""A page's front matter, refused word for word: the editor fixes it from the message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cartapp.model.errors import ContentError
from cartapp.model.page_syntax import parse_clinical_review
from cartapp.model.pages import (
    Source,
    _require_str,
    check_reviewed_and_body,
    parse_page,
    parse_sources,
    split_front_matter,
)

PATH = Path("content/en/after.md")
SOURCE = {"title": "T", "publisher": "P", "year": 2025}


def problem(call, *args) -> str:
    with pytest.raises(ContentError) as caught:
        call(*args, PATH)
    assert caught.value.path == PATH
    return caught.value.problem


def test_sources_are_read_with_their_identifiers_stripped():
    meta = {
        "sources": [
            {**SOURCE, "url": "https://example.org", "doi": " 10.1/x ", "pmid": 123},
            {"title": 1, "publisher": 2, "year": "2024", "pmid": " 45 "},
        ]
    }
    assert parse_sources(meta, PATH) == (
        Source("T", "P", 2025, "https://example.org", "10.1/x", "123"),
        Source("1", "2", "2024", "", "", "45"),
    )


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        (None, "front matter needs at least one [[sources]] entry"),
        ([], "front matter needs at least one [[sources]] entry"),
        ({"title": "x"}, "front matter needs at least one [[sources]] entry"),
        ([SOURCE, "x"], "source 2 is not a table"),
        ([{}], "source 1 is missing title, publisher, year"),
        ([{**SOURCE, "year": 0}], "source 1 is missing year"),
        ([{**SOURCE, "title": "", "publisher": ""}], "source 1 is missing title, publisher"),
        ([SOURCE, {**SOURCE, "doi": 10}], "source 2: 'doi' must be text"),
        ([{**SOURCE, "pmid": True}], "source 1: 'pmid' must be text"),
        ([{**SOURCE, "pmid": 1.5}], "source 1: 'pmid' must be text"),
        ([{**SOURCE, "doi": ["x"]}], "source 1: 'doi' must be text"),
    ],
)
def test_broken_sources(sources, expected):
    meta = {} if sources is None else {"sources": sources}
    assert problem(parse_sources, meta) == expected


def test_a_doi_number_is_not_taken_as_text():
    with pytest.raises(ContentError, match="'doi' must be text"):
        parse_sources({"sources": [{**SOURCE, "doi": 101}]}, PATH)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Body", "the file must start with a '+++' line (front matter)"),
        ("+++\ntitle = 'x'\n", "the front matter has no closing '+++' line"),
    ],
)
def test_the_fences(text, expected):
    assert problem(split_front_matter, text) == expected


def test_the_front_matter_and_body_are_split_after_a_byte_order_mark():
    meta, body = split_front_matter("\ufeff+++\ntitle = 'x'\n+++\nBody +++ more\n", PATH)
    assert meta == {"title": "x"} and body == "\nBody +++ more\n"
    with pytest.raises(ContentError) as caught:
        split_front_matter("+++\ntitle = \n+++\n", PATH)
    assert caught.value.problem.startswith("the front matter is not valid TOML (")


@pytest.mark.parametrize("value", [None, "", "  ", 3])
def test_title_and_summary_must_be_text(value):
    meta = {} if value is None else {"title": value}
    assert problem(_require_str, meta, "title") == "front matter needs a non-empty text 'title'"
    assert _require_str({"title": "  A title  "}, "title", PATH) == "A title"


@pytest.mark.parametrize("reviewed", [None, "2026-01-01", dt.datetime(2026, 1, 1, 12, 0), 20260101])
def test_the_review_date_must_be_a_date(reviewed):
    meta = {} if reviewed is None else {"reviewed": reviewed}
    assert (
        problem(check_reviewed_and_body, meta, "Body")
        == "front matter needs 'reviewed' as a date, like 2026-11-26"
    )


def test_a_page_needs_text():
    meta = {"reviewed": dt.date(2026, 1, 1)}
    assert problem(check_reviewed_and_body, meta, " \n ") == (
        "the page has no text after the front matter"
    )
    assert check_reviewed_and_body(meta, "x", PATH) == dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("yes", "'clinical_review' must be a table with role, organisation and date"),
        (
            {"role": "r", "organisation": "o", "date": dt.date(2026, 1, 1), "by": "x"},
            "clinical_review: unknown key 'by' (expected role, organisation, date)",
        ),
        (
            {"organisation": "o", "date": dt.date(2026, 1, 1)},
            "clinical_review: 'role' must be non-empty text",
        ),
        (
            {"role": "r", "organisation": " ", "date": dt.date(2026, 1, 1)},
            "clinical_review: 'organisation' must be non-empty text",
        ),
        (
            {"role": "r", "organisation": "o"},
            "clinical_review: 'date' must be a date, like 2027-01-15",
        ),
        (
            {"role": "r", "organisation": "o", "date": dt.datetime(2026, 1, 1)},
            "clinical_review: 'date' must be a date, like 2027-01-15",
        ),
        (
            {"role": "r", "organisation": "o", "date": dt.date(2999, 1, 1)},
            "clinical_review: 'date' 2999-01-01 is in the future; record a review only once"
            " it has happened",
        ),
    ],
)
def test_a_clinical_review_is_refused_word_for_word(raw, expected):
    assert problem(parse_clinical_review, {"clinical_review": raw}) == expected


def test_a_clinical_review_of_today_is_kept_with_its_spaces_tidied():
    today = dt.date.today()
    review = parse_clinical_review(
        {
            "clinical_review": {
                "role": " Lead  nurse ",
                "organisation": "Our\tclinic",
                "date": today,
            }
        },
        PATH,
    )
    assert review is not None
    assert (review.role, review.organisation, review.date) == ("Lead nurse", "Our clinic", today)
    assert parse_clinical_review({}, PATH) is None


def test_a_whole_page():
    text = (
        '+++\ntitle = " Title "\nsummary = "Sum"\nreviewed = 2026-01-02\n'
        '[[sources]]\ntitle = "T"\npublisher = "P"\nyear = 2025\n+++\n\n'
        "Text [Ask](question:a.b) and [Ask](question:c-d).\n\n"
    )
    page = parse_page(text, PATH)
    assert (page.name, page.title, page.summary) == ("after", "Title", "Sum")
    assert page.body == "Text [Ask](question:a.b) and [Ask](question:c-d).\n"
    assert page.question_ids() == ["a.b", "c-d"]
    assert page.language == "en" and page.translation is None and page.clinical_review is None
    with pytest.raises(ContentError) as caught:
        parse_page(text.replace("Text", "{{rule:flying}}"), PATH)
    assert "'{{rule:flying}}' names no rule" in caught.value.problem
