"""kit.toml refused word for word, and the words it gives each printable."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path

import pytest

from cartapp.model.errors import ContentError
from cartapp.model.kit_content import (
    ICONS,
    ITEMS,
    MAX_CHECKS,
    PLACEHOLDERS,
    kit_content,
    parse_kit,
)
from cartapp.paths import content_dir

PATH = Path("content/es/kit.toml")
BASE = tomllib.loads((content_dir("en") / "kit.toml").read_text(encoding="utf-8"))
FILLS = ", ".join(sorted(PLACEHOLDERS))


def parsed(change=None):
    data = copy.deepcopy(BASE)
    if change:
        change(data)
    return parse_kit(data, PATH)


def refusal(change) -> str:
    with pytest.raises(ContentError) as caught:
        parsed(change)
    assert caught.value.path == PATH
    return caught.value.problem


def test_the_english_kit_words():
    kit = parsed()
    assert kit.language == "es"  # the folder it was read from
    assert kit.path == PATH and kit.reviewed == str(BASE.get("reviewed", ""))
    assert [kit.title(item) for item in ITEMS] == [
        BASE[s]["title"].strip()
        for s in ("wallet_card", "call_sheet", "log", "er_letter", "checklist")
    ]
    assert kit.summary("log") == BASE["log"]["summary"].strip()
    assert kit.words("common").text("kit_title") == BASE["common"]["kit_title"].strip()
    assert kit.words("wallet_card").items("steps") == tuple(
        s.strip() for s in BASE["wallet_card"]["steps"]
    )
    assert [s.icon for s in kit.signs] == [s["icon"] for s in BASE["call_sheet"]["signs"]]
    assert kit.log_days == BASE["log"]["days"]
    assert set(kit.card_notes) == set(kit.letter_notes) == {"us", "uk", "eu", "other"}
    names = BASE["log"]["check_names"]
    assert kit.checks(0) == kit.checks(1) == tuple(names[0])
    assert kit.checks(3) == tuple(names[2])
    assert kit.checks(6) == kit.checks(99) == tuple(names[5])
    assert kit_content("en").language == "en"


def test_the_log_days_at_their_edges():
    assert parsed(lambda d: d["log"].update(days=7)).log_days == 7
    assert parsed(lambda d: d["log"].update(days=60)).log_days == 60


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("version"), "version must be 1"),
        (lambda d: d.update(version=2), "version must be 1"),
        (lambda d: d.pop("common"), "needs a [common] table"),
        (lambda d: d.update(log=[]), "needs a [log] table"),
        (lambda d: d["common"].pop("made_by"), "[common] made_by is missing"),
        (lambda d: d["common"].update(made_by=" "), "[common] made_by must be non-empty text"),
        (lambda d: d["common"].update(made_by=["x"]), "[common] made_by must be non-empty text"),
        (
            lambda d: d["common"].update(made_by="By {maker}"),
            "[common] made_by has the placeholder {maker}, which the printer does not fill;"
            f" use {FILLS}",
        ),
        (
            lambda d: d["wallet_card"].update(steps="x"),
            "[wallet_card] steps must be a list of text",
        ),
        (lambda d: d["wallet_card"].update(steps=[]), "[wallet_card] steps must be a list of text"),
        (
            lambda d: d["wallet_card"].update(steps=["a", ""]),
            "[wallet_card] steps[2] must be non-empty text",
        ),
        (lambda d: d["log"].update(days=6), "[log] days must be a whole number from 7 to 60"),
        (lambda d: d["log"].update(days=61), "[log] days must be a whole number from 7 to 60"),
        (lambda d: d["log"].update(days=14.0), "[log] days must be a whole number from 7 to 60"),
        (lambda d: d["log"].update(days=True), "[log] days must be a whole number from 7 to 60"),
        (lambda d: d["log"].pop("days"), "[log] days must be a whole number from 7 to 60"),
        (lambda d: d["call_sheet"].pop("signs"), "[call_sheet] needs [[call_sheet.signs]] entries"),
        (
            lambda d: d["call_sheet"].update(signs=[]),
            "[call_sheet] needs [[call_sheet.signs]] entries",
        ),
        (
            lambda d: d["call_sheet"]["signs"].append({"icon": "star", "text": "x"}),
            f"[[call_sheet.signs]] {len(BASE['call_sheet']['signs']) + 1}:"
            f" 'icon' must be one of {', '.join(ICONS)}",
        ),
        (
            lambda d: d["call_sheet"]["signs"].insert(0, "x"),
            f"[[call_sheet.signs]] 1: 'icon' must be one of {', '.join(ICONS)}",
        ),
        (
            lambda d: d["call_sheet"]["signs"][1].update(text=""),
            "[[call_sheet.signs]] 2 must be non-empty text",
        ),
        (
            lambda d: d["log"].pop("check_names"),
            "[log] check_names must list the names for 1 to 6 checks a day",
        ),
        (
            lambda d: d["log"]["check_names"].pop(),
            "[log] check_names must list the names for 1 to 6 checks a day",
        ),
        (
            lambda d: d["log"]["check_names"].append(["x"]),
            "[log] check_names must list the names for 1 to 6 checks a day",
        ),
        (lambda d: d["log"]["check_names"][2].pop(), "[log] check_names[3] must have 3 names"),
        (
            lambda d: d["log"]["check_names"].__setitem__(0, []),
            "[log] check_names[1] must be a list of text",
        ),
        (
            lambda d: d["log"]["check_names"][1].__setitem__(1, 5),
            "[log] check_names[2][2] must be non-empty text",
        ),
        (
            lambda d: d["wallet_card"].pop("region_notes"),
            "needs a [wallet_card.region_notes] table",
        ),
        (
            lambda d: d["er_letter"]["region_notes"].pop("eu"),
            "[er_letter.region_notes] eu must be non-empty text",
        ),
        (lambda d: d.pop("sources"), "front matter needs at least one [[sources]] entry"),
    ],
)
def test_a_broken_kit_file_is_refused_word_for_word(change, expected):
    assert refusal(change) == expected


def test_placeholders_the_printer_fills_and_doubled_braces():
    assert MAX_CHECKS == 6
    kit = parsed(lambda d: d["common"].update(made_by=" {name} {{literal}} {center} "))
    assert kit.words("common").text("made_by") == "{name} {{literal}} {center}"
