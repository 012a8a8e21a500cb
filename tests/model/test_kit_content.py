"""The kit's words file is checked when read, and the family's details before printing."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from cartapp.config import ClinicInfo, KitSettings
from cartapp.model.errors import ContentError
from cartapp.model.kit import FamilyDetails, KitError, check_family, facts_for, fill
from cartapp.model.kit_content import ICONS, ITEMS, kit_content, parse_kit

KIT = Path(__file__).parents[2] / "content" / "en" / "kit.toml"


def data() -> dict:
    return tomllib.loads(KIT.read_text(encoding="utf-8"))


def test_the_real_file_reads_and_names_every_item():
    content = kit_content()
    assert all(content.title(item) and content.summary(item) for item in ITEMS)
    assert content.log_days == 30
    assert [len(content.checks(n)) for n in range(1, 7)] == [1, 2, 3, 4, 5, 6]
    assert {sign.icon for sign in content.signs} <= set(ICONS)
    assert content.sources and content.reviewed


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda d: d["wallet_card"].pop("contact"), "[wallet_card] contact is missing"),
        (lambda d: d["log"].update(signs="Chills"), "[log] signs must be a list"),
        (lambda d: d["call_sheet"].update(intro="Call {nmber}"), "placeholder {nmber}"),
        (lambda d: d["call_sheet"]["signs"][0].update(icon="skull"), "'icon' must be one of"),
        (lambda d: d["log"]["check_names"][2].pop(), "check_names[3] must have 3 names"),
        (lambda d: d["log"].update(days=365), "[log] days"),
        (lambda d: d["er_letter"]["region_notes"].pop("uk"), "region_notes] uk"),
        (lambda d: d.pop("sources"), "sources"),
    ],
)
def test_a_broken_words_file_is_refused_by_key(change, words):
    broken = data()
    change(broken)
    with pytest.raises(ContentError, match=None) as caught:
        parse_kit(broken, KIT)
    assert words in str(caught.value)


def test_fill_leaves_a_line_where_a_value_is_missing():
    assert fill("Call {phone} now", {"phone": ""}) == "Call " + "_" * 18 + " now"
    assert fill("Call {phone}", {"phone": "999"}) == "Call 999"
    assert fill("{{you:a|b}} {x}", {}).startswith("{{you:a|b}}")  # region tokens left alone


def test_driving_end_date_comes_from_the_family_or_the_clinic_never_the_region():
    day0 = dt.date(2027, 1, 10)
    assert facts_for(FamilyDetails(infusion_date=day0), region="us").driving_until() is None
    clinic = ClinicInfo(no_driving_days=56, urgent_phone="1")
    assert facts_for(FamilyDetails(infusion_date=day0), clinic=clinic).driving_until() == dt.date(
        2027, 3, 7
    )
    own = dt.date(2027, 2, 1)
    assert (
        facts_for(
            FamilyDetails(infusion_date=day0, driving_until=own), clinic=clinic
        ).driving_until()
        == own
    )
    assert facts_for(FamilyDetails(), clinic=clinic).driving_until() is None


def test_the_clinic_region_and_numbers_win():
    clinic = ClinicInfo(
        region="uk", emergency_number="112", fever_threshold_c=37.5, urgent_phone="01223 000000"
    )
    facts = facts_for(
        FamilyDetails(), clinic=clinic, kit=KitSettings(("Call us.",), 4), region="us"
    )
    assert facts.region == "uk" and facts.emergency_number == "112"
    assert "37.5" in facts.fever and "99.5" in facts.fever
    assert facts.wishes == ("Call us.",) and facts.checks_per_day == 4
    assert facts_for(FamilyDetails()).emergency_number == ""  # region unknown: write-in


def test_family_details_are_cleaned_to_one_line_and_checked():
    details = check_family(FamilyDetails(" Ana\n\tMaría\u0007 ", product="Kymriah\r\n"))
    assert details.name == "Ana María" and details.product == "Kymriah"
    with pytest.raises(KitError, match="room for 40"):
        check_family(FamilyDetails(product="x" * 41))
    with pytest.raises(KitError, match="check the year"):
        check_family(FamilyDetails(infusion_date=dt.date(1999, 1, 1)))
    with pytest.raises(KitError, match="reader"):
        facts_for(FamilyDetails(), reader="nurse")
