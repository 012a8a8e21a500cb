"""How printed pages look: palette, paper, margins, text styles, ruled lines, footer.

Print-safe version of the app's look: dark text on white, headings in the
primary colour, no large colour areas, answer lines in light grey. Large print
scales every size together so the page keeps its proportions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from cartapp.pdf.fonts import BOLD, ITALIC, REGULAR

PRIMARY = HexColor("#0B5C73")
TEXT = HexColor("#1F2933")
SECONDARY = HexColor("#52606D")
RULE = HexColor("#C9CED6")
BORDER = HexColor("#9AA5B1")

MARGIN = 2 * cm
PAPER_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}

# CLDR's list of territories whose default paper is US Letter.
_LETTER_REGIONS = frozenset(
    {"US", "CA", "MX", "PH", "PR", "CL", "CO", "CR", "GT", "NI", "PA", "SV", "VE", "BZ"}
)


def default_paper_for_locale(locale_name: str) -> str:
    """ "letter" for locales like ``en_US.UTF-8`` or ``es-MX``, otherwise "a4"."""
    name = (locale_name or "").split(".")[0].split("@")[0].replace("-", "_")
    parts = name.split("_")
    region = parts[-1].upper() if len(parts) > 1 else ""
    return "letter" if region in _LETTER_REGIONS else "a4"


def system_paper(environ: Mapping[str, str] | None = None) -> str:
    """The paper the computer's settings suggest, for the window and every command alike:
    LC_ALL, then LC_PAPER, then LANG (as POSIX ranks them), then the process's locale."""
    import locale
    import os

    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(variable)
        if value:
            return default_paper_for_locale(value)
    name, _encoding = locale.getlocale()
    return default_paper_for_locale(name or "")


@dataclass(frozen=True)
class SheetStyles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    question: ParagraphStyle
    note: ParagraphStyle
    detail_label: ParagraphStyle
    small: ParagraphStyle
    table_head: ParagraphStyle
    how_to: ParagraphStyle
    footer_size: float
    answer_gap: float  # distance between ruled answer lines
    space: float  # the basic vertical rhythm, scaled with the text


def sheet_styles(large_print: bool = False) -> SheetStyles:
    body_size = 16.0 if large_print else 11.5
    scale = body_size / 11.5
    leading = body_size * 1.4

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = dict(
            fontName=REGULAR,
            fontSize=body_size,
            leading=leading,
            textColor=TEXT,
            alignment=TA_LEFT,
            splitLongWords=1,
            allowWidows=0,
            allowOrphans=0,
        )
        base.update(kw)
        return ParagraphStyle(name, **base)

    def sized(points: float, **kw: object) -> dict[str, object]:
        return dict(fontSize=points * scale, leading=points * scale * 1.3, **kw)

    indent = 1.6 * body_size
    return SheetStyles(
        title=style("title", fontName=BOLD, textColor=PRIMARY, spaceAfter=6 * scale, **sized(20)),
        heading=style(
            "heading",
            fontName=BOLD,
            textColor=PRIMARY,
            spaceBefore=14 * scale,
            spaceAfter=4 * scale,
            keepWithNext=1,
            **sized(14),
        ),
        body=style("body", spaceAfter=4 * scale),
        question=style(
            "question",
            leftIndent=indent,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=body_size,
            spaceBefore=6 * scale,
        ),
        note=style(
            "note",
            fontName=ITALIC,
            leftIndent=indent,
            textColor=TEXT,
            fontSize=body_size - 1,
            leading=(body_size - 1) * 1.4,
            spaceBefore=2,
        ),
        detail_label=style("detail_label", fontName=BOLD),
        small=style("small", textColor=SECONDARY, **sized(9.5)),
        table_head=style("table_head", fontName=BOLD, **sized(10)),
        how_to=style("how_to", fontName=BOLD, spaceAfter=0),
        footer_size=8.5 * scale,
        answer_gap=20 * scale,
        space=6 * scale,
    )


def table_text(styles: SheetStyles) -> ParagraphStyle:
    """Cell text of the compact plan table: a step smaller than the body."""
    return ParagraphStyle("table_text", parent=styles.table_head, fontName=REGULAR)


class RuledLines(Flowable):
    """Ruled lines to write on: ``count`` of them, or as many as fit the frame."""

    def __init__(
        self, width: float, gap: float, count: int | None = None, indent: float = 0
    ) -> None:
        super().__init__()
        self.line_width, self.gap, self.count, self.indent = width, gap, count, indent

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        count = self.count
        if count is None:  # a whole-page notes area: fill what is left, keep a margin
            count = max(1, int((avail_height - self.gap) // self.gap))
        self._drawn = count
        return self.line_width + self.indent, count * self.gap

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        for i in range(self._drawn):
            y = (self._drawn - 1 - i) * self.gap
            canvas.line(self.indent, y, self.indent + self.line_width, y)
        canvas.restoreState()


class NumberedCanvas(Canvas):
    """Holds every page back until the end, so each footer can say "of Y"."""

    def __init__(
        self,
        *args: Any,
        footer: str,
        footer_size: float,
        header: str = "",
        page_words: str = "Page {page} of {pages}",
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._footer, self._footer_size, self._header = footer, footer_size, header
        self._page_words = page_words
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        width = self._pagesize[0]
        y = MARGIN / 2 - self._footer_size / 2
        self.saveState()
        self.setFont(REGULAR, self._footer_size)
        self.setFillColor(SECONDARY)
        self.drawString(MARGIN, y, self._footer)
        self.drawRightString(width - MARGIN, y, self._page_words.format(page=number, pages=total))
        self.restoreState()
        if self._header:
            self._draw_header()

    def _draw_header(self) -> None:
        # Whose sheet it is, on every page: pages get separated in a clinic.
        from cartapp.pdf.typed_text import TypedParagraph

        width, height = self._pagesize
        style = ParagraphStyle(
            "header",
            fontName=REGULAR,
            fontSize=self._footer_size,
            leading=self._footer_size * 1.3,
            textColor=SECONDARY,
        )
        line = TypedParagraph(self._header, style, align_start=True)
        line.wrap(width - 2 * MARGIN, height)
        line.keep_lines(1)
        line.drawOn(self, MARGIN, height - MARGIN / 2 - self._footer_size / 2)
