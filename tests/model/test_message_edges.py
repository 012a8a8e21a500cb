"""Edges the fourth sample found: a source's address that carries quotes, and the
exact words of messages a reviewer or a family reads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cartapp.model.errors import ContentError
from cartapp.model.page_html import sources_html
from cartapp.model.pages import Page, Source
from cartapp.model.printable import Unprintable
from cartapp.model.sheet_words import _lines


def test_a_source_address_with_quotes_cannot_leave_its_link():
    url = "https://example.org/a\"b'c<d>?x=1&y=2"
    source = Source("Title <i>", "Pub & Co", 2025, url=url, doi="10.1/<x>", pmid="1&2")
    page = Page("p", "T", "S", dt.date(2026, 1, 1), (source,), "")
    shown = sources_html(page)
    escaped = "https://example.org/a&quot;b&#x27;c&lt;d&gt;?x=1&amp;y=2"
    assert f'<a href="{escaped}">{escaped}</a>' in shown
    assert "Title &lt;i&gt;. Pub &amp; Co, 2025." in shown
    assert "(DOI 10.1/&lt;x&gt;; PMID 1&amp;2)" in shown
    assert '<li><a name="source-1"></a>' in shown


def test_an_unprintable_field_names_at_most_five_characters_with_their_code_points():
    many = Unprintable("Question 2", "\U0001f600\U0001f9ecabcdef")
    assert many.message() == (
        "Question 2 has characters the printed sheet cannot show: "
        "\U0001f600 (U+1F600) \U0001f9ec (U+1F9EC) a (U+0061) b (U+0062) c (U+0063). "
        "Please change or remove them."
    )


def test_sheet_word_lines_are_refused_naming_their_file_and_key():
    path = Path("content/es/sheet.toml")
    assert _lines(path, {"signs": [" Fever ", "Chills"]}, "signs") == ("Fever", "Chills")
    for bad in ({}, {"signs": []}, {"signs": "Fever"}, {"signs": ["Fever", " "]}, {"signs": [3]}):
        with pytest.raises(ContentError) as caught:
            _lines(path, bad, "signs")
        assert caught.value.path == path
        assert str(caught.value) == "sheet.toml: 'signs' must be a list of non-empty texts"
