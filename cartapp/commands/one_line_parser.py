"""Argument parsing for the headless commands: problems in one line, not a usage block.

A script's log or a clinic's help-desk ticket shows the problem at a glance.
"""

from __future__ import annotations

import argparse
from typing import NoReturn


class UsageError(Exception):
    """The command line itself is wrong (the command prints it and exits 2)."""


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)
