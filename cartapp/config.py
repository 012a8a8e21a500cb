"""The clinic's configuration file (TOML): who the clinic is and how the kiosk behaves.

Clinic staff edit this file by hand, so every problem is refused with one
sentence that names the key, the value found and what to write instead. The
file is only ever read. Qt is not imported here: the headless commands and
the kiosk policy use it without a display.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cartapp.model.rules import Overrides

from cartapp import paths

SCHEMA_VERSION = 1
CONFIG_FILE_NAME = "clinic.toml"

PIN_SCHEME = "pbkdf2-sha256"
PIN_ITERATIONS = 600_000
# Below this a stolen hash is too cheap to brute-force; above the upper bound one
# check takes longer than half a second on an ordinary kiosk computer (1,000,000
# measured at 0.32 s here), and staff wait at the screen for every try.
MIN_PIN_ITERATIONS, MAX_PIN_ITERATIONS = 200_000, 1_000_000
MIN_PIN_DIGITS = 6
# Hashes printed in documentation or example files: their PIN is public.
EXAMPLE_PIN_HASHES = frozenset(
    {
        "pbkdf2-sha256$600000$d8f764167dfb7d96150832bb2867e0ed$"
        "552b2e5c3c5e5315577f4b52359ada7708a8247a098271dfc751cd3307f4c7a3",
    }
)
# PINs people pick first; refused by 'cartapp hash-pin' with the other weak ones.
_COMMON_PINS = frozenset(
    {
        "123123",
        "121212",
        "112233",
        "102030",
        "246810",
        "135790",
        "147258",
        "159753",
        "123321",
        "654321",
        "696969",
        "000000",
    }
)
PIN_SALT_BYTES = 16
_PIN = re.compile(r"[0-9]{4,12}")
_PIN_HASH = re.compile(r"pbkdf2-sha256\$([0-9]{1,9})\$([0-9a-f]{32,128})\$([0-9a-f]{64})")
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
FEVER_C_RANGE = (37.0, 38.5)  # the thresholds centres use; cartapp.model.rules says the same
# A logo is shown a few centimetres wide; anything larger is a wrong file.
MAX_LOGO_BYTES = 8 * 1024 * 1024
MAX_CONFIG_BYTES = 256 * 1024
_LOGO_SUFFIXES = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".svg": "svg"}


class ConfigError(Exception):
    """The configuration file cannot be used; the message says why in one sentence."""

    def __init__(self, message: str, *, path: Path | None = None, key: str | None = None):
        super().__init__(message)
        self.path = path
        self.key = key


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


# -- PIN hashing --------------------------------------------------------------


def is_valid_pin(pin: str) -> bool:
    return bool(_PIN.fullmatch(pin))


def pin_weakness(pin: str) -> str:
    """Why a new staff PIN is too easy to guess at the screen, or "" when it is not."""
    if not is_valid_pin(pin):
        return "a PIN is 6 to 12 digits (0-9), nothing else"
    if len(pin) < MIN_PIN_DIGITS:
        return f"a PIN needs at least {MIN_PIN_DIGITS} digits"
    if len(set(pin)) == 1:
        return "a PIN of one digit repeated is the first thing a visitor tries"
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:], strict=False)}
    if steps in ({1}, {9}):
        return "a PIN of digits in order (like 123456) is the first thing a visitor tries"
    for size in (2, 3):
        if len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size):
            return "a PIN that repeats a short pattern (like 121212) is easy to guess"
    if pin in _COMMON_PINS:
        return "that PIN is among the most common ones"
    return ""


# hashlib, secrets, tomllib and friends load where they are used: this module is
# read before the window first paints, and most starts need none of them.


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """``pbkdf2-sha256$<iterations>$<salt-hex>$<hash-hex>`` for a PIN of 4 to 12 digits."""
    if not is_valid_pin(pin):
        raise ValueError("A PIN is 4 to 12 digits (0-9), nothing else.")
    import hashlib
    import secrets

    salt = secrets.token_bytes(PIN_SALT_BYTES) if salt is None else salt
    if len(salt) < PIN_SALT_BYTES:
        raise ValueError(f"The salt must be at least {PIN_SALT_BYTES} bytes.")
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, PIN_ITERATIONS)
    return f"{PIN_SCHEME}${PIN_ITERATIONS}${salt.hex()}${digest.hex()}"


def _parse_pin_hash(stored: str) -> tuple[int, bytes, bytes] | None:
    match = _PIN_HASH.fullmatch(stored)
    if not match or len(match[2]) % 2:
        return None
    iterations = int(match[1])
    if not MIN_PIN_ITERATIONS <= iterations <= MAX_PIN_ITERATIONS:
        return None
    return iterations, bytes.fromhex(match[2]), bytes.fromhex(match[3])


def verify_pin(pin: str, stored: str) -> bool:
    parsed = _parse_pin_hash(stored)
    if parsed is None or not is_valid_pin(pin):
        return False
    iterations, salt, expected = parsed
    import hashlib
    import hmac

    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return hmac.compare_digest(digest, expected)


# -- reading the file ---------------------------------------------------------


class _BadValueError(Exception):
    """One value is wrong; load_config adds the file's name in front."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def _refused(key: str, message: str) -> _BadValueError:
    return _BadValueError(key, message)


def _show(value: object) -> str:
    """The value as it would be written in the file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        # JSON's escapes are TOML's, and keep a stray line break on one line.
        import json

        from cartapp.model.guarded_read import short

        # A refusal quotes a pasted megabyte as its first and last few words.
        return json.dumps(short(value), ensure_ascii=False)
    if isinstance(value, dict):
        return "{...}"
    if isinstance(value, list):
        return "[...]"
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)[:80]


def _where(section: str, key: str, value: object) -> str:
    return f"[{section}] {key} = {_show(value)}"


def _flag(section: str, key: str, value: object, _folder: Path) -> bool:
    if not isinstance(value, bool):
        raise _refused(
            key,
            f"{_where(section, key, value)} is not true or false; "
            "write true or false, without quotes.",
        )
    return value


def _text(section: str, key: str, value: object, _folder: Path) -> str:
    if not isinstance(value, str):
        raise _refused(
            key,
            f"{_where(section, key, value)} is not text; put it in "
            f'quotes, for example {key} = "{value}".',
        )
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise _refused(
            key,
            f"{_where(section, key, value)} has a line break or control "
            "character; write it on one line.",
        )
    return value.strip()


def _whole(low: int, high: int, unit: str) -> Callable[[str, str, object, Path], int]:
    span = f"a whole number of {unit} from {low} to {high}"

    def check(section: str, key: str, value: object, _folder: Path) -> int:
        # bool is a subclass of int in Python; `enabled = true` must not pass as 1.
        if type(value) is not int:
            raise _refused(key, f"{_where(section, key, value)} is not a whole number; use {span}.")
        if value < low:
            raise _refused(key, f"{_where(section, key, value)} is too short; use {span}.")
        if value > high:
            raise _refused(key, f"{_where(section, key, value)} is too long; use {span}.")
        return value

    return check


def _website(section: str, key: str, value: object, folder: Path) -> str:
    text = _text(section, key, value, folder)
    if text and (not re.fullmatch(r"https?://\S+\.\S+", text)):
        raise _refused(
            key,
            f"{_where(section, key, value)} is not a web address; write it "
            "in full, starting with https:// (for example "
            '"https://www.example-hospital.org/cart").',
        )
    return text


def _pin_hash(section: str, key: str, value: object, folder: Path) -> str:
    text = _text(section, key, value, folder)
    if text in EXAMPLE_PIN_HASHES:
        raise _refused(
            key,
            f"[{section}] {key} is the example file's hash, whose PIN is "
            "printed in the documentation; make your own with "
            "'cartapp hash-pin'.",
        )
    rounds = _PIN_HASH.fullmatch(text) if text else None
    if rounds and not MIN_PIN_ITERATIONS <= int(rounds[1]) <= MAX_PIN_ITERATIONS:
        why = (
            "too few to protect the PIN if the file is copied"
            if int(rounds[1]) < MIN_PIN_ITERATIONS
            else "so many that each check would keep staff waiting"
        )
        raise _refused(
            key,
            f"[{section}] {key} uses {int(rounds[1]):,} rounds, {why}; "
            f"this app takes {MIN_PIN_ITERATIONS:,} to {MAX_PIN_ITERATIONS:,}. "
            "Make a new one with 'cartapp hash-pin'.",
        )
    if text and _parse_pin_hash(text) is None:
        raise _refused(
            key,
            f"[{section}] {key} is not a PIN hash made by 'cartapp hash-pin'; "
            "run that command and paste the whole line it prints.",
        )
    return text


def _language(section: str, key: str, value: object, folder: Path) -> str:
    text = _text(section, key, value, folder)
    if not _LANGUAGE.fullmatch(text):
        raise _refused(
            key,
            f"{_where(section, key, value)} is not a language code; use a "
            'short code in lower case such as "en" or "es".',
        )
    return text


def _logo(section: str, key: str, value: object, folder: Path) -> Path | None:
    text = _text(section, key, value, folder)
    if not text:
        return None
    where = _where(section, key, value)
    kind = _LOGO_SUFFIXES.get(Path(text).suffix.lower())
    if kind is None:
        raise _refused(
            key, f"{where} is not a picture the app can show; use a .png, .jpg or .svg file."
        )
    from cartapp.model.guarded_read import (
        MAX_SVG_BYTES,
        FileRefusedError,
        check_svg,
        read_bytes,
        safe_exists,
        short,
    )

    try:
        path = (folder / text).resolve()
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a name too long
        path = folder / text
    if not safe_exists(path):
        raise _refused(
            key,
            f"{where}: no such file at {short(path)}; put the logo in the "
            "same folder as the configuration file, or give its full path.",
        )
    try:
        head = read_bytes(path, max_bytes=MAX_LOGO_BYTES if kind != "svg" else MAX_SVG_BYTES)
        if kind == "svg":
            check_svg(path, head)
    except FileRefusedError as exc:
        raise _refused(key, f"{where} could not be used: {exc.reason}.") from None
    looks = {
        "png": head.startswith(b"\x89PNG\r\n\x1a\n"),
        "jpeg": head.startswith(b"\xff\xd8\xff"),
        "svg": b"<svg" in head,
    }
    if not looks[kind]:
        raise _refused(
            key,
            f"{where}: the file is not a {kind.upper()} picture inside; "
            "save it again as PNG, JPEG or SVG.",
        )
    return path


def _region(section: str, key: str, value: object, folder: Path) -> str:
    text = _text(section, key, value, folder)
    if text not in ("us", "uk", "eu", "other"):
        raise _refused(
            key,
            f"{_where(section, key, value)} is not a region the app knows; "
            'write "us", "uk", "eu" or "other".',
        )
    return text


def _urgent_phone(section: str, key: str, value: object, folder: Path) -> str:
    text = _text(section, key, value, folder)
    if not text:
        # Families call this number at 3 a.m.; an empty one would print as nothing.
        raise _refused(
            key,
            f"{_where(section, key, value)} is empty; write the number "
            "families call day and night (1 to 32 characters), or leave "
            "the line out.",
        )
    if len(text) > 32:
        raise _refused(
            key,
            f"{_where(section, key, value)} is too long to print on a "
            "wallet card; use 1 to 32 characters.",
        )
    return text


MAX_WISHES, MAX_WISH_CHARS = 4, 200


def _wishes(section: str, key: str, value: object, folder: Path) -> tuple[str, ...]:
    expected = (
        f"a list of 1 to {MAX_WISHES} sentences in quotes, each up to {MAX_WISH_CHARS} characters"
    )
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_WISHES:
        raise _refused(
            key,
            f"{_where(section, key, value)} is not {expected}, for example "
            f'{key} = ["Please call us before giving steroids."].',
        )
    lines = tuple(_text(section, key, item, folder) for item in value)
    if any(not line or len(line) > MAX_WISH_CHARS for line in lines):
        raise _refused(key, f"[{section}] {key} has an empty or overlong line; use {expected}.")
    return lines


def _short_phone(section: str, key: str, value: object, folder: Path) -> str:
    text = _text(section, key, value, folder)
    if not text or len(text) > 20 or not re.fullmatch(r"[0-9+() -]+", text):
        raise _refused(
            key,
            f"{_where(section, key, value)} is not a phone number; write "
            'the digits only, for example emergency_number = "999".',
        )
    return text


def _fever_c(section: str, key: str, value: object, _folder: Path) -> float:
    low, high = FEVER_C_RANGE
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _refused(
            key,
            f"{_where(section, key, value)} is not a number; write degrees "
            f"Celsius from {low} to {high}, for example {key} = 38.0.",
        )
    if not low <= value <= high:
        raise _refused(
            key,
            f"{_where(section, key, value)} is outside what centres use; "
            f"write degrees Celsius from {low} to {high}.",
        )
    return float(value)


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
