"""Moving between tabs: the list on the left, Ctrl+Tab, and links from one page to
another. A mixin of MainWindow, which owns the list (``_nav``), the stack and the
tab specs; a tab is built the first time it is shown, so the window opens fast."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate


class TabNavigation:
    """Which tab shows, and building a tab when it is first needed."""

    def open_page(self, name: str, anchor: str = "") -> None:
        """Follow a link to another page (and a place on it), wherever that page lives."""
        from cartapp.model.library import LIFE_PAGES

        if name in LIFE_PAGES:
            self.show_tab("life").show_page(name, anchor)
        elif name == "center" and "center" in self.tab_keys():
            self.show_tab("center").show_place(anchor)
        elif name in self.tab_keys():
            self.show_tab(name).show_place(anchor)

    def tab_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def tab(self, key: str) -> QWidget:
        """The tab's widget, built now if it has not been shown yet."""
        if key not in self._tabs:
            self.region  # noqa: B018 - set up before a page reads it (ReaderRegion.region)
            index = self.tab_keys().index(key)
            widget = self._specs[index].build()
            placeholder = self._stack.widget(index)
            self._stack.insertWidget(index, widget)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._tabs[key] = widget
            self._report_translation_problems()
        return self._tabs[key]

    def _report_translation_problems(self) -> None:
        """A broken translated file was read in English instead: say so, plainly on
        screen and by file and line for whoever keeps the translation."""
        from cartapp.model.translated import take_problems
        from cartapp.ui.error_hook import for_maintainers

        problems = take_problems()
        for problem in problems:
            for_maintainers(problem)
        if problems:
            self._status(
                translate(
                    "MainWindow",
                    "Part of this page is shown in English: its translation could not be read.",
                ),
                15000,
            )

    def built_tabs(self) -> dict[str, QWidget]:
        return dict(self._tabs)

    def current_key(self) -> str:
        return self._specs[self._nav.currentRow()].key

    def show_first_tab(self) -> QWidget:
        """Build and show the first tab (the app calls it once the window is up)."""
        if self._nav.currentRow() < 0:
            self._nav.setCurrentRow(0)
        self._on_nav_changed(self._nav.currentRow())
        return self.tab(self.current_key())

    def show_tab(self, key: str) -> QWidget:
        self._nav.setCurrentRow(self.tab_keys().index(key))
        return self.tab(key)

    def _on_nav_changed(self, row: int) -> None:
        if row < 0:
            return
        widget = self.tab(self._specs[row].key)
        self._stack.setCurrentIndex(self._stack.indexOf(widget))
        self._report_translation_problems()  # a page read after its tab was built

    def _step_tab(self, delta: int) -> None:
        count = self._nav.count()
        self._nav.setCurrentRow((self._nav.currentRow() + delta) % count)

    def _fill_navigation(self) -> None:
        """One row in the list and one placeholder page per tab (built on first visit)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidgetItem

        for spec in self._specs:
            item = QListWidgetItem(spec.label)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.label)
            self._nav.addItem(item)
            self._stack.addWidget(QWidget())
