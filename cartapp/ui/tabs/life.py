"""The "Life after CAR T" tab: the pages for home, the years after, teens and support.

One entry in the window's navigation holds several pages with a list of its own, so
the navigation stays short and every page is two clicks (or keys) away. Pages are
built on first visit, like the window's tabs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cartapp.ui.tabs.reader_tab import ReaderTab


class LifeTab(QWidget):
    """A list of pages and the page chosen. ``build_page`` makes each page's reader and
    wires its links (questions, other pages, outside addresses), as for any tab."""

    def __init__(
        self, pages: Sequence[tuple[str, str]], build_page: Callable[[str], ReaderTab], parent=None
    ) -> None:
        """``pages``: (page name, title) in the order the list shows them."""
        super().__init__(parent)
        self._names = [name for name, _title in pages]
        self._build_page = build_page
        self._readers: dict[str, ReaderTab] = {}
        self.page_list = QListWidget()
        self.page_list.setObjectName("lifePages")
        self.page_list.setAccessibleName(self.tr("Pages about life after CAR T"))
        # A row of page names above the page that wraps at large text: the page keeps
        # the window's full width, which a second column beside it would not.
        self.page_list.setFlow(QListView.Flow.LeftToRight)
        self.page_list.setWrapping(True)
        self.page_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.page_list.setSpacing(4)
        self.page_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # When the names would need more than one row (large text, narrow window),
        # a drop-down takes their place so the page itself keeps the room to be read.
        self.page_choice = QComboBox()
        self.page_choice.setObjectName("lifePageChoice")
        self.page_choice.setAccessibleName(self.tr("Page about life after CAR T"))
        self.page_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.page_choice.hide()
        self._stack = QStackedWidget()
        for _name, title in pages:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.page_list.addItem(item)
            self.page_choice.addItem(title)
            self._stack.addWidget(QWidget())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.page_list)
        layout.addWidget(self.page_choice, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._stack, 1)
        self.page_list.currentRowChanged.connect(self._on_row_changed)
        self.page_choice.currentIndexChanged.connect(self.page_list.setCurrentRow)
        self.page_list.setCurrentRow(0)
        self.setFocusProxy(self.page_list)

    def page_names(self) -> list[str]:
        return list(self._names)

    def reader(self, name: str) -> ReaderTab:
        """The page's reader, built now if it has not been shown yet."""
        if name not in self._readers:
            index = self._names.index(name)
            reader = self._build_page(name)
            placeholder = self._stack.widget(index)
            self._stack.insertWidget(index, reader)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._readers[name] = reader
        return self._readers[name]

    def built_readers(self) -> dict[str, ReaderTab]:
        return dict(self._readers)

    def current_name(self) -> str:
        return self._names[max(0, self.page_list.currentRow())]

    def current_reader(self) -> ReaderTab:
        return self.reader(self.current_name())

    def show_page(self, name: str, anchor: str = "") -> ReaderTab:
        self.page_list.setCurrentRow(self._names.index(name))
        reader = self.reader(name)
        reader.show_place(anchor)
        return reader

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self._stack.setCurrentWidget(self.reader(self._names[row]))
            self.page_choice.setCurrentIndex(row)

    def fit_list(self) -> None:
        """One row of page names when they fit on one; otherwise the drop-down."""
        view = self.page_list
        metrics = view.fontMetrics()
        needed = sum(
            metrics.horizontalAdvance(view.item(row).text())
            + 4 * view.spacing()
            + 2 * metrics.averageCharWidth()
            for row in range(view.count())
        )
        one_row = needed + 2 * view.frameWidth() + 8 <= max(1, self.width() - 8)
        focused = view.hasFocus() or self.page_choice.hasFocus()
        view.setVisible(one_row)
        self.page_choice.setVisible(not one_row)
        self.setFocusProxy(view if one_row else self.page_choice)
        if focused:
            self.focusProxy().setFocus()
        if one_row:
            row_height = max(view.sizeHintForRow(0), metrics.height())
            view.setFixedHeight(row_height + 2 * view.frameWidth() + 2 * view.spacing() + 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        self.fit_list()

    def reset(self) -> None:
        """Every page back to its top, the first page shown."""
        for reader in self._readers.values():
            reader.reset()
        self.page_list.setCurrentRow(0)

    def self_check(self) -> list[str]:
        return [problem for name in self._names for problem in self.reader(name).self_check()]
