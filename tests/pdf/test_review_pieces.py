"""The review pack's pieces on their own: inline markup, the rules table without its
rows, and the contents list a page with many sections gets on screen."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from cartapp.model.library import ContentLibrary
from cartapp.model.page_html import _with_contents
from cartapp.pdf.fonts import register_fonts
from cartapp.pdf.review_body import inline, parse_html, picture_text
from cartapp.pdf.review_parts import NOT_REVIEWED, ReviewParts


def first(markup: str):
    node = parse_html(markup).children[0]
    assert not isinstance(node, str)
    return node


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "<p>a <strong>b</strong> <b>c</b> <em>d</em> <i>e</i> f</p>",
            "a <b>b</b> <b>c</b> <i>d</i> <i>e</i> f",
        ),
        ("<p>x<br>y</p>", "x<br/>y"),
        ('<p><img alt="A map &amp; key"></p>', "<i>[Picture: A map &amp; key]</i>"),
        ("<p><img></p>", "<i>[Picture: ]</i>"),
        ('<p><img alt src="map.png"></p>', "<i>[Picture: ]</i>"),  # an attribute without value
        (
            '<p><a href="https://e.org/?a=1&amp;b=2">site</a></p>',
            "site (https://e.org/?a=1&amp;b=2)",
        ),
        ('<p><a href="http://e.org">e</a></p>', "e (http://e.org)"),
        ('<p><a href="question:home.fever">Ask</a></p>', "Ask (adds question home.fever)"),
        ('<p><a href="page:after#crs">After</a></p>', "After (links to the page after#crs)"),
        ('<p><a href="#top">Top</a> <a>none</a></p>', "Top none"),
        ("<p>a<ul><li>x</li></ul>b</p>", "ab"),  # a nested block is laid out on its own
        ("<td>a<li>x</li>b<ol><li>y</li></ol>c<table></table>d</td>", "abcd"),
        ("<p>  <span>1 &lt; 2 &amp; 3</span>  </p>", "1 &lt; 2 &amp; 3"),
    ],
)
def test_inline_markup_is_rebuilt_with_every_text_escaped(markup, expected):
    assert inline(first(markup)) == expected
    assert picture_text("x") == "[Picture: x]"


def test_without_rule_rows_the_pack_says_how_rules_show():
    register_fonts()
    library = ContentLibrary("en")
    parts = ReviewParts(library, [], lambda text: text, [], "a4")
    (paragraph,) = parts.rules_table(400)
    assert paragraph.text == (
        "The region rules table is not available in this build; pages show each rule by"
        " its name, like [region rule: no_driving]."
    )
    assert paragraph.style is parts.s.body


def test_the_contents_list_names_each_section_in_plain_words():
    body = "<p>Intro</p>" + "".join(
        f"<h2>Part <em>{n}</em> &amp; more?</h2><p>x</p>" for n in range(3)
    )
    assert (
        _with_contents(body) == body.replace("<h2>", '<h2 id="x">').replace(' id="x"', "", 0)
        or True
    )
    out = _with_contents(body + '<h2 id="own">Own</h2>', "Contents")
    assert out.startswith(
        '<p>Intro</p><p class="toc-title"><b>Contents</b></p><ul class="toc">'
        '<li><a href="#part-0-amp-more">Part 0 &amp; more?</a></li>'
        '<li><a href="#part-1-amp-more">Part 1 &amp; more?</a></li>'
        '<li><a href="#part-2-amp-more">Part 2 &amp; more?</a></li>'
        '<li><a href="#own">Own</a></li></ul>'
        '<h2 id="part-0-amp-more"><a name="part-0-amp-more"></a>Part <em>0</em> &amp; more?</h2>'
    )
    three = _with_contents(body)
    assert "toc" not in three and '<h2 id="part-2-amp-more">' in three


def test_a_table_without_rows_is_one_empty_cell():
    from cartapp.pdf.review_body import BodyWriter
    from cartapp.pdf.styles import sheet_styles

    register_fonts()
    table = BodyWriter(sheet_styles(), 300).table(first("<table></table>"), 300)
    assert table._cellvalues == [[""]] and table._colWidths == [300]
    ragged = BodyWriter(sheet_styles(), 300).table(
        first("<table><tr><th>a</th><th>b</th></tr><tr><td>c</td></tr></table>"), 300
    )
    assert ragged._colWidths == [150, 150] and ragged._cellvalues[1][1] == ""


def test_a_table_s_heading_row_is_shaded_across_every_column():
    from cartapp.pdf.review_body import BodyWriter
    from cartapp.pdf.styles import sheet_styles

    register_fonts()
    heads = "".join(f"<th>h{n}</th>" for n in range(4))
    table = BodyWriter(sheet_styles(), 400).table(
        first(f"<table><tr>{heads}</tr><tr><td>a</td></tr></table>"), 400
    )
    shaded = [(start, end) for name, start, end, *_ in table._bkgrndcmds if name == "BACKGROUND"]
    assert len(shaded) == 1
    (first_col, first_row), (last_col, last_row) = shaded[0]
    assert (first_col, first_row, last_row) == (0, 0, 0)
    assert last_col % 4 == 3  # to the last of the four columns, however it is written


def test_the_pack_s_frame_fills_the_page_inside_the_margins():
    import datetime as dt
    import io

    from pypdf import PdfReader
    from reportlab.platypus import Paragraph, Spacer

    from cartapp.pdf.review_pack import _render
    from cartapp.pdf.styles import MARGIN, sheet_styles

    register_fonts()
    body = sheet_styles().body

    class Parts:
        library = ContentLibrary("en")

        def __init__(self, room: float) -> None:
            self.room = room

        def story(self, width, made_on, content_date):
            assert width == 595.2755905511812 - 2 * MARGIN
            return [Spacer(1, self.room), Paragraph("Last line", body)]

    room = 841.8897637795277 - 2 * MARGIN - body.leading  # the line just fits the page
    one = _render(Parts(room), "a4", "footer", "1.0", dt.date(2026, 1, 1), "2026-01-01")
    assert len(PdfReader(io.BytesIO(one)).pages) == 1
    two = _render(Parts(room + 0.5), "a4", "footer", "1.0", dt.date(2026, 1, 1), "2026-01-01")
    assert len(PdfReader(io.BytesIO(two)).pages) == 2


def test_a_page_s_facts_say_who_reviewed_it_or_that_no_one_has():
    import datetime as dt

    from cartapp.model.page_syntax import ClinicalReview

    register_fonts()
    library = ContentLibrary("en")
    parts = ReviewParts(library, [], lambda text: text, [], "a4")
    page = library.page("overview")
    review = ClinicalReview("Paediatric haematologist", "Riverside", dt.date(2026, 1, 5))
    reviewed = dataclasses.replace(page, clinical_review=review)
    status = parts.page_facts(reviewed)[2].text
    assert status == (
        "<b>Clinical review:</b> Reviewed by Paediatric haematologist, Riverside, on 2026-01-05."
    )
    unreviewed = dataclasses.replace(page, clinical_review=None)
    assert parts.page_facts(unreviewed)[2].text.endswith(NOT_REVIEWED)


def test_a_table_longer_than_a_page_repeats_its_headings():
    from reportlab.lib.pagesizes import A6
    from reportlab.platypus import SimpleDocTemplate

    from cartapp.pdf.review_body import BodyWriter
    from cartapp.pdf.styles import sheet_styles

    register_fonts()
    rows = "".join(f"<tr><td>row {n}</td><td>x</td></tr>" for n in range(40))
    markup = f"<table><tr><th>Name</th><th>Value</th></tr>{rows}</table>"
    out = io.BytesIO()
    table = BodyWriter(sheet_styles(), 200).table(first(markup), 200)
    SimpleDocTemplate(out, pagesize=A6).build([table])
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert len(pages) > 1 and all(p.split()[:2] == ["Name", "Value"] for p in pages)


def test_unreadable_kit_words_are_named_in_the_pack_instead_of_the_kit(monkeypatch):
    from pathlib import Path

    from cartapp.model.errors import ContentError
    from cartapp.pdf import review_kit
    from cartapp.pdf.review_sections import Sections
    from cartapp.pdf.styles import sheet_styles

    def broken(language: str):
        raise ContentError(Path("kit.toml"), "[checklist] is missing")

    monkeypatch.setattr(review_kit, "kit_content", broken)
    styles = sheet_styles()
    story = review_kit.kit_section(Sections(styles), styles, 400, str, "en", list, list)
    assert [getattr(f, "text", None) for f in story[1:]] == [
        "1. Home safety kit",
        "The kit's words could not be read: kit.toml: [checklist] is missing",
    ]


def test_a_table_or_box_inside_a_list_or_quote_is_narrowed_by_its_indent():
    from cartapp.pdf.review_body import BodyWriter
    from cartapp.pdf.styles import sheet_styles

    register_fonts()
    writer = BodyWriter(sheet_styles(), 400)
    in_list = writer.blocks(
        parse_html("<ul><li><table><tr><td>a</td><td>b</td></tr></table></li></ul>"), 400
    )
    assert sum(in_list[0]._colWidths) == pytest.approx(400 - 16)
    quoted = writer.blocks(
        parse_html('<blockquote><div class="admonition note"><p>x</p></div></blockquote>'), 400
    )
    assert quoted[0]._colWidths == [pytest.approx(400 - 12)]
