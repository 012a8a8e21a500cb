"""Marks the sentence being read in a text view, and the word when the engine says it."""

from __future__ import annotations

from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from cartapp.model.sentences import Sentence


def highlighter(view: QTextEdit):
    """A function (sentence or None, word start, word length) that marks ``view``."""

    def mark(sentence: Sentence | None, word_start: int, word_length: int) -> None:
        if sentence is None:
            view.setExtraSelections([])
            return
        palette = view.palette()
        marks = [
            _selection(
                view,
                sentence.start,
                sentence.end,
                palette.color(QPalette.ColorRole.Highlight),
                palette.color(QPalette.ColorRole.HighlightedText),
            )
        ]
        if word_length:
            start = sentence.start + word_start
            word = _selection(
                view,
                start,
                start + word_length,
                palette.color(QPalette.ColorRole.HighlightedText),
                palette.color(QPalette.ColorRole.Highlight),
            )
            word.format.setFontUnderline(True)
            marks.append(word)
        view.setExtraSelections(marks)
        _scroll_to(view, marks[0].cursor)

    return mark


def _selection(
    view: QTextEdit, start: int, end: int, background, foreground
) -> QTextEdit.ExtraSelection:
    cursor = QTextCursor(view.document())
    last = max(0, view.document().characterCount() - 1)
    cursor.setPosition(min(start, last))
    cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    text_format = QTextCharFormat()
    text_format.setBackground(background)
    text_format.setForeground(foreground)
    selection.format = text_format
    return selection


def _scroll_to(view: QTextEdit, cursor: QTextCursor) -> None:
    """Keep the sentence in view, a line or two from the top when it has to move."""
    start = QTextCursor(cursor)
    start.setPosition(cursor.selectionStart())
    rect = view.cursorRect(start)
    viewport = view.viewport().rect()
    if rect.top() < 0 or rect.bottom() > viewport.height():
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - rect.height() * 2)
