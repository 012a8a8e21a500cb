"""Content rules a clinic's reviewer relies on: "In short" first, and no region's rule typed
into a page (those come from rules.toml, so a UK family never reads the US rule as theirs)."""

from __future__ import annotations

import re

import pytest

from cartapp.model.library import PAGE_NAMES, ContentLibrary
from cartapp.model.timeline import load_timeline_for

# A sentence that speaks of staying near or driving and gives a period of weeks or days.
_RULE_SENTENCE = re.compile(
    r"[^.!?\n]*\b(stay(?:ing)? (?:near|close|within)|driv(?:e|ing))\b[^.!?\n]*", re.I
)
_PERIOD = re.compile(r"\b(\d+|two|four|six|eight)\s+(weeks?|days?)\b", re.I)
_REGION_VALUES = re.compile(r"\b(911|999|112|111)\b|100\.4|38\.0\s*°|37\.5\s*°")


def _without_more_boxes(body: str) -> str:
    """History (the US rule before June 2025) may be told in a "More detail" box."""
    return re.sub(r"^!!! more[^\n]*\n(?:(?:    [^\n]*)?\n)*", "", body, flags=re.M)


def region_rule_problems(text: str) -> list[str]:
    problems = [f"types a region's number: {m[0]!r}" for m in _REGION_VALUES.finditer(text)]
    for sentence in _RULE_SENTENCE.finditer(text):
        if _PERIOD.search(sentence[0]):
            problems.append(f"types a stay-near or driving period: {sentence[0].strip()!r}")
    return problems


@pytest.fixture(scope="module")
def library():
    return ContentLibrary("en")


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_page_opens_with_in_short_of_3_to_5_points(library, name):
    body = library.page(name).body.lstrip()
    assert body.startswith('!!! short "In short"'), f"{name}.md must open with In short"
    box = re.match(r"!!! short[^\n]*\n((?:    [^\n]*\n?)+)", body)
    points = [line for line in box[1].splitlines() if line.strip().startswith("- ")]
    assert 3 <= len(points) <= 5, f"{name}.md: In short has {len(points)} points"
    assert any(re.search(r"\bcall\b", p, re.I) for p in points), (
        f"{name}.md: In short must say when to call"
    )


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_no_page_types_a_region_rule(library, name):
    problems = region_rule_problems(_without_more_boxes(library.page(name).body))
    assert not problems, f"{name}.md " + "; ".join(problems[:5])


def test_no_treatment_step_types_a_region_rule():
    problems = []
    for step in load_timeline_for("en"):
        for field in ("when", "what", "duration", "where", "who"):
            problems += [
                f"{step.id}.{field} {p}" for p in region_rule_problems(getattr(step, field))
            ]
        for line in step.bring:
            problems += [f"{step.id}.bring {p}" for p in region_rule_problems(line)]
    assert not problems, "; ".join(problems[:5])


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Stay near the centre for at least 2 weeks.", True),
        ("Do not drive for eight weeks.", True),
        ("Call 911 for a seizure.", True),
        ("Call for a temperature of 100.4 °F.", True),
        ("{{rule:stay_near}}", False),
        ("Brain effects most often start within 8 weeks.", False),
        ("Making the cells takes about 3 to 4 weeks.", False),
    ],
)
def test_the_check_itself(text, bad):
    assert bool(region_rule_problems(text)) is bad
