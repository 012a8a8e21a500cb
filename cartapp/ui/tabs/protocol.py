"""What every tab of the main window can do, so the window asks, not guesses.

A kiosk reset calls ``reset`` on every tab that was built; ``--self-test`` calls
``self_check`` and reports what it returns. Checked with ``isinstance`` at run
time (the protocol is runtime-checkable) and by the tests.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class Tab(Protocol):
    def reset(self) -> None:
        """Back to how a new family finds it: nothing typed, chosen or scrolled."""

    def self_check(self) -> list[str]:
        """Problems a clinic's IT should hear about, in one line each; [] when fine."""
