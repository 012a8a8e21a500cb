"""'Are you still there?': a last chance before the kiosk clears a family's answers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cartapp.ui.announce import announce as say
from cartapp.ui.kiosk.targets import set_min_target

_TOUCH_OR_KEY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)
# A screen reader reading the countdown aloud every second would drown out the
# button; the label always holds the current text, but it is announced only
# when the warning appears, every ten seconds and in the last five.
_ANNOUNCE_EVERY, _ANNOUNCE_LAST = 10, 5


class StillThereOverlay(QWidget):
    """Covers its parent window with a dimmed layer and a countdown card.

    Signals:
        stay(): the family tapped, clicked or pressed a key on the overlay.
        expired(): the countdown reached zero.
    """

    stay = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget, *, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self._left = 0
        self._return_focus: QWidget | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._on_tick)

        self.card = QFrame(self)
        self.card.setObjectName("infoBox")
        self.card.setMaximumWidth(760)
        self.heading = heading = QLabel()
        heading.setObjectName("tabHeading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setWordWrap(True)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton()
        self.button.setProperty("primary", True)
        self._set_words()
        self.button.setDefault(True)
        self.button.clicked.connect(self._on_stay)
        self.button.installEventFilter(self)
        set_min_target(self.button, height=64)

        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(48, 36, 48, 40)
        card_layout.setSpacing(20)
        card_layout.addWidget(heading)
        card_layout.addWidget(self.countdown)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.button)
        # Stretches rather than an alignment flag: only then does the layout ask
        # the wrapped text how tall it needs to be at the card's width.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 6)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

        parent.installEventFilter(self)
        self.hide()

    # -- public ---------------------------------------------------------------

    def start(self, seconds: int) -> None:
        """Show over the whole parent and count down from ``seconds``."""
        self._left = max(0, int(seconds))
        focus = self.window().focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            self._return_focus = focus
        self.setGeometry(self.parentWidget().rect())
        self._show_left(announce=True)
        self.show()
        self.raise_()
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        if self._left == 0:
            self._finish()
        else:
            self._tick.start()

    def cancel(self) -> None:
        self._tick.stop()
        self.hide()
        self._restore_focus()

    def is_counting(self) -> bool:
        return self._tick.isActive()

    def seconds_left(self) -> int:
        return self._left

    # -- behaviour ------------------------------------------------------------

    def _show_left(self, *, announce: bool) -> None:
        n = self._left
        text = self.tr("Everything you entered will be cleared in %n seconds.", "", n)
        self.countdown.setText(text)
        self.countdown.setAccessibleName(text)
        if announce or n % _ANNOUNCE_EVERY == 0 or n <= _ANNOUNCE_LAST:
            # Polite when it opens, so the alert itself is read first.
            say(self.countdown, text, assertive=not announce and n <= _ANNOUNCE_LAST)

    def _restore_focus(self) -> None:
        # A keyboard user carries on where they were, not at the window's first control.
        widget, self._return_focus = self._return_focus, None
        try:
            if widget is not None and widget.isVisible():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        except RuntimeError:  # the widget was deleted while the overlay showed
            pass

    def _on_tick(self) -> None:
        self._left = max(0, self._left - 1)
        self._show_left(announce=False)
        if self._left == 0:
            self._finish()

    def _finish(self) -> None:
        self._tick.stop()
        self.hide()
        self.expired.emit()

    def _on_stay(self) -> None:
        if self.isVisible():
            self.cancel()
            self.stay.emit()

    def _set_words(self) -> None:
        self.setAccessibleName(self.tr("Are you still there?"))
        self.heading.setText(self.tr("Are you still there?"))
        self.button.setText(self.tr("I'm still here"))
        self.button.setAccessibleName(self.tr("I'm still here"))
        self.button.setAccessibleDescription(self.tr("Keeps everything you entered"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._set_words()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.parentWidget():
            if kind == QEvent.Type.Resize:
                self.setGeometry(self.parentWidget().rect())
        elif watched is self.button and kind == QEvent.Type.KeyPress and self.isVisible():
            # Any key means someone is there, not only Space or Enter on the button.
            self._on_stay()
            return True
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() in _TOUCH_OR_KEY and self.isVisible():
            event.accept()
            self._on_stay()
            return True
        return super().event(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab must not walk to the controls hidden underneath.
        self.button.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        # Dark in both themes: the card stands out and the page behind stays visible.
        painter.fillRect(self.rect(), QColor(15, 23, 32, 180))
        painter.end()
