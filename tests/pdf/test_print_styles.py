"""The printed sheet's text styles, as reviewed, in normal and large print; ruled lines.

Large print scales every size by 16 / 11.5, so the page keeps its proportions. After a
deliberate change, look at a sheet in both sizes (test_printed_layouts.py says how)
and write the new table here.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from cartapp.pdf.styles import RULE, RuledLines, sheet_styles, table_text

NORMAL = [
    "title NotoSans-Bold 20/26 b0 a6 i0 0:Helvetica:10 0b5c73 k01000",
    "heading NotoSans-Bold 14/18.2 b14 a4 i0 0:Helvetica:10 0b5c73 k11000",
    "body NotoSans 11.5/16.1 b0 a4 i0 0:Helvetica:10 1f2933 k01000",
    "question NotoSans 11.5/16.1 b6 a0 i18.4 0:NotoSans-Bold:11.5 1f2933 k01000",
    "note NotoSans-Italic 10.5/14.7 b2 a0 i18.4 0:Helvetica:10 1f2933 k01000",
    "detail_label NotoSans-Bold 11.5/16.1 b0 a0 i0 0:Helvetica:10 1f2933 k01000",
    "small NotoSans 9.5/12.35 b0 a0 i0 0:Helvetica:10 52606d k01000",
    "table_head NotoSans-Bold 10/13 b0 a0 i0 0:Helvetica:10 1f2933 k01000",
    "how_to NotoSans-Bold 11.5/16.1 b0 a0 i0 0:Helvetica:10 1f2933 k01000",
    "footer_size 8.5",
    "answer_gap 20",
    "space 6",
    "table_text NotoSans 10/13 b0 a0 i0 0:Helvetica:10 1f2933 k01000",
]
LARGE = [
    "title NotoSans-Bold 27.83/36.17 b0 a8.348 i0 0:Helvetica:10 0b5c73 k01000",
    "heading NotoSans-Bold 19.48/25.32 b19.48 a5.565 i0 0:Helvetica:10 0b5c73 k11000",
    "body NotoSans 16/22.4 b0 a5.565 i0 0:Helvetica:10 1f2933 k01000",
    "question NotoSans 16/22.4 b8.348 a0 i25.6 0:NotoSans-Bold:16 1f2933 k01000",
    "note NotoSans-Italic 15/21 b2 a0 i25.6 0:Helvetica:10 1f2933 k01000",
    "detail_label NotoSans-Bold 16/22.4 b0 a0 i0 0:Helvetica:10 1f2933 k01000",
    "small NotoSans 13.22/17.18 b0 a0 i0 0:Helvetica:10 52606d k01000",
    "table_head NotoSans-Bold 13.91/18.09 b0 a0 i0 0:Helvetica:10 1f2933 k01000",
    "how_to NotoSans-Bold 16/22.4 b0 a0 i0 0:Helvetica:10 1f2933 k01000",
    "footer_size 11.8261",
    "answer_gap 27.8261",
    "space 8.34783",
    "table_text NotoSans 13.91/18.09 b0 a0 i0 0:Helvetica:10 1f2933 k01000",
]


def described(large: bool) -> list[str]:
    def row(v: ParagraphStyle) -> str:
        def g(attribute: str, default: object = 0) -> object:
            return getattr(v, attribute, default)

        return (  # size/leading, space before and after, indent, bullet, colour, flags
            f"{v.name} {v.fontName} {g('fontSize'):.4g}/{g('leading'):.4g}"
            f" b{g('spaceBefore'):.4g} a{g('spaceAfter'):.4g} i{g('leftIndent'):g}"
            f" {g('bulletIndent'):g}:{g('bulletFontName')}:{g('bulletFontSize'):g}"
            f" {v.textColor.hexval()[2:]} k{g('keepWithNext')}{g('splitLongWords')}"
            f"{g('allowWidows')}{g('allowOrphans')}{g('alignment')}"
        )

    styles = sheet_styles(large)
    lines = [
        row(v) if isinstance(v, ParagraphStyle) else f"{k} {v:g}" for k, v in vars(styles).items()
    ]
    return [*lines, row(table_text(styles))]


@pytest.mark.parametrize(("large", "expected"), [(False, NORMAL), (True, LARGE)])
def test_the_styles_as_reviewed(large, expected):
    assert described(large) == expected


def test_ruled_lines_fill_the_room_left_or_draw_their_count():
    lines = RuledLines(100, 20, indent=5)
    assert lines.wrap(300, 50) == (105, 20)  # room for one line and the margin
    assert lines.wrap(300, 10) == (105, 20)  # at least one line
    assert lines.wrap(300, 100) == (105, 80)
    assert RuledLines(100, 20, count=3).wrap(300, 10) == (100, 60)
    canvas = Canvas(io.BytesIO())
    lines.wrap(300, 80)
    lines.drawOn(canvas, 0, 0)
    assert RULE.hexval() == "0xc9ced6"
    assert canvas._code == [
        "q",
        "1 0 0 1 0 0 cm",
        "q",
        ".788235 .807843 .839216 RG",
        ".6 w",
        "n 5 40 m 105 40 l S",
        "n 5 20 m 105 20 l S",
        "n 5 0 m 105 0 l S",
        "Q",
        "Q",
    ]


def test_a_locale_with_a_script_still_names_its_region():
    from cartapp.pdf.styles import default_paper_for_locale

    assert default_paper_for_locale("en_Latn_US") == "letter"
    assert default_paper_for_locale("sr_Latn_RS.UTF-8@latin") == "a4"


def test_the_end_mark_remembers_where_the_content_ended():
    from cartapp.pdf.sheet_fit import EndMark

    canvas = Canvas(io.BytesIO())
    canvas.showPage()  # now on page 2
    mark = EndMark()
    assert mark.wrap(100, 100) == (0, 0)
    mark.drawOn(canvas, 10, 123.5)
    assert (mark.page, mark.y) == (2, 123.5)


def test_the_running_header_has_the_width_between_the_margins():
    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cartapp.pdf.fonts import REGULAR, register_fonts
    from cartapp.pdf.styles import MARGIN, NumberedCanvas

    register_fonts()
    room = A4[0] - 2 * MARGIN
    name = "Question sheet for " + "M" * 200
    while stringWidth(name, REGULAR, 8) > room - 2:  # just fits between the margins
        name = name[:-1]
    out = io.BytesIO()
    canvas = NumberedCanvas(out, footer="f", footer_size=8, header=name, pagesize=A4)
    canvas.showPage()
    canvas.save()
    text = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert name in text.replace("\n", " ")
