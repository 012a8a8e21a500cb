"""The caregiver checklist: what to pack, who is with the patient day and night,
and what to settle with the team before going home.

The rota has a row for each day the centre asks for (the clinic file), else for
the region's minimum with room to add more, else four weeks with a line saying
the centre decides. It never prints an end date nobody set.
"""

from __future__ import annotations

import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from cartapp.pdf.dates import short_date
from cartapp.pdf.fonts import REGULAR
from cartapp.pdf.kit.common import Context, box
from cartapp.pdf.kit.log import TickBox
from cartapp.pdf.styles import BORDER, TEXT
from cartapp.pdf.typed_text import TypedParagraph

_SECTION = "checklist"
DEFAULT_ROTA_DAYS = 28  # when neither the centre nor the region says


def _ticks(ctx: Context, lines: list[str]) -> Table:
    size = ctx.styles.body.fontSize
    rows = [
        [
            TickBox(size * 0.85),
            ctx.para(line, ParagraphStyle("tick", parent=ctx.styles.body, spaceAfter=0)),
        ]
        for line in lines
    ]
    return box(rows, [size * 1.8, ctx.width - size * 1.8], pad=size * 0.25, line=0)


def rota_days(ctx: Context) -> tuple[int, str]:
    """How many rows, and the line that says where that number comes from."""
    facts = ctx.facts
    if facts.stay_near_days:
        return facts.stay_near_days, "rota_rule_clinic"
    if facts.region_days:
        return facts.region_days, "rota_rule_region"
    return DEFAULT_ROTA_DAYS, "rota_rule_other"


def _rota(ctx: Context) -> list[Flowable]:
    styles = ctx.styles
    days, rule = rota_days(ctx)
    start = ctx.facts.family.infusion_date
    cell = ParagraphStyle("rota_cell", parent=styles.cell, spaceAfter=0)
    head = ParagraphStyle("rota_head", parent=styles.cell_bold, spaceAfter=0)
    data: list[list[object]] = [
        [
            TypedParagraph(ctx.text(_SECTION, k), head, align_start=True)
            for k in ("rota_date", "rota_day", "rota_daytime", "rota_night")
        ]
    ]
    day_word = ctx.content.words("log").text("day")
    for n in range(days):
        date = short_date(start + datetime.timedelta(days=n), ctx.language) if start else ""
        data.append(
            [
                TypedParagraph(date, cell, align_start=True) if date else "",
                TypedParagraph(f"{day_word}\u00a0{n}", cell, align_start=True),
                "",
                "",
            ]
        )
    large = styles.body.fontSize > 12
    date_w, day_w = (34 if large else 27) * mm, (22 if large else 18) * mm
    rest = (ctx.width - date_w - day_w) / 2
    table = Table(
        data,
        colWidths=[date_w, day_w, rest, rest],
        repeatRows=1,
        hAlign="LEFT",
        rowHeights=[None] + [(10 if large else 7.5) * mm] * days,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, cell.fontSize),
                ("GRID", (0, 0), (-1, -1), 0.6, BORDER),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, TEXT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [
        ctx.para(ctx.text(_SECTION, "rota_heading"), styles.heading),
        ctx.para(ctx.text(_SECTION, "rota_intro"), styles.body),
        ctx.para(ctx.text(_SECTION, rule, days=str(days)), styles.strong),
        Spacer(1, styles.space / 2),
        table,
    ]


def checklist(ctx: Context) -> list[Flowable]:
    styles = ctx.styles
    story: list[Flowable] = [
        ctx.para(ctx.text(_SECTION, "heading"), styles.title),
        ctx.para(ctx.text(_SECTION, "pack_heading"), styles.heading),
        _ticks(ctx, ctx.items(_SECTION, "pack")),
        CondPageBreak(styles.heading.leading * 3 + styles.body.leading * 8),
        ctx.para(ctx.text(_SECTION, "questions_heading"), styles.heading),
        _ticks(ctx, ctx.items(_SECTION, "questions")),
        CondPageBreak(styles.heading.leading * 3 + 60 * mm),
    ]
    story += _rota(ctx)
    story += [
        Spacer(1, styles.space),
        ctx.para(ctx.made_by(), styles.small),
    ]
    return story
