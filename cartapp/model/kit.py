"""What the safety kit prints for one family: their details, their centre's, their region's.

The family gives a name, the infusion date, the product and, if their team set
it, the day driving may start again. The clinic file gives the centre's name,
numbers, region, fever threshold and wishes. Anything nobody gave prints as a
line to write on: the kit never guesses a number, a date or a name. A driving
end date is printed only when the family or the clinic file sets it (the
region's minimum is not an end date).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cartapp.model.sheet import clean_text

if TYPE_CHECKING:
    from cartapp.config import ClinicInfo, KitSettings

# A line to write on, where nobody gave the value: underscores print as one line
# in every PDF reader and read back as a blank in a copied text.
WRITE_IN = "_" * 18
READERS = ("parent", "patient")
# Longest values a family or clinic may give, so the wallet card still fits at
# its smallest type size (checked in tests with these lengths).
MAX_CHARS = {"name": 60, "product": 40, "center": 64, "urgent_phone": 32, "phone": 40}
MIN_CHECKS, MAX_CHECKS = 1, 6
_PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_]+)\}(?!\})")


class KitError(ValueError):
    """Something the family or the clinic can fix; the message says what, in one sentence."""


@dataclass(frozen=True)
class FamilyDetails:
    name: str = ""
    infusion_date: datetime.date | None = None
    product: str = ""
    driving_until: datetime.date | None = None


@dataclass(frozen=True)
class KitFacts:
    """Everything a printable may show, already checked."""

    family: FamilyDetails = field(default_factory=FamilyDetails)
    region: str = "other"
    reader: str = "parent"
    center: str = ""
    phone: str = ""
    urgent_phone: str = ""
    emergency_number: str = ""  # "" when the region is not known
    fever: str = ""  # "100.4 °F (38.0 °C)"; always both scales
    no_driving_days: int | None = None  # the clinic's own, never the region's minimum
    stay_near_days: int | None = None  # the clinic's own
    region_days: int | None = None  # the region's minimum stay near, for the rota rows
    wishes: tuple[str, ...] = ()
    checks_per_day: int = 3

    def driving_until(self) -> datetime.date | None:
        if self.family.driving_until:
            return self.family.driving_until
        if self.family.infusion_date and self.no_driving_days:
            return self.family.infusion_date + datetime.timedelta(days=self.no_driving_days)
        return None

    def values(self, format_date: Callable[[datetime.date], str]) -> dict[str, str]:
        """Placeholder values; "" means "not known", printed as a line to write on."""
        family = self.family
        until = self.driving_until()
        return {
            "name": family.name,
            "product": family.product,
            "infusion_date": format_date(family.infusion_date) if family.infusion_date else "",
            "center": self.center,
            "phone": self.phone,
            "urgent_phone": self.urgent_phone,
            "emergency": self.emergency_number,
            "fever": self.fever,
            "driving_until": format_date(until) if until else "",
            "days": str(self.stay_near_days or self.region_days or ""),
        }


def one_line(text: str) -> str:
    return " ".join(clean_text(text).split())


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with each {placeholder} replaced; an unknown value becomes a
    line to write on."""
    return _PLACEHOLDER.sub(lambda m: values.get(m[1], "") or WRITE_IN, template)


def check_family(
    details: FamilyDetails, covers: Callable[[str], bool] | None = None
) -> FamilyDetails:
    """The details cleaned to one line each; KitError names the field to change."""
    labels = {"name": "The name", "product": "The product"}
    cleaned = {}
    for key, label in labels.items():
        value = one_line(getattr(details, key))
        if len(value) > MAX_CHARS[key]:
            raise KitError(
                f"{label} is {len(value)} characters long; the wallet card has "
                f"room for {MAX_CHARS[key]}. Please shorten it."
            )
        _check_covered(value, label, covers)
        cleaned[key] = value
    for key, label in (
        ("infusion_date", "The infusion date"),
        ("driving_until", "The no-driving date"),
    ):
        value = getattr(details, key)
        if value is not None and not isinstance(value, datetime.date):
            raise KitError(f"{label} is not a date.")
        if value is not None and not 2000 <= value.year <= 2100:
            raise KitError(
                f"{label} ({value.isoformat()}) is not a date this kit can use; check the year."
            )
    if (
        details.driving_until
        and details.infusion_date
        and details.driving_until < details.infusion_date
    ):
        raise KitError("The no-driving date is before the infusion date; check both dates.")
    return FamilyDetails(
        cleaned["name"], details.infusion_date, cleaned["product"], details.driving_until
    )


def _check_covered(value: str, label: str, covers: Callable[[str], bool] | None) -> None:
    if covers is None:
        return
    missing = "".join(dict.fromkeys(c for c in value if not covers(c)))
    if missing:
        shown = " ".join(f"{c} (U+{ord(c):04X})" for c in missing[:5])
        raise KitError(
            f"{label} has characters the printout cannot show: {shown}. "
            "Please change or remove them."
        )


def facts_for(
    details: FamilyDetails,
    *,
    clinic: ClinicInfo | None = None,
    kit: KitSettings | None = None,
    region: str = "",
    reader: str = "parent",
    covers: Callable[[str], bool] | None = None,
) -> KitFacts:
    """The facts from the family's details, a clinic file's [clinic] and [kit], and the
    region (the clinic's wins; "other" when nobody says)."""
    from cartapp.model.rules import OTHER, Overrides, default_table

    if reader not in READERS:
        raise KitError(f"The reader must be one of {', '.join(READERS)}.")
    family = check_family(details, covers)
    overrides = clinic.rule_overrides() if clinic else Overrides()
    region = (clinic.region if clinic and clinic.region else region) or OTHER
    table = default_table()
    emergency = overrides.emergency_number or (
        table.value("emergency", region) if region != OTHER else ""
    )
    texts = {}
    for key in ("center", "phone", "urgent_phone"):
        raw = {
            "center": getattr(clinic, "name", ""),
            "phone": getattr(clinic, "phone", ""),
            "urgent_phone": getattr(clinic, "urgent_phone", ""),
        }[key]
        value = one_line(raw or "")
        if len(value) > MAX_CHARS[key]:
            raise KitError(
                f"The clinic file's {key} is {len(value)} characters long; the "
                f"wallet card has room for {MAX_CHARS[key]}."
            )
        _check_covered(value, f"The clinic file's {key}", covers)
        texts[key] = value
    return KitFacts(
        family=family,
        region=region,
        reader=reader,
        emergency_number=emergency,
        fever=table.value("fever", region, overrides),
        no_driving_days=clinic.no_driving_days if clinic else None,
        stay_near_days=clinic.stay_near_days if clinic else None,
        region_days=table.minimum_days("stay_near", region),
        wishes=tuple(kit.wishes) if kit else (),
        checks_per_day=kit.temperature_checks_per_day if kit else 3,
        **texts,
    )
