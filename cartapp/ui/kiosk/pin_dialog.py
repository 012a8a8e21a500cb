"""The staff PIN: a lock that slows down guessing, and a touch-friendly dialog for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cartapp.config import verify_pin
from cartapp.model.pin_lockout import Lockout
from cartapp.ui.announce import announce
from cartapp.ui.kiosk.targets import set_min_target
from cartapp.ui.plain_text import plain_label


class PinLock:
    """Checks PINs against the stored hash, with lock-outs that lengthen after each
    five wrong tries (1, 5, 15, then 60 minutes; cartapp.model.pin_lockout).

    One lock lives as long as the kiosk, and its counts outlive a restart, so
    neither reopening the dialog nor pulling the plug gives a guesser fresh tries.
    ``check`` only computes (safe on any thread); ``record`` changes the counts.
    """

    def __init__(self, stored_hash: str, *, lockout: Lockout | None = None) -> None:
        self._stored = stored_hash
        self.lockout = lockout or Lockout()

    def has_pin(self) -> bool:
        return bool(self._stored)

    def is_locked(self) -> bool:
        return self.lockout.is_locked()

    def seconds_left(self) -> int:
        return self.lockout.seconds_left()

    def tries_left(self) -> int:
        return self.lockout.tries_left()

    def check(self, pin: str) -> bool:
        return bool(self._stored) and verify_pin(pin, self._stored)

    def record(self, right: bool) -> None:
        self.lockout.record(right)

    def try_pin(self, pin: str) -> bool:
        """True only for the right PIN while not locked (checked on this thread)."""
        if self.is_locked() or not self._stored:
            return False
        right = self.check(pin)
        self.record(right)
        return right


class AdminPinDialog(QDialog):
    """Asks for the staff PIN; ``exec()`` returns Accepted only for the right one."""

    def __init__(
        self,
        lock: PinLock,
        parent: QWidget | None = None,
        *,
        purpose: str | None = None,
        refresh_ms: int = 500,
    ) -> None:
        super().__init__(parent)
        self.lock = lock
        self.setWindowTitle(self.tr("Staff only"))
        self.setAccessibleName(self.tr("Staff PIN"))
        heading = QLabel(self.tr("Staff only"))
        heading.setObjectName("tabHeading")
        explain = QLabel(purpose or self.tr("Enter the staff PIN to leave kiosk mode."))
        explain.setWordWrap(True)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(12)
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9]{0,12}"), self.field)
        )
        self.field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.field.setAccessibleName(self.tr("Staff PIN"))
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.returnPressed.connect(self._on_ok)
        self.message = plain_label()
        self.message.setObjectName("tabPurpose")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName("")

        self.keys: list[QPushButton] = []
        pad = QGridLayout()
        pad.setSpacing(10)
        for index, digit in enumerate("123456789"):
            pad.addWidget(
                self._key(
                    digit,
                    self.tr("Digit %s") % digit,
                    lambda _=False, d=digit: self.field.insert(d),
                ),
                index // 3,
                index % 3,
            )
        pad.addWidget(self._key(self.tr("Clear"), self.tr("Clear the PIN"), self.field.clear), 3, 0)
        pad.addWidget(
            self._key("0", self.tr("Digit %s") % "0", lambda _=False: self.field.insert("0")), 3, 1
        )
        pad.addWidget(
            self._key("\u232b", self.tr("Delete the last digit"), self.field.backspace), 3, 2
        )

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Unlock"))
        self.ok_button.setAccessibleName(self.tr("Unlock"))
        self.ok_button.setProperty("primary", True)
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self._on_ok)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.ok_button, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addLayout(pad)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

        # While locked, the message counts down and input comes back on its own.
        self._refresh = QTimer(self)
        self._refresh.setInterval(refresh_ms)
        self._refresh.timeout.connect(self.refresh)
        self.refresh()
        self.field.setFocus()

    def _key(self, text: str, name: str, action: Callable) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        # The field keeps the focus (and its caret) while fingers use the keypad;
        # keyboard users type digits straight into the field.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        set_min_target(button, height=60, width=80)
        button.clicked.connect(action)
        self.keys.append(button)
        return button

    def refresh(self) -> None:
        """Show the lock's state: input off with a countdown while it is locked."""
        if not self.lock.has_pin():
            self._set_input(False)
            self._say(
                self.tr(
                    "No staff PIN is set in the clinic's configuration file, so "
                    "kiosk mode cannot be left from here."
                )
            )
            return
        locked = self.lock.is_locked()
        self._set_input(not locked)
        if locked:
            left = self.lock.seconds_left()
            self._say(self.tr("Too many wrong tries. Try again in %n seconds.", "", left))
            if not self._refresh.isActive():
                self._refresh.start()
        elif self._refresh.isActive():
            self._refresh.stop()
            self._say("")
            self.field.setFocus()

    def _set_input(self, on: bool) -> None:
        for widget in (self.field, self.ok_button, *self.keys):
            widget.setEnabled(on)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        announce(self.message, text, assertive=True)

    def _on_ok(self) -> None:
        if not self.ok_button.isEnabled() or self.lock.is_locked() or not self.lock.has_pin():
            return
        pin = self.field.text()
        self.field.clear()
        # A check takes a good part of a second by design: it runs off the screen's
        # thread, with the keypad off, so the screen never freezes.
        self._set_input(False)
        self._say(self.tr("Checking…"))
        from cartapp.ui.sheet_output import run_off_screen

        run_off_screen(
            self, lambda: self.lock.check(pin), self._checked, self.tr("Checking the PIN…")
        )

    def checking(self) -> bool:
        from cartapp.ui.sheet_output import is_busy

        return is_busy(self)

    def _checked(self, right: object) -> None:
        self.lock.record(right is True)
        if right is True:
            self.accept()
            return
        if not self.lock.is_locked():
            self._set_input(True)
            left = self.lock.tries_left()
            self._say(self.tr("That PIN is not right. %n tries left.", "", left))
        self.refresh()
        self.field.setFocus()
