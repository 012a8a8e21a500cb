"""Notices when nobody has touched the kiosk for a while.

Input anywhere in the application (touch, mouse, keys, wheel) counts as
activity. Restarting a QTimer for every mouse move would be wasteful, so
activity only records the time; the one timer checks that time when it fires
and sleeps again for whatever is left.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)

_IDLE, _WARNING, _STOPPED = "idle", "warning", "stopped"


class IdleWatcher(QObject):
    """Counts down while nobody uses the app.

    Signals:
        warning_due(): ``idle_ms - warning_ms`` have passed without activity.
        active_again(): activity arrived after warning_due and before timed_out.
        timed_out(): still idle ``warning_ms`` after the warning. The watcher
            then stops; call ``start()`` again when the next family begins.
    """

    warning_due = Signal()
    active_again = Signal()
    timed_out = Signal()

    def __init__(self, idle_ms: int, warning_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not 0 < warning_ms < idle_ms:
            raise ValueError("warning_ms must be positive and less than idle_ms")
        self._quiet_ms = idle_ms - warning_ms
        self._warning_ms = warning_ms
        self._state = _STOPPED
        self._last = 0.0
        self._last_pos: QPointF | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer)

    def start(self) -> None:
        """Begin (or begin again) counting from now."""
        app = QApplication.instance()
        if self._state == _STOPPED and app is not None:
            app.installEventFilter(self)
        self._state = _IDLE
        self._last = time.monotonic()
        self._timer.start(self._quiet_ms)

    def stop(self) -> None:
        self._timer.stop()
        if self._state != _STOPPED:
            self._state = _STOPPED
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)

    def is_running(self) -> bool:
        return self._state != _STOPPED

    def is_warning(self) -> bool:
        return self._state == _WARNING

    def note_activity(self) -> None:
        """Something worth staying awake for happened (an animation is playing)."""
        if self._state == _STOPPED:
            return
        self._last = time.monotonic()
        if self._state == _WARNING:
            self._state = _IDLE
            self._timer.start(self._quiet_ms)
            self.active_again.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT:
            self.note_activity()
        elif kind == QEvent.Type.MouseMove:
            # Qt also sends moves when a widget appears under a resting pointer;
            # only a pointer that really moved means someone is there.
            pos = event.globalPosition()
            if pos != self._last_pos:
                self._last_pos = QPointF(pos)
                self.note_activity()
        return False

    def _on_timer(self) -> None:
        elapsed_ms = (time.monotonic() - self._last) * 1000
        if self._state == _IDLE:
            left = self._quiet_ms - elapsed_ms
            if left > 0.5:
                self._timer.start(max(1, round(left)))
                return
            self._state = _WARNING
            self._timer.start(self._warning_ms)
            self.warning_due.emit()
        elif self._state == _WARNING:
            self.stop()
            self.timed_out.emit()
