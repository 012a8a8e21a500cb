"""The temperature and symptom log: one row a day for the first 30 days.

It records and never judges: no colours for "high", no scores, no advice beyond
pointing to the When to call sheet. Rows are dated from the infusion date when
the family gave it; otherwise the date column is left to write in. Printed
landscape so each row has room for handwriting.
"""

from __future__ import annotations

import datetime

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from cartapp.model.kit_content import Words
from cartapp.pdf.dates import short_date
from cartapp.pdf.fonts import BOLD, REGULAR
from cartapp.pdf.kit.common import Context
from cartapp.pdf.styles import BORDER, TEXT
from cartapp.pdf.typed_text import TypedParagraph

SHADE = HexColor("#EEF1F4")  # light enough to write over in pencil


class TickBox(Flowable):
    def __init__(self, side: float) -> None:
        super().__init__()
        self.side = side

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._x = max(0.0, (avail_width - self.side) / 2)
        return avail_width, self.side

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(TEXT)
        self.canv.setLineWidth(0.8)
        self.canv.rect(self._x, 0, self.side, self.side)
        self.canv.restoreState()


class Upright(Flowable):
    """A column heading turned to read upwards, so narrow tick columns can be named."""

    def __init__(self, text: str, style: ParagraphStyle, length: float) -> None:
        super().__init__()
        self.text = TypedParagraph(text, style, align_start=True)
        self.length = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _w, self._thick = self.text.wrap(self.length, 1000)
        self._avail = avail_width
        return avail_width, self.length

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.translate(max(0.0, (self._avail + self._thick) / 2), 0)
        canvas.rotate(90)
        self.text.drawOn(canvas, 0, 0)
        canvas.restoreState()


def rows_for(ctx: Context) -> list[tuple[str, str]]:
    """(date, day) for each row: Day 0 to Day 29 from the infusion date."""
    start = ctx.facts.family.infusion_date
    day_word = ctx.content.words("log").text("day")
    out = []
    for n in range(ctx.content.log_days):
        date = short_date(start + datetime.timedelta(days=n), ctx.language) if start else ""
        out.append((date, f"{day_word}\u00a0{n}"))
    return out


def log(ctx: Context, large_print: bool) -> list[Flowable]:
    section = "log"
    styles = ctx.styles
    words = ctx.content.words(section)
    story: list[Flowable] = [ctx.para(ctx.text(section, "heading"), styles.title)]
    facts = ctx.facts
    details = [
        (ctx.content.words("er_letter").text("label_name"), facts.family.name),
        (ctx.content.words("er_letter").text("label_infusion"), ctx.values["infusion_date"]),
        (ctx.content.words("er_letter").text("label_phone"), facts.urgent_phone),
    ]
    story.append(ctx.labelled(details[0][0], details[0][1]))
    line = TypedParagraph(
        [
            (f"{details[1][0]}: ", BOLD),
            (details[1][1] or "_" * 18, REGULAR),
            ("     ", REGULAR),
            (f"{details[2][0]}: ", BOLD),
            (details[2][1] or "_" * 18, REGULAR),
        ],
        styles.body,
        align_start=True,
    )
    story += [
        line,
        ctx.para(ctx.text(section, "intro"), styles.body),
        ctx.para(ctx.text(section, "units"), styles.strong),
        Spacer(1, styles.space),
    ]
    story.append(_table(ctx, large_print, words))
    story.append(ctx.para(ctx.made_by(), styles.small))
    return story


def _table(ctx: Context, large_print: bool, words: Words) -> Table:
    width = ctx.width
    cell = ParagraphStyle(
        "log_cell",
        fontName=REGULAR,
        fontSize=11 if large_print else 9,
        leading=13 if large_print else 10.5,
        textColor=TEXT,
    )
    head = ParagraphStyle("log_head", parent=cell, fontName=BOLD)
    checks = ctx.content.checks(ctx.facts.checks_per_day)
    signs = [ctx.fill(s) for s in words.items("signs")]
    date_w, day_w = (30 if large_print else 25) * mm, (17 if large_print else 14) * mm
    tick_w = (12 if large_print else 10) * mm
    check_w = min(
        (26 if large_print else 24) * mm,
        (width - date_w - day_w - len(signs) * tick_w - 30 * mm) / len(checks),
    )
    notes_w = width - date_w - day_w - len(checks) * check_w - len(signs) * tick_w
    row_h = (11 if large_print else 8.5) * mm
    head_h = (40 if large_print else 34) * mm
    header: list[object] = [
        TypedParagraph(words.text("date"), head, align_start=True),
        TypedParagraph(words.text("day"), head, align_start=True),
    ]
    header += [TypedParagraph(name, head, align_start=True) for name in checks]
    header += [Upright(sign, cell, head_h - 4) for sign in signs]
    header.append(TypedParagraph(words.text("notes"), head, align_start=True))
    data: list[list[object]] = [header]
    for date, day in rows_for(ctx):
        row: list[object] = [
            TypedParagraph(date, cell, align_start=True) if date else "",
            TypedParagraph(day, head, align_start=True),
        ]
        row += [""] * len(checks)
        row += [TickBox(row_h * 0.45) for _ in signs]
        row.append("")
        data.append(row)
    widths = [date_w, day_w] + [check_w] * len(checks) + [tick_w] * len(signs) + [notes_w]
    table = Table(
        data,
        colWidths=widths,
        rowHeights=[head_h] + [row_h] * (len(data) - 1),
        repeatRows=1,
        hAlign="LEFT",
    )
    first_sign = 2 + len(checks)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, cell.fontSize),
                ("GRID", (0, 0), (-1, -1), 0.6, BORDER),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, TEXT),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("LINEBEFORE", (2, 0), (2, -1), 1.2, TEXT),
                ("LINEBEFORE", (first_sign, 0), (first_sign, -1), 1.2, TEXT),
                ("LINEBEFORE", (-1, 0), (-1, -1), 1.2, TEXT),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                # Every other week shaded lightly, so the eye keeps its row across the page.
                *[
                    ("BACKGROUND", (0, r), (-1, r), SHADE)
                    for r in range(1, len(data))
                    if ((r - 1) // 7) % 2 == 1
                ],
            ]
        )
    )
    return table
