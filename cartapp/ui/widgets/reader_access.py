"""A page's links as links for screen readers.

Qt's own accessible object for a QTextBrowser is one block of text: NVDA, VoiceOver
and Orca can read it, but never learn that a glossary word, an "On this page" entry or
an "Add to my questions" line is a link. We keep Qt's text object (screen readers read
and move through the text with it) and give its viewport, where the page is drawn, one
accessible child per link, in reading order: role Link, its words as the name, its place
on screen, and a "press" action that does what a click does.
"""

from __future__ import annotations

import atexit
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QRect, QRectF, QTimer, QUrl
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QTextCursor
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser, QWidget

_MARK = "cartappPageLinks"  # set on a reader's viewport: its links are exposed
_installed = False
# Qt's accessibility registry deletes these objects itself; Python must keep each
# one alive until then, and hand the rest back to Qt before the interpreter ends.
_live: dict[int, LinksPane] = {}


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
                    spans[-1] = LinkSpan(last.start, frag.position() + frag.length(), href,
                                         last.text + frag.text())
                else:
                    spans.append(LinkSpan(frag.position(), frag.position() + frag.length(),
                                          href, frag.text()))
            it += 1
        block = block.next()
    return [LinkSpan(s.start, s.end, s.href, " ".join(s.text.split())) for s in spans]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PageLinks", text)


def link_name(span: LinkSpan) -> str:
    """The link's words; a bare source number says what it is ("Source 3", not "3")."""
    if span.href.startswith("#source-") and span.text.isdigit():
        return _tr("Source %1").replace("%1", span.text)
    return span.text


def link_purpose(href: str) -> str:
    """What pressing a link does, said after its words."""
    scheme = href.split(":", 1)[0] if ":" in href else ""
    if scheme == "glossary":
        return _tr("Shows what this word means, under the page")
    if scheme == "question":
        return _tr("Adds this question to my questions")
    if scheme == "page":
        return _tr("Opens another page of the guide")
    if href.startswith("#source-"):
        return _tr("Goes to this source in the list at the end of the page")
    if href.startswith("#"):
        return _tr("Goes to this part of the page")
    if scheme in ("http", "https", "mailto"):
        return _tr("An outside address; the guide asks before opening it")
    return ""


def _span_rect(reader: QTextBrowser, span: LinkSpan) -> QRect:
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
            box |= QRectF(origin.x() + min(x1, x2), origin.y() + line.y(),
                          abs(x2 - x1), line.height())
        block = block.next()
    return box.toAlignedRect().translated(-reader.horizontalScrollBar().value(),
                                          -reader.verticalScrollBar().value())


def _x(line, position: int) -> float:
    x = line.cursorToX(position)
    return x[0] if isinstance(x, tuple) else x


class PageLink(QAccessibleWidget):
    """One link; lives as long as the page text it was read from."""

    def __init__(self, pane: LinksPane, span: LinkSpan) -> None:
        super().__init__(pane.reader.viewport(), QAccessible.Role.Link, link_name(span))
        self.pane = pane
        self.span = span

    def object(self):  # noqa: D102 - no QObject of its own
        return None

    def isValid(self) -> bool:  # noqa: N802
        return self.pane.alive and self in self.pane.links

    def role(self):
        return QAccessible.Role.Link

    def text(self, kind):
        if kind == QAccessible.Text.Name:
            return link_name(self.span)
        if kind == QAccessible.Text.Description:
            return link_purpose(self.span.href)
        return ""

    def rect(self) -> QRect:
        if not self.pane.alive:
            return QRect()
        viewport = self.pane.reader.viewport()
        box = _span_rect(self.pane.reader, self.span)
        return QRect(viewport.mapToGlobal(box.topLeft()), box.size())

    def state(self):
        state = QAccessible.State()
        state.focusable = True
        state.linked = True
        if not self.pane.alive:
            state.invalid = True
            return state
        reader = self.pane.reader
        if not _span_rect(reader, self.span).intersects(reader.viewport().rect()):
            state.offscreen = True
        cursor = reader.textCursor()
        if reader.hasFocus() and (cursor.selectionStart(), cursor.selectionEnd()) == (
                self.span.start, self.span.end):
            state.focused = True
        return state

    def parent(self):
        return self.pane

    def child(self, index):
        return None

    def childCount(self) -> int:  # noqa: N802
        return 0

    def indexOfChild(self, child) -> int:  # noqa: N802
        return -1

    def childAt(self, x, y):  # noqa: N802
        return None

    def focusChild(self):  # noqa: N802
        return None

    def actionNames(self) -> list[str]:  # noqa: N802
        return [QAccessibleWidget.pressAction(), QAccessibleWidget.setFocusAction()]

    def doAction(self, name: str) -> None:  # noqa: N802
        if not self.pane.alive:
            return
        reader = self.pane.reader
        self.pane.select(self.span)
        if name == QAccessibleWidget.pressAction():
            reader.anchorClicked.emit(QUrl(self.span.href))


class LinksPane(QAccessibleWidget):
    """The reader's viewport, with the page's links as its children."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport, QAccessible.Role.Pane,
                         _tr("Links on this page, in reading order"))
        self.reader: QTextBrowser = viewport.parent()
        self.alive = True
        self._links: list[PageLink] | None = None
        self._announce = QTimer(viewport, singleShot=True, interval=0)
        self._announce.timeout.connect(self._children_changed)
        self.reader.document().contentsChanged.connect(self._stale)
        self.reader.cursorPositionChanged.connect(self._follow_focus)
        viewport.destroyed.connect(self._gone)

    @property
    def links(self) -> list[PageLink]:
        if self._links is None:
            self._links = [PageLink(self, s) for s in link_spans(self.reader.document())]
        return self._links

    def _gone(self) -> None:
        self.alive = False
        self._retire()
        # Qt frees this object right after this signal; drop Python's hold later.
        QTimer.singleShot(0, lambda key=id(self): _live.pop(key, None))

    def _stale(self) -> None:
        if self._links is not None:
            self._retire()
            self._announce.start()

    def _retire(self) -> None:
        # Qt's registry owns any link a screen reader has seen; free them with the page.
        old, self._links = self._links or [], None
        for link in old:
            if shiboken6.isValid(link):
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(link))

    def _children_changed(self) -> None:
        if self.alive:
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.reader.viewport(), QAccessible.Event.ObjectReorder))

    def _follow_focus(self) -> None:
        """Tab moves from link to link inside the page: tell the screen reader which."""
        if not (self.alive and self.reader.hasFocus() and QAccessible.isActive()):
            return
        cursor = self.reader.textCursor()
        for link in self.links:
            if (link.span.start, link.span.end) == (cursor.selectionStart(),
                                                    cursor.selectionEnd()):
                QAccessible.updateAccessibility(QAccessibleEvent(link, QAccessible.Event.Focus))
                return

    def select(self, span: LinkSpan) -> None:
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        self.reader.setTextCursor(cursor)
        self.reader.ensureCursorVisible()
        self.reader.setFocus()

    def childCount(self) -> int:  # noqa: N802
        return len(self.links)

    def child(self, index: int):
        links = self.links
        return links[index] if 0 <= index < len(links) else None

    def indexOfChild(self, child) -> int:  # noqa: N802
        for i, link in enumerate(self.links):
            if link is child:
                return i
        return -1

    def childAt(self, x: int, y: int):  # noqa: N802
        for link in self.links:
            if link.rect().contains(x, y):
                return link
        return None

    def focusChild(self):  # noqa: N802
        for link in self.links:
            if link.state().focused:
                return link
        return None


def _factory(key: str, obj) -> QAccessibleInterface | None:
    if key != "QWidget" or not obj.property(_MARK):
        return None
    pane = LinksPane(obj)
    _live[id(pane)] = pane
    return pane


@atexit.register
def _hand_back() -> None:
    for pane in list(_live.values()):
        if shiboken6.isValid(pane):
            pane.alive = False
            pane._retire()
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(pane))
    _live.clear()


def expose_links(reader: QTextBrowser) -> None:
    """Give a reader's links to screen readers (the factory is installed once)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    viewport = reader.viewport()
    viewport.setProperty(_MARK, True)
    if QAccessible.isActive():
        # With a screen reader on, Qt has already made the viewport's plain object
        # while the reader was being built; replace it with the one that has links.
        iface = QAccessible.queryAccessibleInterface(viewport)
        if iface is not None and not isinstance(iface, LinksPane):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))
