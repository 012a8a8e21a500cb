"""WORKAROUND for PySide6 6.12.0 on Python 3.11: Qt calls hand back ``None`` and
``True`` without taking a reference to them.

Every call that returns nothing (``setPos``, ``setOpacity``, painter calls...)
lowers None's reference count by one, and every ``Signal.emit`` lowers True's.
The animation makes thousands of such calls a second, so the interpreter aborts
with "deallocating None" (or "True or False") within a minute of playing.
PySide6 6.11.3 does not do this, and Python 3.12+ is immune because these
objects are immortal there; the project pins 6.11.3 on Python 3.11. This guard
covers an environment that still has 6.12.0 on 3.11 by giving these objects the
same effectively endless count Python 3.12 gives them. It only acts when the
leak is actually seen, so it does nothing on a fixed PySide6 or a newer Python.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QPointF, Signal

# Python 3.12 marks immortal objects with a count this large; the same idea here.
_ENDLESS = 1 << 40
_PROBES = 16


class _Probe(QObject):
    pinged = Signal(int)


def singleton_references_leak() -> bool:
    if sys.version_info >= (3, 12):
        return False
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        point.setX(1.0)
    if sys.getrefcount(None) <= before - _PROBES // 2:
        return True
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.pinged.emit(1)
    return sys.getrefcount(True) <= before - _PROBES // 2


def protect_none() -> bool:
    """Make the counts of None, True and False endless if Qt is leaking them.

    Returns whether it had to. Safe to call any number of times.
    """
    if sys.getrefcount(None) > _ENDLESS // 2 or not singleton_references_leak():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _ENDLESS
    return True
