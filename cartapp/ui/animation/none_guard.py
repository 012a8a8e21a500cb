"""WORKAROUND for PySide6 6.12.0 on Python 3.11: every Qt call that returns nothing
gives back ``None`` without taking a reference to it.

Each such call lowers None's reference count by one, and the animation makes
thousands of them a second (``setPos``, ``setOpacity``, painter calls), so the
interpreter aborts with "none_dealloc: deallocating None" within seconds.
PySide6 6.11.3 does not do this, and Python 3.12+ is immune because None is
immortal there. Until the project pins a fixed PySide6, this gives None the
same effectively endless count Python 3.12 gives it. It only acts when the
leak is actually seen, so it does nothing on a fixed PySide6 or a newer Python.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QPointF

# Python 3.12 marks immortal objects with a count this large; the same idea here.
_ENDLESS = 1 << 40


def none_reference_leaks() -> bool:
    if sys.version_info >= (3, 12):
        return False
    probe = QPointF()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setX(1.0)
    return sys.getrefcount(None) <= before - 8


def protect_none() -> bool:
    """Make None's count endless if Qt is leaking it; returns whether it had to."""
    if sys.getrefcount(None) > _ENDLESS // 2 or not none_reference_leaks():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _ENDLESS
    return True
