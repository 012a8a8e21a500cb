"""The glossary and how its words become links on a page."""

from __future__ import annotations

import re

import pytest

from cartapp.model.errors import ContentError
from cartapp.model.glossary import Glossary, Term, parse_glossary
from cartapp.model.library import PAGE_NAMES, ContentLibrary
from cartapp.model.page_html import link_glossary_terms, render_page

HEAD = '+++\ntitle = "Words"\nsummary = "s"\nreviewed = 2026-01-01\n+++\n'


def _glossary(*terms: Term) -> Glossary:
    return Glossary("Words", terms)


def test_parse_aliases_and_definition(tmp_path):
    text = HEAD + "## T cell\nAlso: T cells, T-cell\nA white blood cell that\nfights germs.\n"
    glossary = parse_glossary(text, tmp_path / "g.md")
    term = glossary.get("t-cell")
    assert term.aliases == ("T cells", "T-cell")
    assert term.definition == "A white blood cell that fights germs."


def test_a_glossary_without_a_title_is_called_words_to_know(tmp_path):
    text = '+++\nsummary = "s"\n+++\n## CRS\nA reaction.\n'
    assert parse_glossary(text, tmp_path / "g.md").title == "Words to know"
    assert parse_glossary(HEAD + "## CRS\nA reaction.\n", tmp_path / "g.md").title == "Words"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("## Lonely\n", "'Lonely' has no definition"),
        ("## CRS\nOne.\n## CRS\nTwo.\n", "'CRS' is defined twice"),
        ("No headings at all.\n", "no words found"),
    ],
)
def test_bad_glossary_is_explained(tmp_path, body, problem):
    with pytest.raises(ContentError, match=problem):
        parse_glossary(HEAD + body, tmp_path / "glossary.md")


def test_first_use_is_linked_but_not_in_headings_or_links():
    glossary = _glossary(Term("crs", "CRS", ("cytokine release syndrome",), "d"))
    html = '<h2>What is CRS?</h2><p>CRS is common. CRS again.</p><p><a href="https://x">CRS</a></p>'
    out = link_glossary_terms(html, glossary)
    assert out.count('href="glossary:crs"') == 1
    assert "<h2>What is CRS?</h2>" in out
    assert '<p><a class="term" href="glossary:crs">CRS</a> is common. CRS again.</p>' in out


def test_longest_spelling_wins_and_words_must_be_whole():
    glossary = _glossary(
        Term("t-cell", "T cell", ("T cells",), "d"),
        Term("car-t-cell", "CAR T cell", ("CAR T cells",), "d"),
    )
    out = link_glossary_terms("<p>Your CAR T cells are T cells. Tcells no.</p>", glossary)
    assert '<a class="term" href="glossary:car-t-cell">CAR T cells</a>' in out
    assert '<a class="term" href="glossary:t-cell">T cells</a>' in out


def test_abbreviations_link_only_in_capitals():
    glossary = _glossary(Term("cr", "CR", (), "Complete remission."))
    assert "glossary:" not in link_glossary_terms("<p>A cr of joy.</p>", glossary)
    assert "glossary:cr" in link_glossary_terms("<p>A CR at day 28.</p>", glossary)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_real_pages_link_real_glossary_words(name):
    library = ContentLibrary("en")
    html = render_page(library.page(name), library.glossary)
    ids = re.findall(r'href="glossary:([^"]+)"', html)
    assert len(ids) >= 5
    assert all(library.glossary.get(i) for i in ids)


def test_long_pages_list_their_sections_at_the_top():
    import re as _re

    library = ContentLibrary("en")
    html = render_page(library.page("risks"), library.glossary)
    listed = _re.findall(r'<li><a href="#([^"]+)">', html)
    assert listed[:9] == [
        "crs",
        "icans",
        "iec-hs",
        "infections",
        "low-counts",
        "antibodies",
        "tumor-lysis",
        "relapse",
        "second-cancer",
    ]
    assert all(f'<a name="{anchor}"></a>' in html for anchor in listed)
    assert html.count("<h1>") == 1


def test_a_word_s_anchor_is_its_letters_and_digits_joined_by_single_dashes():
    from cartapp.model.glossary import slug

    assert slug(" (CRS) ") == "crs"
    assert slug("T-cell / B-cell ALL") == "t-cell-b-cell-all"
