"""A paragraph of what the family typed, in any script, as a ReportLab flowable.

ReportLab's Paragraph draws each word in one font and, without its optional
bidi package, in left-to-right order only: Arabic came out unjoined and
backwards, Chinese as empty boxes. This flowable splits the text into runs by
font and direction, shapes each run, wraps in reading order (between words,
and between Chinese or Japanese characters), then draws each line's runs in
visual order. The PDF holds the glyphs in reading order, so copying or
searching it gives the typed text back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from cartapp.pdf.bidi import base_level, levels, visual_order
from cartapp.pdf.fonts import BOLD, font_for, is_invisible
from cartapp.pdf.shaping import Glyph, shape

# Characters a line may not start with, or end with (Chinese and Japanese rules).
_NO_START = set(
    "、。，．・：；？！）」』】〉》〕］｝ー々ゃゅょっァィゥェォッャュョぁぃぅぇぉ,.!?:;)]}%"
)
_NO_END = set("（「『【〈《〔［｛([{")


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


@dataclass
class _Line:
    pieces: list[tuple[str, Glyph, float]]  # font, glyph, x from the line's start
    width: float


class TypedParagraph(Flowable):
    """``spans`` are (text, preferred font) pairs: a fixed label, then the typed words."""

    def __init__(
        self,
        spans: list[tuple[str, str]] | str,
        style: ParagraphStyle,
        *,
        bullet: str = "",
        bullet_font: str = BOLD,
        align_start: bool = False,
    ) -> None:
        super().__init__()
        if isinstance(spans, str):
            spans = [(spans, style.fontName)]
        self.spans = [(text.replace("\t", " "), font) for text, font in spans]
        self.style = style
        self.bullet, self.bullet_font = bullet, bullet_font
        # A right-to-left paragraph lines up on the right, unless it is a short
        # field in a column of left-aligned ones (a name beside its label).
        self.align_start = align_start
        self._lines: list[_Line] | None = None
        self._width = -1.0
        self._rtl = bool(base_level("".join(text for text, _ in self.spans)) % 2)

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._lines is None or avail_width != self._width:
            self._width = avail_width
            self._lines = self._layout(self._text_width(avail_width))
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        assert self._lines is not None
        fits = int(avail_height // self.style.leading)
        if fits <= 0 or fits >= len(self._lines):
            return [] if fits <= 0 else [self]
        first, rest = self._copy(self._lines[:fits]), self._copy(self._lines[fits:])
        rest.bullet = ""
        first.style = _without(self.style, "spaceAfter")
        rest.style = _without(self.style, "spaceBefore")
        return [first, rest]

    def keep_lines(self, count: int) -> None:
        """Only the first ``count`` lines (a running header has room for one)."""
        assert self._lines is not None
        self._lines = self._lines[:count]
        self.height = len(self._lines) * self.style.leading

    def _copy(self, lines: list[_Line]) -> TypedParagraph:
        other = TypedParagraph(
            self.spans,
            self.style,
            bullet=self.bullet,
            bullet_font=self.bullet_font,
            align_start=self.align_start,
        )
        other._lines, other._width = lines, self._width
        return other

    def _text_width(self, avail_width: float) -> float:
        return max(1.0, avail_width - self.style.leftIndent - self.style.rightIndent)

    # -- layout ---------------------------------------------------------------

    def _layout(self, width: float) -> list[_Line]:
        size = self.style.fontSize
        chars: list[str] = []
        fonts: list[str] = []
        previous: str | None = None
        for text, preferred in self.spans:
            # A span's font is chosen, not inherited: "24-hour" in a bold label after a
            # regular value starts bold, digits and hyphen included.
            previous = None
            for char in text:
                font = (
                    (previous or preferred)
                    if is_invisible(char)
                    else (font_for(char, preferred, previous) or preferred)
                )
                chars.append(char)
                fonts.append(font)
                previous = font
        text = "".join(chars)
        base = 1 if self._rtl else 0
        lines: list[_Line] = []
        start = 0
        for part in text.split("\n"):
            end = start + len(part)
            lines += self._wrap_part(text, fonts, start, end, base, size, width)
            start = end + 1
        return lines or [_Line([], 0.0)]

    def _wrap_part(
        self,
        text: str,
        fonts: list[str],
        start: int,
        end: int,
        base: int,
        size: float,
        width: float,
    ) -> list[_Line]:
        if start == end:
            return [_Line([], 0.0)]
        part_levels = [0] * start + levels(text[start:end], base)
        advance = [0.0] * end
        cluster_start = [True] * end
        for run_start, run_end in _runs(fonts, part_levels, start, end):
            seen: set[int] = set()
            for glyph in shape(
                text[run_start:run_end],
                fonts[run_start],
                size,
                bool(part_levels[run_start] % 2),
                run_start,
            ):
                advance[glyph.order] += glyph.advance
                seen.add(glyph.order)
            for i in range(run_start, run_end):
                cluster_start[i] = i in seen or text[i] == " "
        lines = []
        pos = start
        while pos < end:
            used, last_break, stop = 0.0, None, end
            for i in range(pos, end):
                if i > pos and self._can_break(text, i, cluster_start):
                    last_break = i
                used += advance[i]
                if text[i] != " " and used > width and i > pos:
                    stop = last_break if last_break else _cluster_back(i, pos, cluster_start)
                    break
            line_end = stop
            while line_end > pos and text[line_end - 1] == " ":
                line_end -= 1
            lines.append(self._line(text, fonts, part_levels, pos, line_end, size))
            pos = stop
            while pos < end and text[pos] == " " and stop != end:
                pos += 1
        return lines

    @staticmethod
    def _can_break(text: str, i: int, cluster_start: list[bool]) -> bool:
        before, here = text[i - 1], text[i]
        if here == " " or not cluster_start[i]:
            return False
        if before == " ":
            return True
        return (
            (_is_cjk(before) or _is_cjk(here)) and here not in _NO_START and before not in _NO_END
        )

    def _line(
        self, text: str, fonts: list[str], part_levels: list[int], start: int, end: int, size: float
    ) -> _Line:
        runs = list(_runs(fonts, part_levels, start, end))
        pieces: list[tuple[str, Glyph, float]] = []
        x = 0.0
        for index in visual_order([part_levels[a] for a, _ in runs]):
            run_start, run_end = runs[index]
            rtl = bool(part_levels[run_start] % 2)
            placed = []
            for glyph in shape(text[run_start:run_end], fonts[run_start], size, rtl, run_start):
                placed.append((fonts[run_start], glyph, x))
                x += glyph.advance
            # The file holds left-to-right text in reading order and right-to-left
            # text as drawn, which is how PDF readers expect to find each.
            pieces += placed if rtl else sorted(placed, key=lambda p: p[1].order)
        return _Line(pieces, x)

    # -- drawing --------------------------------------------------------------

    def draw(self) -> None:
        assert self._lines is not None
        canvas, style = self.canv, self.style
        size, leading = style.fontSize, style.leading
        avail = self._text_width(self.width)
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        if self.bullet:  # first in the file too, so "3." reads before its question
            canvas.setFont(self.bullet_font, style.bulletFontSize or size)
            canvas.drawString(style.bulletIndent, self.height - size * 1.05, self.bullet)
        # A text object starts in the canvas's font; never let that be Helvetica.
        canvas.setFont(style.fontName, size)
        text = canvas.beginText()
        for number, line in enumerate(self._lines):
            baseline = self.height - number * leading - size * 1.05
            left = style.leftIndent + (
                avail - line.width if self._rtl and not self.align_start else 0
            )
            current, run, run_end = None, "", None
            for font, glyph, x in line.pieces:
                at = left + x + glyph.dx
                # Plain glyphs that follow on from the last share one string.
                if (
                    glyph.natural
                    and font == current
                    and run_end is not None
                    and abs(at - run_end) < 0.01
                ):
                    run += glyph.char
                    run_end += glyph.advance
                    continue
                if run:
                    text.textOut(run)
                if font != current:
                    text.setFont(font, size)
                    current = font
                text.setTextOrigin(at, baseline + glyph.dy)
                run = glyph.char
                run_end = at + glyph.advance if glyph.natural else None
            if run:
                text.textOut(run)
        canvas.drawText(text)
        canvas.restoreState()


def _runs(fonts: list[str], run_levels: list[int], start: int, end: int) -> Any:
    run_start = start
    for i in range(start + 1, end + 1):
        if i == end or fonts[i] != fonts[run_start] or run_levels[i] != run_levels[run_start]:
            yield run_start, i
            run_start = i


def _cluster_back(i: int, pos: int, cluster_start: list[bool]) -> int:
    """Where a line that overflows at ``i`` ends: at the start of the cluster holding
    ``i``, or, when that is the line's first cluster, after it (a line wider than its
    room beats a conjunct cut in two, which would be drawn as two broken glyphs)."""
    back = i
    while back > pos and not cluster_start[back]:
        back -= 1
    if back > pos:
        return back
    while i < len(cluster_start) and not cluster_start[i]:
        i += 1
    return i


def _without(style: ParagraphStyle, attribute: str) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_split", parent=style, **{attribute: 0})
