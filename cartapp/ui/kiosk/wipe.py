"""What Qt keeps on its own after a family leaves, wiped at every kiosk reset.

The window's tabs forget the family's list, dates and search; Qt itself still
holds copies: the clipboard (and the X selection, and macOS's find buffer), the
undo history of every text field (clearing a field can be undone), the
selection and scroll position of every view. A curious next visitor could bring
any of them back, so each is cleared here.
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def clear_clipboard() -> None:
    """Every clipboard the platform has: the usual one, the X selection (what a
    middle click pastes), and the find buffer."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        clipboard.clear(QClipboard.Mode.FindBuffer)


def wipe_widget_traces(root: QWidget) -> None:
    """Undo histories, selections and scroll positions in ``root`` and its children."""
    for edit in root.findChildren(QLineEdit):
        inside_spin_box = isinstance(edit.parentWidget(), QAbstractSpinBox)
        # setText (unlike clear) also empties the undo history; a spin box keeps
        # its value, which the tab's own reset has already set.
        edit.setText(edit.text() if inside_spin_box or edit.isReadOnly() else "")
    for edit in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        if not edit.isReadOnly():
            edit.setPlainText("")
        edit.document().clearUndoRedoStacks()
        cursor = edit.textCursor()
        cursor.clearSelection()
        cursor.movePosition(cursor.MoveOperation.Start)
        edit.setTextCursor(cursor)
    for label in root.findChildren(QLabel):
        if label.hasSelectedText():
            label.setSelection(0, 0)
    for view in root.findChildren(QAbstractItemView):
        view.scrollToTop()
    for area in root.findChildren(QAbstractScrollArea):
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
            bar.setValue(bar.minimum())


def wipe_all(windows: list[QWidget]) -> None:
    clear_clipboard()
    for window in windows:
        wipe_widget_traces(window)
