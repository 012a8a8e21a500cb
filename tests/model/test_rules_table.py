"""The region rules on a small table of their own: which words each reader gets, and
every refusal word for word (tests/model/test_rules.py reads the real table)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from cartapp.model.errors import ContentError
from cartapp.model.rules import (
    RULE_NAMES,
    Overrides,
    check_tokens,
    default_table,
    expand,
    fever_words,
    parse_rules,
    rule_rows,
)

PATH = Path("rules.toml")
SOURCES = [
    {"title": f"Source {n}", "publisher": "P", "year": 2025, "url": f"https://example.org/{n}"}
    for n in (1, 2)
]


def _rule(name: str) -> dict:
    return {
        "title": f"Title {name}",
        "us": {"text": f" US {name}. ", "sources": [1], "days": 28, "value": " us-value "},
        "uk": {"text": f"UK {name}.", "sources": [1, 2]},
    }


BASE = {
    "reviewed": "2026-12-04",
    "sources": SOURCES,
    "rules": {name: _rule(name) for name in RULE_NAMES},
}


def table(change=None):
    data = copy.deepcopy(BASE)
    if change:
        change(data)
    return parse_rules(data, PATH)


def refusal(change) -> str:
    with pytest.raises(ContentError) as caught:
        table(change)
    assert caught.value.path == PATH
    return caught.value.problem


def test_a_region_gets_its_own_sentence_and_value_stripped():
    t = table()
    assert t.reviewed == "2026-12-04" and t.path == PATH
    assert [s.title for s in t.sources] == ["Source 1", "Source 2"]
    assert t.sentence("stay_near", "us") == "US stay_near."
    assert t.sentence("stay_near", "uk") == "UK stay_near."
    assert t.value("fever", "us") == "us-value"
    assert t.value("emergency", "us") == "us-value"
    assert t.value("fever", "uk") == ""  # no value of its own, no other_value
    assert t.minimum_days("stay_near", "us") == 28
    assert t.minimum_days("stay_near", "uk") is None
    assert t.minimum_days("stay_near", "eu") is None
    assert t.minimum_days("flying", "us") is None


def test_an_unknown_region_reads_every_region_then_the_closing_words():
    t = table(lambda d: d["rules"]["caregiver"].update(other=" Follow your center. "))
    assert t.sentence("caregiver", "eu") == "US caregiver. UK caregiver. Follow your center."
    assert t.sentence("no_driving", "other") == "US no_driving. UK no_driving."
    t = table(lambda d: d["rules"]["caregiver"].update(other="x", other_text=" Ask. "))
    assert t.sentence("caregiver", "eu") == "Ask."
    t = table(lambda d: d["rules"]["fever_threshold"].update(other_value=" 38 C "))
    assert t.value("fever", "eu") == "38 C" and t.value("fever", "uk") == "38 C"


def test_the_clinic_sentence_wins_only_when_the_clinic_set_something():
    def clinic(d):
        d["rules"]["stay_near"]["clinic"] = "Stay {days} days."
        d["rules"]["emergency_number"]["clinic"] = "Call {value}."
        d["rules"]["fever_threshold"]["clinic"] = "Over {value}."

    t = table(clinic)
    assert t.sentence("stay_near", "us", Overrides(stay_near_days=30)) == "Stay 30 days."
    assert t.sentence("stay_near", "us", Overrides(no_driving_days=30)) == "US stay_near."
    assert t.sentence("stay_near", "uk") == "UK stay_near."
    assert t.sentence("emergency_number", "uk", Overrides(emergency_number="112")) == "Call 112."
    fever = Overrides(fever_threshold_c=38.0)
    assert t.sentence("fever_threshold", "us", fever) == "Over 100.4\u00a0°F (38.0\u00a0°C)."
    assert t.value("fever", "us", fever) == "100.4\u00a0°F (38.0\u00a0°C)"
    assert t.value("emergency", "us", Overrides(emergency_number="000")) == "000"
    # A rule without a clinic sentence keeps the region's words.
    assert t.sentence("no_driving", "us", Overrides(no_driving_days=9)) == "US no_driving."


def test_overrides_name_their_rules():
    own = Overrides(stay_near_days=1, no_driving_days=2, emergency_number="3")
    assert own.days("stay_near") == 1 and own.days("no_driving") == 2
    assert own.days("caregiver") is None
    assert own.value("emergency_number") == "3" and own.value("stay_near") == ""
    assert own.value("fever_threshold") == ""
    assert (
        Overrides(fever_threshold_c=37.5).value("fever_threshold") == "99.5\u00a0°F (37.5\u00a0°C)"
    )
    assert fever_words(38.5) == "101.3\u00a0°F (38.5\u00a0°C)"


def test_tokens_and_reader_forms_expand():
    t = table()
    text = "A {{rule:stay_near}} B {{ value : fever }} C {{you: Your child | You }} D"
    assert t.expand(text, "uk") == "A UK stay_near. B  C Your child D"
    assert t.expand(text, "us", reader="patient") == "A US stay_near. B us-value C You D"
    assert t.expand("no tokens {here}", "us") == "no tokens {here}"
    with pytest.raises(ContentError) as caught:
        t.expand("{{value:days}}", "us")
    assert caught.value.problem == "unknown value '{{value:days}}'; use emergency, fever"
    with pytest.raises(ContentError) as caught:
        t.expand("{{rule:flying}}", "us")
    assert caught.value.problem == (
        "unknown rule 'flying'; the rules are stay_near, no_driving, caregiver,"
        " emergency_number, fever_threshold"
    )


def test_check_tokens_names_the_token_and_the_choices():
    check_tokens("{{rule:caregiver}} {{value:fever}} {{you:a|b}}", PATH)
    with pytest.raises(ContentError) as caught:
        check_tokens("x {{rule:flying}}", PATH)
    assert caught.value.problem == (
        "'{{rule:flying}}' names no rule; use one of stay_near, no_driving, caregiver,"
        " emergency_number, fever_threshold"
    )
    with pytest.raises(ContentError) as caught:
        check_tokens("{{ value: days }}", PATH)
    assert caught.value.problem == "'{{ value: days }}' names no value; use one of fever, emergency"


def test_review_rows_list_regions_in_order_with_their_sources_then_the_closing():
    t = table(
        lambda d: d["rules"]["stay_near"].update(other="Ask.", eu=d["rules"]["stay_near"].pop("uk"))
    )
    rows = [r for r in t.rows() if r[0] == "Title stay_near"]
    assert rows == [
        ("Title stay_near", "United States", "US stay_near.", ("Source 1",)),
        ("Title stay_near", "European Union", "UK stay_near.", ("Source 1", "Source 2")),
        ("Title stay_near", "Other / not sure", "Ask.", ()),
    ]
    t = table(lambda d: d["rules"]["caregiver"].update(other="x", other_text="Own."))
    assert ("Title caregiver", "Other / not sure", "Own.", ()) in t.rows()
    assert not [r for r in table().rows() if r[1] == "Other / not sure"]


def test_the_default_table_and_its_shortcuts():
    assert default_table().rules.keys() == set(RULE_NAMES)
    assert "In the US" in expand("{{rule:stay_near}}") and "In the UK" in expand(
        "{{rule:stay_near}}"
    )
    assert expand("{{rule:stay_near}}", "") == expand("{{rule:stay_near}}")
    assert "In the UK" not in expand("{{rule:stay_near}}", "us")
    assert rule_rows() == default_table().rows()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d.pop("rules"), "needs a [rules] table"),
        (lambda d: d.update(rules=[]), "needs a [rules] table"),
        (lambda d: d["rules"].pop("caregiver"), "needs a [rules.caregiver] table"),
        (lambda d: d["rules"].update(caregiver="x"), "needs a [rules.caregiver] table"),
        (
            lambda d: d["rules"].update(flying={}),
            "unknown rule 'flying'; the rules are stay_near, no_driving, caregiver,"
            " emergency_number, fever_threshold",
        ),
        (
            lambda d: [d["rules"]["caregiver"].pop(r) for r in ("us", "uk")],
            "[rules.caregiver] names no region (us, uk, eu)",
        ),
        (lambda d: d["rules"]["caregiver"].update(us="x"), "[rules.caregiver.us] must be a table"),
        (
            lambda d: d["rules"]["caregiver"].pop("title"),
            "[rules.caregiver]: 'title' must be non-empty text",
        ),
        (
            lambda d: d["rules"]["caregiver"].update(title=" "),
            "[rules.caregiver]: 'title' must be non-empty text",
        ),
        (
            lambda d: d["rules"]["caregiver"].update(clinic=3),
            "[rules.caregiver]: 'clinic' must be non-empty text",
        ),
        (
            lambda d: d["rules"]["caregiver"].update(other=[]),
            "[rules.caregiver]: 'other' must be non-empty text",
        ),
        (
            lambda d: d["rules"]["caregiver"].update(other_text=1),
            "[rules.caregiver]: 'other_text' must be non-empty text",
        ),
        (
            lambda d: d["rules"]["caregiver"].update(other_value=1),
            "[rules.caregiver]: 'other_value' must be non-empty text",
        ),
        (
            lambda d: d["rules"]["caregiver"]["uk"].update(text=""),
            "[rules.caregiver.uk]: 'text' must be non-empty text",
        ),
        (
            lambda d: d["rules"]["caregiver"]["uk"].update(value=2),
            "[rules.caregiver.uk]: 'value' must be non-empty text",
        ),
        (
            lambda d: d["rules"]["caregiver"]["uk"].update(days=0),
            "[rules.caregiver.uk]: 'days' must be a whole number from 1 to 365",
        ),
        (
            lambda d: d["rules"]["caregiver"]["uk"].update(days=366),
            "[rules.caregiver.uk]: 'days' must be a whole number from 1 to 365",
        ),
        (
            lambda d: d["rules"]["caregiver"]["uk"].update(days=True),
            "[rules.caregiver.uk]: 'days' must be a whole number from 1 to 365",
        ),
        (
            lambda d: d["rules"]["caregiver"]["uk"].update(days=2.0),
            "[rules.caregiver.uk]: 'days' must be a whole number from 1 to 365",
        ),
        (
            lambda d: d["rules"]["caregiver"]["uk"].pop("sources"),
            "[rules.caregiver.uk]: 'sources' must list source numbers from 1 to 2",
        ),
        (
            lambda d: d["rules"]["caregiver"]["uk"].update(sources=[]),
            "[rules.caregiver.uk]: 'sources' must list source numbers from 1 to 2",
        ),
        (
            lambda d: d["rules"]["caregiver"]["uk"].update(sources=1),
            "[rules.caregiver.uk]: 'sources' must list source numbers from 1 to 2",
        ),
        (
            lambda d: d["rules"]["caregiver"]["uk"].update(sources=[0]),
            "[rules.caregiver.uk]: 'sources' must list source numbers from 1 to 2",
        ),
        (
            lambda d: d["rules"]["caregiver"]["uk"].update(sources=[3]),
            "[rules.caregiver.uk]: 'sources' must list source numbers from 1 to 2",
        ),
        (
            lambda d: d["rules"]["caregiver"]["uk"].update(sources=[1, True]),
            "[rules.caregiver.uk]: 'sources' must list source numbers from 1 to 2",
        ),
    ],
)
def test_a_broken_table_is_refused_word_for_word(change, problem):
    assert refusal(change) == problem


def test_the_edges_that_are_allowed():
    t = table(lambda d: d["rules"]["caregiver"]["uk"].update(days=365, sources=[2, 1]))
    assert t.rules["caregiver"].regions["uk"].days == 365
    assert t.rules["caregiver"].regions["uk"].sources == (2, 1)
    t = table(lambda d: d["rules"]["caregiver"]["uk"].update(days=1))
    assert t.rules["caregiver"].regions["uk"].days == 1
    assert table(lambda d: d.pop("reviewed")).reviewed == ""
