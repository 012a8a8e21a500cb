"""The kiosk's house rules for every widget, in one event filter.

A waiting room is hostile ground: a curious visitor long-presses, drags and
right-clicks to find a way out or a previous family's words. In the kiosk's
windows this filter:
- refuses context menus (they copy links, select all, paste, undo);
- refuses drag and drop in (nothing from outside lands in the guide);
- makes every scrolling area scroll with a finger (kinetic), and stops a swipe
  over a page or a text box from selecting (and so dragging out) its text;
- shows the on-screen keyboard while a text field has the focus.
Widgets built later (tabs open on first visit) are caught as they are shown.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QPlainTextEdit,
    QScroller,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from cartapp.ui.kiosk.touch_keyboard import TouchKeyboard, is_text_input

_REFUSED = {QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop}
_PREPARED = "kioskTouchReady"


def prepare_for_touch(area: QAbstractScrollArea) -> None:
    """Finger scrolling on ``area``; a read-only page's text is not selectable by a swipe."""
    if area.property(_PREPARED):
        return
    area.setProperty(_PREPARED, True)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    if isinstance(area, QAbstractItemView):
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    if isinstance(area, QTextBrowser | QTextEdit | QPlainTextEdit):
        # No selecting by finger or mouse: a swipe scrolls, and no text can be
        # dragged out of the kiosk. Typing and the keyboard's own selection stay.
        flags = area.textInteractionFlags()
        flags &= ~Qt.TextInteractionFlag.TextSelectableByMouse
        area.setTextInteractionFlags(flags)


class KioskGuard(QObject):
    def __init__(self, window: QWidget, keyboard: TouchKeyboard) -> None:
        super().__init__(window)
        self._window = window
        self.keyboard = keyboard
        keyboard.hide_requested.connect(self._hide_keyboard)
        app = QApplication.instance()
        app.installEventFilter(self)
        app.focusChanged.connect(self._on_focus)

    def _ours(self, obj: QObject) -> bool:
        if not isinstance(obj, QWidget):
            return False
        top = obj.window()
        while top is not None and top is not self._window:
            parent = top.parentWidget()
            top = parent.window() if parent is not None else None
        return top is self._window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in _REFUSED and self._ours(watched):
            event.ignore()
            return True
        if (
            kind == QEvent.Type.Show
            and isinstance(watched, QAbstractScrollArea)
            and self._ours(watched)
        ):
            prepare_for_touch(watched)
        return False

    def prepare_all(self) -> None:
        for area in self._window.findChildren(QAbstractScrollArea):
            prepare_for_touch(area)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self._ours(new):
            return
        if is_text_input(new):
            self.keyboard.show()
        elif not self.keyboard.isAncestorOf(new) and new is not self.keyboard:
            self.keyboard.hide()

    def _hide_keyboard(self) -> None:
        self.keyboard.hide()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._on_focus)
