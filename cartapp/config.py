"""The clinic's configuration file (TOML): who the clinic is and how the kiosk behaves.

Clinic staff edit this file by hand, so every problem is refused with one
sentence that names the key, the value found and what to write instead. The
file is only ever read. Qt is not imported here: the headless commands and
the kiosk policy use it without a display.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from cartapp import paths
from cartapp.config_paths import CONFIG_FILE_NAME as CONFIG_FILE_NAME
from cartapp.config_pin import (  # re-exported: the PIN is part of the clinic file
    EXAMPLE_PIN_HASHES,
    MAX_PIN_ITERATIONS,
    MIN_PIN_DIGITS,
    MIN_PIN_ITERATIONS,
    PIN_ITERATIONS,
    PIN_SALT_BYTES,
    PIN_SCHEME,
    hash_pin,
    is_valid_pin,
    pin_weakness,
    verify_pin,
)
from cartapp.config_types import ClinicConfig, ClinicInfo, KioskSettings, KitSettings
from cartapp.config_values import (
    FEVER_C_RANGE,
    MAX_LOGO_BYTES,
    _BadValueError,
    _fever_c,
    _flag,
    _language,
    _logo,
    _pin_hash,
    _refused,
    _region,
    _short_phone,
    _show,
    _text,
    _urgent_phone,
    _website,
    _whole,
    _wishes,
)

__all__ = [
    "CONFIG_FILE_NAME",
    "EXAMPLE_PIN_HASHES",
    "FEVER_C_RANGE",
    "MAX_CONFIG_BYTES",
    "MAX_LOGO_BYTES",
    "MAX_PIN_ITERATIONS",
    "MIN_PIN_DIGITS",
    "MIN_PIN_ITERATIONS",
    "PIN_ITERATIONS",
    "PIN_SALT_BYTES",
    "PIN_SCHEME",
    "SCHEMA_VERSION",
    "ClinicConfig",
    "ClinicInfo",
    "ConfigError",
    "KioskSettings",
    "KitSettings",
    "hash_pin",
    "is_valid_pin",
    "load_config",
    "pin_weakness",
    "verify_pin",
]

SCHEMA_VERSION = 1

MAX_CONFIG_BYTES = 256 * 1024


class ConfigError(Exception):
    """The configuration file cannot be used; the message says why in one sentence."""

    def __init__(self, message: str, *, path: Path | None = None, key: str | None = None):
        super().__init__(message)
        self.path = path
        self.key = key


# -- reading the file ---------------------------------------------------------


_SECTIONS: dict[str, dict[str, Callable[[str, str, object, Path], Any]]] = {
    "clinic": {
        "name": _text,
        "logo": _logo,
        "phone": _text,
        "urgent_phone": _urgent_phone,
        "website": _website,
        "region": _region,
        "stay_near_days": _whole(1, 365, "days"),
        "no_driving_days": _whole(1, 365, "days"),
        "emergency_number": _short_phone,
        "fever_threshold_c": _fever_c,
    },
    "kiosk": {
        "enabled": _flag,
        "idle_timeout_seconds": _whole(90, 3600, "seconds"),
        "warning_seconds": _whole(20, 300, "seconds"),
        "admin_pin_hash": _pin_hash,
        "printing_allowed": _flag,
        "print_to_default_printer": _flag,
        "default_language": _language,
        "stay_near_days": _whole(1, 365, "days"),
    },
    "kit": {"wishes": _wishes, "temperature_checks_per_day": _whole(1, 6, "checks")},
}


# A machine-wide file's list of settings that a user's file cannot change.
LOCK_SECTION = "lock"

# Still read from older files, no longer written in the example.
LEGACY_KEYS = {("kiosk", "stay_near_days")}


def _unknown(what: str, name: str, known: list[str], noun: str) -> str:
    import difflib

    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]}?)" if close else ""
    return f"{what} is not a {noun} the app knows{hint}; the {noun}s are {', '.join(known)}."


def _check_version(data: dict[str, Any]) -> None:
    if "schema_version" not in data:
        raise _refused(
            "schema_version",
            f"schema_version is missing; add the line "
            f"schema_version = {SCHEMA_VERSION} at the top.",
        )
    version = data["schema_version"]
    if type(version) is not int or version < 1:
        raise _refused(
            "schema_version",
            f"schema_version = {_show(version)} is not a "
            f"version number; write schema_version = "
            f"{SCHEMA_VERSION}.",
        )
    if version > SCHEMA_VERSION:
        raise _refused(
            "schema_version",
            f"schema_version = {version} is from a newer "
            "version of the app; this version reads "
            f"schema_version = {SCHEMA_VERSION}. Update the app, "
            "or start from the example file that came with it.",
        )


def _read_section(name: str, table: object, folder: Path) -> dict[str, Any]:
    rules = _SECTIONS[name]
    if not isinstance(table, dict):
        raise _refused(
            name,
            f"{name} = {_show(table)} must be a section; write [{name}] "
            "on a line of its own and the settings below it.",
        )
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in rules:
            raise _refused(key, _unknown(f"[{name}] {key}", key, list(rules), "setting"))
        values[key] = rules[key](name, key, value, folder)
    return values


# A family reading a page must have this long after their last touch before
# "Are you still there?" interrupts them.
MIN_QUIET_SECONDS = 60


def idle_problem(idle_seconds: int, warning_seconds: int) -> str:
    """Why an idle time-out and its warning do not fit together, or ""."""
    if idle_seconds - warning_seconds < MIN_QUIET_SECONDS:
        return (
            f"[kiosk] warning_seconds = {warning_seconds} with idle_timeout_seconds = "
            f"{idle_seconds} would interrupt a family {idle_seconds - warning_seconds} "
            f"seconds after their last touch; leave at least {MIN_QUIET_SECONDS} seconds "
            "between them (idle_timeout_seconds minus warning_seconds)."
        )
    return ""


def _parse(data: dict[str, Any], folder: Path) -> tuple[ClinicInfo, KioskSettings, KitSettings]:
    _check_version(data)
    for name, value in data.items():
        if name in ("schema_version", LOCK_SECTION) or name in _SECTIONS:
            continue  # [lock] is read by cartapp.config_layers
        home = [section for section, rules in _SECTIONS.items() if name in rules]
        if home and not isinstance(value, dict):
            raise _refused(
                name,
                f"{name} = {_show(value)} is above the sections; move it "
                f"below the [{home[0]}] line.",
            )
        what = f"[{name}]" if isinstance(value, dict) else f"{name} = {_show(value)}"
        raise _refused(name, _unknown(what, f"[{name}]", [f"[{n}]" for n in _SECTIONS], "section"))
    clinic = ClinicInfo(**_read_section("clinic", data.get("clinic", {}), folder))
    kiosk = KioskSettings(**_read_section("kiosk", data.get("kiosk", {}), folder))
    kit = KitSettings(**_read_section("kit", data.get("kit", {}), folder))
    if kiosk.stay_near_days is not None and clinic.stay_near_days is None:
        from dataclasses import replace

        clinic = replace(clinic, stay_near_days=kiosk.stay_near_days)
    problem = idle_problem(kiosk.idle_timeout_seconds, kiosk.warning_seconds)
    if problem:
        raise _refused("warning_seconds", problem)
    if kiosk.enabled and not kiosk.admin_pin_hash:
        raise _refused(
            "admin_pin_hash",
            "[kiosk] enabled = true needs an admin_pin_hash, "
            "or staff could not leave kiosk mode; make one with 'cartapp hash-pin'.",
        )
    return clinic, kiosk, kit


def load_config(path: Path) -> ClinicConfig:
    """Read and check a configuration file; raise ConfigError for anything wrong."""
    import tomllib

    from cartapp.model.guarded_read import FileRefusedError, parse_toml, read_text, short

    path = Path(path)
    try:
        # read_text allows the byte-order mark that "UTF-8 with BOM" editors add.
        data = parse_toml(path, read_text(path, max_bytes=MAX_CONFIG_BYTES))
    except FileRefusedError as exc:
        if "UTF-8" in exc.reason:
            raise ConfigError(
                f"{short(path.name)}: the file is not plain text in UTF-8; "
                "save it again as UTF-8 text.",
                path=path,
            ) from None
        raise ConfigError(f"{short(path)} could not be read: {exc.reason}.", path=path) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{short(path.name)} is not a valid TOML file: {exc}. Compare it "
            "with the example file; text values need quotes.",
            path=path,
        ) from None
    try:
        folder = path.resolve().parent
    except (OSError, RuntimeError):
        folder = path.parent
    try:
        clinic, kiosk, kit = _parse(data, folder)
    except _BadValueError as exc:
        raise ConfigError(f"{path.name}: {exc}", path=path, key=exc.key) from None
    return ClinicConfig(clinic=clinic, kiosk=kiosk, kit=kit, source=path)


def default_config_path() -> Path:
    return paths.user_config_dir() / CONFIG_FILE_NAME


def load_default_config() -> ClinicConfig:
    """The configuration in the user's config folder, or the defaults if there is none."""
    from cartapp.model.guarded_read import safe_exists

    path = default_config_path()
    if not safe_exists(path):
        return ClinicConfig()
    return load_config(path)
