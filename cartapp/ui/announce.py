"""Say a short status to screen readers without moving the keyboard.

Qt 6.8's announcement event reaches UI Automation (a notification), AT-SPI (an
announcement signal Orca speaks) and NSAccessibility (an announcement request).
The same words are never said twice in a row within a moment: one action can
report itself in two places (under the page and in the list of questions).
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

REPEAT_WINDOW_S = 1.5
_said: deque[tuple[str, bool]] = deque(maxlen=50)
_last: tuple[str, float] = ("", 0.0)


def announce(widget, text: str, *, assertive: bool = False) -> None:
    """``assertive``: interrupts speech; only for what cannot wait (the kiosk
    is about to clear everything, a wrong PIN)."""
    global _last
    text = " ".join(text.split())
    now = time.monotonic()
    if not text or (text == _last[0] and now - _last[1] < REPEAT_WINDOW_S):
        return
    _last = (text, now)
    _said.append((text, assertive))
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def recent() -> list[tuple[str, bool]]:
    """What was said lately and whether it interrupted (oldest first)."""
    return list(_said)


def forget() -> None:
    global _last
    _said.clear()
    _last = ("", 0.0)
