"""The marks a reviewable page adds to its HTML: source markers, figures, review status.

Markers become small links to the numbered source list; a figure becomes an
image sized to the reading column with its text alternative as a visible caption.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from cartapp.model.figures import figure_aspect
from cartapp.model.page_syntax import MARKER, ClinicalReview

if TYPE_CHECKING:
    from cartapp.model.content_words import ContentWords

_TAG_SPLIT = re.compile(r"(<[^>]+>)")
_NO_MARK_TAGS = {"a", "code", "pre"}
_FIGURE = re.compile(r'<p><img alt="(?P<alt>[^"]*)" src="figure:(?P<name>[a-z0-9-]+)"\s*/?></p>')

NOT_REVIEWED = "Not yet reviewed by clinicians. Your care team knows your child best."


def _marker_html(match: re.Match[str]) -> str:
    numbers = [n.strip() for n in match["numbers"].split(",")]
    links = ", ".join(f'<a class="cite" href="#source-{n}">{n}</a>' for n in numbers)
    return f'<sup class="cite">[{links}]</sup>'


def link_markers(body_html: str) -> str:
    """``[5]`` and ``[5, 7]`` in the text become links to the numbered sources."""
    out: list[str] = []
    blocked = 0
    for part in _TAG_SPLIT.split(body_html):
        if part.startswith("<"):
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", part)
            if name and name[1].lower() in _NO_MARK_TAGS:
                blocked += -1 if part.startswith("</") else 1
            out.append(part)
        elif blocked > 0:
            out.append(part)
        else:
            out.append(MARKER.sub(_marker_html, part))
    return "".join(out)


def strip_markers(text: str) -> str:
    """The text without its markers, as it is read aloud or scored for reading level."""
    return MARKER.sub("", text)


def figures_html(body_html: str, width_px: int) -> str:
    """A figure fills the reading column; its alt text is also shown under it."""

    def _figure(match: re.Match[str]) -> str:
        name, alt = match["name"], match["alt"]  # alt is already escaped by Markdown
        height = round(width_px * figure_aspect(name))
        return (
            f'<p class="figure" align="center"><img src="figure:{name}" alt="{alt}" '
            f'width="{width_px}" height="{height}" /></p>'
            f'<p class="figure-caption">{alt}</p>'
        )

    return _FIGURE.sub(_figure, body_html)


def review_status_html(
    review: ClinicalReview | None, written_by: str = "", words: ContentWords | None = None
) -> str:
    if words is None:
        from cartapp.model.content_words import content_words

        words = content_words("en")
    if review is None and written_by:
        text = words.page["written_by"].format(center=written_by)
    elif review is None:
        text = words.page["not_reviewed"]
    else:
        text = words.page["reviewed_by"].format(
            role=review.role, organisation=review.organisation, date=words.dates.long(review.date)
        )
    return f'<p class="review-status">{html.escape(text)}</p>'
