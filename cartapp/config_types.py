"""What a clinic file says, once read and checked: the clinic, the kiosk and the
safety kit's settings. Reading and checking the file is cartapp.config's job."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cartapp.model.rules import Overrides


@dataclass(frozen=True)
class ClinicInfo:
    name: str = ""
    logo: Path | None = None
    phone: str = ""
    urgent_phone: str = ""
    website: str = ""
    # Rules that differ by region (cartapp.model.rules); unset values fall back to the
    # region's rule, and an unset region shows every region's rule.
    region: str = ""
    stay_near_days: int | None = None
    no_driving_days: int | None = None
    emergency_number: str = ""
    fever_threshold_c: float | None = None

    def rule_overrides(self) -> Overrides:
        from cartapp.model.rules import Overrides

        return Overrides(
            stay_near_days=self.stay_near_days,
            no_driving_days=self.no_driving_days,
            emergency_number=self.emergency_number,
            fever_threshold_c=self.fever_threshold_c,
        )

    def is_empty(self) -> bool:
        return not (self.name or self.phone or self.urgent_phone)


@dataclass(frozen=True)
class KioskSettings:
    enabled: bool = False
    idle_timeout_seconds: int = 120
    warning_seconds: int = 30
    admin_pin_hash: str = ""
    printing_allowed: bool = True
    # None (left out): a kiosk prints straight to the default printer.
    print_to_default_printer: bool | None = None
    default_language: str = "en"
    stay_near_days: int | None = None  # read for old files; [clinic] stay_near_days now


@dataclass(frozen=True)
class KitSettings:
    """What the home safety kit prints from the centre's own practice."""

    # Lines under "The treating center asks" in the letter for another doctor.
    wishes: tuple[str, ...] = ()
    temperature_checks_per_day: int = 3


@dataclass(frozen=True)
class ClinicConfig:
    clinic: ClinicInfo = field(default_factory=ClinicInfo)
    kiosk: KioskSettings = field(default_factory=KioskSettings)
    kit: KitSettings = field(default_factory=KitSettings)
    source: Path | None = None
    # Settings a machine-wide file locks ("clinic.region", "kiosk.enabled", ...) and
    # every file read, machine-wide first (cartapp.config_layers).
    locked: frozenset[str] = frozenset()
    files: tuple[Path, ...] = ()
