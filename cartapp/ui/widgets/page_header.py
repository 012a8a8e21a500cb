"""What sits above a page: its one-line purpose, Listen, the rules line, a clinic's
numbers. At ordinary sizes it takes the height it needs. At large text on a small
screen (a kiosk at 200 %) those lines would leave the page a strip of two lines, so
the header stops where the page would have fewer than PAGE_LINES lines (never below
half the tab) and scrolls on its own; the page keeps the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

SHARE = 0.5  # of the tab's height: the header always may take this much
PAGE_LINES = 6  # and more, as long as the page keeps this many lines of text


class PageHeader(QScrollArea):
    """``rows``: the header's vertical layout; add and insert widgets there. Given a
    ``tab``, the header follows that tab's height by itself."""

    def __init__(
        self,
        name: str,
        spacing: int,
        parent: QWidget | None = None,
        *,
        tab: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._room = 0
        self._tab = tab
        self.setAccessibleName(name)
        self.setObjectName("pageHeader")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Only a header that scrolls is a stop for the keyboard (its keys scroll it).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget()
        self.rows = QVBoxLayout(content)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(spacing)
        self.setWidget(content)
        content.installEventFilter(self)
        if tab is not None:
            tab.installEventFilter(self)

    def needed_height(self, width: int) -> int:
        """The height that shows every line at ``width``."""
        if self.rows.hasHeightForWidth():
            return self.rows.totalHeightForWidth(width)
        return self.rows.totalSizeHint().height()

    def scrolls(self) -> bool:
        return self.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff

    def fit(self, room: int | None = None) -> None:
        """Take what the lines need, up to the cap the module describes; ``room``: the
        tab's inner height (kept from the last call when not given)."""
        if room is not None:
            self._room = room
        if self._room <= 0 or self.width() <= 0:
            return
        needed = self.needed_height(self.width())
        line = self.fontMetrics().height()
        cap = max(line * 2, round(self._room * SHARE), self._room - line * PAGE_LINES)
        # A few pixels over the cap are not worth a scroll bar: the page gives them up.
        scrolls = needed > cap + line // 8
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if scrolls
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if scrolls else Qt.FocusPolicy.NoFocus)
        height = cap if scrolls else needed
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if watched is self.widget() and kind == QEvent.Type.LayoutRequest:
            self.fit()
        elif watched is self._tab and kind == QEvent.Type.Resize:
            layout = self._tab.layout()
            margins = layout.contentsMargins() if layout is not None else None
            spare = margins.top() + margins.bottom() if margins is not None else 0
            self.fit(self._tab.height() - spare)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()
