"""The rules that differ by region: one table, the reader's region, the clinic's own rules."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cartapp import paths
from cartapp.model.errors import ContentError
from cartapp.model.page_html import render_page
from cartapp.model.pages import parse_page
from cartapp.model.rules import (
    REGIONS,
    RULE_NAMES,
    Overrides,
    default_table,
    load_rules,
    parse_rules,
)

RULES = paths.content_root() / "en" / "rules.toml"
PAGE = """+++
title = "After the infusion"
summary = "The weeks after."
reviewed = 2026-12-04
[[sources]]
title = "A source"
publisher = "Someone"
year = 2025
url = "https://example.org/articles/123"
+++

## How long do we stay near the centre?

{{rule:stay_near}}

{{rule:no_driving}}

Call for a temperature of {{value:fever}} or higher. For a seizure, call {{value:emergency}}.
"""


def page(tmp_path: Path, body: str = PAGE):
    return parse_page(body, tmp_path / "after.md")


def test_every_rule_has_every_region_with_a_listed_source():
    table = default_table()
    assert set(table.rules) == set(RULE_NAMES)
    for rule in table.rules.values():
        assert set(rule.regions) == set(REGIONS), rule.name
        for found in rule.regions.values():
            assert found.sources and all(1 <= n <= len(table.sources) for n in found.sources)


def test_the_same_page_says_each_region_its_own_rule(tmp_path):
    table = default_table()
    us = render_page(page(tmp_path), expand=lambda t: table.expand(t, "us"))
    uk = render_page(page(tmp_path), expand=lambda t: table.expand(t, "uk"))
    other = render_page(page(tmp_path), expand=lambda t: table.expand(t, "other"))
    assert "In the US, since June 2025" in us and "at least 2 weeks" in us
    assert "In the UK" not in us and "911" in us and "100.4\u00a0°F (38.0\u00a0°C)" in us
    assert "about 2 hours' travel" in uk and "at least 4 weeks" in uk
    assert "8 weeks" in uk and "999" in uk and "In the US" not in uk
    for region in ("In the US", "In the UK", "In the EU"):
        assert region in other
    assert "Follow the written rules your center gives you" in other
    assert "911 in the US, 999 in the UK, 112 in the EU" in other
    assert "{{" not in us + uk + other


def test_without_a_region_every_region_is_shown(tmp_path):
    html = render_page(page(tmp_path))
    assert "In the US" in html and "In the UK" in html and "In the EU" in html


def test_the_clinic_file_wins():
    table = default_table()
    own = Overrides(
        stay_near_days=30, no_driving_days=56, emergency_number="112", fever_threshold_c=37.5
    )
    text = table.expand(
        "{{rule:stay_near}} {{rule:no_driving}} {{value:fever}} {{value:emergency}}", "us", own
    )
    assert "30 days" in text and "56 days" in text and "99.5\u00a0°F (37.5\u00a0°C)" in text
    assert "112" in text and "2 weeks" not in text


def test_reader_forms():
    table = default_table()
    assert (
        table.expand("{{you:Your child|You}} may feel tired.", "us") == "Your child may feel tired."
    )
    assert (
        table.expand("{{you:Your child|You}} may feel tired.", "us", reader="patient")
        == "You may feel tired."
    )


def test_a_page_with_an_unknown_rule_is_refused(tmp_path):
    with pytest.raises(ContentError) as caught:
        page(tmp_path, PAGE.replace("{{rule:no_driving}}", "{{rule:no_flying}}"))
    assert "after.md" in str(caught.value) and "no_flying" in str(caught.value)


def test_review_rows_cover_every_rule_and_region():
    rows = default_table().rows()
    assert {r[0] for r in rows} == {rule.title for rule in default_table().rules.values()}
    assert {r[1] for r in rows} >= {"United States", "United Kingdom", "European Union"}
    assert all(r[3] for r in rows if r[1] != "Other / not sure")


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda d: d["rules"].pop("no_driving"), "[rules.no_driving]"),
        (lambda d: d["rules"]["stay_near"]["us"].update(days=0), "'days'"),
        (lambda d: d["rules"]["stay_near"]["us"].update(sources=[99]), "'sources'"),
        (lambda d: d["rules"]["caregiver"]["uk"].update(text=""), "'text'"),
        (lambda d: d["rules"].update(flying={}), "unknown rule 'flying'"),
    ],
)
def test_a_broken_table_names_the_file_and_the_key(change, expected):
    data = tomllib.loads(RULES.read_text(encoding="utf-8"))
    change(data)
    with pytest.raises(ContentError) as caught:
        parse_rules(data, RULES)
    assert "rules.toml" in str(caught.value) and expected in str(caught.value)


def test_a_missing_table_is_a_plain_message(tmp_path):
    with pytest.raises(ContentError, match="missing"):
        load_rules(tmp_path / "rules.toml")


@given(st.text(alphabet=st.sampled_from("{}:|ruleva_stynopfx "), max_size=40))
def test_any_text_expands_or_is_refused_plainly(text):
    try:
        out = default_table().expand(text, "uk")
    except ContentError as exc:
        assert "rules.toml" in str(exc)
    else:
        assert isinstance(out, str)
