"""The record a translated content file carries: which English file it translates,
that file's fingerprint when it was translated, and how it was reviewed.

    [translation]
    of = "en/risks.md"
    sha256 = "…"            # of the English file's bytes at the time
    review = "none"         # none, translator or clinical
    review_date = 2027-01-15  # when review is translator or clinical

A changed English file no longer matches the fingerprint, so the translation
shows as out of date until someone brings it up to date and records the new one.
Nothing here can claim a review: "none" is the only level without a date, and
the app says so on every page whose review is "none".
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cartapp.model.errors import ContentError

REVIEW_LEVELS = ("none", "translator", "clinical")
KEY = "translation"
_FIELDS = {"of", "sha256", "review", "review_date"}


@dataclass(frozen=True)
class TranslationRecord:
    of: str
    sha256: str
    review: str = "none"
    review_date: dt.date | None = None

    @property
    def reviewed_by_translator(self) -> bool:
        return self.review in ("translator", "clinical")


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse_translation(meta: dict[str, Any], path: Path) -> TranslationRecord | None:
    """The file's ``[translation]`` table, checked; None in an English file."""
    raw = meta.get(KEY)
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ContentError(path, "'translation' must be a table: [translation]")
    unknown = sorted(set(raw) - _FIELDS)
    if unknown:
        raise ContentError(path, f"[translation]: unknown field '{unknown[0]}' (a typo?)")
    of, sha, review = raw.get("of"), raw.get("sha256"), raw.get("review", "none")
    if not isinstance(of, str) or not of.startswith("en/") or ".." in of or "\\" in of:
        raise ContentError(
            path, "[translation] 'of' must name the English file, like \"en/risks.md\""
        )
    if not isinstance(sha, str) or len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise ContentError(
            path, "[translation] 'sha256' must be the English file's 64-letter fingerprint"
        )
    if review not in REVIEW_LEVELS:
        raise ContentError(
            path,
            f"[translation] 'review' must be one of {', '.join(REVIEW_LEVELS)}, not {review!r}",
        )
    date = raw.get("review_date")
    if review != "none" and not isinstance(date, dt.date):
        raise ContentError(path, f"[translation] a '{review}' review needs its 'review_date'")
    if date is not None and not isinstance(date, dt.date):
        raise ContentError(path, "[translation] 'review_date' must be a date, like 2027-01-15")
    return TranslationRecord(of, sha, review, date if isinstance(date, dt.date) else None)


def is_out_of_date(record: TranslationRecord, content_root: Path) -> bool:
    """True when the English file has changed since it was translated (or is gone)."""
    source = content_root / record.of
    try:
        return fingerprint(source) != record.sha256
    except OSError:
        return True


def unreviewed_note(path: Path) -> str:
    """The plain note a printout carries when its words are a translation no medical
    translator has checked yet (words.toml of the same language); "" otherwise."""
    import tomllib

    from cartapp.model.content_words import content_words

    language = path.parent.name
    try:
        record = parse_translation(tomllib.loads(path.read_text(encoding="utf-8")), path)
    except (OSError, ValueError, ContentError):
        return ""
    if record is None or record.reviewed_by_translator:
        return ""
    return content_words(language).page["translation_not_reviewed"]
