"""A kiosk runs for months: memory freed by a reset goes back to the system.

glibc keeps freed memory in its arenas, one per thread that allocated, and the
sheet and preview PDFs are built on worker threads; without a trim a kiosk's
size creeps up family by family, and the freed pages would still hold what the
last family's sheet held. Elsewhere (macOS, Windows, musl) this does nothing.
"""

from __future__ import annotations

import sys


def _libc():
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:  # not glibc
        return None


def return_freed_memory() -> None:
    """Empty Qt's pixmap cache (the style keeps rendered frames and shades there, in
    every size a family's screens needed, up to 10 MB), collect Python's cycles, then
    ask glibc to give free pages back to the system."""
    import gc

    from PySide6.QtGui import QPixmapCache

    QPixmapCache.clear()
    gc.collect()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
