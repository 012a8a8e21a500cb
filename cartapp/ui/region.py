"""Whose rules the reader sees: the region (from the clinic file or the family's choice).

One object for the whole app, so every open page, the treatment steps and the printouts
change together when the family changes the region. The rules themselves live in
``content/<lang>/rules.toml`` (cartapp.model.rules); this only holds the choice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from cartapp.model.errors import ContentError
from cartapp.model.rules import OTHER, REGION_NAMES, REGIONS, Overrides, RulesTable

# When the rules table itself cannot be read, a token still becomes safe words.
_SAFE = {
    "rule": "Follow the written rules your center gives you.",
    "fever": "the temperature your center gave you",
    "emergency": "your emergency number",
}


@dataclass(frozen=True)
class Expander:
    """Turns a page's tokens into the words for one region, clinic and reader. Equal
    only for the same choices, so a page rendered for one choice is never reused
    (from a cache) for another."""

    choices: tuple
    expand: Callable[[str], str] = field(compare=False)

    def __call__(self, text: str) -> str:
        return self.expand(text)


class RegionState(QObject):
    changed = Signal()

    def __init__(self, table: RulesTable | None = None, problem: str = "") -> None:
        super().__init__()
        self.table = table
        self.problem = problem  # why the table could not be read, for a plain notice
        self.region = OTHER
        self.overrides = Overrides()
        self.reader = "parent"
        self.locked = False  # set by the clinic file: the family cannot change it
        self.language = "en"
        self.version = 0

    @property
    def name(self) -> str:
        return self.names().get(self.region, REGION_NAMES[OTHER])

    def names(self) -> dict[str, str]:
        """The regions by name in the guide's language (words.toml)."""
        from cartapp.model.content_words import content_words

        try:
            return dict(content_words(self.language).regions)
        except Exception:  # noqa: BLE001 - a broken words file: the English names
            return dict(REGION_NAMES)

    def set_region(self, region: str) -> None:
        region = region if region in REGIONS else OTHER
        if region != self.region:
            self.region = region
            self._bump()

    def set_table(self, table: RulesTable | None, problem: str = "", language: str = "en") -> None:
        """Another language's rules table: the same rules in other words."""
        self.table, self.problem, self.language = table, problem, language
        self._bump()

    def set_overrides(self, overrides: Overrides) -> None:
        if overrides != self.overrides:
            self.overrides = overrides
            self._bump()

    def set_reader(self, reader: str) -> None:
        reader = "patient" if reader == "patient" else "parent"
        if reader != self.reader:
            self.reader = reader
            self._bump()

    def expand(self, text: str) -> str:
        if self.table is None:
            import re

            text = re.sub(r"\{\{\s*you\s*:([^|{}]*)\|([^{}]*)\}\}", r"\1", text)
            text = re.sub(r"\{\{\s*rule\s*:\s*\w*\s*\}\}", _SAFE["rule"], text)
            return re.sub(
                r"\{\{\s*value\s*:\s*(\w*)\s*\}\}",
                lambda m: _SAFE.get(m[1], _SAFE["emergency"]),
                text,
            )
        return self.table.expand(text, self.region, self.overrides, self.reader)

    def expander(self) -> Expander:
        return Expander((id(self.table), self.region, self.overrides, self.reader), self.expand)

    def minimum_days(self) -> dict[str, int | None]:
        if self.table is None:
            return {}
        return {k: self.table.minimum_days(k, self.region) for k in ("stay_near", "no_driving")}

    def _bump(self) -> None:
        self.version += 1
        self.changed.emit()


_current: RegionState | None = None


def current() -> RegionState:
    """The app's region state; made on first use from the English rules table."""
    global _current
    if _current is None:
        _current = load_state()
    return _current


def load_state(language: str = "en") -> RegionState:
    from cartapp.model.rules import default_table

    try:
        return RegionState(default_table(language))
    except ContentError as exc:
        return RegionState(None, problem=str(exc))


def reset_for_tests() -> None:
    global _current
    _current = None
