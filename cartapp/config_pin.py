"""The kiosk's staff PIN: how strong it must be, and its salted hash.

The clinic file holds only the hash (``cartapp hash-pin`` makes it); the PIN is
checked against it with the same slow hash, so a copied file does not give the
PIN away. No Qt.
"""

from __future__ import annotations

import re

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
