"""Content pages: Markdown files with TOML front matter.

A page is read once, checked, and kept as plain data. Rendering to HTML for
the reader view lives in :mod:`cartapp.model.page_html`.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cartapp.model.errors import ContentError
from cartapp.model.language_tag import folder_language
from cartapp.model.page_syntax import ClinicalReview, check_body, parse_clinical_review
from cartapp.model.translation import TranslationRecord, parse_translation

_FENCE = "+++"
_QUESTION_LINK = re.compile(r"\]\(question:([A-Za-z0-9_.-]+)\)")


@dataclass(frozen=True)
class Source:
    """Where a fact comes from: one type for pages, the timeline, story and review pack."""

    title: str
    publisher: str = ""
    year: int | str | None = None
    url: str = ""
    doi: str = ""  # optional identifiers a reviewer can look up directly
    pmid: str = ""


@dataclass(frozen=True)
class Page:
    name: str
    title: str
    summary: str
    reviewed: dt.date
    sources: tuple[Source, ...]
    body: str  # Markdown, front matter removed
    clinical_review: ClinicalReview | None = None
    written_by: str = ""  # a clinic's own page: the center that wrote it
    translation: TranslationRecord | None = None  # a translated page's record
    language: str = "en"  # the folder it was read from: the words around it follow

    def question_ids(self) -> list[str]:
        """Bank question ids this page offers to add, in page order."""
        return _QUESTION_LINK.findall(self.body)


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """Return (front matter, body) of a ``+++``-fenced page."""
    text = text.lstrip("\ufeff")
    if not text.startswith(_FENCE):
        raise ContentError(path, "the file must start with a '+++' line (front matter)")
    try:
        _, head, body = text.split(_FENCE, 2)
    except ValueError:
        raise ContentError(path, "the front matter has no closing '+++' line") from None
    try:
        meta = tomllib.loads(head)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, f"the front matter is not valid TOML ({exc})") from None
    return meta, body


def _require_str(meta: dict[str, Any], key: str, path: Path) -> str:
    value = meta.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(path, f"front matter needs a non-empty text '{key}'")
    return value.strip()


def parse_sources(meta: dict[str, Any], path: Path) -> tuple[Source, ...]:
    raw = meta.get("sources")
    if not isinstance(raw, list) or not raw:
        raise ContentError(path, "front matter needs at least one [[sources]] entry")
    sources = []
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            raise ContentError(path, f"source {number} is not a table")
        missing = [k for k in ("title", "publisher", "year") if not entry.get(k)]
        if missing:
            raise ContentError(path, f"source {number} is missing {', '.join(missing)}")
        sources.append(
            Source(
                title=str(entry["title"]),
                publisher=str(entry["publisher"]),
                year=entry["year"],
                url=str(entry.get("url", "")),
                doi=_identifier(entry, "doi", number, path),
                pmid=_identifier(entry, "pmid", number, path),
            )
        )
    return tuple(sources)


def _identifier(entry: dict[str, Any], key: str, number: int, path: Path) -> str:
    value = entry.get(key, "")
    if isinstance(value, int) and not isinstance(value, bool) and key == "pmid":
        value = str(value)
    if not isinstance(value, str):
        raise ContentError(path, f"source {number}: '{key}' must be text")
    return value.strip()


def check_reviewed_and_body(meta: dict[str, Any], body: str, path: Path) -> dt.date:
    """The page's review date; ContentError when it or the page's text is missing."""
    reviewed = meta.get("reviewed")
    if not isinstance(reviewed, dt.date) or isinstance(reviewed, dt.datetime):
        raise ContentError(path, "front matter needs 'reviewed' as a date, like 2026-11-26")
    if not body.strip():
        raise ContentError(path, "the page has no text after the front matter")
    return reviewed


def parse_page(text: str, path: Path) -> Page:
    meta, body = split_front_matter(text, path)
    reviewed = check_reviewed_and_body(meta, body, path)
    sources = parse_sources(meta, path)
    from cartapp.model.rules import check_tokens

    check_tokens(body, path)
    check_body(body, len(sources), path)
    return Page(
        name=path.stem,
        title=_require_str(meta, "title", path),
        summary=_require_str(meta, "summary", path),
        reviewed=reviewed,
        sources=sources,
        body=body.strip() + "\n",
        clinical_review=parse_clinical_review(meta, path),
        translation=parse_translation(meta, path),
        language=folder_language(path),
    )


def load_page(path: Path) -> Page:
    from cartapp.model.guarded_read import read_content

    return parse_page(read_content(path), path)
