"""The home safety kit as one PDF: any of the five printables, in the order asked.

``build_kit_pdf`` makes the bytes the preview shows and the printer gets. Every
item starts on a new page; the log turns the page to landscape for its table.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import partial

from reportlab.lib.pagesizes import landscape
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from cartapp import APP_NAME
from cartapp.model.kit import KitError, KitFacts
from cartapp.model.kit_content import ITEMS, KitContent, kit_content
from cartapp.model.sheet_words import sheet_words
from cartapp.pdf.fonts import REGULAR, register_fonts
from cartapp.pdf.kit.call_sheet import call_sheet
from cartapp.pdf.kit.card import wallet_card
from cartapp.pdf.kit.checklist import checklist
from cartapp.pdf.kit.common import Context, kit_styles
from cartapp.pdf.kit.letter import er_letter
from cartapp.pdf.kit.log import log
from cartapp.pdf.styles import MARGIN, PAPER_SIZES, NumberedCanvas

__all__ = ["ITEMS", "KitError", "build_kit_pdf"]


def build_kit_pdf(
    items: Sequence[str],
    facts: KitFacts,
    *,
    paper: str = "letter",
    large_print: bool = False,
    app_version: str = "0.1.0",
    content_version: str = "",
    content: KitContent | None = None,
    language: str = "en",
) -> bytes:
    """The chosen printables as PDF bytes; KitError for anything the family can fix."""
    unknown = [item for item in items if item not in ITEMS]
    if unknown or not items:
        raise KitError(f"Choose one or more of: {', '.join(ITEMS)}.")
    if paper not in PAPER_SIZES:
        raise KitError(f"The paper must be one of {', '.join(sorted(PAPER_SIZES))}.")
    register_fonts()
    content = content or kit_content(language)
    portrait = PAPER_SIZES[paper]
    wide = landscape(portrait)
    styles = kit_styles(large_print)
    buffer = io.BytesIO()
    title = content.words("common").text("kit_title")
    if len(items) == 1:
        title = f"{title}: {content.title(items[0])}"
    doc = BaseDocTemplate(
        buffer,
        pagesize=portrait,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=APP_NAME,
        creator=f"{APP_NAME} {app_version}",
        subject="A family's home safety kit after CAR T-cell therapy",
        lang=language,
        displayDocTitle=True,
        initialFontName=REGULAR,
    )
    templates = []
    for name, size in (("portrait", portrait), ("landscape", wide)):
        frame = Frame(
            MARGIN,
            MARGIN,
            size[0] - 2 * MARGIN,
            size[1] - 2 * MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates.append(PageTemplate(id=name, frames=[frame], pagesize=size))
    if items[0] == "log":  # the first page takes the first template
        templates.reverse()
    doc.addPageTemplates(templates)
    story: list[Flowable] = []
    for number, item in enumerate(items):
        shape = "landscape" if item == "log" else "portrait"
        size = wide if item == "log" else portrait
        ctx = Context(facts, content, styles, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN)
        if number:
            story += [NextPageTemplate(shape), PageBreak()]
        story += _item(item, ctx, large_print, size[0])
    said = sheet_words(content.language).printed  # page numbers and footer, as on the sheet
    footer = f"{APP_NAME} {app_version}"
    if content_version:
        footer += " \u00b7 " + said["footer_content"].format(version=content_version)
    header = title if not facts.family.name else f"{title} \u00b7 {facts.family.name}"
    doc.build(
        story,
        canvasmaker=partial(
            NumberedCanvas,
            footer=footer,
            header=header,
            footer_size=8.5 * styles.body.fontSize / 12,
            page_words=said["page"],
        ),
    )
    return buffer.getvalue()


def _item(item: str, ctx: Context, large_print: bool, page_width: float) -> list[Flowable]:
    if item == "wallet-card":
        return wallet_card(ctx, page_width, MARGIN)
    if item == "call-sheet":
        return call_sheet(ctx, large_print)
    if item == "log":
        return log(ctx, large_print)
    if item == "er-letter":
        return er_letter(ctx, large_print)
    return checklist(ctx)
