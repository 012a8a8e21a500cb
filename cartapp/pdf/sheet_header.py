"""The top of the question sheet: the family's details and the clinic's box, and
the check that the clinic's own entries can be laid out."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
)

from cartapp.model.sheet import MAX_FIELD_CHARS, QuestionSheet, SheetError
from cartapp.model.sheet_words import SheetWords
from cartapp.pdf.dates import dated_day
from cartapp.pdf.fonts import BOLD
from cartapp.pdf.sheet_sections import one_line as _one_line
from cartapp.pdf.sheet_sections import table_style as _table_style
from cartapp.pdf.styles import (
    BORDER,
    SheetStyles,
)
from cartapp.pdf.typed_text import TypedParagraph


@dataclass
class ClinicBlock:
    name: str = ""
    phone: str = ""
    urgent_phone: str = ""
    website: str = ""


def format_long_date(day: datetime.date, language: str = "en") -> str:
    """ "Tuesday, 3 March 2026": unambiguous in every English-speaking country."""
    return dated_day(day, language)


def check_short(clinic: ClinicBlock | None, plan: Sequence[tuple[str, str, str]] | None) -> None:
    # These come from the clinic's set-up, not the family, but a cell longer
    # than a page could not be laid out at all.
    values = list(vars(clinic).values()) if clinic else []
    for row in plan or ():
        values += list(row)
    if any(len(v) > MAX_FIELD_CHARS for v in values):
        raise SheetError("The clinic's details or the plan have an entry too long to print.")


def details(
    sheet: QuestionSheet,
    made_on: datetime.date,
    styles: SheetStyles,
    width: float,
    words: SheetWords,
    *,
    patient: bool,
) -> list[Flowable]:
    labels = words.details
    rows = [
        (labels.patient if patient else labels.child, sheet.child_name),
        (labels.prepared_by, sheet.prepared_by),
        (
            labels.appointment,
            format_long_date(sheet.appointment, words.language) if sheet.appointment else "",
        ),
        (labels.care_team, sheet.care_team),
    ]
    rows = [(label, value) for label, value in rows if value.strip()]
    made_on_text = words.printed["made_on"].format(date=format_long_date(made_on, words.language))
    made = Paragraph(escape(made_on_text), styles.small)
    if not rows:
        return [made]
    label_width = max(stringWidth(label, BOLD, styles.body.fontSize) for label, _ in rows)
    label_width += styles.body.fontSize
    table = Table(
        [
            [
                Paragraph(escape(label), styles.detail_label),
                TypedParagraph(_one_line(value), styles.body, align_start=True),
            ]
            for label, value in rows
        ],
        colWidths=[label_width, width - label_width],
        hAlign="LEFT",
    )
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ],
            styles,
        )
    )
    return [table, Spacer(1, styles.space / 2), made]


def clinic_box(clinic: ClinicBlock, styles: SheetStyles, width: float, words: SheetWords) -> Table:
    said = words.printed
    lines = [
        (clinic.name, styles.detail_label),
        (
            said["clinic_phone"].format(phone=clinic.phone) if clinic.phone.strip() else "",
            styles.body,
        ),
        (
            said["clinic_urgent"].format(phone=clinic.urgent_phone)
            if clinic.urgent_phone.strip()
            else "",
            styles.detail_label,
        ),
        (
            said["clinic_website"].format(website=clinic.website) if clinic.website.strip() else "",
            styles.body,
        ),
    ]
    rows = [[TypedParagraph(_one_line(text), style)] for text, style in lines if text.strip()]
    pad = styles.space * 1.2
    table = Table(rows, colWidths=[width], hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.75, BORDER),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), pad),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
            ],
            styles,
        )
    )
    return table
