"""The words of the home safety kit, read from ``content/<lang>/kit.toml``.

Every printable's text lives in that file, so care teams review it with the rest
of the content and a translation is a new file, not new code. The file is checked
when read: a missing key, a list that should be text or a placeholder the printer
does not know is refused with the key's name, before anything is printed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cartapp.model.errors import ContentError
from cartapp.model.kit_schema import SCHEMA
from cartapp.model.pages import Source, parse_sources

KIT_FILE_NAME = "kit.toml"
ITEMS = ("wallet-card", "call-sheet", "log", "er-letter", "checklist")
PLACEHOLDERS = frozenset(
    {
        "name",
        "product",
        "infusion_date",
        "center",
        "phone",
        "urgent_phone",
        "emergency",
        "fever",
        "driving_until",
        "days",
    }
)
_PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_]+)\}(?!\})")
REGION_KEYS = ("us", "uk", "eu", "other")
MAX_CHECKS = 6

SECTION_OF = {
    "wallet-card": "wallet_card",
    "call-sheet": "call_sheet",
    "log": "log",
    "er-letter": "er_letter",
    "checklist": "checklist",
}
ICONS = (
    "thermometer",
    "chills",
    "heart",
    "lungs",
    "stomach",
    "head",
    "speech",
    "shaking",
    "drop",
    "line",
)


@dataclass(frozen=True)
class Words:
    """One section's words; ``text`` and ``items`` raise KeyError only for a typo in code."""

    section: str
    values: Mapping[str, Any]

    def text(self, key: str) -> str:
        return str(self.values[key])

    def items(self, key: str) -> tuple[str, ...]:
        return tuple(self.values[key])


@dataclass(frozen=True)
class Sign:
    icon: str
    text: str


@dataclass(frozen=True)
class KitContent:
    sections: Mapping[str, Words]
    signs: tuple[Sign, ...]
    check_names: tuple[tuple[str, ...], ...]
    log_days: int
    card_notes: Mapping[str, str]
    letter_notes: Mapping[str, str]
    sources: tuple[Source, ...] = ()
    reviewed: str = ""
    path: Path = field(default_factory=lambda: Path(KIT_FILE_NAME))

    @property
    def language(self) -> str:  # dates and rules on the printout follow the words
        from cartapp.model.language_tag import folder_language

        return folder_language(self.path)

    def words(self, section: str) -> Words:
        return self.sections[section]

    def title(self, item: str) -> str:
        return self.sections[SECTION_OF[item]].text("title")

    def summary(self, item: str) -> str:
        return self.sections[SECTION_OF[item]].text("summary")

    def checks(self, count: int) -> tuple[str, ...]:
        return self.check_names[max(1, min(count, len(self.check_names))) - 1]


def _check_text(value: object, where: str, path: Path) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ContentError(path, f"{where} must be non-empty text")
    unknown = sorted(set(_PLACEHOLDER.findall(value)) - PLACEHOLDERS)
    if unknown:
        raise ContentError(
            path,
            f"{where} has the placeholder {{{unknown[0]}}}, which the "
            f"printer does not fill; use {', '.join(sorted(PLACEHOLDERS))}",
        )
    return value.strip()


def _check_list(value: object, where: str, path: Path) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise ContentError(path, f"{where} must be a list of text")
    return tuple(_check_text(v, f"{where}[{i + 1}]", path) for i, v in enumerate(value))


def _section(data: Mapping[str, Any], name: str, path: Path) -> Words:
    raw = data.get(name)
    if not isinstance(raw, Mapping):
        raise ContentError(path, f"needs a [{name}] table")
    values: dict[str, Any] = {}
    for key, kind in SCHEMA[name].items():
        where = f"[{name}] {key}"
        if key not in raw:
            raise ContentError(path, f"{where} is missing")
        check = _check_text if kind == "text" else _check_list
        values[key] = check(raw[key], where, path)
    return Words(name, values)


def _region_notes(raw: object, where: str, path: Path) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        raise ContentError(path, f"needs a [{where}] table")
    return {key: _check_text(raw.get(key), f"[{where}] {key}", path) for key in REGION_KEYS}


def _signs(raw: object, path: Path) -> tuple[Sign, ...]:
    if not isinstance(raw, list) or not raw:
        raise ContentError(path, "[call_sheet] needs [[call_sheet.signs]] entries")
    signs = []
    for number, entry in enumerate(raw, start=1):
        where = f"[[call_sheet.signs]] {number}"
        if not isinstance(entry, Mapping) or entry.get("icon") not in ICONS:
            raise ContentError(path, f"{where}: 'icon' must be one of {', '.join(ICONS)}")
        signs.append(Sign(str(entry["icon"]), _check_text(entry.get("text"), where, path)))
    return tuple(signs)


def _check_names(raw: object, path: Path) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list) or len(raw) != MAX_CHECKS:
        raise ContentError(
            path, f"[log] check_names must list the names for 1 to {MAX_CHECKS} checks a day"
        )
    names = tuple(
        _check_list(row, f"[log] check_names[{i + 1}]", path) for i, row in enumerate(raw)
    )
    for count, row in enumerate(names, start=1):
        if len(row) != count:
            raise ContentError(path, f"[log] check_names[{count}] must have {count} names")
    return names


def parse_kit(data: Mapping[str, Any], path: Path) -> KitContent:
    if data.get("version") != 1:
        raise ContentError(path, "version must be 1")
    sections = {name: _section(data, name, path) for name in SCHEMA}
    log = data["log"]
    days = log.get("days")
    if type(days) is not int or not 7 <= days <= 60:
        raise ContentError(path, "[log] days must be a whole number from 7 to 60")
    return KitContent(
        sections=sections,
        signs=_signs(data["call_sheet"].get("signs"), path),
        check_names=_check_names(log.get("check_names"), path),
        log_days=days,
        card_notes=_region_notes(
            data["wallet_card"].get("region_notes"), "wallet_card.region_notes", path
        ),
        letter_notes=_region_notes(
            data["er_letter"].get("region_notes"), "er_letter.region_notes", path
        ),
        sources=parse_sources(dict(data), path),
        reviewed=str(data.get("reviewed", "")),
        path=path,
    )


def load_kit(path: Path) -> KitContent:
    from cartapp.model.guarded_read import load_content_toml

    return parse_kit(load_content_toml(path), path)


@lru_cache(maxsize=4)
def kit_content(language: str = "en") -> KitContent:
    """The kit's words in ``language``, else English (a translation may lag behind)."""
    from cartapp.model.translated import read_in

    return read_in(language, KIT_FILE_NAME, load_kit)
