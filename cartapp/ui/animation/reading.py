"""The whole story as text: every scene's title and description, to read at one's own pace.

This is also the way in for screen-reader users, so it is plain, ordered HTML.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser

from cartapp.model.story import Story

translate = QCoreApplication.translate

# About 75 characters a line is the most that reads comfortably.
LINE_CHARS = 75


def whole_story_html(story: Story, text_colour: str) -> str:
    parts = [
        f"<h2>{html.escape(story.read_all_heading)}</h2>",
        f"<p>{html.escape(story.intro)}</p>",
    ]
    for number, scene in enumerate(story.scenes, start=1):
        parts.append(
            f"<h3>{number}. {html.escape(scene.title)}</h3><p>{html.escape(scene.description)}</p>"
        )
    if story.sources:
        heading = translate("ReadingView", "Where this information comes from")
        parts.append(f"<h3>{html.escape(heading)}</h3><ul>")
        for source in story.sources:
            parts.append(
                f"<li>{html.escape(source.title)}. {html.escape(source.publisher)},"
                f" {source.year}.</li>"
            )
        parts.append("</ul>")
    if story.reviewed:
        checked = translate("ReadingView", "Last checked against its sources: {date}")
        parts.append(f"<p>{html.escape(checked.format(date=story.reviewed))}</p>")
    return f"<div style='color:{text_colour}; line-height:150%'>{''.join(parts)}</div>"


class ReadingView(QTextBrowser):
    """A text browser that keeps its lines to a readable length in wide windows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)

    def resizeEvent(self, event) -> None:
        column = self.fontMetrics().averageCharWidth() * LINE_CHARS
        side = max(0, (self.width() - column) // 2)
        self.setViewportMargins(side, 0, side, 0)
        super().resizeEvent(event)
