"""The one clock of the story.

Qt's animation timer ticks it; each tick adds the elapsed wall time, times the
speed, to the story time and announces the new time. Everything on screen is
drawn from that number alone, so seeking is exact and tests can set the time
directly instead of waiting for it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractAnimation, QObject, Signal

SPEEDS = (0.5, 1.0, 1.5)


class StoryClock(QAbstractAnimation):
    """Story time in milliseconds, from 0 to ``total_ms``.

    Signals:
        time_changed(float): the story time moved (by playing or seeking).
        running_changed(bool): playback started or stopped.
        reached_end(): playback stopped because the story is over.
    """

    time_changed = Signal(float)
    running_changed = Signal(bool)
    reached_end = Signal()

    def __init__(self, total_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._total = float(total_ms)
        self._story_ms = 0.0
        self._speed = 1.0
        self._last_tick = 0
        self._hold: float | None = None
        self.stateChanged.connect(self._on_state_changed)

    # QAbstractAnimation drives us forever; the story decides when to stop.
    def duration(self) -> int:
        return -1

    def total_ms(self) -> float:
        return self._total

    def story_ms(self) -> float:
        return self._story_ms

    def speed(self) -> float:
        return self._speed

    def set_speed(self, speed: float) -> None:
        self._speed = min(max(float(speed), 0.25), 2.0)

    def is_running(self) -> bool:
        return self.state() == QAbstractAnimation.State.Running

    def play(self) -> None:
        if self._story_ms >= self._total:
            self.seek(0)
        if not self.is_running():
            self.start()

    def pause(self) -> None:
        if self.is_running():
            self.stop()

    def seek(self, ms: float) -> None:
        self._story_ms = min(max(float(ms), 0.0), self._total)
        self.time_changed.emit(self._story_ms)

    def set_hold(self, ms: float | None) -> None:
        """Playing does not pass ``ms`` until the hold is lifted (None): a scene waits
        for its caption to be read aloud. Seeking is not held."""
        self._hold = ms

    def held(self) -> bool:
        return self._hold is not None and self._story_ms >= self._hold

    def updateCurrentTime(self, current: int) -> None:
        elapsed = current - self._last_tick
        self._last_tick = current
        if elapsed > 0:
            self.advance(elapsed)

    def advance(self, wall_ms: float) -> None:
        """Move on by ``wall_ms`` of real time at the current speed; stop at the end."""
        limit = (
            self._total if self._hold is None else min(self._total, max(self._hold, self._story_ms))
        )
        self._story_ms = min(self._story_ms + wall_ms * self._speed, limit)
        self.time_changed.emit(self._story_ms)
        if self._story_ms >= self._total:
            if self.is_running():
                self.stop()
            self.reached_end.emit()

    def _on_state_changed(self, new_state, old_state) -> None:
        running = new_state == QAbstractAnimation.State.Running
        if running:
            self._last_tick = self.currentTime()
        if running != (old_state == QAbstractAnimation.State.Running):
            self.running_changed.emit(running)
