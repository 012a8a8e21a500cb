"""A reader view for one content page: a reading column with working links."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QImage,
    QPainter,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QTextBrowser

from cartapp.model.clinic_content import PICTURE_SCHEME
from cartapp.model.figures import figure_aspect, figure_svg
from cartapp.model.glossary import Glossary
from cartapp.model.page_html import CALLOUTS, HIGH_CONTRAST_CALLOUTS, render_page
from cartapp.model.page_links import LinkTargets
from cartapp.model.pages import Page
from cartapp.model.question_links import QuestionNames
from cartapp.ui import icons
from cartapp.ui.widgets.reader_access import expose_links
from cartapp.ui.widgets.reader_style import apply_line_height, page_css

READING_COLUMN_CHARS = 75


class ReaderView(QTextBrowser):
    """Shows a page; never fetches anything itself.

    Signals:
        term_activated(str): a glossary word's id was activated.
        question_requested(str): an "Add to my questions" link (bank question id).
        external_link_requested(QUrl): an outside address; the window decides.
        page_requested(str, str): a link to another page (its name, and a place on it
            or "").
    """

    term_activated = Signal(str)
    question_requested = Signal(str)
    page_requested = Signal(str, str)
    external_link_requested = Signal(QUrl)

    def __init__(
        self,
        page: Page,
        glossary: Glossary | None,
        parent=None,
        *,
        questions: QuestionNames | None = None,
        links: LinkTargets | None = None,
        pictures: Callable[[str], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._page = page
        self._glossary = glossary
        self._questions = questions  # so every "Add to my questions" link names its question
        self._links = links  # a link to nothing is shown as words, never a dead link
        self._pictures = pictures  # the clinic's own pictures, by plain file name
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Long addresses in the source list must wrap, not push the page sideways.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setAccessibleName(page.title)
        self.setAccessibleDescription(page.summary)
        self.anchorClicked.connect(self._on_anchor_clicked)
        # The focus ring reaches past the link's own words: repaint when it moves.
        self.selectionChanged.connect(self.viewport().update)
        expose_links(self)
        from cartapp.ui import region

        self._region = region.current()
        self._region.changed.connect(self._render)
        self._render()

    def page(self) -> Page:
        return self._page

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        # Only our own icons load; nothing from outside, ever.
        if url.scheme() == "icon":
            px = max(16, round(self.font().pixelSize() * 1.25))
            dark = self.palette().color(self.palette().ColorRole.Base).lightness() < 128
            style = (HIGH_CONTRAST_CALLOUTS if dark else CALLOUTS).get(url.path())
            colour = (
                style.title_colour
                if style
                else self.palette().color(self.palette().ColorRole.Text).name()
            )
            return icons.image(url.path(), colour, px * 2)
        if url.scheme() == "figure":
            return self._figure_image(url.path())
        if url.scheme() == PICTURE_SCHEME and self._pictures is not None:
            return self._clinic_picture(url.path())
        return QByteArray()  # an empty answer: nothing else is ever loaded

    def _figure_width(self) -> int:
        """The reading column's width, or the window's when it is narrower; a step of
        40 px so a resize re-renders a page only when its pictures must change."""
        char_px = self.fontMetrics().averageCharWidth() or 8
        margin = self.document().documentMargin()
        room = self.viewport().width() - 2 * margin - 8
        column = READING_COLUMN_CHARS * char_px
        return int(column) if column <= room else max(240, int(room // 40 * 40))

    def _clinic_picture(self, name: str) -> QImage:
        """A picture from the clinic folder, never wider than the reading column."""
        path = self._pictures(name)
        image = QImage(str(path)) if path is not None else QImage()
        if image.isNull():
            return QImage()
        width = self._figure_width()
        if image.width() > width:
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return image

    def _figure_image(self, name: str) -> QImage:
        # Drawn from the SVG at the screen's pixel density: sharp at any text size.
        dark = self.palette().color(self.palette().ColorRole.Base).lightness() < 128
        ratio = max(1.0, self.devicePixelRatioF())
        width = self._figure_width()
        size = (round(width * ratio), round(width * figure_aspect(name) * ratio))
        image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        QSvgRenderer(QByteArray(figure_svg(name, high_contrast=dark))).render(
            painter, QRectF(0, 0, *size)
        )
        painter.end()
        image.setDevicePixelRatio(ratio)
        return image

    def _restyle(self) -> None:
        """A new text size or theme: only the words' look changes, so a page nobody
        sees is laid out again when it is next shown, and a change costs one page,
        not every page ever opened."""
        if self.isVisible():
            self._render()
        else:
            self._stale = True

    def _render(self) -> None:
        self._stale = False
        if getattr(self, "_rendering", False):
            # setHtml() can resize the viewport (a scroll bar comes or goes), which
            # asks for a render with new picture widths; rendering inside setHtml()
            # would leave the page in the document twice. Render again just after.
            QTimer.singleShot(0, self, self._render)
            return
        self._rendering = True
        try:
            self._render_now()
        finally:
            self._rendering = False

    def _render_now(self) -> None:
        dark = self.palette().color(self.palette().ColorRole.Base).lightness() < 128
        px = self.font().pixelSize() if self.font().pixelSize() > 0 else 16
        figure_px = self._figure_width() if "figure:" in self._page.body else 0
        state = (
            px,
            dark,
            self.palette().color(self.palette().ColorRole.Link).name(),
            figure_px,
            self.devicePixelRatioF(),
            self._region.version,
        )
        if state == getattr(self, "_rendered_for", None):
            return  # Qt sends font and palette changes that change nothing for us
        self._rendered_for = state
        doc = self.document()
        doc.setDefaultFont(self.font())
        doc.setDefaultStyleSheet(page_css(self.palette(), px))
        doc.setDocumentMargin(px)
        position = self.verticalScrollBar().value()
        self.setHtml(
            render_page(
                self._page,
                self._glossary,
                high_contrast=dark,
                icon_px=round(px * 1.25),
                figure_px=figure_px or 600,
                expand=self._region.expander(),
                questions=self._questions,
                links=self._links,
            )
        )
        apply_line_height(doc)
        self.verticalScrollBar().setValue(position)
        self._fit_reading_column()

    def _fit_reading_column(self) -> None:
        """Centre a column of about 75 characters; never scroll sideways."""
        char_px = self.fontMetrics().averageCharWidth() or 8
        margin = self.document().documentMargin()
        column = READING_COLUMN_CHARS * char_px
        side = max(0.0, (self.viewport().width() - column) / 2 - margin)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - side) > 1:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            root.setFrameFormat(fmt)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_reading_column()
        if "figure:" in self._page.body:
            self._render()  # only re-renders when the pictures' width changed

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._restyle()

    def scrollToAnchor(self, name: str) -> None:  # noqa: N802 - Qt slot
        # On a hidden page Qt scrolls when the page is next shown (showEvent below).
        self._anchor_on_show = not self.isVisible()
        super().scrollToAnchor(name)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # On its first show QTextEdit scrolls its text cursor into a view that the tab
        # has not laid out yet: at large text in a short window the page opened with
        # its title scrolled away. The page stays where it was, unless a link asked
        # for a place on it.
        position = self.verticalScrollBar().value()
        super().showEvent(event)
        if not getattr(self, "_anchor_on_show", False):
            self.verticalScrollBar().setValue(position)
        self._anchor_on_show = False
        if getattr(self, "_stale", False):
            self._render()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        from cartapp.ui.widgets.link_focus import paint_link_focus

        paint_link_focus(self)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "glossary":
            self.term_activated.emit(url.path())
        elif scheme == "question":
            self.question_requested.emit(url.path())
        elif scheme == "page":
            self.page_requested.emit(url.path(), url.fragment())
        elif scheme in ("http", "https", "mailto"):
            self.external_link_requested.emit(url)
        elif not scheme and url.fragment():
            self.scrollToAnchor(url.fragment())

    def question_links(self) -> list[tuple[str, str]]:
        """(question id, the link's words) of every "Add to my questions" link shown."""
        links: list[tuple[str, str, int]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                href = fmt.anchorHref() if fmt.isAnchor() else ""
                if href.startswith("question:"):
                    qid = href[len("question:") :]
                    number = block.blockNumber()
                    if links and links[-1][0] == qid and links[-1][2] == number:
                        links[-1] = (qid, links[-1][1] + it.fragment().text(), number)
                    else:
                        links.append((qid, it.fragment().text(), number))
                it += 1
            block = block.next()
        return [(qid, text) for qid, text, _ in links]

    def link_targets(self) -> list[str]:
        """Every link address in the shown document, in order (used by checks)."""
        targets = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if (
                    fmt.isAnchor()
                    and fmt.anchorHref()
                    and (not targets or targets[-1] != fmt.anchorHref())
                ):
                    targets.append(fmt.anchorHref())
                it += 1
            block = block.next()
        return targets
