"""Copies of the lists a family replaced (by opening another, or starting over).

Nothing a family wrote is destroyed by one click: before a list is replaced a
copy goes to the "previous lists" folder in the user data folder, where
File > "Open a previous list…" finds it. The newest copies are kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from cartapp import paths
from cartapp.model.sheet import QuestionSheet, SheetError
from cartapp.model.sheet_io import SheetFileError, save_sheet

FOLDER_NAME = "previous lists"
KEEP = 30


def previous_lists_dir() -> Path:
    return paths.user_data_dir() / FOLDER_NAME


def keep_copy(
    sheet: QuestionSheet, folder: Path | None = None, now: dt.datetime | None = None
) -> Path | None:
    """Save ``sheet`` as a dated copy; None if it is empty or could not be written."""
    if sheet.is_empty():
        return None
    folder = folder or previous_lists_dir()
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d %H.%M.%S")
    target = folder / f"list {stamp}.json"
    number = 2
    while target.exists():
        target = folder / f"list {stamp} ({number}).json"
        number += 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        save_sheet(sheet, target)
    except (OSError, SheetFileError, SheetError):
        return None
    for old in copies(folder)[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def copies(folder: Path | None = None) -> list[Path]:
    """The kept copies, newest first."""
    folder = folder or previous_lists_dir()
    if not folder.is_dir():
        return []
    return sorted(folder.glob("list *.json"), key=lambda p: p.stat().st_mtime, reverse=True)
