"""A sheet in two languages, and the box a family ticks to ask for an interpreter.

The family's language comes first; under each question from the bank its English
words, so an English-speaking team reads the same question. A question the
family typed themselves is printed once, as they wrote it.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from cartapp.model.question_bank import QuestionBank
from cartapp.model.sheet import SheetQuestion
from cartapp.model.sheet_words import SheetWords
from cartapp.pdf.fonts import ITALIC
from cartapp.pdf.styles import BORDER, SheetStyles


class TickBox(Flowable):
    """An empty square to tick with a pen, as tall as a capital letter of the text."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(BORDER)
        self.canv.setLineWidth(1.2)
        self.canv.rect(0, 0, self.size, self.size)
        self.canv.restoreState()


def both(mine: str, english: str) -> str:
    """ "Pregunte primero / Ask first", or one of them when they are the same."""
    return mine if mine == english else f"{mine} / {english}"


def interpreter_line(words: SheetWords, english: SheetWords | None, styles: SheetStyles) -> Table:
    text = words.printed["interpreter"]
    if english is not None:
        text = both(text, english.printed["interpreter"])
    size = styles.body.fontSize
    table = Table(
        [[TickBox(size * 0.9), Paragraph(f"<b>{escape(text)}</b>", styles.body)]],
        colWidths=[size * 1.7, None],
        hAlign="LEFT",
    )
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    return table


def english_line(
    q: SheetQuestion, english_bank: QuestionBank, style: ParagraphStyle
) -> Paragraph | None:
    """The question's English words under it, or None for the family's own question."""
    known = english_bank.get(q.id) if q.id else None
    if known is None or known.text == q.text:
        return None
    english_style = ParagraphStyle("english_q", parent=style, fontName=ITALIC, spaceBefore=0)
    return Paragraph(f"EN: {escape(known.text)}", english_style)
