"""The words printed on the question sheet, read from ``content/<lang>/sheet.toml``.

Headings, the two lines on how to use the sheet and the "When to call" signs
are content, reviewed like every page, so they live beside the pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cartapp.model.errors import ContentError
from cartapp.model.language_tag import folder_language

FILE_NAME = "sheet.toml"


@dataclass(frozen=True)
class WhenToCall:
    heading: str
    intro: str
    fever: str
    signs: tuple[str, ...]
    phone: str
    phone_blank: str
    emergency: str
    emergency_numbers: str
    intro_patient: str  # the same, said to a patient reading for themselves


@dataclass(frozen=True)
class DetailLabels:
    child: str
    patient: str  # instead of "child" when the patient made the sheet
    prepared_by: str
    appointment: str
    care_team: str


@dataclass(frozen=True)
class SheetWords:
    title: str
    how_to: tuple[str, ...]
    ask_first_heading: str
    rest_heading: str
    no_questions: str
    note_label: str
    notes_heading: str
    notes_page_heading: str
    closing: str
    when_to_call: WhenToCall
    words_heading: str
    details: DetailLabels
    printed: dict[str, str]  # the [print] words around the questions
    language: str = "en"


def sheet_words(language: str = "en") -> SheetWords:
    """The sheet's words in ``language``, or in English when it has none."""
    from cartapp.model.translated import read_in

    return read_in(language, FILE_NAME, load_sheet_words)


@lru_cache(maxsize=8)
def load_sheet_words(path: Path) -> SheetWords:
    from cartapp.model.guarded_read import load_content_toml

    data = load_content_toml(path)
    call = data.get("when_to_call")
    words = data.get("words")
    details = data.get("details")
    printed = data.get("print")
    if not (
        isinstance(call, dict)
        and isinstance(words, dict)
        and isinstance(details, dict)
        and isinstance(printed, dict)
    ):
        raise ContentError(path, "[when_to_call], [words], [details] and [print] are all needed")
    return SheetWords(
        title=_text(path, data, "title"),
        how_to=_lines(path, data, "how_to"),
        ask_first_heading=_text(path, data, "ask_first_heading"),
        rest_heading=_text(path, data, "rest_heading"),
        no_questions=_text(path, data, "no_questions"),
        note_label=_text(path, data, "note_label"),
        notes_heading=_text(path, data, "notes_heading"),
        notes_page_heading=_text(path, data, "notes_page_heading"),
        closing=_text(path, data, "closing"),
        when_to_call=WhenToCall(
            heading=_text(path, call, "heading"),
            intro=_text(path, call, "intro"),
            fever=_text(path, call, "fever"),
            signs=_lines(path, call, "signs"),
            phone=_text(path, call, "phone"),
            phone_blank=_text(path, call, "phone_blank"),
            emergency=_text(path, call, "emergency"),
            emergency_numbers=_text(path, call, "emergency_numbers"),
            intro_patient=_text(path, call, "intro_patient"),
        ),
        words_heading=_text(path, words, "heading"),
        details=DetailLabels(
            **{
                key: _text(path, details, key)
                for key in ("child", "patient", "prepared_by", "appointment", "care_team")
            }
        ),
        printed={key: _printed(path, printed, key, fields) for key, fields in PRINT_FIELDS.items()},
        language=folder_language(path),
    )


# Each [print] line and the {fields} it must keep.
PRINT_FIELDS: dict[str, set[str]] = {
    "made_on": {"date"},
    "page": {"page", "pages"},
    "footer_content": {"version"},
    "footer_from": {"name"},
    "clinic_phone": {"phone"},
    "clinic_urgent": {"phone"},
    "clinic_website": {"website"},
    "plan_heading": set(),
    "plan_note": set(),
    "plan_step": set(),
    "plan_dates": set(),
    "plan_day": set(),
    "own_questions": set(),
    "interpreter": set(),
}


def _printed(path: Path, table: dict[str, Any], key: str, fields: set[str]) -> str:
    value = _text(path, table, key)
    found = set(re.findall(r"\{(\w*)\}", value))
    if found != fields:
        wanted = ", ".join("{" + f + "}" for f in sorted(fields)) or "no {fields}"
        raise ContentError(path, f"[print] '{key}' must use exactly {wanted}")
    return value


def _text(path: Path, table: dict[str, Any], key: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(path, f"'{key}' must be non-empty text")
    return value.strip()


def _lines(path: Path, table: dict[str, Any], key: str) -> tuple[str, ...]:
    value = table.get(key)
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        raise ContentError(path, f"'{key}' must be a list of non-empty texts")
    return tuple(v.strip() for v in value)
