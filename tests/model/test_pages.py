"""Loading content pages, and the plain errors a broken page gives."""

from __future__ import annotations

import datetime as dt

import pytest

from cartapp import paths
from cartapp.model.errors import ContentError
from cartapp.model.library import PAGE_NAMES, ContentLibrary, available_languages
from cartapp.model.pages import load_page

GOOD = """+++
title = "A page?"
summary = "What this page is for."
reviewed = 2026-11-26
[[sources]]
title = "A source"
publisher = "A publisher"
year = 2024
url = "https://example.org/"
+++

## A heading?

Some text.
"""


# A publisher's page that the fact sheet gives only over plain http (no secure
# address is known for it); any other source must be https.
HTTP_ONLY = {
    "http://leukemiabmtprogram.com/patients_and_family/patient_education/"
    "your_responsibilities/your_surroundings_environment/plants_flowers_pets_animals.html",
}


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_page_loads_with_sources_and_review_date(name):
    page = ContentLibrary("en").page(name)
    assert page.title and page.summary
    assert isinstance(page.reviewed, dt.date)
    assert len(page.sources) >= 2
    insecure = [
        s.url for s in page.sources if not s.url.startswith("https://") and s.url not in HTTP_ONLY
    ]
    assert not insecure


def test_every_language_has_the_same_pages():
    root = paths.content_root()
    english = {p.name for p in (root / "en").glob("*.md")}
    assert available_languages() == ["en", "es"]
    assert available_languages(root / "missing") == []
    for lang in available_languages():
        assert {p.name for p in (root / lang).glob("*.md")} == english


def test_good_page_parses(tmp_path):
    path = tmp_path / "good.md"
    path.write_text(GOOD, encoding="utf-8")
    page = load_page(path)
    assert page.title == "A page?"
    assert page.reviewed == dt.date(2026, 11, 26)
    assert page.sources[0].publisher == "A publisher"
    assert page.body.startswith("## A heading?")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("## No front matter\n", "must start with a '+++' line"),
        ("+++\ntitle = 'x'\n", "no closing '+++'"),
        ("+++\ntitle = \n+++\nbody", "not valid TOML"),
        (GOOD.replace('title = "A page?"\n', ""), "non-empty text 'title'"),
        (GOOD.replace('summary = "What this page is for."\n', ""), "non-empty text 'summary'"),
        (GOOD.replace("reviewed = 2026-11-26", 'reviewed = "soon"'), "'reviewed' as a date"),
        (GOOD.split("[[sources]]")[0] + "+++\nbody\n", "at least one [[sources]]"),
        (GOOD.replace('publisher = "A publisher"\n', ""), "source 1 is missing publisher"),
        (GOOD.split("+++\n\n")[0] + "+++\n\n", "no text after the front matter"),
    ],
)
def test_malformed_page_names_file_and_problem(tmp_path, text, problem):
    path = tmp_path / "broken.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_page(path)
    assert "broken.md" in str(info.value)
    assert problem in str(info.value)


def test_missing_page_is_named(tmp_path):
    with pytest.raises(ContentError, match=r"absent\.md: the file is missing"):
        load_page(tmp_path / "absent.md")


def test_page_that_is_not_utf8_is_named(tmp_path):
    path = tmp_path / "latin1.md"
    path.write_bytes(GOOD.replace("Some text", "Caf\xe9").encode("latin-1"))
    with pytest.raises(ContentError, match="latin1.md: the file is not UTF-8"):
        load_page(path)


def test_unknown_language_falls_back_to_english_with_notice():
    library = ContentLibrary("xx")
    assert library.language == "en"
    assert "'xx'" in library.notice and "English" in library.notice
    assert library.page("overview").title
