"""The "When to call" sheet for the fridge: one page, the largest type that fits.

Read from across a kitchen, at night, by someone frightened: the 24-hour number
first and biggest, the fever number in both scales, the signs with pictures,
the emergency number for a seizure or trouble breathing, and what to do first.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from cartapp.model.kit import WRITE_IN
from cartapp.pdf.fonts import BOLD
from cartapp.pdf.kit.common import Context, KitStyles, box, kit_styles, largest_that_fits
from cartapp.pdf.kit.icons import Icon
from cartapp.pdf.styles import PRIMARY, TEXT

# Body sizes tried, largest first; the first that keeps the sheet to one page wins.
# Large print starts larger; both end where the page is full, so one page it stays.
SIZES = {
    False: (20.0, 19.0, 18.0, 17.0, 16.0, 15.0, 14.0),
    True: (26.0, 25.0, 24.0, 23.0, 22.0, 21.0, 20.0, 19.0, 18.0, 17.0, 16.0, 15.0, 14.0),
}


def _story(ctx: Context, styles: KitStyles) -> list[Flowable]:
    section = "call_sheet"
    size = styles.body.fontSize
    width = ctx.width
    big = ParagraphStyle(
        "call_big",
        parent=styles.strong,
        fontSize=size * 1.35,
        leading=size * 1.35 * 1.25,
        spaceAfter=0,
    )
    icon = size * 1.8
    gap = size * 0.5
    facts = ctx.facts
    phone = ctx.labelled(ctx.text(section, "phone_label"), facts.urgent_phone, big)
    story: list[Flowable] = [
        ctx.para(ctx.text(section, "heading"), styles.title),
        box([[phone]], [width], pad=size * 0.6, line=2.5, colour=TEXT),
        Spacer(1, gap),
        ctx.para(ctx.text(section, "intro"), styles.strong),
    ]
    fever = [
        ctx.para(ctx.text(section, "fever"), styles.strong),
        ctx.para(ctx.text(section, "fever_note"), styles.small),
    ]
    rows = [[Icon("thermometer", icon), fever]]
    signs = [
        [Icon(sign.icon, icon), ctx.para(ctx.fill(sign.text), styles.body)]
        for sign in ctx.content.signs
    ]
    half = (width - gap) / 2
    cells = [
        signs[i] + (signs[i + 1] if i + 1 < len(signs) else ["", ""])
        for i in range(0, len(signs), 2)
    ]
    story += [
        box(rows, [icon + gap, width - icon - gap], pad=gap / 3, line=0),
        box(
            cells,
            [icon + gap, half - icon - gap, icon + gap, half - icon - gap],
            pad=gap / 3,
            line=0,
        ),
        Spacer(1, gap / 2),
    ]
    emergency = facts.emergency_number
    heading = ctx.text(section, "emergency_heading")
    alert = [ctx.para(heading, big), ctx.para(ctx.text(section, "emergency_signs"), styles.strong)]
    if not emergency or emergency == WRITE_IN:
        alert.append(
            ctx.para(ctx.fill(ctx.content.words("common").text("emergency_any")), styles.small)
        )
    story.append(box([[alert]], [width], pad=size * 0.6, line=2.5, colour=TEXT))
    story.append(ctx.para(ctx.text(section, "first_heading"), styles.heading))
    # What to do first is read once, calmly, before it is needed: a step smaller.
    step = size * 0.8
    step_style = ParagraphStyle(
        "call_step",
        parent=styles.body,
        fontSize=step,
        leading=step * 1.3,
        leftIndent=step * 1.5,
        spaceAfter=step * 0.2,
    )
    story += [
        ctx.para(step, step_style, bullet=f"{n}.")
        for n, step in enumerate(ctx.items(section, "first_steps"), start=1)
    ]
    story.append(ctx.para(ctx.made_by(), styles.small))
    return story


def call_sheet(ctx: Context, large_print: bool) -> list[Flowable]:
    """The story at the largest body size that fits one page."""
    return largest_that_fits(
        lambda size: _story(ctx, _bigger_titles(kit_styles(large_print, body=size))),
        SIZES[large_print],
        ctx.width,
        ctx.height,
    )


def _bigger_titles(styles: KitStyles) -> KitStyles:
    from dataclasses import replace

    size = styles.body.fontSize
    return replace(
        styles,
        title=ParagraphStyle(
            "call_title",
            parent=styles.title,
            fontSize=size * 1.8,
            leading=size * 2.1,
            textColor=PRIMARY,
            fontName=BOLD,
        ),
    )
