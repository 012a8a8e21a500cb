"""What every kit printable shares: type sizes, the page, dates, text and write-in lines.

The kit is read at a kitchen table, in an emergency room, by a tired parent at
night, so it is set larger than the question sheet and large print larger
still. Every text goes through TypedParagraph: a name in Arabic or Chinese
prints as typed, with embedded fonts, or is refused before printing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from cartapp.model.kit import KitFacts, fill
from cartapp.model.kit_content import KitContent
from cartapp.model.rules import default_table
from cartapp.pdf.dates import long_date
from cartapp.pdf.fonts import BOLD, REGULAR
from cartapp.pdf.styles import BORDER, PRIMARY, SECONDARY, TEXT
from cartapp.pdf.typed_text import TypedParagraph


@dataclass(frozen=True)
class KitStyles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    strong: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    space: float


def kit_styles(large_print: bool = False, body: float | None = None) -> KitStyles:
    size = body or (16.0 if large_print else 12.0)
    scale = size / 12.0

    def style(name: str, points: float, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = dict(
            fontName=REGULAR, fontSize=points, leading=points * 1.3, textColor=TEXT
        )
        base.update(kw)
        return ParagraphStyle(name, **base)

    return KitStyles(
        title=style(
            "kit_title", 22 * scale, fontName=BOLD, textColor=PRIMARY, spaceAfter=6 * scale
        ),
        heading=style(
            "kit_heading",
            15 * scale,
            fontName=BOLD,
            textColor=PRIMARY,
            spaceBefore=10 * scale,
            spaceAfter=4 * scale,
        ),
        body=style("kit_body", size, spaceAfter=3 * scale),
        strong=style("kit_strong", size, fontName=BOLD, spaceAfter=3 * scale),
        small=style("kit_small", max(9.0, 9.5 * scale), textColor=SECONDARY),
        cell=style("kit_cell", 10.5 * scale),
        cell_bold=style("kit_cell_bold", 10.5 * scale, fontName=BOLD),
        space=6 * scale,
    )


class Context:
    """One printout's facts, words and styles, with the placeholders filled."""

    def __init__(
        self, facts: KitFacts, content: KitContent, styles: KitStyles, width: float, height: float
    ) -> None:
        self.facts, self.content, self.styles = facts, content, styles
        self.width, self.height = width, height
        self.language = content.language
        self.values = facts.values(lambda day: long_date(day, self.language))
        self._rules = default_table(self.language)
        from cartapp.model.translation import unreviewed_note
        from cartapp.paths import content_file

        # A translation no medical translator has checked says so on every printout.
        self.translation_note = unreviewed_note(content_file(self.language, "kit.toml"))

    def made_by(self) -> str:
        """Who filled it in and what it is not; and, for an unchecked translation, that."""
        made_by = self.text("common", "made_by")
        return f"{made_by} {self.translation_note}" if self.translation_note else made_by

    def text(self, section: str, key: str, **extra: str) -> str:
        return self.fill(self.content.words(section).text(key), **extra)

    def items(self, section: str, key: str) -> list[str]:
        return [self.fill(line) for line in self.content.words(section).items(key)]

    def fill(self, template: str, **extra: str) -> str:
        # Reader wording ({{you:...|...}}) first, then the family's and clinic's values.
        expanded = self._rules.expand(template, self.facts.region, reader=self.facts.reader)
        return fill(expanded, {**self.values, **extra})

    def para(
        self, text: str, style: ParagraphStyle | None = None, *, bullet: str = ""
    ) -> TypedParagraph:
        style = style or self.styles.body
        return TypedParagraph(text, style, bullet=bullet, align_start=True)

    def labelled(
        self, label: str, value: str, style: ParagraphStyle | None = None
    ) -> TypedParagraph:
        """ "Label: value" with the label in bold; a missing value is a line to write on."""
        style = style or self.styles.body
        return TypedParagraph(
            [(f"{label}: ", BOLD), (fill("{v}", {"v": value}), style.fontName)],
            style,
            align_start=True,
        )


def story_height(story: Sequence[Flowable], width: float, height: float) -> float:
    """How tall the story stands in one frame (space before and after included)."""
    return sum(
        part.wrap(width, height)[1] + part.getSpaceBefore() + part.getSpaceAfter() for part in story
    )


# Body sizes a one-page printout steps down through, largest first, when its words need
# the room: large print steps down only as far as it must (the letter, the card's page).
BODY_SIZES = {
    False: (12.0, 11.5, 11.0, 10.5, 10.0),
    True: (16.0, 15.0, 14.0, 13.5, 13.0, 12.5, 12.0),
}


def largest_that_fits(
    build: Callable[[float], list[Flowable]], sizes: Sequence[float], width: float, height: float
) -> list[Flowable]:
    """The story at the first body size (largest first) that keeps it to one page.

    3 % is left over for rounding in ReportLab's own layout."""
    for size in sizes:
        story = build(size)
        if story_height(story, width, height) <= height * 0.97:
            return story
    return build(sizes[-1])


def box(
    rows: Sequence[Sequence[Flowable]],
    widths: Sequence[float],
    *,
    pad: float,
    line: float = 1.0,
    colour: Color = BORDER,
    grid: bool = False,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    table = Table([list(r) for r in rows], colWidths=list(widths), hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        # A table starts in Helvetica (not embedded) unless told otherwise.
        ("FONT", (0, 0), (-1, -1), REGULAR, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad / 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad / 2),
    ]
    if line:
        commands.append(("BOX", (0, 0), (-1, -1), line, colour))
    if grid:
        commands.append(("INNERGRID", (0, 0), (-1, -1), 0.5, colour))
    table.setStyle(TableStyle(commands + list(extra)))
    return table
