"""The one rule for a language tag, shared by sheets, commands and the content library.

A tag picks a content folder, so it must never look like a path, and it must
stay short enough to be a file name: plain tags only ("en", "es", "pt-BR",
"zh-Hant-TW"), at most 35 characters.
"""

from __future__ import annotations

import re

MAX_TAG_CHARS = 35
_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}")


def is_language_tag(value: object) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TAG_CHARS and bool(_TAG.fullmatch(value))


def folder_language(path: object) -> str:
    """The language of a content file: its folder's name ("es" for content/es/risks.md),
    or English for a file outside a language folder (a test's, a clinic's)."""
    from pathlib import Path

    folder = Path(str(path)).parent.name
    return folder if is_language_tag(folder) else "en"
