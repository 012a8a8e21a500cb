"""The reviewable-page syntax: callout kinds, source markers, figures, clinical review.

Checked when a page is read, so a typo in a kind, a marker that names no
source or a picture that does not exist stops the page with a message naming
the file and the problem, instead of showing a family a broken page.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cartapp import paths
from cartapp.model.errors import ContentError

# The words beside each callout's colour and icon (FORMAT.md, "Callouts mean one thing each").
CALLOUT_LABELS = {
    "short": "In short",
    "call": "Call right away",
    "soon": "Call soon",
    "note": "Good to know",
    "do": "What you can do",
    "approved": "Approved treatment",
    "research": "Research only",
    "more": "More detail",
}

CALLOUT_LINE = re.compile(r"^!!!\s*(?P<kind>[^\s\"']*)", re.M)
# "[5]" or "[5, 7]", but not a link's text "[5](...)" nor a reference "[5]: ..." or "[5][x]".
MARKER = re.compile(r"(?<![!\]])\[(?P<numbers>\d+(?:\s*,\s*\d+)*)\](?![(:\[])")
FIGURE_LINE = re.compile(r"^!\[(?P<alt>[^\]\n]*)\]\(figure:(?P<name>[^)\s]*)\)\s*$", re.M)
FIGURE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)


@dataclass(frozen=True)
class ClinicalReview:
    """A review by clinicians that really happened; never written by the app."""

    role: str
    organisation: str
    date: dt.date


def marker_numbers(text: str) -> list[tuple[str, list[int]]]:
    """Every source marker in ``text``: its text as written and the numbers it names."""
    found = []
    for match in MARKER.finditer(_CODE.sub("", text)):
        numbers = [int(n) for n in match["numbers"].split(",")]
        found.append((match[0], numbers))
    return found


def figure_path(name: str) -> Path:
    return paths.resource("figures", f"{name}.svg")


def check_body(body: str, source_count: int, path: Path) -> None:
    """Refuse unknown callout kinds, markers without a source and missing figures."""
    for match in CALLOUT_LINE.finditer(body):
        kind = match["kind"]
        if kind not in CALLOUT_LABELS:
            raise ContentError(
                path, f"unknown callout kind '{kind}' (use one of {', '.join(CALLOUT_LABELS)})"
            )
    for written, numbers in marker_numbers(body):
        for number in numbers:
            if not 1 <= number <= source_count:
                raise ContentError(
                    path,
                    f"the source marker {written} names source {number}, but the "
                    f"page lists {source_count} source{'s' if source_count != 1 else ''}",
                )
    for match in FIGURE_LINE.finditer(body):
        name = match["name"]
        if not FIGURE_NAME.match(name) or not figure_path(name).is_file():
            raise ContentError(
                path, f"the figure '{name}' does not exist (expected resources/figures/{name}.svg)"
            )
        if not match["alt"].strip():
            raise ContentError(
                path, f"the figure '{name}' needs a text alternative: ![what it shows](figure:NAME)"
            )


_REVIEW_KEYS = ("role", "organisation", "date")


def parse_clinical_review(meta: dict[str, Any], path: Path) -> ClinicalReview | None:
    raw = meta.get("clinical_review")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ContentError(
            path, "'clinical_review' must be a table with role, organisation and date"
        )
    unknown = sorted(set(raw) - set(_REVIEW_KEYS))
    if unknown:
        raise ContentError(
            path, f"clinical_review: unknown key '{unknown[0]}' (expected role, organisation, date)"
        )
    for key in ("role", "organisation"):
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ContentError(path, f"clinical_review: '{key}' must be non-empty text")
    day = raw.get("date")
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise ContentError(path, "clinical_review: 'date' must be a date, like 2027-01-15")
    if day > dt.date.today():
        raise ContentError(
            path,
            f"clinical_review: 'date' {day.isoformat()} is in the "
            "future; record a review only once it has happened",
        )
    return ClinicalReview(" ".join(raw["role"].split()), " ".join(raw["organisation"].split()), day)
