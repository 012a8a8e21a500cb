"""The review pack: every word the app shows, in one PDF a clinic's committee can sign off.

Numbered sections, each page's numbered sources with their full addresses and a
sign-off box per page. It records no review itself: a page shows as reviewed
only when its own file carries a ``clinical_review`` that really happened.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Callable, Iterable, Sequence
from functools import partial

from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
)

from cartapp import APP_NAME
from cartapp.model.library import PAGE_NAMES, ContentLibrary
from cartapp.pdf.fonts import REGULAR, register_fonts
from cartapp.pdf.review_parts import TITLE, ReviewParts
from cartapp.pdf.styles import MARGIN, PAPER_SIZES, NumberedCanvas

_TOKEN = re.compile(r"\{\{\s*(rule|value)\s*:\s*([A-Za-z0-9_]+)\s*\}\}")
RuleRow = tuple[str, str, str, Sequence[str]]  # rule title, region, text, source titles


def show_token_names(text: str) -> str:
    """Without the rules table, a region token is shown by name so it is still reviewed."""
    return _TOKEN.sub(lambda m: f"[region {m[1]}: {m[2]}]", text)


def default_rules() -> tuple[Callable[[str], str], Callable[[], Iterable[RuleRow]] | None]:
    """The rules table's own expansion for "Other / not sure" (every region), if present."""
    try:
        from cartapp.model import rules
    except ImportError:
        return show_token_names, None
    expand = getattr(rules, "expand", None)
    rows = next(
        (
            getattr(rules, n)
            for n in ("rule_rows", "rows", "table_rows")
            if callable(getattr(rules, n, None))
        ),
        None,
    )
    if not callable(expand):
        return show_token_names, rows
    return (lambda text: expand(text, "other", None)), rows


def build_review_pack(
    library: ContentLibrary,
    *,
    paper: str = "a4",
    expand: Callable[[str], str] | None = None,
    rule_rows: Iterable[RuleRow] | None = None,
    app_version: str = "",
    made_on: datetime.date | None = None,
) -> bytes:
    """The pack as PDF bytes. Raises ``ContentError`` if any content file is broken."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
    if expand is None or rule_rows is None:
        found_expand, found_rows = default_rules()
        expand = expand or found_expand
        if rule_rows is None and found_rows is not None:
            rule_rows = list(found_rows())
    content_date = library.content_version()
    pages = [library.page(name) for name in PAGE_NAMES]
    center = library.clinic_page()
    if center is not None:  # the clinic's own page is reviewed with the rest
        pages.append(center)
    parts = ReviewParts(library, pages, expand, list(rule_rows or []), paper)
    register_fonts()
    footer = f"{APP_NAME} \u00b7 {TITLE} \u00b7 content {content_date}"
    return _render(
        parts, paper, footer, app_version, made_on or datetime.date.today(), content_date
    )


def _render(
    parts: ReviewParts,
    paper: str,
    footer: str,
    app_version: str,
    made_on: datetime.date,
    content_date: str,
) -> bytes:
    buffer = io.BytesIO()
    pagesize = PAPER_SIZES[paper]
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{APP_NAME}: {TITLE}",
        author=APP_NAME,
        subject="Every page, word, question, step and caption of the guide, for clinical review",
        creator=f"{APP_NAME} {app_version}".strip(),
        lang=parts.library.language,
        displayDocTitle=True,
        initialFontName=REGULAR,
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        pagesize[0] - 2 * MARGIN,
        pagesize[1] - 2 * MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="pack", frames=[frame])])
    # Pages are held back to the end, so each footer can say "of Y" in one pass.
    doc.build(
        parts.story(frame._width, made_on, content_date),
        canvasmaker=partial(NumberedCanvas, footer=footer, footer_size=8.5),
    )
    return buffer.getvalue()
