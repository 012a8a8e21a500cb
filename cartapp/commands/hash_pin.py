"""``cartapp hash-pin``: turn a staff PIN into the line for the clinic's configuration file.

The PIN is typed twice without being shown and never written anywhere; only
its salted hash is printed, ready to paste under ``[kiosk]``.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from cartapp.commands.one_line_parser import OneLineParser, UsageError
from cartapp.config import hash_pin, pin_weakness

PROG = "cartapp hash-pin"


def build_parser() -> argparse.ArgumentParser:
    return OneLineParser(
        prog=PROG,
        description="Ask for a staff PIN (6 to 12 digits, not an easy one) twice and print the "
        "admin_pin_hash line for the clinic's configuration file.",
    )


def main(argv: list[str]) -> int:
    try:
        build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(f"{exc} (see '{PROG} --help')")
    try:
        first = getpass.getpass("New staff PIN (6 to 12 digits): ")
        weakness = pin_weakness(first)
        if weakness:
            return _fail(f"{weakness}; nothing was printed. Choose another.")
        second = getpass.getpass("The same PIN again: ")
    except (EOFError, KeyboardInterrupt):
        return _fail("stopped before the PIN was entered twice; nothing was printed.")
    if first != second:
        return _fail("the two PINs are not the same; nothing was printed. Try again.")
    sys.stdout.write(f'admin_pin_hash = "{hash_pin(first)}"\n')
    return 0


def _fail(message: str) -> int:
    sys.stderr.write(f"{PROG}: {message}\n")
    return 2
