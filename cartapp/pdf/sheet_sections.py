"""Parts of the printed sheet a care team relies on: "When to call", the
questions in the family's order, and "Words on this sheet".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from cartapp.model.glossary import Glossary, Term
from cartapp.model.question_bank import QuestionBank
from cartapp.model.sheet import OWN_TITLE, QuestionSheet, clean_text
from cartapp.model.sheet_words import SheetWords
from cartapp.pdf.fonts import BOLD, ITALIC, REGULAR
from cartapp.pdf.sheet_fit import AnswerSpace
from cartapp.pdf.styles import BORDER, PRIMARY, RULE, RuledLines, SheetStyles, table_text
from cartapp.pdf.typed_text import TypedParagraph

DEFAULT_FEVER = "100.4 \u00b0F (38.0 \u00b0C)"


def typed(text: str) -> str:
    """What the family typed, with runs of blank lines kept to one."""
    return re.sub(r"\n\s*\n(\s*\n)+", "\n\n", clean_text(text).strip())


def when_to_call(
    words: SheetWords,
    styles: SheetStyles,
    width: float,
    *,
    urgent_phone: str,
    fever: str,
    emergency_number: str,
    patient: bool = False,
) -> Table:
    call = words.when_to_call
    body = styles.body
    tight = ParagraphStyle(
        "call_item",
        parent=body,
        spaceAfter=0,
        leftIndent=body.fontSize,
        bulletIndent=0,
        bulletFontName=REGULAR,
    )
    rows: list[list[Flowable]] = [
        [Paragraph(escape(call.heading), styles.heading)],
        [
            Paragraph(
                escape(call.intro_patient if patient else call.intro),
                ParagraphStyle("call_intro", parent=body, spaceAfter=2),
            )
        ],
        [
            Paragraph(
                f"<b>{escape(call.fever.format(threshold=fever))}</b>", tight, bulletText="\u2022"
            )
        ],
    ]
    rows.append([_signs(call.signs, tight, width - 2 * styles.space * 1.2)])
    phone = " ".join(clean_text(urgent_phone).split())
    rows.append(
        [
            TypedParagraph(
                call.phone.format(phone=phone),
                ParagraphStyle("call_phone", parent=body, fontName=BOLD, spaceBefore=4),
            )
            if phone
            else Paragraph(
                escape(call.phone_blank),
                ParagraphStyle("call_blank", parent=body, fontName=BOLD, spaceBefore=4),
            )
        ]
    )
    number = emergency_number.strip() or call.emergency_numbers
    rows.append(
        [
            Paragraph(
                escape(call.emergency.format(number=number)),
                ParagraphStyle("call_999", parent=body, fontName=BOLD, textColor=PRIMARY),
            )
        ]
    )
    pad = styles.space * 1.2
    table = Table(rows, colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, body.fontSize),
                ("BOX", (0, 0), (-1, -1), 1.25, BORDER),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), pad / 3),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
            ]
        )
    )
    return table


def _signs(signs: Sequence[str], style: ParagraphStyle, width: float) -> Table:
    """The signs side by side, in reading order row by row, when that makes the box
    shorter (it leaves room for the first questions on page 1); else one a line."""

    def cells() -> list[Flowable]:
        return [Paragraph(escape(sign), style, bulletText="\u2022") for sign in signs]

    side = cells()
    pairs = [
        side[i : i + 2] + [Spacer(0, 0)] * (2 - len(side[i : i + 2]))
        for i in range(0, len(side), 2)
    ]
    two = _plain_table(pairs, [width / 2] * 2)
    one = _plain_table([[cell] for cell in cells()], [width])
    return two if two.wrap(width, 10_000)[1] < one.wrap(width, 10_000)[1] else one


def _plain_table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                # A table sets its own font before its cells, Helvetica (not embedded) unless told.
                ("FONT", (0, 0), (-1, -1), REGULAR, 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def questions(
    sheet: QuestionSheet,
    bank: QuestionBank,
    words: SheetWords,
    styles: SheetStyles,
    width: float,
    space: AnswerSpace | None = None,
    *,
    english: SheetWords | None = None,
    english_bank: QuestionBank | None = None,
) -> list[Flowable]:
    from cartapp.pdf.sheet_languages import both, english_line

    space = space or AnswerSpace()
    order = sheet.print_order(bank)
    if not order:
        return [Spacer(1, styles.space), Paragraph(escape(words.no_questions), styles.body)]
    # The hanging indent fits the widest number, so "136." lines up with "9.".
    size = styles.question.fontSize
    widest = max(stringWidth(f"{p.number}.", BOLD, size) for p in order)
    indent = max(styles.question.leftIndent, widest + size * 0.7)
    question_style = ParagraphStyle("question_n", parent=styles.question, leftIndent=indent)
    note_style = ParagraphStyle("note_n", parent=styles.note, leftIndent=indent)
    topic_style = ParagraphStyle(
        "topic",
        parent=styles.small,
        leftIndent=indent,
        spaceBefore=styles.question.spaceBefore,
        spaceAfter=0,
    )
    question_style.spaceBefore = 0
    story: list[Flowable] = []
    heading_for = {True: words.ask_first_heading, False: words.rest_heading}
    if english is not None:
        heading_for = {
            True: both(words.ask_first_heading, english.ask_first_heading),
            False: both(words.rest_heading, english.rest_heading),
        }
    previous = None
    for printed in order:
        q = printed.question
        item: list[Flowable] = []
        if q.ask_first != previous:
            item.append(Paragraph(escape(heading_for[q.ask_first]), styles.heading))
            previous = q.ask_first
        topic = words.printed["own_questions"] if printed.topic == OWN_TITLE else printed.topic
        item.append(Paragraph(escape(topic), topic_style))
        item.append(TypedParagraph(typed(q.text), question_style, bullet=f"{printed.number}."))
        second = english_line(q, english_bank, question_style) if english_bank else None
        if second is not None:
            item.append(second)
        if clean_text(q.note).strip():
            item.append(
                TypedParagraph(
                    [(words.note_label + " ", ITALIC), (typed(q.note), ITALIC)], note_style
                )
            )
        item.append(
            RuledLines(
                width - indent,
                styles.answer_gap * space.gap_scale,
                count=space.lines(q.ask_first),
                indent=indent,
            )
        )
        story.append(KeepTogether(item))
    return story


def words_used(sheet: QuestionSheet, glossary: Glossary | None) -> list[Term]:
    """Glossary words that appear in the printed questions and notes, in glossary order."""
    if glossary is None:
        return []
    text = "\n".join(f"{q.text}\n{q.note}" for q in sheet.questions)
    found = []
    for term in glossary.terms:
        for spelling in term.spellings:
            # Acronyms match as written (so "crs" in a word is not CRS); words in any case.
            flags = 0 if spelling.isupper() else re.IGNORECASE
            if re.search(rf"(?<!\w){re.escape(spelling)}(?!\w)", text, flags):
                found.append(term)
                break
    return found


def words_section(terms: list[Term], words: SheetWords, styles: SheetStyles) -> list[Flowable]:
    if not terms:
        return []
    style = ParagraphStyle(
        "word", parent=styles.small, textColor=styles.body.textColor, spaceAfter=2
    )
    items: list[Flowable] = [Paragraph(escape(words.words_heading), styles.heading)]
    items += [Paragraph(f"<b>{escape(t.word)}</b>: {escape(t.definition)}", style) for t in terms]
    return [KeepTogether(items[:2]), *items[2:]]


def one_line(text: str) -> str:
    """A short field (a name, a phone number) on one line.

    Line breaks typed into these would only spread a name over the page, and
    in a table cell they could make a row taller than the page itself.
    """
    return " ".join(clean_text(text).split())


def plan_table(
    plan: Sequence[tuple[str, str, str]], styles: SheetStyles, width: float, words: SheetWords
) -> list[Flowable]:
    head, cell, said = styles.table_head, table_text(styles), words.printed
    rows = [[Paragraph(escape(said[k]), head) for k in ("plan_step", "plan_dates", "plan_day")]]
    rows += [[TypedParagraph(one_line(v), cell) for v in row] for row in plan]
    table = Table(
        rows, colWidths=[width * 0.5, width * 0.32, width * 0.18], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),  # the bottom keeps ReportLab's 3 points
                ("LINEBELOW", (0, 0), (-1, 0), 0.75, BORDER),
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
            ],
            styles,
        )
    )
    note = Paragraph(escape(said["plan_note"]), styles.small)
    return [
        Paragraph(escape(said["plan_heading"]), styles.heading),
        table,
        Spacer(1, styles.space / 2),
        note,
    ]


def table_style(commands: list[tuple[Any, ...]], styles: SheetStyles) -> TableStyle:
    # A table sets its own font before drawing its cells, Helvetica unless told.
    font = ("FONT", (0, 0), (-1, -1), REGULAR, styles.body.fontSize)
    return TableStyle([font, *commands])
