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

import shiboken6
from PySide6.QtCore import QCoreApplication, QRect, QTimer, QUrl
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QTextCursor
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser, QWidget

from cartapp.ui.widgets.reader_links import (
    LinkSpan,
    link_name,
    link_purpose,
    link_spans,
    span_rect,
)

_MARK = "cartappPageLinks"  # set on a reader's viewport: its links are exposed
_installed = False
# Qt's accessibility registry deletes these objects itself; Python must keep each
# one alive until then, and hand the rest back to Qt before the interpreter ends.
_live: dict[int, LinksPane] = {}


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
        box = span_rect(self.pane.reader, self.span)
        return QRect(viewport.mapToGlobal(box.topLeft()), box.size())

    def state(self):
        state = QAccessible.State()
        state.focusable = True
        state.linked = True
        if not self.pane.alive:
            state.invalid = True
            return state
        reader = self.pane.reader
        if not span_rect(reader, self.span).intersects(reader.viewport().rect()):
            state.offscreen = True
        cursor = reader.textCursor()
        if reader.hasFocus() and (cursor.selectionStart(), cursor.selectionEnd()) == (
            self.span.start,
            self.span.end,
        ):
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
        super().__init__(
            viewport,
            QAccessible.Role.Pane,
            QCoreApplication.translate("PageLinks", "Links on this page, in reading order"),
        )
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
        key = id(self)
        QTimer.singleShot(0, lambda: _live.pop(key, None))

    def _stale(self) -> None:
        if self._links is not None:
            self._retire()
            self._announce.start()

    def _retire(self) -> None:
        # Qt's registry owns any link a screen reader has seen; free them with the page.
        old, self._links = self._links or [], None
        tell = self.alive and QAccessible.isActive()
        for link in old:
            if shiboken6.isValid(link):
                if tell:  # or the screen reader keeps the old links beside the new
                    QAccessible.updateAccessibility(
                        QAccessibleEvent(link, QAccessible.Event.ObjectDestroyed)
                    )
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(link))

    def _children_changed(self) -> None:
        if self.alive:
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.reader.viewport(), QAccessible.Event.ObjectReorder)
            )

    def _follow_focus(self) -> None:
        """Tab moves from link to link inside the page: tell the screen reader which."""
        if not (self.alive and self.reader.hasFocus() and QAccessible.isActive()):
            return
        cursor = self.reader.textCursor()
        for link in self.links:
            if (link.span.start, link.span.end) == (cursor.selectionStart(), cursor.selectionEnd()):
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
