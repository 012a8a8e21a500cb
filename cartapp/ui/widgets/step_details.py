"""One treatment step in words: the reading view, the step's page and its sources."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QTextEdit

from cartapp.model.timeline import PlannedStep, Timeline

translate = QCoreApplication.translate


class StepDetailsView(QTextBrowser):
    """The selected step's text, as tall as its words: the page scrolls, not this box.

    Lines stop at about 75 characters however wide the window is.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.document().setDocumentMargin(12)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def setHtml(self, text: str) -> None:
        super().setHtml(text)
        self._fit_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.document().setDefaultFont(self.font())
            self._fit_width()

    def _fit_width(self) -> None:
        reading = QFontMetrics(self.font()).averageCharWidth() * 80
        self.setLineWrapColumnOrWidth(max(1, min(self.viewport().width(), reading)))
        self._fit_height()

    def _fit_height(self, *_args) -> None:
        height = int(self.document().size().height() + 0.999) + 2 * self.frameWidth()
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)


def details_html(p: PlannedStep, timeline: Timeline) -> str:
    """The step's page: when, the family's estimated dates, and what to expect."""
    e, step = html.escape, p.step
    days = "" if p.day_text == p.when else f" ({e(p.day_text)})"
    parts = [f"<h2>{e(step.title)}</h2>", f"<p><b>{e(p.when)}</b>{days}</p>"]
    # Words inside an f-string's braces are invisible to lupdate: named first.
    estimated = translate("StepDetails", "Our estimated dates (typical):")
    changed = translate("StepDetails", "Changed in 2025:")
    bring = translate("StepDetails", "What you can do or bring")
    if p.dates_text:
        parts.append(
            f"<p><b>{e(estimated)}</b> {e(p.dates_text)}<br>{e(timeline.texts['typical'])}</p>"
        )
    if step.changed_2025:
        parts.append(f"<p><b>{e(changed)}</b> {e(step.changed_2025)}</p>")
    for heading, body in (
        (translate("StepDetails", "What happens"), step.what),
        (translate("StepDetails", "How long"), step.duration),
        (translate("StepDetails", "Where"), step.where),
        (translate("StepDetails", "Who is involved"), step.who),
    ):
        parts.append(f"<h3>{e(heading)}</h3><p>{e(body)}</p>")
    if step.bring:
        items = "".join(f"<li>{e(b)}</li>" for b in step.bring)
        parts.append(f"<h3>{e(bring)}</h3><ul>{items}</ul>")
    return "".join(parts)


def sources_text(p: PlannedStep, timeline: Timeline) -> str:
    """Plain text under the details: where the step's facts come from, and when checked."""
    lines = [translate("StepDetails", "Sources")]
    for source in p.step.sources:
        year = f" ({source.year})" if source.year else ""
        lines.append(f"• {source.title}{year}" + (f"\n   {source.url}" if source.url else ""))
    if timeline.reviewed:
        checked = timeline.words.date_label(timeline.reviewed)
        lines.append(translate("StepDetails", "Last checked: {0}").format(checked))
    return "\n".join(lines)
