"""A new text size or theme, applied to what the family can see, at once.

Setting the application's style sheet makes Qt repolish every widget it has ever
polished, the tabs nobody is looking at included: about 150 ms with every tab
built, for any sheet at all. So a change after start is applied part by part:

- every part of the window on screen gets the new font, palette and style sheet
  of its own (a widget's sheet reaches everything inside it);
- a page of a stacked widget that is not showing (a tab not open, the kiosk's
  start screen while the guide is used) gets them just before it is next shown;
- a dialog the window opens later gets them when Qt first polishes it.

The application keeps the sheet it started with, for windows made without a
parent; its font and palette follow every change, for menus and tooltips. That
is cheap: the parts below already have a font and palette of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

# A page's property: which change it was last styled for (0: the application's own).
_STYLED = "cartappStyleGeneration"


class StyleScopes(QObject):
    """Restyles ``root``'s window part by part (see the module's notes)."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self._root = root
        self._look: tuple[QFont, QPalette, str] | None = None
        self._generation = 0
        self._lazy: list[QStackedWidget] = []
        root.installEventFilter(self)

    def defer_hidden_pages(self, stack: QStackedWidget) -> None:
        """``stack``'s pages not showing wait for a change until they are shown."""
        self._lazy.append(stack)
        stack.currentChanged.connect(lambda _index, s=stack: self._on_page_shown(s))
        stack.destroyed.connect(lambda *_args, s=stack: self._forget(s))

    def apply(self, font: QFont, palette: QPalette, sheet: str) -> None:
        self._generation += 1
        self._look = (font, palette, sheet)
        app = QApplication.instance()
        app.setFont(font)
        app.setPalette(palette)
        self._style_tree(self._root)

    def style_new(self, widget: QWidget) -> None:
        """A part made after a change (the menu bar, made again for a new language)
        takes the current look, as the one it replaces had."""
        if self.pending(widget):
            self._style(widget)

    def pending(self, widget: QWidget) -> bool:
        """True when ``widget`` has not had the last change yet."""
        return self._look is not None and widget.property(_STYLED) != self._generation

    def _forget(self, stack: QStackedWidget) -> None:
        self._lazy = [s for s in self._lazy if s is not stack]

    def _holds_lazy(self, widget: QWidget) -> bool:
        return any(widget.isAncestorOf(stack) for stack in self._lazy)

    def _style_tree(self, widget: QWidget) -> None:
        if any(widget is stack for stack in self._lazy):
            current = widget.currentWidget()  # type: ignore[attr-defined]
            if current is not None:
                self._style_tree(current)
        elif widget is self._root or self._holds_lazy(widget):
            # A container paints at most its background; its font would spread into
            # the pages that wait (Qt's style sheet fixes a widget's palette when it
            # polishes it, so the application's palette no longer reaches it).
            widget.setPalette(self._look[1])  # type: ignore[index]
            for child in widget.children():
                if isinstance(child, QWidget):
                    self._style_tree(child)
        elif self.pending(widget):
            self._style(widget)

    def _style(self, widget: QWidget) -> None:
        assert self._look is not None
        font, palette, sheet = self._look
        widget.setFont(font)
        widget.setPalette(palette)
        widget.setStyleSheet(sheet)
        widget.setProperty(_STYLED, self._generation)

    def _on_page_shown(self, stack: QStackedWidget) -> None:
        # Before the page's first paint: Qt paints after the posted relayout.
        page = stack.currentWidget()
        if page is not None and self._look is not None:
            self._style_tree(page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A dialog opened on the window after a change starts from the application's
        # sheet: give it the current look before it is first shown.
        if (
            event.type() == QEvent.Type.ChildPolished
            and watched is self._root
            and self._look is not None
        ):
            child = event.child()
            if isinstance(child, QWidget) and child.isWindow() and self.pending(child):
                self._style(child)
        return False
