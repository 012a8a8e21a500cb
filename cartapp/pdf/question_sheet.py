"""The printed question sheet a family brings to the appointment.

Care teams read many of these, so it is short and predictable: who it is for
(on every page), how to use it, when to call, the clinic's numbers, the plan,
then the questions in the family's order, each with room to write the answer,
the medical words it uses, and, if asked for, a page for notes.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Sequence
from functools import partial
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from cartapp import APP_NAME
from cartapp.model.errors import ContentError
from cartapp.model.glossary import Glossary
from cartapp.model.printable import unprintable_fields
from cartapp.model.question_bank import QuestionBank
from cartapp.model.sheet import QuestionSheet, SheetError, clean_text
from cartapp.model.sheet_words import SheetWords, sheet_words
from cartapp.paths import content_dir
from cartapp.pdf import sheet_sections as sections
from cartapp.pdf.fonts import REGULAR, covers, register_fonts
from cartapp.pdf.sheet_fit import AnswerSpace, EndMark, Layout, fit
from cartapp.pdf.sheet_header import ClinicBlock, check_short, clinic_box, details, format_long_date
from cartapp.pdf.sheet_languages import both, interpreter_line
from cartapp.pdf.sheet_sections import DEFAULT_FEVER
from cartapp.pdf.sheet_sections import one_line as _one_line
from cartapp.pdf.sheet_sections import plan_table as _plan_table
from cartapp.pdf.styles import (
    MARGIN,
    PAPER_SIZES,
    NumberedCanvas,
    RuledLines,
    SheetStyles,
    default_paper_for_locale,
    sheet_styles,
)
from cartapp.pdf.typed_text import TypedParagraph

__all__ = [
    "DEFAULT_FEVER",
    "ClinicBlock",
    "build_sheet_pdf",
    "default_paper_for_locale",
    "format_long_date",
]

SUBJECT = "A family's questions about CAR T-cell therapy, to go through with the care team"


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
    fever_threshold: str = DEFAULT_FEVER,
    emergency_number: str = "",
    notes_page: bool = False,
    glossary: Glossary | None = None,
    reader: str = "parent",
    information_from: str = "",
    bilingual_with: QuestionBank | None = None,
) -> bytes:
    """The sheet as PDF bytes; ``SheetError`` if the sheet cannot be printed as it is.

    A field with characters no font of the sheet has is refused by name, before
    anything is drawn: a word is never dropped silently.
    """
    sheet.validate()
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
    check_short(clinic, plan)
    register_fonts()
    problems = unprintable_fields(sheet, covers)
    if problems:
        raise SheetError(problems[0].message())
    words = sheet_words(sheet.language)
    # A sheet in two languages: the English bank and words come second everywhere.
    english = sheet_words("en") if bilingual_with is not None and words.language != "en" else None
    if english is None:
        bilingual_with = None
    if glossary is None:
        glossary = _glossary(sheet.language)
    styles = sheet_styles(large_print)
    pagesize = PAPER_SIZES[paper]
    width = pagesize[0] - 2 * MARGIN
    footer = f"{APP_NAME} {app_version}"
    if content_version:
        footer += " \u00b7 " + words.printed["footer_content"].format(version=content_version)
    if information_from:  # the clinic's own page or questions are part of the guide
        said = words.printed["footer_from"].format(name=_one_line(information_from))
        footer += f" \u00b7 {said}"
    title = both(words.title, english.title) if english else words.title
    header = title
    if _one_line(sheet.child_name):
        header = f"{title} \u00b7 {_one_line(sheet.child_name)}"

    def layout(space: AnswerSpace) -> Layout:
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=title,
            author=APP_NAME,
            subject=SUBJECT,
            creator=f"{APP_NAME} {app_version}",
            lang=sheet.language,
            displayDocTitle=True,
            # Without this every page would start in Helvetica, a font that is not
            # embedded and prints differently from one reader to the next.
            initialFontName=REGULAR,
        )
        frame = Frame(
            MARGIN,
            MARGIN,
            width,
            pagesize[1] - 2 * MARGIN,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])
        end = EndMark()
        story = _story(
            sheet,
            bank,
            words,
            glossary,
            styles,
            width,
            space,
            made_on=made_on or datetime.date.today(),
            clinic=clinic,
            plan=plan,
            fever=fever_threshold,
            emergency_number=emergency_number,
            reader=reader,
            english=english,
            english_bank=bilingual_with,
        )
        story.append(end)
        if notes_page:
            # On its own page the heading needs no partner; keeping it with the
            # page-filling lines would make ReportLab measure them against infinity.
            loose = ParagraphStyle("loose_heading", parent=styles.heading, keepWithNext=0)
            story += [
                PageBreak(),
                Paragraph(escape(words.notes_page_heading), loose),
                RuledLines(width, styles.answer_gap),
            ]
        doc.build(
            story,
            canvasmaker=partial(
                NumberedCanvas,
                footer=footer,
                header=header,
                footer_size=styles.footer_size,
                page_words=words.printed["page"],
            ),
        )
        body = pagesize[1] - 2 * MARGIN
        gap = styles.answer_gap * space.gap_scale
        lines = sum(space.lines(q.ask_first) for q in sheet.questions)
        # One more line is half as much again under a question asked first.
        more = sum(1.5 if q.ask_first else 1 for q in sheet.questions)
        return Layout(
            buffer.getvalue(),
            end.page,
            (pagesize[1] - MARGIN - end.y) / body,
            answer_room=lines * gap / body,
            line_room=more * gap / body,
        )

    return fit(layout)


def _story(
    sheet: QuestionSheet,
    bank: QuestionBank,
    words: SheetWords,
    glossary: Glossary | None,
    styles: SheetStyles,
    width: float,
    space: AnswerSpace,
    *,
    made_on: datetime.date,
    clinic: ClinicBlock | None,
    plan: Sequence[tuple[str, str, str]] | None,
    fever: str,
    emergency_number: str,
    reader: str = "parent",
    english: SheetWords | None = None,
    english_bank: QuestionBank | None = None,
) -> list[Flowable]:
    title = both(words.title, english.title) if english else words.title
    story: list[Flowable] = [Paragraph(escape(title), styles.title)]
    story += [Paragraph(escape(line), styles.how_to) for line in words.how_to]
    story.append(Spacer(1, styles.space))
    story += details(sheet, made_on, styles, width, words, patient=reader == "patient")
    if words.language != "en":  # the team may need to book one before the visit
        story += [Spacer(1, styles.space / 2), interpreter_line(words, english, styles)]
    story += [
        Spacer(1, styles.space),
        sections.when_to_call(
            words,
            styles,
            width,
            urgent_phone=clinic.urgent_phone if clinic else "",
            fever=fever,
            emergency_number=emergency_number,
            patient=reader == "patient",
        ),
    ]
    if clinic and any(_one_line(v) for v in vars(clinic).values()):
        story += [Spacer(1, styles.space), clinic_box(clinic, styles, width, words)]
    if plan:
        story += _plan_table(plan, styles, width, words)
    story += sections.questions(
        sheet, bank, words, styles, width, space, english=english, english_bank=english_bank
    )
    notes = _paragraphs(sheet.notes)
    if notes:
        # Long notes may start low on a page and carry on; "keep with next"
        # would push the heading and all of a long note to a fresh page.
        loose = ParagraphStyle("loose_heading", parent=styles.heading, keepWithNext=0)
        story += [
            CondPageBreak(styles.heading.leading * 2 + styles.body.leading * 3),
            Paragraph(escape(words.notes_heading), loose),
        ]
        story += [TypedParagraph(part, styles.body) for part in notes]
    # The words and the closing line flow on from the questions: no page of their own.
    story += sections.words_section(sections.words_used(sheet, glossary), words, styles)
    story += [Spacer(1, styles.space), Paragraph(escape(words.closing), styles.small)]
    from cartapp.model.translation import unreviewed_note
    from cartapp.paths import content_file

    note = unreviewed_note(content_file(words.language, "sheet.toml"))
    if note:
        story.append(Paragraph(escape(note), styles.small))
    return story


def _glossary(language: str) -> Glossary | None:
    """The glossary for "Words on this sheet"; the sheet still prints without one."""
    from cartapp.model.glossary import load_glossary

    for folder in (content_dir(language), content_dir("en")):
        try:
            return load_glossary(folder / "glossary.md")
        except ContentError:
            continue
    return None


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", clean_text(text).strip()) if p.strip()]
