"""Press and hold: the staff gesture that a passing child will not hit by chance."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

HOLD_MS = 3000

_BEGIN = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})
_END = frozenset(
    {
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.TouchEnd,
        QEvent.Type.TouchCancel,
        QEvent.Type.Leave,
        QEvent.Type.Hide,
        QEvent.Type.WindowDeactivate,
    }
)


class PressAndHold(QObject):
    """Watches one widget and reports a press held for ``hold_ms`` without letting go.

    The widget's own behaviour is untouched: events pass through.

    Signals:
        held(): the press lasted the whole time.
    """

    held = Signal()

    def __init__(self, widget: QWidget, hold_ms: int = HOLD_MS) -> None:
        super().__init__(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.held)
        widget.installEventFilter(self)

    def is_pressed(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _BEGIN:
            if kind != QEvent.Type.MouseButtonPress or event.button() == Qt.MouseButton.LeftButton:
                self._timer.start()
        elif kind in _END:
            self._timer.stop()
        return False
