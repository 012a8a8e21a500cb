"""Each setting of the clinic file checked on its own: the value, or one sentence that
names the key, the value found and what to write instead. No Qt."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

from cartapp.config_pin import (
    _PIN_HASH,
    EXAMPLE_PIN_HASHES,
    MAX_PIN_ITERATIONS,
    MIN_PIN_ITERATIONS,
    _parse_pin_hash,
)

FEVER_C_RANGE = (37.0, 38.5)  # the thresholds centres use; cartapp.model.rules says the same
# A logo is shown a few centimetres wide; anything larger is a wrong file.
MAX_LOGO_BYTES = 8 * 1024 * 1024
_LOGO_SUFFIXES = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".svg": "svg"}


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
    from cartapp.model.language_tag import is_language_tag  # the app's one rule

    if not is_language_tag(text):
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
