"""Right-to-left text on the sheet: the Unicode Bidirectional Algorithm, implicit part.

Typed questions hold no explicit embedding controls in practice, so this
implements the rules that matter for them (P2-P3, W1-W7, N1-N2, I1-I2, L2);
explicit controls are treated as boundary neutrals. Enough for an Arabic
question with an English drug name and a phone number in it, which is what
families type.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_STRONG_R = {"R", "AL"}
_NEUTRAL = {
    "B",
    "S",
    "WS",
    "ON",
    "BN",
    "LRE",
    "RLE",
    "LRO",
    "RLO",
    "PDF",
    "LRI",
    "RLI",
    "FSI",
    "PDI",
}


def base_level(text: str) -> int:
    """0 for a left-to-right paragraph, 1 when its first strong letter is right-to-left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return 0
        if kind in _STRONG_R:
            return 1
    return 0


def levels(text: str, base: int) -> list[int]:
    """The embedding level of every character of one paragraph."""
    types = [unicodedata.bidirectional(c) or "L" for c in text]
    sor = "R" if base % 2 else "L"
    # W1-W3: marks take their base's type; European digits after Arabic letters
    # are Arabic digits; Arabic letters count as right-to-left from here on.
    previous, strong = sor, sor
    for i, kind in enumerate(types):
        if kind == "NSM":
            kind = types[i] = previous
        if kind in ("L", "R", "AL"):
            strong = kind
        elif kind == "EN" and strong == "AL":
            types[i] = "AN"
        if types[i] == "AL":
            types[i] = "R"
        previous = types[i]
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, len(types) - 1):
        before, kind, after = types[i - 1], types[i], types[i + 1]
        if before == after and (
            (kind == "ES" and before == "EN") or (kind == "CS" and before in ("EN", "AN"))
        ):
            types[i] = before
    # W5: currency and percent signs beside European digits belong to them.
    for i, kind in enumerate(types):
        if kind == "EN":
            j = i - 1
            while j >= 0 and types[j] == "ET":
                types[j] = "EN"
                j -= 1
            j = i + 1
            while j < len(types) and types[j] == "ET":
                types[j] = "EN"
                j += 1
    # W6-W7
    strong = sor
    for i, kind in enumerate(types):
        if kind in ("ES", "ET", "CS"):
            types[i] = kind = "ON"
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            types[i] = "L"
    # N1-N2: neutrals between two runs of one direction take it, else the paragraph's.
    i = 0
    count = len(types)
    while i < count:
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        j = i
        while j < count and types[j] in _NEUTRAL:
            j += 1
        before = _direction(types[i - 1]) if i > 0 else sor
        after = _direction(types[j]) if j < count else sor
        fill = before if before == after else ("R" if base % 2 else "L")
        for k in range(i, j):
            types[k] = fill
        i = j
    # I1-I2
    result = []
    for kind in types:
        if base % 2 == 0:
            result.append(base + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0))
        else:
            result.append(base + (1 if kind in ("L", "EN", "AN") else 0))
    return result


def _direction(kind: str) -> str:
    return "R" if kind in ("R", "AN", "EN") else "L"


def visual_order(run_levels: Sequence[int]) -> list[int]:
    """Rule L2 over runs: the order to draw runs of the given levels, left to right."""
    order = list(range(len(run_levels)))
    if not run_levels:
        return order
    highest = max(run_levels)
    lowest_odd = min((lv for lv in run_levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if run_levels[order[i]] >= level:
                j = i
                while j < len(order) and run_levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order
