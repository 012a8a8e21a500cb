"""Argument parsing for the headless commands: problems in one line, not a usage block.

A script's log or a clinic's help-desk ticket shows the problem at a glance.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import NoReturn


class UsageError(Exception):
    """The command line itself is wrong (the command prints it and exits 2)."""


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def iso_day(text: str) -> date:
    """An argument that must be one calendar day written YYYY-MM-DD.

    fromisoformat alone also takes 20270510 and 2027-W19; a family means a day.
    """
    from cartapp.model.guarded_read import short

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise argparse.ArgumentTypeError(
            f"{short(text, 40)!r} is not a date; use YYYY-MM-DD, like 2027-05-10"
        )
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a real calendar day") from None
