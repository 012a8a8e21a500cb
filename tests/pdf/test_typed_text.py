"""What the family typed, wrapped and drawn: where lines break, how a paragraph splits
across pages, and the operators one short paragraph draws (any script, any width)."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cartapp.pdf.fonts import BOLD, REGULAR, register_fonts
from cartapp.pdf.typed_text import TypedParagraph, _cluster_back, _is_cjk, _runs

register_fonts()
# At 1000 points a glyph's advance is its width in the font's units: whole numbers, so
# a line that exactly fits is not lost to rounding.
BIG = ParagraphStyle("big", fontName=REGULAR, fontSize=1000, leading=1200)
SMALL = ParagraphStyle(
    "small",
    fontName=REGULAR,
    fontSize=10,
    leading=12,
    leftIndent=5,
    rightIndent=3,
    bulletIndent=1,
    textColor="#123456",
    spaceBefore=4,
    spaceAfter=6,
)


def width(text: str, font: str = REGULAR) -> float:
    return stringWidth(text, font, 1000)


def lines(text, avail: float, style=BIG, **options) -> list[str]:
    """Each line's characters in reading order."""
    paragraph = TypedParagraph(text, style, **options)
    paragraph.wrap(avail, 1e9)
    assert paragraph._lines is not None
    return [
        "".join(g.char for _, g, _ in sorted(line.pieces, key=lambda p: p[1].order))
        for line in paragraph._lines
    ]


@pytest.mark.parametrize(
    ("text", "avail", "expected"),
    [
        ("aaa bbb ccc", width("aaa bbb"), ["aaa bbb", "ccc"]),  # exactly fits
        ("aaa bbb ccc", width("aaa bbb") - 1, ["aaa", "bbb ccc"]),
        ("abcdefghij", width("abcd"), ["abcd", "efgh", "ij"]),  # no space: cut the word
        ("aa   bb", width("aa "), ["aa", "bb"]),  # spaces never start or end a line
        ("aa bb  ", width("aa bb"), ["aa bb"]),
        ("a\n\nb", 1e6, ["a", "", "b"]),
        ("", 1e6, [""]),
        ("  ", 1e6, [""]),  # spaces alone: an empty line
        ("a\tb", 1e6, ["a b"]),
        ("a", 0.5, ["a"]),  # at least one character a line
        ("中文中文", 2000, ["中文", "中文"]),  # between any two Chinese characters
        ("中文。中文", 2000, ["中", "文。", "中文"]),  # "。" never starts a line
        ("中（文中文", 2000, ["中", "（文", "中文"]),  # "（" never ends one
        ("ab中文", 2000, ["ab", "中文"]),
        ("中文中文ab", 2000, ["中文", "中文", "ab"]),  # a later run keeps the breaks before it
        ("ab,cd ef", width("ab,cd e"), ["ab,cd", "ef"]),
    ],
)
def test_where_lines_break(text, avail, expected):
    assert lines(text, avail) == expected


def test_a_conjunct_is_never_cut():
    def starts(avail: float) -> list[list[int]]:
        paragraph = TypedParagraph("क्षत्रिय", BIG)
        paragraph.wrap(avail, 1e9)
        assert paragraph._lines is not None
        return [sorted({g.order for _, g, _ in line.pieces}) for line in paragraph._lines]

    (clusters,) = starts(1e6)
    assert clusters[0] == 0 and len(clusters) < len("क्षत्रिय")
    for avail in (300, 600, 900, 1500):  # narrower than one cluster, up to two
        lines_at = starts(avail)
        assert len(lines_at) > 1
        assert sorted(sum(lines_at, [])) == clusters  # every cluster once, none cut


def test_a_mark_typed_after_a_space_never_starts_a_line():
    """The space and the accent typed after it are drawn as one cluster: a line may not
    break between them, so the next line starts with the word, not a lone accent."""
    first, second = lines("aaa \u0301bbb", width("aaa "))
    assert first.startswith("aaa") and second == "bbb"


def test_a_label_span_keeps_its_own_font():
    paragraph = TypedParagraph([("Our 24-hour number: ", BOLD), ("555-0199", REGULAR)], BIG)
    paragraph.wrap(1e6, 1e9)
    assert paragraph._lines is not None
    fonts = [font for font, _glyph, _x in paragraph._lines[0].pieces]
    assert fonts == [BOLD] * 20 + [REGULAR] * 8


def test_wrap_measures_lines_within_the_indents():
    paragraph = TypedParagraph("aaa bbb ccc", SMALL)
    assert paragraph.wrap(1000, 50) == (1000, 12)
    assert paragraph._text_width(1000) == 992
    assert paragraph._text_width(4) == 1.0  # never below one point
    narrow = stringWidth("aaa bbb", REGULAR, 10) + 8
    assert paragraph.wrap(narrow, 50) == (narrow, 24)
    assert paragraph.getSpaceBefore() == 4 and paragraph.getSpaceAfter() == 6


def test_a_paragraph_splits_at_whole_lines():
    paragraph = TypedParagraph("a b c d e", SMALL, bullet="3.")
    one_word = stringWidth("a b", REGULAR, 10) + 7
    paragraph.wrap(one_word, 100)
    assert paragraph.height == 5 * 12
    assert paragraph.split(one_word, 11.9) == []
    assert paragraph.split(one_word, 60) == [paragraph]
    first, rest = paragraph.split(one_word, 24)
    assert (first.height, rest.height) == (0, 0)  # laid out again when wrapped
    assert first.wrap(one_word, 100)[1] == 24 and rest.wrap(one_word, 100)[1] == 36
    assert first.bullet == "3." and rest.bullet == ""
    assert first.style.spaceAfter == 0 and first.style.spaceBefore == 4
    assert rest.style.spaceBefore == 0 and rest.style.spaceAfter == 6
    assert first.style.name == rest.style.name == "small_split"
    assert first.style.fontSize == 10
    paragraph.keep_lines(1)
    assert paragraph.height == 12
    # Room for one line: that line, then the rest; a one-line paragraph stays whole.
    first, rest = TypedParagraph("a b c d e", SMALL).split(one_word, 12)
    assert first.wrap(one_word, 100)[1] == 12 and rest.wrap(one_word, 100)[1] == 48
    alone = TypedParagraph("a", SMALL)
    assert alone.split(100, 12) == [alone]


def test_a_split_never_gives_a_part_taller_than_its_room():
    """17 lines of 14.4 points are 244.8 points; just under that, by the last bit of a
    float (as a frame's room can be), holds 16."""
    style = ParagraphStyle("tall", parent=SMALL, leading=14.4)
    paragraph = TypedParagraph(" ".join("w" * 20), style)
    paragraph.wrap(20, 1000)
    room = 244.79999999999998
    first, _ = paragraph.split(20, room)
    assert first.wrap(20, room)[1] <= room


def test_each_part_of_a_split_draws_as_its_lines_did_in_the_whole():
    """A right-to-left question lined up on the left, with its own bullet font."""
    options = {"bullet": "•", "bullet_font": REGULAR, "align_start": True}
    avail = stringWidth("שלום ab", REGULAR, 10) + 28
    first, rest = TypedParagraph("שלום ab שלום", SMALL, **options).split(avail, 12)
    alone = TypedParagraph("שלום ab שלום", SMALL, **options)
    alone.wrap(avail, 100)
    alone.keep_lines(1)
    assert _code(first, avail) == _code(alone, avail)
    last = TypedParagraph("שלום", SMALL, bullet_font=REGULAR, align_start=True)
    assert _code(rest, avail) == _code(last, avail)


def _code(paragraph: TypedParagraph, avail: float) -> list[str]:
    canvas = Canvas(io.BytesIO())
    paragraph.wrap(avail, 100)
    paragraph.drawOn(canvas, 0, 0)
    return canvas._code


def drawn(text: str, **options) -> list[str]:
    canvas = Canvas(io.BytesIO())
    paragraph = TypedParagraph(text, SMALL, **options)
    paragraph.wrap(100, 100)
    paragraph.drawOn(canvas, 0, 0)
    return canvas._code


def test_a_numbered_line_draws_its_number_first_then_one_string():
    assert drawn("ab cd", bullet="3.") == [
        "q",
        "1 0 0 1 0 0 cm",
        "q",
        ".070588 .203922 .337255 rg",
        "BT 1 0 0 1 1 1.5 Tm /F2+0 10 Tf 12 TL (3.) Tj T* ET",
        "BT 1 0 0 1 0 0 Tm 1 0 0 1 5 1.5 Tm /F3+0 10 Tf 12 TL (ab cd) Tj ET",
        "Q",
        "Q",
    ]


def test_right_to_left_lines_up_on_the_right_unless_told_otherwise():
    right = drawn("שלום ab")[4]
    assert right.startswith("BT 1 0 0 1 0 0 Tm 1 0 0 1 60.27 1.5 Tm /F2+0 10 Tf 12 TL (ab) Tj")
    assert right.endswith("1 0 0 1 89.7 1.5 Tm (\\004) Tj ET")
    start = drawn("שלום ab", align_start=True)[4]
    assert start.startswith("BT 1 0 0 1 0 0 Tm 1 0 0 1 5 1.5 Tm /F2+0 10 Tf 12 TL (ab) Tj")
    assert start.endswith("1 0 0 1 34.43 1.5 Tm (\\004) Tj ET")


def test_a_bullet_has_its_own_font_and_size():
    style = ParagraphStyle("b", parent=SMALL, bulletFontSize=7)
    canvas = Canvas(io.BytesIO())
    paragraph = TypedParagraph("x", style, bullet="•", bullet_font=REGULAR)
    paragraph.wrap(100, 100)
    paragraph.drawOn(canvas, 0, 0)
    assert "BT 1 0 0 1 1 1.5 Tm /F2+0 7 Tf 8.4 TL" in canvas._code[4]


@pytest.mark.parametrize(
    ("code", "cjk"),
    [
        (0x2E7F, False),
        (0x2E80, True),
        (0x9FFF, True),
        (0xA000, False),
        (0xF8FF, False),
        (0xF900, True),
        (0xFAFF, True),
        (0xFB00, False),
        (0xFEFF, False),
        (0xFF00, True),
        (0xFFEF, True),
        (0xFFF0, False),
        (0x1FFFF, False),
        (0x20000, True),
        (0x3FFFF, True),
        (0x40000, False),
    ],
)
def test_which_characters_are_chinese_or_japanese(code, cjk):
    assert _is_cjk(chr(code)) is cjk


def test_runs_change_with_the_font_or_the_level():
    fonts = ["a", "a", "b", "b", "b"]
    assert list(_runs(fonts, [0, 0, 0, 1, 1], 0, 5)) == [(0, 2), (2, 3), (3, 5)]
    assert list(_runs(fonts, [0] * 5, 1, 4)) == [(1, 2), (2, 4)]
    assert list(_runs(fonts, [0] * 5, 2, 3)) == [(2, 3)]


def test_a_cut_goes_back_to_the_start_of_a_cluster():
    starts = [True, True, False, False, True]
    assert _cluster_back(3, 0, starts) == 1
    assert _cluster_back(4, 0, starts) == 4
    # The line's first cluster overflows alone: the line holds all of it.
    assert _cluster_back(3, 1, starts) == 4
    assert _cluster_back(2, 1, [True, True, False]) == 3
    assert _cluster_back(3, 0, [True, False, True, False]) == 2  # two clusters of two


def test_a_soft_hyphen_is_neither_drawn_nor_given_room():
    """Pasted text may hold soft hyphens: invisible, as they are measured (no width).
    The font has a visible hyphen for them, which a PDF reader would draw and move past."""
    assert drawn("ab\u00adcd")[4] == (
        "BT 1 0 0 1 0 0 Tm 1 0 0 1 5 1.5 Tm /F2+0 10 Tf 12 TL (abcd) Tj ET"
    )
    # A zero-width space has no width in the font either: it stays, for copying.
    assert drawn("ab\u200bcd")[4].endswith("(ab\\001cd) Tj ET")
    assert lines("ab\u00adcd", 1e6) == ["abcd"]
