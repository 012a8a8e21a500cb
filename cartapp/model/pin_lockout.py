"""How long the kiosk refuses staff PINs after wrong tries, kept across restarts.

Five wrong tries lock the PIN for 1 minute, the next five for 5, then 15, then 60
minutes for every five after that, until the right PIN is entered. Pulling the
plug must not hand a guesser fresh tries, so the counts are kept in a small file
in the app's state folder. It holds two numbers and a time, nothing a family
typed and nothing that identifies anyone: the number of wrong tries in this
round, the number of lock-outs so far, and when the current lock-out ends.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TRIES_PER_ROUND = 5
LOCK_MINUTES = (1, 5, 15, 60)  # then 60 for every further round
STATE_VERSION = 1


@dataclass
class LockoutState:
    wrong: int = 0  # wrong tries since the last lock-out or success
    lockouts: int = 0  # lock-outs since the last right PIN
    locked_until: float = 0.0  # wall-clock seconds (time.time), 0 when not locked

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": STATE_VERSION,
                "wrong": self.wrong,
                "lockouts": self.lockouts,
                "locked_until": self.locked_until,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> LockoutState:
        """The saved state; a damaged or unknown file counts as a lock-out in force,
        so breaking the file never opens the PIN to fresh guessing."""
        try:
            data = json.loads(text)
            if data.get("version") != STATE_VERSION:
                raise ValueError("another version")
            state = cls(int(data["wrong"]), int(data["lockouts"]), float(data["locked_until"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            return cls(0, 1, time.time() + 60 * LOCK_MINUTES[0])
        if state.wrong < 0 or state.lockouts < 0 or not math.isfinite(state.locked_until):
            return cls(0, 1, time.time() + 60 * LOCK_MINUTES[0])
        return state


def lock_seconds(lockouts: int) -> int:
    """The length of the lock-out that starts as the ``lockouts``-th one (1-based)."""
    index = min(max(lockouts, 1), len(LOCK_MINUTES)) - 1
    return 60 * LOCK_MINUTES[index]


class Lockout:
    """The rules above, over a state that ``save`` persists (or not, in tests)."""

    def __init__(
        self,
        state: LockoutState | None = None,
        *,
        save: Callable[[LockoutState], None] = lambda _state: None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.state = state or LockoutState()
        self._save = save
        self._clock = clock

    def seconds_left(self) -> int:
        left = self.state.locked_until - self._clock()
        return max(0, math.ceil(left)) if left > 0 else 0

    def is_locked(self) -> bool:
        return self.seconds_left() > 0

    def tries_left(self) -> int:
        return TRIES_PER_ROUND - self.state.wrong

    def record(self, right: bool) -> None:
        if right:
            self.state = LockoutState()
        else:
            self.state.wrong += 1
            if self.state.wrong >= TRIES_PER_ROUND:
                self.state.wrong = 0
                self.state.lockouts += 1
                self.state.locked_until = self._clock() + lock_seconds(self.state.lockouts)
        self._save(self.state)


def file_store(path: Path) -> tuple[LockoutState, Callable[[LockoutState], None]]:
    """The saved state at ``path`` (fresh when there is none) and a saver for it.
    A folder the kiosk cannot write to keeps the counts for this run only."""
    from cartapp.model.guarded_read import FileRefusedError, read_text
    from cartapp.model.sheet_io import atomic_write

    try:
        state = LockoutState.from_json(read_text(path, max_bytes=4096))
    except FileRefusedError as exc:
        state = LockoutState() if "does not exist" in exc.reason else LockoutState.from_json("")

    def save(current: LockoutState) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, current.to_json().encode("utf-8"))
        except OSError:
            pass  # counted in memory for this run; never a reason to unlock

    return state, save
