"""Numbered headings with a PDF outline entry each, so a reviewer can jump to a section."""

from __future__ import annotations

import itertools
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

_keys = itertools.count(1)


class Bookmark(Flowable):
    """Zero-size mark: an outline entry pointing at the page where it lands."""

    def __init__(self, title: str, level: int) -> None:
        super().__init__()
        self.title, self.level = title, level
        self.key = f"section-{next(_keys)}"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=True)


class Sections:
    """Hands out "3." and "3.2" numbers in reading order."""

    def __init__(self, styles: Any) -> None:
        self.s = styles
        self.number = 0
        self.sub_number = 0

    def heading(self, title: str) -> list[Flowable]:
        self.number += 1
        self.sub_number = 0
        text = f"{self.number}. {title}"
        return [Bookmark(text, 0), Paragraph(escape(text), self.s.title)]

    def sub(self, title: str) -> list[Flowable]:
        self.sub_number += 1
        text = f"{self.number}.{self.sub_number} {title}"
        return [Bookmark(text, 1), Paragraph(escape(text), self.s.heading)]
