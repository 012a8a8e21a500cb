"""The implicit bidi rules, one case per rule, worked out by hand from UAX #9."""

from __future__ import annotations

import pytest

from cartapp.pdf.bidi import base_level, levels, visual_order

HEBREW, ARABIC = "א", "ب"


@pytest.mark.parametrize(
    ("text", "first_strong"),
    [("abc", 0), ("123 א", 1), ("", 0), ("١٢ a", 0), ("ب a", 1), ("  ", 0), ("(a א)", 0)],
)
def test_the_paragraph_takes_its_first_strong_letter(text, first_strong):
    assert base_level(text) == first_strong


@pytest.mark.parametrize(
    ("text", "base", "expected", "rule"),
    [
        ("abc", 0, [0, 0, 0], "L in a left-to-right paragraph"),
        ("אבג", 1, [1, 1, 1], "R in a right-to-left paragraph"),
        ("a\u0300", 1, [2, 2], "W1: a mark takes the letter's type"),
        ("\u05b0a", 0, [0, 0], "W1: a mark at the start takes the paragraph's"),
        ("א\u05b0", 1, [1, 1], "W1"),
        ("ب12", 1, [1, 2, 2], "W2: European digits after Arabic are Arabic digits"),
        ("א12", 1, [1, 2, 2], "W2 only after Arabic letters"),
        ("ب1,2", 1, [1, 2, 2, 2], "W4: a comma joins two Arabic numbers"),
        ("ب1+2", 1, [1, 2, 1, 2], "W4: a plus never joins Arabic numbers"),
        ("א1+2", 1, [1, 2, 2, 2], "W4: a plus joins European numbers"),
        ("א1,2", 1, [1, 2, 2, 2], "W4: a comma joins European numbers"),
        ("א,1", 1, [1, 1, 2], "W4: not at the start of a number"),
        ("א$12", 1, [1, 2, 2, 2], "W5: a currency sign before digits"),
        ("א12%", 1, [1, 2, 2, 2], "W5: a percent sign after digits"),
        ("א%%1", 1, [1, 2, 2, 2], "W5: every sign in the row"),
        ("א%", 1, [1, 1], "W5-W6: a sign alone is a neutral"),
        ("$12", 1, [2, 2, 2], "W5: a sign at the very start"),
        ("ب א 1%", 1, [1, 1, 1, 1, 2, 2], "W2: a Hebrew letter after Arabic ends its rule"),
        ("  a", 1, [1, 1, 2], "N1: neutrals at the start take the paragraph's side"),
        ("a 12", 0, [0, 0, 0, 0], "W7: digits after L are L"),
        ("1,א", 0, [0, 0, 1], "W6-W7 then N2"),
        ("א 12", 0, [1, 1, 2, 2], "N1: a space between R and digits is R"),
        ("a א", 0, [0, 0, 1], "N2: between L and R, the paragraph's"),
        ("a א", 1, [2, 1, 1], "N2 in a right-to-left paragraph"),
        ("a (b) א", 0, [0, 0, 0, 0, 0, 0, 1], "N1: brackets between L and L"),
        ("ب 1 ج", 1, [1, 1, 2, 1, 1], "N1: numbers count as R"),
        ("12\u202aא", 0, [0, 0, 0, 1], "an embedding control is a neutral"),
        ("1 ", 1, [2, 1], "N1 at the end: the paragraph's edge"),
        (" ", 1, [1], "a lone neutral"),
        ("12", 1, [2, 2], "I2: numbers in a right-to-left paragraph"),
        ("12", 0, [0, 0], "W7 from the paragraph's start"),
        ("١٢", 0, [2, 2], "I1: Arabic digits in a left-to-right paragraph"),
        ("١٢", 1, [2, 2], "I2: Arabic digits"),
        ("", 0, [], "nothing"),
        ("א\u0378", 1, [1, 2], "an unassigned character counts as L"),
        ("\u0300 a", 1, [1, 1, 2], "W1: a mark at the start is R here, and so the space"),
        ("بa1", 0, [1, 0, 0], "W2: a Latin letter after Arabic ends its rule"),
        ("ب", 0, [1], "W3: Arabic is right-to-left in any paragraph"),
        ("+1", 1, [1, 2], "W4: a sign at the very start joins nothing"),
        ("1+1", 1, [2, 2, 2], "W4: a plus right after the first character"),
        ("1+a", 1, [2, 1, 2], "W4: a number on one side only"),
        ("$$1", 1, [2, 2, 2], "W5: two signs from the very start"),
        ("א1%%", 1, [1, 2, 2, 2], "W5: every sign after the digits"),
        ("א1% %", 1, [1, 2, 2, 1, 1], "W5: only the signs right beside them"),
        ("א$ 1%", 1, [1, 1, 1, 2, 2], "W5: a sign apart from the digits stays a neutral"),
        ("a+a", 1, [2, 2, 2], "W6: a plus between letters is a neutral, then L"),
        ("a+$", 1, [2, 1, 1], "W6: so is a currency sign"),
        ("a+,", 1, [2, 1, 1], "W6: and a comma"),
        ("a+1", 1, [2, 2, 2], "W7: digits after L are L in any paragraph"),
    ],
)
def test_levels(text, base, expected, rule):
    assert levels(text, base) == expected, rule


@pytest.mark.parametrize(
    ("run_levels", "order"),
    [
        ([], []),
        ([0, 0], [0, 1]),
        ([0, 1, 1, 0], [0, 2, 1, 3]),
        ([1, 2, 2, 1], [3, 1, 2, 0]),
        ([2, 2, 0], [0, 1, 2]),
        ([1, 1], [1, 0]),
        ([0, 1, 2, 2, 1, 0], [0, 4, 2, 3, 1, 5]),
        ([1, 0, 1], [0, 1, 2]),
        ([3, 1], [1, 0]),
    ],
)
def test_runs_are_drawn_in_visual_order(run_levels, order):
    assert visual_order(run_levels) == order
