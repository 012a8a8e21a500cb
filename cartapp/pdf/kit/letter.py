"""The letter for an emergency room or another doctor: a one-page handover.

Written for a clinician who has never met a CAR T patient: who this is, what
was given and when, what to watch for and why, whom to call, and what the
treating centre asks. The family fills in what the app cannot know (date of
birth, allergies, the central line) by hand.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from cartapp.model.kit import WRITE_IN
from cartapp.pdf.kit.common import (
    BODY_SIZES,
    Context,
    KitStyles,
    box,
    kit_styles,
    largest_that_fits,
)
from cartapp.pdf.styles import SECONDARY
from cartapp.pdf.typed_text import TypedParagraph

_LETTER = "er_letter"


def _details(ctx: Context, styles: KitStyles) -> Flowable:
    """Nine facts in a grid of three, each label above its value (or a line to write on)."""
    words = ctx.content.words(_LETTER)
    facts = ctx.facts
    rows = [
        ("label_name", facts.family.name),
        ("label_birth", ""),
        ("label_allergies", ""),
        ("label_product", facts.family.product),
        ("label_infusion", ctx.values["infusion_date"]),
        ("label_line", ""),
        ("label_center", facts.center),
        ("label_phone", facts.urgent_phone),
        ("label_main_phone", facts.phone),
    ]
    label = ParagraphStyle(
        "letter_label", parent=styles.cell_bold, spaceAfter=1, textColor=SECONDARY
    )
    cells = []
    for key, value in rows:
        style = styles.strong if key == "label_phone" else styles.body
        cells.append(
            [
                TypedParagraph(ctx.fill(words.text(key)), label, align_start=True),
                TypedParagraph(
                    value or WRITE_IN,
                    ParagraphStyle("v", parent=style, spaceAfter=0),
                    align_start=True,
                ),
            ]
        )
    column = ctx.width / 3
    return box(
        [cells[i : i + 3] for i in range(0, len(cells), 3)],
        [column] * 3,
        pad=styles.space * 0.6,
        grid=True,
    )


# One page is the point of a handover.


def er_letter(ctx: Context, large_print: bool) -> list[Flowable]:
    return largest_that_fits(
        lambda size: _letter(ctx, kit_styles(large_print, body=size)),
        BODY_SIZES[large_print],
        ctx.width,
        ctx.height,
    )


def _letter(ctx: Context, styles: KitStyles) -> list[Flowable]:
    body = ParagraphStyle("letter_item", parent=styles.body, leftIndent=styles.body.fontSize)
    story: list[Flowable] = [
        ctx.para(ctx.text(_LETTER, "heading"), styles.title),
        ctx.para(ctx.text(_LETTER, "intro"), styles.strong),
        Spacer(1, styles.space / 2),
        _details(ctx, styles),
        ctx.para(ctx.text(_LETTER, "watch_heading"), styles.heading),
    ]
    story += [ctx.para(item, body, bullet="\u2022") for item in ctx.items(_LETTER, "watch")]
    story.append(ctx.para(ctx.text(_LETTER, "wishes_heading"), styles.heading))
    wishes = list(ctx.facts.wishes) or ctx.items(_LETTER, "default_wishes")
    story += [ctx.para(ctx.fill(wish), body, bullet="\u2022") for wish in wishes]
    story.append(ctx.para(ctx.content.letter_notes[ctx.facts.region], styles.body))
    story += [
        Spacer(1, styles.space),
        ctx.labelled(ctx.text(_LETTER, "signature"), ""),
        ctx.para(ctx.made_by(), styles.small),
    ]
    return story
