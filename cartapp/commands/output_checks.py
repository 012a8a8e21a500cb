"""The edges every headless command shares: where it may write, how it quotes.

A command never overwrites its own input, never creates folders, never writes
through a symbolic link unless asked, and quotes at most ~80 characters of a
bad value (a pasted megabyte must not become a megabyte-long line).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cartapp.model.guarded_read import short


def quote(value: object) -> str:
    return repr(short(value))


def output_problem(
    output: Path, *, inputs: tuple[Path, ...] = (), follow_link: bool = False
) -> str | None:
    """Why ``output`` must not be written, or None."""
    try:
        info = os.lstat(output)
    except FileNotFoundError:
        info = None
    except (OSError, ValueError) as exc:
        return f"cannot write {quote(output)}: {getattr(exc, 'strerror', None) or exc}"
    if info is not None and stat.S_ISLNK(info.st_mode):
        if not follow_link:
            return (
                f"cannot write {quote(output)}: it is a link to another file; give the "
                "real file name, or add --follow-link to write through it"
            )
        output = write_target(output, follow_link=True)  # the rest is about the target
    if info is not None and os.path.isdir(output):
        return f"cannot write {quote(output)}: it is a folder; give a file name"
    for source in inputs:
        try:
            same = os.path.samefile(source, output)
        except (OSError, ValueError):
            same = False
        if same:
            return (
                f"cannot write {quote(output)}: it is the input file; choose another "
                "name for the output"
            )
    folder = output.parent if str(output.parent) else Path(".")
    try:
        is_folder = stat.S_ISDIR(os.stat(folder).st_mode)
    except (OSError, ValueError):
        is_folder = False
    if not is_folder:
        return (
            f"cannot write {quote(output)}: the folder {quote(folder)} does not exist; "
            "make it first"
        )
    return None


def write_target(output: Path, *, follow_link: bool) -> Path:
    """The file to replace: the link's target when asked to write through a link (the
    link itself stays), else ``output`` as given."""
    return Path(os.path.realpath(output)) if follow_link else output
