"""Reading one content file in a language, with English behind every translation.

A translation may lag behind (no file yet) or carry a mistake (a broken file).
Either way the family still gets that file's words, in English, and a broken
file is reported by file and line so whoever keeps the translation can fix it.
English has nothing behind it: a broken English file is an error, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from cartapp import paths
from cartapp.model.errors import ContentError

T = TypeVar("T")

_problems: list[str] = []


def read_in(lang: str, name: str, load: Callable[[Path], T], *, root: Path | None = None) -> T:
    """``load`` the file ``name`` of ``lang``, or English's when it is missing or broken."""
    path = paths.content_file(lang, name, root)  # the one rule for a missing translation
    english = paths.content_file(paths.FALLBACK_LANGUAGE, name, root)
    try:
        return load(path)
    except ContentError as exc:
        if path == english:
            raise
        problem = (
            f"The {lang} translation's {name} could not be read ({exc.problem}); "
            "that part of the guide is shown in English."
        )
        if problem not in _problems:
            _problems.append(problem)
        return load(english)


def take_problems() -> list[str]:
    """The translated files found broken since last asked, each once."""
    found = list(_problems)
    _problems.clear()
    return found
