"""Saving and opening a question sheet as a small, versioned JSON file.

The format (``"format": "cartapp.question-sheet"``, ``"version": 1``)::

    {"format": "cartapp.question-sheet", "version": 1, "language": "en",
     "child_name": "", "prepared_by": "", "appointment": "YYYY-MM-DD" or "",
     "care_team": "", "notes": "",
     "questions": [{"id": "...", "text": "...", "category": "...",
                    "ask_first": false, "note": ""}]}

``id`` is present only for questions from the bank. Keys this version does not
know are ignored, so a file edited by hand still opens.

Writes are atomic: a family's list is either the old one or the new one, never
half of each. A file that cannot be read is reported and left untouched.
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import json
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Any

from cartapp import APP_NAME
from cartapp.model.sheet import (
    OWN_CATEGORY,
    QuestionSheet,
    SheetError,
    SheetQuestion,
    clean_text,
)

FORMAT_NAME = "cartapp.question-sheet"
FORMAT_VERSION = 1

# Far above the largest valid sheet (~3 MB); stops a wrong file from filling memory.
MAX_FILE_BYTES = 16 * 1024 * 1024
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NOT_A_SHEET = "This file is not a question sheet."


class SheetFileError(Exception):
    """A sheet file could not be read or written; the message says why in plain words."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def sheet_to_dict(sheet: QuestionSheet) -> dict[str, Any]:
    questions = []
    for q in sheet.questions:
        item: dict[str, Any] = {}
        if q.id is not None:
            item["id"] = q.id
        item.update(
            text=clean_text(q.text),
            category=q.category,
            ask_first=bool(q.ask_first),
            note=clean_text(q.note),
        )
        questions.append(item)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "language": sheet.language,
        "child_name": clean_text(sheet.child_name),
        "prepared_by": clean_text(sheet.prepared_by),
        "appointment": sheet.appointment.isoformat() if sheet.appointment else "",
        "care_team": clean_text(sheet.care_team),
        "notes": clean_text(sheet.notes),
        "questions": questions,
    }


def sheet_from_dict(d: object) -> QuestionSheet:
    """Build a sheet from parsed JSON; ``SheetFileError`` says what is wrong."""
    if not isinstance(d, dict) or d.get("format") != FORMAT_NAME:
        raise SheetFileError(_NOT_A_SHEET)
    version = d.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SheetFileError(_NOT_A_SHEET)
    if version > FORMAT_VERSION:
        raise SheetFileError(
            f"This file was made by a newer version of {APP_NAME} (version {version}). "
            "Please update the app to open it."
        )
    raw_questions = d.get("questions", [])
    if not isinstance(raw_questions, list):
        raise SheetFileError("The list of questions in this file is not a list.")
    sheet = QuestionSheet(
        language=_text(d, "language", "The language", default="en"),
        child_name=_text(d, "child_name", "The child's name"),
        prepared_by=_text(d, "prepared_by", '"Prepared by"'),
        appointment=_date(d.get("appointment")),
        care_team=_text(d, "care_team", "The care team's name"),
        notes=_text(d, "notes", "The notes"),
        questions=[_question(raw, n) for n, raw in enumerate(raw_questions, start=1)],
    )
    try:
        sheet.validate()
    except SheetError as exc:
        raise SheetFileError(str(exc)) from None
    return sheet


def save_sheet(sheet: QuestionSheet, path: Path) -> None:
    """Write the sheet atomically; raise ``SheetError`` if it is invalid,
    ``SheetFileError`` if it cannot be written (any old file stays as it was)."""
    sheet.validate()
    text = json.dumps(sheet_to_dict(sheet), ensure_ascii=False, indent=2) + "\n"
    try:
        atomic_write(Path(path), text.encode("utf-8"))
    except OSError as exc:
        raise SheetFileError(write_problem(Path(path), exc)) from None


def load_sheet(path: Path) -> QuestionSheet:
    """Read a sheet; never changes the file."""
    from cartapp.model.guarded_read import FileRefusedError, check_depth, read_bytes

    path = Path(path)
    try:
        data = read_bytes(path, max_bytes=MAX_FILE_BYTES)
    except FileRefusedError as exc:
        raise SheetFileError(_refusal(exc)) from None
    try:
        text = data.decode("utf-8-sig")
        check_depth(path, text)
        parsed = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError, FileRefusedError):
        raise SheetFileError("This file is not a question sheet, or it is damaged.") from None
    return sheet_from_dict(parsed)


def _refusal(exc: Any) -> str:
    special = {
        "the file does not exist": "The file does not exist.",
        "this is a folder, not a file": "This is a folder, not a question sheet.",
    }
    if exc.reason in special:
        return special[exc.reason]
    if exc.reason.startswith("the file is too large"):
        return "This file is too large to be a question sheet."
    return f"{exc}."


def atomic_write(
    path: Path, data: bytes, *, new_mode: int | None = None, make_folders: bool = True
) -> None:
    """Replace ``path`` with ``data`` in one step: the app's one way to write a file.

    Parent folders are made unless ``make_folders`` is False (a headless command never
    makes folders). A new file is readable by its owner only unless ``new_mode`` says
    otherwise; a replaced file keeps its permissions. On failure the temporary file is
    removed, any old file is untouched, and the ``OSError`` is raised again.
    """
    if make_folders:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        old_mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        old_mode = None
    # The temporary file must be in the same folder: os.replace is only atomic
    # within one file system. It starts readable by its owner only, which suits
    # a new file about a child's health; a replaced file keeps its permissions.
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        mode = old_mode if old_mode is not None else new_mode
        if mode is not None:
            os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _sync_folder(path.parent)


def write_problem(path: Path, exc: OSError) -> str:
    """Plain words for why a file could not be written."""
    if exc.errno == errno.ENOSPC:
        reason = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "the folder is read-only"
    elif isinstance(exc, IsADirectoryError):
        reason = "there is a folder with that name"
    elif isinstance(exc, FileNotFoundError):
        reason = "the folder does not exist and could not be made"
    else:
        reason = "the folder is read-only or full"
    return f"Could not save to {path}: {reason}."


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself survive a power cut; folders cannot be opened on Windows.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _text(d: dict[str, Any], key: str, label: str, default: str = "") -> str:
    value = d.get(key)
    if value is None:
        return default
    if not isinstance(value, str):
        raise SheetFileError(f"{label} in this file is not text.")
    return clean_text(value)


def _date(value: object) -> datetime.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise SheetFileError(
        f"The appointment date {value!r} is not a real date (it should look like 2026-03-31)."
    )


def _question(raw: object, number: int) -> SheetQuestion:
    where = f"Question {number}"
    if not isinstance(raw, dict):
        raise SheetFileError(f"{where} in this file is not a question.")
    text = raw.get("text")
    if text is None or (isinstance(text, str) and not clean_text(text).strip()):
        raise SheetFileError(f"{where} has no text.")
    q_id = raw.get("id")
    if q_id is not None and (not isinstance(q_id, str) or not q_id):
        raise SheetFileError(f"{where} has an id that is not text.")
    ask_first = raw.get("ask_first", False)
    if not isinstance(ask_first, bool):
        raise SheetFileError(f'{where}: "ask_first" should be true or false.')
    category = raw.get("category")
    if category in (None, ""):
        category = OWN_CATEGORY
    if not isinstance(category, str):
        raise SheetFileError(f"{where} has a category that is not text.")
    return SheetQuestion(
        text=_text(raw, "text", where),
        category=category,
        ask_first=ask_first,
        note=_text(raw, "note", f"The note on question {number}"),
        id=q_id,
    )
