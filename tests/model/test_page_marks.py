"""Callout kinds, source markers, figures and the clinical-review line, as the reader sees them."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from cartapp.model.errors import ContentError
from cartapp.model.page_html import render_page
from cartapp.model.page_marks import NOT_REVIEWED
from cartapp.model.page_syntax import CALLOUT_LABELS
from cartapp.model.pages import load_page

HEAD = """+++
title = "A page?"
summary = "What this page is for."
reviewed = 2026-11-26
{review}
[[sources]]
title = "First source"
publisher = "A journal"
year = 2024
url = "https://pubmed.ncbi.nlm.nih.gov/29385370/"
pmid = "29385370"

[[sources]]
title = "Second source"
publisher = "A regulator"
year = 2025
url = "https://doi.org/10.1056/NEJMoa1709866"
doi = "10.1056/NEJMoa1709866"
+++

"""


def page_from(tmp_path, body: str, review: str = "", name: str = "page.md"):
    path = tmp_path / name
    path.write_text(HEAD.format(review=review) + body, encoding="utf-8")
    return load_page(path)


def callout(kind: str) -> str:
    return f'!!! {kind} "A title"\n    - A point [1].\n\n'


@pytest.mark.parametrize("high_contrast", [False, True])
def test_every_callout_kind_shows_its_word_icon_and_border(tmp_path, high_contrast):
    body = "".join(callout(kind) for kind in CALLOUT_LABELS)
    html = render_page(page_from(tmp_path, body), high_contrast=high_contrast)
    for kind, label in CALLOUT_LABELS.items():
        box = re.search(rf'<table class="callout callout-{kind}".*?</table>', html, re.S)
        assert box, kind
        assert label in box[0] and f'src="icon:{kind}"' in box[0]
    research = re.search(r'<table class="callout callout-research"[^>]*>', html)[0]
    approved = re.search(r'<table class="callout callout-approved"[^>]*>', html)[0]
    assert "border-style: dashed" in research and "border-style: solid" in approved


def test_unknown_callout_kind_names_file_and_kind(tmp_path):
    with pytest.raises(ContentError, match=r"broken\.md: unknown callout kind 'warning'"):
        page_from(tmp_path, callout("warning"), name="broken.md")


def test_markers_link_to_numbered_sources(tmp_path):
    html = render_page(page_from(tmp_path, "About 8 in 10 [1]. Both say so [1, 2].\n"))
    assert '<sup class="cite">[<a class="cite" href="#source-1">1</a>]</sup>' in html
    assert (
        '[<a class="cite" href="#source-1">1</a>, <a class="cite" href="#source-2">2</a>]'
    ) in html
    sources = html[html.index('<ol class="sources">') :]
    assert sources.index('<a name="source-1">') < sources.index('<a name="source-2">')
    assert "PMID 29385370" in sources and "DOI 10.1056/NEJMoa1709866" in sources


def test_markers_are_left_alone_in_links_and_code(tmp_path):
    html = render_page(page_from(tmp_path, "See [1](https://example.org/a) and `[2]` [2].\n"))
    assert html.count('class="cite"') == 2  # one <sup> and one link: only the last marker


@pytest.mark.parametrize("marker", ["[3]", "[1, 3]", "[0]"])
def test_marker_without_a_source_names_file_and_marker(tmp_path, marker):
    with pytest.raises(ContentError) as info:
        page_from(tmp_path, f"A fact {marker}.\n", name="broken.md")
    assert str(info.value).startswith("broken.md: the source marker " + marker)


def test_figure_fills_the_column_with_alt_and_caption(tmp_path):
    page = page_from(tmp_path, "![Four steps of CAR T & more.](figure:four-steps)\n")
    html = render_page(page, figure_px=640)
    img = re.search(r'<img src="figure:four-steps"[^>]*>', html)[0]
    assert 'alt="Four steps of CAR T &amp; more."' in img and 'width="640"' in img
    assert '<p class="figure-caption">Four steps of CAR T &amp; more.</p>' in html


@pytest.mark.parametrize("name", ["four-steps", "side-effect-timing", "thermometer"])
def test_each_figure_exists(tmp_path, name):
    assert "figure:" + name in render_page(page_from(tmp_path, f"![A picture.](figure:{name})\n"))


def test_missing_figure_names_the_figure(tmp_path):
    with pytest.raises(ContentError, match=r"broken\.md: the figure 'no-such' does not exist"):
        page_from(tmp_path, "![Alt.](figure:no-such)\n", name="broken.md")


def test_unreviewed_page_says_so(tmp_path):
    page = page_from(tmp_path, "Text.\n")
    assert page.clinical_review is None
    assert f'<p class="review-status">{NOT_REVIEWED}</p>' in render_page(page)


def test_a_clinic_s_own_page_says_who_wrote_it_instead(tmp_path):
    from cartapp.model.page_marks import review_status_html

    html = review_status_html(None, written_by="Riverside <Clinic>")
    assert (
        html == '<p class="review-status">Written by Riverside &lt;Clinic&gt; for its families.</p>'
    )


def test_review_line_names_role_organisation_and_date(tmp_path):
    review = (
        '[clinical_review]\nrole = "CAR T nurse specialist"\n'
        'organisation = "A &amp; B Hospital"\ndate = 2026-01-15\n'
    )
    page = page_from(tmp_path, "Text.\n", review)
    assert page.clinical_review.date == dt.date(2026, 1, 15)
    assert (
        "Reviewed by CAR T nurse specialist, A &amp;amp; B Hospital, on 15 January 2026."
        in render_page(page)
    )


@pytest.mark.parametrize(
    ("review", "problem"),
    [
        ('[clinical_review]\nrole = "Nurse"\ndate = 2026-01-15\n', "'organisation'"),
        ('[clinical_review]\nrole = ""\norganisation = "H"\ndate = 2026-01-15\n', "'role'"),
        ('[clinical_review]\nrole = "N"\norganisation = "H"\ndate = "soon"\n', "'date'"),
        ('[clinical_review]\nrole = "N"\norganisation = "H"\n', "'date'"),
        ('[clinical_review]\nrole = "N"\norganisation = "H"\ndate = 2999-01-01\n', "future"),
        (
            '[clinical_review]\nrole = "N"\norganisation = "H"\ndate = 2026-01-01\nname = "X"\n',
            "'name'",
        ),
        ('clinical_review = "yes"\n', "must be a table"),
    ],
)
def test_bad_clinical_review_is_refused_with_file_and_key(tmp_path, review, problem):
    with pytest.raises(ContentError) as info:
        page_from(tmp_path, "Text.\n", review, name="broken.md")
    assert str(info.value).startswith("broken.md: ") and problem in str(info.value)
