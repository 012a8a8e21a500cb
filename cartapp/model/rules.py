"""Rules that differ by region (stay near, no driving, caregiver, emergency number, fever).

They are written once, in ``content/<lang>/rules.toml``, each with its region and sources.
Pages and the treatment steps name a rule with ``{{rule:NAME}}`` (whole sentences) or
``{{value:NAME}}`` (a short value inside a sentence); this module turns those tokens into
the words for the reader's region. A clinic file's own days, emergency number and fever
threshold win over the region's. "Other / not sure" shows every region's rule, each named,
and tells the reader to follow the centre's written rules, so a reader whose region is
unknown is never shown one country's rule as if it were theirs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cartapp.model.errors import ContentError
from cartapp.model.pages import Source

REGIONS = ("us", "uk", "eu")
OTHER = "other"
REGION_NAMES = {
    "us": "United States",
    "uk": "United Kingdom",
    "eu": "European Union",
    OTHER: "Other / not sure",
}
RULE_NAMES = ("stay_near", "no_driving", "caregiver", "emergency_number", "fever_threshold")
VALUE_NAMES = {"fever": "fever_threshold", "emergency": "emergency_number"}
# Parent and patient forms of one sentence: {{you:Your child|You}}.
_YOU = re.compile(r"\{\{\s*you\s*:([^|{}]*)\|([^{}]*)\}\}")
_TOKEN = re.compile(r"\{\{\s*(rule|value)\s*:\s*([A-Za-z0-9_]*)\s*\}\}")
FEVER_C_RANGE = (37.0, 38.5)


@dataclass(frozen=True)
class Overrides:
    """What a clinic file (or the family, for the days) sets; None or "" = not set."""

    stay_near_days: int | None = None
    no_driving_days: int | None = None
    emergency_number: str = ""
    fever_threshold_c: float | None = None

    def days(self, rule: str) -> int | None:
        return {"stay_near": self.stay_near_days, "no_driving": self.no_driving_days}.get(rule)

    def value(self, rule: str) -> str:
        if rule == "emergency_number":
            return self.emergency_number
        if rule == "fever_threshold" and self.fever_threshold_c is not None:
            return fever_words(self.fever_threshold_c)
        return ""


def fever_words(celsius: float) -> str:
    fahrenheit = celsius * 9 / 5 + 32
    # No line break between a number and its unit ("100.4" alone at a line's end).
    return f"{fahrenheit:.1f}\u00a0°F ({celsius:.1f}\u00a0°C)"


@dataclass(frozen=True)
class RegionRule:
    text: str
    value: str = ""
    days: int | None = None
    sources: tuple[int, ...] = ()


@dataclass(frozen=True)
class Rule:
    name: str
    title: str
    regions: Mapping[str, RegionRule]
    clinic: str = ""
    other: str = ""
    other_text: str = ""
    other_value: str = ""


@dataclass(frozen=True)
class RulesTable:
    rules: Mapping[str, Rule]
    sources: tuple[Source, ...] = ()
    reviewed: str = ""
    path: Path = field(default_factory=lambda: Path("rules.toml"))

    # -- the words ------------------------------------------------------------

    def sentence(self, name: str, region: str, overrides: Overrides | None = None) -> str:
        rule = self._rule(name)
        overrides = overrides or Overrides()
        days, value = overrides.days(name), overrides.value(name)
        if rule.clinic and (days is not None or value):
            return rule.clinic.format(days=days, value=value)
        if region in rule.regions:
            return rule.regions[region].text
        if rule.other_text:
            return rule.other_text
        return " ".join(
            [*(rule.regions[r].text for r in REGIONS if r in rule.regions), rule.other]
        ).strip()

    def value(self, name: str, region: str, overrides: Overrides | None = None) -> str:
        rule = self._rule(VALUE_NAMES.get(name, name))
        own = (overrides or Overrides()).value(rule.name)
        if own:
            return own
        if region in rule.regions and rule.regions[region].value:
            return rule.regions[region].value
        return rule.other_value

    def minimum_days(self, name: str, region: str) -> int | None:
        """The region's minimum, for drawing a typical span; never a date."""
        rule = self.rules.get(name)
        found = rule.regions.get(region) if rule else None
        return found.days if found else None

    def expand(
        self, text: str, region: str, overrides: Overrides | None = None, reader: str = "parent"
    ) -> str:
        """Replace every region and reader token in ``text``."""
        if "{{" not in text:
            return text
        text = _YOU.sub(lambda m: (m[2] if reader == "patient" else m[1]).strip(), text)

        def one(match: re.Match[str]) -> str:
            kind, name = match[1], match[2]
            if kind == "rule":
                return self.sentence(name, region, overrides)
            if name not in VALUE_NAMES:
                raise ContentError(
                    self.path,
                    f"unknown value '{{{{value:{name}}}}}'; use {', '.join(sorted(VALUE_NAMES))}",
                )
            return self.value(name, region, overrides)

        return _TOKEN.sub(one, text)

    def rows(self) -> list[tuple[str, str, str, tuple[str, ...]]]:
        """(rule title, region name, text, source titles) for the review pack."""
        out = []
        for rule in self.rules.values():
            for region in REGIONS:
                if region in rule.regions:
                    found = rule.regions[region]
                    titles = tuple(self.sources[n - 1].title for n in found.sources)
                    out.append((rule.title, REGION_NAMES[region], found.text, titles))
            closing = rule.other_text or rule.other
            if closing:
                out.append((rule.title, REGION_NAMES[OTHER], closing, ()))
        return out

    def _rule(self, name: str) -> Rule:
        if name not in self.rules:
            raise ContentError(
                self.path, f"unknown rule '{name}'; the rules are {', '.join(RULE_NAMES)}"
            )
        return self.rules[name]


def check_tokens(text: str, path: Path) -> None:
    """Refuse a token that names no rule, so a page never shows a broken one."""
    for match in _TOKEN.finditer(text):
        kind, name = match[1], match[2]
        known = RULE_NAMES if kind == "rule" else tuple(VALUE_NAMES)
        if name not in known:
            raise ContentError(path, f"'{match[0]}' names no {kind}; use one of {', '.join(known)}")


# -- reading the table --------------------------------------------------------


def _text(
    table: Mapping[str, Any], key: str, where: str, path: Path, *, required: bool = True
) -> str:
    value = table.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ContentError(path, f"{where}: '{key}' must be non-empty text")
    return value.strip()


def _region_rule(raw: object, where: str, path: Path, n_sources: int) -> RegionRule:
    if not isinstance(raw, Mapping):
        raise ContentError(path, f"{where} must be a table")
    days = raw.get("days")
    if days is not None and (type(days) is not int or not 1 <= days <= 365):
        raise ContentError(path, f"{where}: 'days' must be a whole number from 1 to 365")
    sources = raw.get("sources", [])
    if (
        not isinstance(sources, list)
        or not sources
        or any(type(n) is not int or not 1 <= n <= n_sources for n in sources)
    ):
        raise ContentError(
            path, f"{where}: 'sources' must list source numbers from 1 to {n_sources}"
        )
    return RegionRule(
        text=_text(raw, "text", where, path),
        value=_text(raw, "value", where, path, required=False),
        days=days,
        sources=tuple(sources),
    )


def parse_rules(data: Mapping[str, Any], path: Path) -> RulesTable:
    from cartapp.model.pages import parse_sources

    sources = parse_sources(dict(data), path)
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, Mapping):
        raise ContentError(path, "needs a [rules] table")
    rules = {}
    for name in RULE_NAMES:
        raw = raw_rules.get(name)
        if not isinstance(raw, Mapping):
            raise ContentError(path, f"needs a [rules.{name}] table")
        regions = {
            r: _region_rule(raw[r], f"[rules.{name}.{r}]", path, len(sources))
            for r in REGIONS
            if r in raw
        }
        if not regions:
            raise ContentError(path, f"[rules.{name}] names no region (us, uk, eu)")
        rules[name] = Rule(
            name=name,
            title=_text(raw, "title", f"[rules.{name}]", path),
            regions=regions,
            clinic=_text(raw, "clinic", f"[rules.{name}]", path, required=False),
            other=_text(raw, "other", f"[rules.{name}]", path, required=False),
            other_text=_text(raw, "other_text", f"[rules.{name}]", path, required=False),
            other_value=_text(raw, "other_value", f"[rules.{name}]", path, required=False),
        )
    unknown = sorted(set(raw_rules) - set(RULE_NAMES))
    if unknown:
        raise ContentError(
            path, f"unknown rule '{unknown[0]}'; the rules are {', '.join(RULE_NAMES)}"
        )
    return RulesTable(
        rules=rules, sources=sources, reviewed=str(data.get("reviewed", "")), path=path
    )


def load_rules(path: Path) -> RulesTable:
    from cartapp.model.guarded_read import load_content_toml

    return parse_rules(load_content_toml(path), path)


@lru_cache(maxsize=4)
def default_table(language: str = "en") -> RulesTable:
    from cartapp.model.translated import read_in

    return read_in(language, "rules.toml", load_rules)


def expand(text: str, region: str = OTHER, overrides: Overrides | None = None) -> str:
    """Expand with the English table; the review pack shows every region ("other")."""
    return default_table().expand(text, region or OTHER, overrides)


def rule_rows() -> list[tuple[str, str, str, tuple[str, ...]]]:
    return default_table().rows()
