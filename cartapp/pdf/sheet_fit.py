"""Fit the question sheet to its pages: no near-empty last page.

A sheet whose last page holds a few lines looks unfinished and wastes paper.
The sheet is laid out once as designed; when its last page is mostly empty it
is tried again with every question's answer lines a little closer (to save the
page), and, failing that, with a line more for every question (to use the page
for writing). Every question changes alike, so the questions asked first keep
their larger share of the room.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

MIN_LAST_PAGE = 0.4  # of the page's writing area
TIGHT_GAP = 0.85  # the closest answer lines come: still about 6 mm apart at normal size
MAX_EXTRA_LINES = 2
MAX_FIT_PAGES = 5  # beyond this a short last page is a small share of the sheet


@dataclass(frozen=True)
class AnswerSpace:
    """Room to write under each question."""

    gap_scale: float = 1.0
    extra_lines: int = 0

    def lines(self, ask_first: bool) -> int:
        others = 2 + self.extra_lines
        # The questions asked first usually get the longest answers: half as much again.
        return int(others * 1.5) if ask_first else others


@dataclass
class Layout:
    pdf: bytes
    pages: int  # pages holding the sheet's content (a separate notes page not counted)
    last_fill: float  # share of the last content page's writing area in use
    # Both as shares of a page's writing area, so a try that cannot work is skipped:
    answer_room: float = 0.0  # all the questions' answer lines together
    line_room: float = 0.0  # one more answer line under every question


class EndMark(Flowable):
    """Takes no room; remembers the page and height where the content ended."""

    def __init__(self) -> None:
        super().__init__()
        self.page = 0
        self.y = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.page = self.canv.getPageNumber()
        self.y = self.canv.absolutePosition(0, 0)[1]


def fit(layout: Callable[[AnswerSpace], Layout]) -> bytes:
    """The PDF whose last page is used enough, or which has fewer pages."""
    first = layout(AnswerSpace())
    if first.pages == 1 or first.pages > MAX_FIT_PAGES or first.last_fill >= MIN_LAST_PAGE:
        return first.pdf
    # Closer lines save a page only if they free at least what the last page holds.
    if first.answer_room * (1 - TIGHT_GAP) >= first.last_fill:
        tight = layout(AnswerSpace(gap_scale=TIGHT_GAP))
        if tight.pages < first.pages:
            return tight.pdf
    best = first
    for extra in range(1, MAX_EXTRA_LINES + 1):
        # More lines than the last page has room for can only add a page.
        if extra * first.line_room > 1 - first.last_fill:
            break
        roomier = layout(AnswerSpace(extra_lines=extra))
        if roomier.pages > first.pages:
            break
        best = roomier
        if roomier.last_fill >= MIN_LAST_PAGE:
            break
    return best.pdf
