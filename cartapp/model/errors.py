"""Errors that carry a plain-language message a family or a clinic can act on."""

from __future__ import annotations

import os
from pathlib import Path


class ContentError(Exception):
    """A content file is missing or malformed.

    The message names the file and the problem, so whoever edits the content
    can fix it without reading a traceback.
    """

    def __init__(self, path: os.PathLike[str] | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")
