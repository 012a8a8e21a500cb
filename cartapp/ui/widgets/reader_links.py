"""The links of a page as the reader shows them: their words, what they do, and
where each one is drawn. No accessibility here, so checks and tests can use it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, QRectF
from PySide6.QtWidgets import QTextBrowser


@dataclass(frozen=True)
class LinkSpan:
    start: int
    end: int
    href: str
    text: str


def link_spans(doc) -> list[LinkSpan]:
    """Every link of a document in reading order; pieces of one link in one
    paragraph (a bold word inside it, say) are joined into one link."""
    spans: list[LinkSpan] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            href = fmt.anchorHref() if fmt.isAnchor() else ""
            if href:
                last = spans[-1] if spans else None
                if last and last.href == href and last.end == frag.position():
                    spans[-1] = LinkSpan(
                        last.start, frag.position() + frag.length(), href, last.text + frag.text()
                    )
                else:
                    spans.append(
                        LinkSpan(
                            frag.position(), frag.position() + frag.length(), href, frag.text()
                        )
                    )
            it += 1
        block = block.next()
    return [LinkSpan(s.start, s.end, s.href, " ".join(s.text.split())) for s in spans]


def link_name(span: LinkSpan) -> str:
    """The link's words; a bare source number says what it is ("Source 3", not "3")."""
    if span.href.startswith("#source-") and span.text.isdigit():
        return QCoreApplication.translate("PageLinks", "Source %1").replace("%1", span.text)
    return span.text


def link_purpose(href: str) -> str:
    """What pressing a link does, said after its words."""
    scheme = href.split(":", 1)[0] if ":" in href else ""
    if scheme == "glossary":
        return QCoreApplication.translate("PageLinks", "Shows what this word means, under the page")
    if scheme == "question":
        return QCoreApplication.translate("PageLinks", "Adds this question to my questions")
    if scheme == "page":
        return QCoreApplication.translate("PageLinks", "Opens another page of the guide")
    if href.startswith("#source-"):
        return QCoreApplication.translate(
            "PageLinks", "Goes to this source in the list at the end of the page"
        )
    if href.startswith("#"):
        return QCoreApplication.translate("PageLinks", "Goes to this part of the page")
    if scheme in ("http", "https", "mailto"):
        return QCoreApplication.translate(
            "PageLinks", "An outside address; the guide asks before opening it"
        )
    return ""


def span_rect(reader: QTextBrowser, span: LinkSpan) -> QRect:
    """The link's box in viewport coordinates, from the document's own layout."""
    doc = reader.document()
    layout = doc.documentLayout()
    box = QRectF()
    block = doc.findBlock(span.start)
    while block.isValid() and block.position() < span.end:
        text_layout = block.layout()
        origin = layout.blockBoundingRect(block).topLeft()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            first = block.position() + line.textStart()
            a, b = max(span.start, first), min(span.end, first + line.textLength())
            if a >= b:
                continue
            x1 = _x(line, a - block.position())
            x2 = _x(line, b - block.position())
            box |= QRectF(
                origin.x() + min(x1, x2), origin.y() + line.y(), abs(x2 - x1), line.height()
            )
        block = block.next()
    return box.toAlignedRect().translated(
        -reader.horizontalScrollBar().value(), -reader.verticalScrollBar().value()
    )


def _x(line, position: int) -> float:
    x = line.cursorToX(position)
    return x[0] if isinstance(x, tuple) else x
