"""The printed question sheet a family brings to the appointment.

Care teams read many of these, so it is short and predictable: who it is for,
the clinic's numbers, the plan, then the questions in the order they will be
asked, each with room to write the answer, and a page for notes.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cartapp import APP_NAME
from cartapp.model.question_bank import QuestionBank
from cartapp.model.sheet import MAX_FIELD_CHARS, QuestionSheet, SheetError, clean_text
from cartapp.pdf.fonts import BOLD, REGULAR, register_fonts
from cartapp.pdf.styles import (
    BORDER,
    MARGIN,
    PAPER_SIZES,
    RULE,
    NumberedCanvas,
    RuledLines,
    SheetStyles,
    default_paper_for_locale,
    sheet_styles,
    table_text,
)

__all__ = ["ClinicBlock", "build_sheet_pdf", "default_paper_for_locale", "format_long_date"]

TITLE = "Questions for our care team"
SUBJECT = "A family's questions about CAR T-cell therapy, to go through with the care team"
CLOSING = "Thank you for going through these questions with us."
# Spelled out here, not taken from the system locale, so the sheet reads the
# same on every computer whatever its language settings.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class ClinicBlock:
    name: str = ""
    phone: str = ""
    urgent_phone: str = ""
    website: str = ""


def format_long_date(day: datetime.date) -> str:
    """"Tuesday, 3 March 2026": unambiguous in every English-speaking country."""
    return f"{_DAYS[day.weekday()]}, {day.day} {_MONTHS[day.month - 1]} {day.year}"


def build_sheet_pdf(
    sheet: QuestionSheet,
    bank: QuestionBank,
    *,
    paper: str = "letter",
    large_print: bool = False,
    made_on: datetime.date | None = None,
    app_version: str = "0.1.0",
    content_version: str = "",
    clinic: ClinicBlock | None = None,
    plan: Sequence[tuple[str, str, str]] | None = None,
) -> bytes:
    """The sheet as PDF bytes; ``SheetError`` if the sheet cannot be printed as it is."""
    sheet.validate()
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
    _check_short(clinic, plan)
    register_fonts()
    styles = sheet_styles(large_print)
    pagesize = PAPER_SIZES[paper]
    width = pagesize[0] - 2 * MARGIN

    footer = f"{APP_NAME} {app_version}"
    if content_version:
        footer += f" \u00b7 content {content_version}"
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize,
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=TITLE, author=APP_NAME, subject=SUBJECT, creator=f"{APP_NAME} {app_version}",
        lang=sheet.language, displayDocTitle=True,
        # Without this every page would start in Helvetica, a font that is not
        # embedded and prints differently from one reader to the next.
        initialFontName=REGULAR,
    )
    frame = Frame(MARGIN, MARGIN, width, pagesize[1] - 2 * MARGIN, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])

    story: list[Flowable] = [Paragraph(TITLE, styles.title)]
    story += _details(sheet, made_on or datetime.date.today(), styles, width)
    if clinic and any(_one_line(v) for v in vars(clinic).values()):
        story += [Spacer(1, styles.space), _clinic_box(clinic, styles, width)]
    if plan:
        story += _plan_table(plan, styles, width)
    story += _questions(sheet, bank, styles, width)
    loose_heading = ParagraphStyle("loose_heading", parent=styles.heading, keepWithNext=0)
    notes = _paragraphs(sheet.notes)
    if notes:
        # Long notes may start low on a page and carry on; "keep with next"
        # would push the heading and all of a long note to a fresh page.
        story += [CondPageBreak(styles.heading.leading * 2 + styles.body.leading * 3),
                  Paragraph("Our notes", loose_heading)]
        story += [Paragraph(_typed(part), styles.body) for part in notes]
    story += [Spacer(1, 2 * styles.space), Paragraph(CLOSING, styles.body)]
    # On its own page the heading needs no partner; keeping it with the
    # page-filling lines would make ReportLab measure them against infinity.
    story += [PageBreak(), Paragraph("Notes", loose_heading), RuledLines(width, styles.answer_gap)]
    doc.build(story, canvasmaker=partial(NumberedCanvas, footer=footer,
                                         footer_size=styles.footer_size))
    return buffer.getvalue()


def _typed(text: str) -> str:
    """Paragraph markup that prints exactly what the family typed."""
    text = re.sub(r"\n\s*\n(\s*\n)+", "\n\n", clean_text(text).strip())
    return escape(text).replace("\t", " ").replace("\n", "<br/>")


def _one_line(text: str) -> str:
    """Markup for a short field (a name, a phone number) printed on one line.

    Line breaks typed into these would only spread a name over the page, and
    in a table cell they could make a row taller than the page itself.
    """
    return escape(" ".join(clean_text(text).split()))


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", clean_text(text).strip()) if p.strip()]


def _check_short(clinic: ClinicBlock | None, plan: Sequence[tuple[str, str, str]] | None) -> None:
    # These come from the clinic's set-up, not the family, but a cell longer
    # than a page could not be laid out at all.
    values = list(vars(clinic).values()) if clinic else []
    for row in plan or ():
        values += list(row)
    if any(len(v) > MAX_FIELD_CHARS for v in values):
        raise SheetError("The clinic's details or the plan have an entry too long to print.")


def _details(sheet: QuestionSheet, made_on: datetime.date, styles: SheetStyles,
             width: float) -> list[Flowable]:
    rows = [
        ("Child", sheet.child_name),
        ("Prepared by", sheet.prepared_by),
        ("Appointment", format_long_date(sheet.appointment) if sheet.appointment else ""),
        ("Care team", sheet.care_team),
    ]
    rows = [(label, value) for label, value in rows if value.strip()]
    made = Paragraph(f"Made on {format_long_date(made_on)}", styles.small)
    if not rows:
        return [made]
    label_width = max(stringWidth(label, BOLD, styles.body.fontSize) for label, _ in rows)
    label_width += styles.body.fontSize
    table = Table(
        [[Paragraph(label, styles.detail_label), Paragraph(_one_line(value), styles.body)]
         for label, value in rows],
        colWidths=[label_width, width - label_width], hAlign="LEFT",
    )
    table.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ], styles))
    return [table, Spacer(1, styles.space / 2), made]


def _clinic_box(clinic: ClinicBlock, styles: SheetStyles, width: float) -> Table:
    lines = [
        (clinic.name, styles.detail_label),
        (f"Phone: {clinic.phone}" if clinic.phone.strip() else "", styles.body),
        (f"If it is urgent, call: {clinic.urgent_phone}" if clinic.urgent_phone.strip()
         else "", styles.detail_label),
        (f"Website: {clinic.website}" if clinic.website.strip() else "", styles.body),
    ]
    rows = [[Paragraph(_one_line(text), style)] for text, style in lines if text.strip()]
    pad = styles.space * 1.2
    table = Table(rows, colWidths=[width], hAlign="LEFT")
    table.setStyle(_table_style([
        ("BOX", (0, 0), (-1, -1), 0.75, BORDER),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, 0), pad),
        ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
    ], styles))
    return table


def _plan_table(plan: Sequence[tuple[str, str, str]], styles: SheetStyles,
                width: float) -> list[Flowable]:
    head, cell = styles.table_head, table_text(styles)
    rows = [[Paragraph(t, head) for t in ("Step", "Dates", "Day")]]
    rows += [[Paragraph(_one_line(v), cell) for v in row] for row in plan]
    table = Table(rows, colWidths=[width * 0.5, width * 0.32, width * 0.18],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, BORDER),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
    ], styles))
    note = Paragraph("Typical dates. Your care team's plan comes first.", styles.small)
    return [Paragraph("Our treatment plan (typical dates)", styles.heading), table,
            Spacer(1, styles.space / 2), note]


def _questions(sheet: QuestionSheet, bank: QuestionBank, styles: SheetStyles,
               width: float) -> list[Flowable]:
    groups = sheet.ordered_for_print(bank)
    if not groups:
        return [Spacer(1, styles.space),
                Paragraph("There are no questions on this list yet.", styles.body)]
    # The hanging indent fits the widest number, so "136." lines up with "9.".
    # ReportLab pushes the first line right unless 0.6 em follow the number.
    total = sum(len(questions) for _, questions in groups)
    size = styles.question.fontSize
    indent = max(styles.question.leftIndent, stringWidth(f"{total}.", BOLD, size) + size * 0.7)
    question_style = ParagraphStyle("question_n", parent=styles.question, leftIndent=indent)
    note_style = ParagraphStyle("note_n", parent=styles.note, leftIndent=indent)
    story: list[Flowable] = []
    number = 0
    for title, questions in groups:
        items: list[list[Flowable]] = []
        for q in questions:
            number += 1
            item: list[Flowable] = [
                Paragraph(_typed(q.text), question_style, bulletText=f"{number}.")]
            if clean_text(q.note).strip():
                item.append(Paragraph("Our note: " + _typed(q.note), note_style))
            # The questions asked first usually get the longest answers.
            item.append(RuledLines(width - indent, styles.answer_gap,
                                   count=3 if q.ask_first else 2, indent=indent))
            items.append(item)
        # A heading must never end a page without its first question under it.
        # (KeepTogether cannot be nested: an inner one reports an endless height.)
        items[0].insert(0, Paragraph(_typed(title), styles.heading))
        story += [KeepTogether(item) for item in items]
    return story


def _table_style(commands: list[tuple[Any, ...]], styles: SheetStyles) -> TableStyle:
    # A table sets its own font before drawing its cells, Helvetica unless told.
    font = ("FONT", (0, 0), (-1, -1), REGULAR, styles.body.fontSize)
    return TableStyle([font, *commands])
