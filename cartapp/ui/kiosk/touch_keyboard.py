"""A keyboard on the screen for a touch-only kiosk.

A waiting-room touch screen often has no keyboard, and the platforms differ:
Windows shows its touch keyboard for Qt's text fields only in tablet mode or when
set to, a Linux 'cage' kiosk has none at all, and macOS has only an accessibility
keyboard. Qt's own virtual keyboard is not in the PySide6 wheels this app ships.
So the kiosk carries this small one: letters, digits, the accents Spanish needs,
space, delete and done, with keys of at least 44 x 44 pixels. It never takes the
focus, so the field keeps its caret, and it types through the field's own
methods, so length limits and validators still apply.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QWidget,
)

from cartapp.ui.kiosk.targets import set_min_target

ROWS = ("1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm,.?", "áéíóúñü¿¡-")
KEY_PX = 44


def is_text_input(widget: QWidget | None) -> bool:
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return False


class TouchKeyboard(QWidget):
    """Signals:
    hide_requested(): the family pressed "Hide keyboard".
    """

    hide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("touchKeyboard")
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._shift = False
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setSpacing(4)
        for row, letters in enumerate(ROWS):
            for column, letter in enumerate(letters):
                button = self._key(letter, lambda _=False, c=letter: self._type(c))
                self.keys[letter] = button
                grid.addWidget(button, row, column)
        last = len(ROWS)
        self.shift_key = self._key(self.tr("Shift"), self._toggle_shift, wide=True)
        self.shift_key.setCheckable(True)
        self.space_key = self._key(self.tr("Space"), lambda: self._type(" "), wide=True)
        self.delete_key = self._key("\u232b", self._backspace, name=self.tr("Delete"))
        self.enter_key = self._key(self.tr("Enter"), self._enter, wide=True)
        self.hide_key = self._key(self.tr("Hide keyboard"), self.hide_requested.emit, wide=True)
        grid.addWidget(self.shift_key, last, 0, 1, 2)
        grid.addWidget(self.space_key, last, 2, 1, 4)
        grid.addWidget(self.delete_key, last, 6, 1, 1)
        grid.addWidget(self.enter_key, last, 7, 1, 1)
        grid.addWidget(self.hide_key, last, 8, 1, 2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._set_words()

    def _set_words(self) -> None:
        """The named keys in the language installed now (the letters stay)."""
        self.setAccessibleName(self.tr("On-screen keyboard"))
        for button, text in (
            (self.shift_key, self.tr("Shift")),
            (self.space_key, self.tr("Space")),
            (self.enter_key, self.tr("Enter")),
            (self.hide_key, self.tr("Hide keyboard")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.delete_key.setAccessibleName(self.tr("Delete"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._set_words()

    def _key(
        self, text: str, action: Callable, *, name: str = "", wide: bool = False
    ) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name or text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        set_min_target(button, height=KEY_PX, width=KEY_PX * (2 if wide else 1))
        button.clicked.connect(action)
        return button

    def target(self) -> QWidget | None:
        widget = QApplication.focusWidget()
        return widget if is_text_input(widget) else None

    def _type(self, text: str) -> None:
        if self._shift:
            text = text.upper()
            self.shift_key.setChecked(False)
            self._toggle_shift()
        widget = self.target()
        if isinstance(widget, QLineEdit):
            widget.insert(text)
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.insertPlainText(text)

    def _backspace(self) -> None:
        widget = self.target()
        if isinstance(widget, QLineEdit):
            widget.backspace()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.textCursor().deletePreviousChar()

    def _enter(self) -> None:
        widget = self.target()
        if widget is None:
            return
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
            )

    def _toggle_shift(self) -> None:
        self._shift = self.shift_key.isChecked()
        for letter, button in self.keys.items():
            button.setText(letter.upper() if self._shift else letter)
