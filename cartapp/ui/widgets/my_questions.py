"""The family's own list: order, edit, notes, "Ask first", and their own questions.

This module lays out and exposes the widgets; the Questions tab holds the
behaviour (what happens on each action) and the sheet model.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cartapp.model.sheet import MAX_NOTE_CHARS, MAX_QUESTION_CHARS
from cartapp.ui.plain_text import plain_label
from cartapp.ui.widgets.button_row import ButtonRow


class OrderList(QListWidget):
    """A list the family can reorder by dragging or with the keyboard.

    Signals:
        reordered(list): the new order, as the rows' previous positions.
        move_requested(int): Alt+Up (-1) or Alt+Down (+1) on the selected row.
        remove_requested(): Delete on the selected row.
        ask_first_requested(): Ctrl+Shift+F on the selected row.
    """

    reordered = Signal(list)
    move_requested = Signal(int)
    remove_requested = Signal()
    ask_first_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A drag within the list moves rows in the model; follow the model, not
        # the drop event, so every kind of move keeps the sheet in step.
        self.model().rowsMoved.connect(self._on_rows_moved)

    def keyPressEvent(self, event) -> None:
        # Keys act on the list only, so Delete in a text box never removes a question.
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
            self.remove_requested.emit()
        elif key == Qt.Key.Key_F and mods == (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            self.ask_first_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _on_rows_moved(self, *_args) -> None:
        order = [self.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.count())]
        if order != sorted(order):
            self.reordered.emit(order)


class CountedText(QPlainTextEdit):
    """A text box that shows how many characters are left as you type.

    Signals:
        focus_left(): the focus moved elsewhere.
    """

    focus_left = Signal()

    def __init__(self, limit: int, label: QLabel, parent=None) -> None:
        super().__init__(parent)
        self.limit = limit
        self._label = label
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.toPlainText()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()

    def _update(self) -> None:
        used = len(self.toPlainText())
        self._label.setText(
            self.tr("%1 of %2 characters").replace("%1", str(used)).replace("%2", str(self.limit))
        )
        over = used > self.limit
        self._label.setProperty("over", over)
        self._label.setStyleSheet("color: #B42318; font-weight: bold;" if over else "")


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class MyQuestionsView(QWidget):
    """Widgets for the family's list; see the Questions tab for what they do."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        heading = _wrapped(self.tr("My questions"))
        heading.setObjectName("sectionHeading")
        self.summary = plain_label()
        self.summary.setObjectName("tabPurpose")
        self.summary.setWordWrap(True)
        self.list = OrderList()
        self.list.setAccessibleName(self.tr("My questions, in the order I will ask them"))
        self.list.setAccessibleDescription(
            self.tr("Drag to reorder, or use Alt+Up and Alt+Down. Delete removes a question.")
        )

        self.up = self._button(self.tr("Move up"), self.tr("Move the question up"), "Alt+Up")
        self.down = self._button(
            self.tr("Move down"), self.tr("Move the question down"), "Alt+Down"
        )
        self.remove = self._button(self.tr("Remove"), self.tr("Remove the question"), "Del")
        self.ask_first = QCheckBox(self.tr("Ask first"))
        self.ask_first.setAccessibleName(self.tr("Ask this question first"))
        self.ask_first.setToolTip(self.tr("Up to 3 questions print first (Ctrl+Shift+F)"))
        actions = ButtonRow([self.up, self.down, self.remove])

        self.edit_count = QLabel()
        self.edit_count.setWordWrap(True)
        # Right-aligned inside the label: a layout alignment would stop the label
        # getting the height its wrapped words need (a longer language was cut off).
        self.edit_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit_text = CountedText(MAX_QUESTION_CHARS, self.edit_count)
        self.edit_text.setAccessibleName(self.tr("Wording of the selected question"))
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE_CHARS)
        self.note.setPlaceholderText(self.tr("Our note for this question (optional)"))
        self.note.setAccessibleName(self.tr("Our note for the selected question"))
        self.edit_hint = _wrapped(self.tr("Changes are kept as you type."))
        self.edit_hint.setObjectName("tabPurpose")
        editor = QVBoxLayout()
        editor.addWidget(self.ask_first)
        editor.addWidget(_wrapped(self.tr("Change the wording:")))
        editor.addWidget(self.edit_text)
        editor.addWidget(self.edit_count)
        editor.addWidget(self.note)
        editor.addWidget(self.edit_hint)

        own_label = _wrapped(self.tr("Write your own question:"))
        self.own_count = QLabel()
        self.own_count.setWordWrap(True)
        self.own_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.own_text = CountedText(MAX_QUESTION_CHARS, self.own_count)
        self.own_text.setAccessibleName(self.tr("Your own question"))
        self.own_text.setPlaceholderText(self.tr("Type a question in your own words"))
        self.own_add = QPushButton(self.tr("Add my question"))
        self.own_add.setAccessibleName(self.tr("Add my own question to the list"))
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        own = QVBoxLayout()
        own.addWidget(own_label)
        own.addWidget(self.own_text)
        own.addWidget(self.own_count)
        own.addWidget(self.message)
        own.addWidget(self.own_add, 0, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 3)
        layout.addWidget(actions)
        layout.addLayout(editor)
        layout.addLayout(own)
        self.fit_text_boxes()

    def _button(self, text: str, name: str, key: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(self.tr("%1 (%2 in the list)").replace("%1", name).replace("%2", shown))
        return button

    def fit_text_boxes(self) -> None:
        """Room for about three lines, whatever the text size."""
        lines = self.fontMetrics().lineSpacing()
        for box in (self.edit_text, self.own_text):
            box.setFixedHeight(lines * 3 + 20)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.fit_text_boxes()
