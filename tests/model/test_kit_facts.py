"""The kit's facts for one family: each limit at its edge, every refusal word for word,
and which of the family's, the clinic's and the region's values wins."""

from __future__ import annotations

import datetime as dt

import pytest

from cartapp.config_types import ClinicInfo, KitSettings
from cartapp.model.kit import (
    MAX_CHARS,
    WRITE_IN,
    FamilyDetails,
    KitError,
    KitFacts,
    check_family,
    facts_for,
    fill,
    one_line,
)

DAY0 = dt.date(2026, 3, 3)


def refusal(call, *args, **kwargs) -> str:
    with pytest.raises(KitError) as caught:
        call(*args, **kwargs)
    return str(caught.value)


def test_the_limits():
    assert MAX_CHARS == {"name": 60, "product": 40, "center": 64, "urgent_phone": 32, "phone": 40}
    assert WRITE_IN == "_" * 18


def test_family_details_are_cleaned_and_allowed_up_to_their_limits():
    details = FamilyDetails(" A\tb\n" + "n" * 56, DAY0, "p" * 40, DAY0)
    assert check_family(details) == FamilyDetails("A b " + "n" * 56, DAY0, "p" * 40, DAY0)
    check_family(FamilyDetails("n" * 60, dt.date(2000, 1, 1), "", dt.date(2100, 12, 31)))


@pytest.mark.parametrize(
    ("details", "message"),
    [
        (
            FamilyDetails(name="n" * 61),
            "The name is 61 characters long; the wallet card has room for 60. Please shorten it.",
        ),
        (
            FamilyDetails(product="p" * 41),
            "The product is 41 characters long; the wallet card has room for 40."
            " Please shorten it.",
        ),
        (FamilyDetails(infusion_date="2026-03-03"), "The infusion date is not a date."),
        (FamilyDetails(driving_until=20260303), "The no-driving date is not a date."),
        (
            FamilyDetails(infusion_date=dt.date(1999, 12, 31)),
            "The infusion date (1999-12-31) is not a date this kit can use; check the year.",
        ),
        (
            FamilyDetails(driving_until=dt.date(2101, 1, 1)),
            "The no-driving date (2101-01-01) is not a date this kit can use; check the year.",
        ),
        (
            FamilyDetails(infusion_date=DAY0, driving_until=DAY0 - dt.timedelta(days=1)),
            "The no-driving date is before the infusion date; check both dates.",
        ),
    ],
)
def test_family_details_are_refused_word_for_word(details, message):
    assert refusal(check_family, details) == message


def test_characters_the_printout_cannot_show_are_named():
    def covers(char: str) -> bool:
        return char.isascii()

    details = FamilyDetails(name="Zoë ëé \u4e00\u4e01\u4e02\u4e03")
    assert refusal(check_family, details, covers) == (
        "The name has characters the printout cannot show: ë (U+00EB) é (U+00E9)"
        " 一 (U+4E00) 丁 (U+4E01) 丂 (U+4E02). Please change or remove them."
    )
    assert refusal(check_family, FamilyDetails(product="ö"), covers).startswith(
        "The product has characters the printout cannot show: ö (U+00F6)."
    )
    clinic = ClinicInfo(name="Clinique Sainte-Élise")
    assert refusal(facts_for, FamilyDetails(), clinic=clinic, covers=covers).startswith(
        "The clinic file's center has characters the printout cannot show: É (U+00C9)."
    )


@pytest.mark.parametrize(
    ("clinic", "message"),
    [
        (
            ClinicInfo(name="c" * 65),
            "The clinic file's center is 65 characters long; the wallet card has room for 64.",
        ),
        (
            ClinicInfo(phone="1" * 41),
            "The clinic file's phone is 41 characters long; the wallet card has room for 40.",
        ),
        (
            ClinicInfo(urgent_phone="1" * 33),
            "The clinic file's urgent_phone is 33 characters long; the wallet card has room"
            " for 32.",
        ),
    ],
)
def test_clinic_values_too_long_for_the_card(clinic, message):
    assert refusal(facts_for, FamilyDetails(), clinic=clinic) == message


def test_a_reader_must_be_parent_or_patient():
    assert refusal(facts_for, FamilyDetails(), reader="child") == (
        "The reader must be one of parent, patient."
    )
    assert facts_for(FamilyDetails(), reader="patient").reader == "patient"


def test_nobody_said_anything():
    facts = facts_for(FamilyDetails())
    assert facts == KitFacts(
        family=FamilyDetails(),
        region="other",
        emergency_number="",
        fever=facts.fever,
        region_days=None,
    )
    assert "°F" in facts.fever and "°C" in facts.fever
    assert facts.checks_per_day == 3 and facts.wishes == ()
    assert facts.driving_until() is None


def test_the_region_gives_its_numbers_and_the_clinic_wins():
    us = facts_for(FamilyDetails(), region="us")
    assert us.region == "us" and us.emergency_number == "911" and us.region_days
    clinic = ClinicInfo(
        name=" Riverside\n Clinic ",
        phone="555-0100",
        urgent_phone="555-0199",
        region="uk",
        stay_near_days=30,
        no_driving_days=56,
        emergency_number="112",
        fever_threshold_c=37.5,
    )
    kit = KitSettings(wishes=("Call us first",), temperature_checks_per_day=4)
    facts = facts_for(FamilyDetails("Amira", DAY0), clinic=clinic, kit=kit, region="us")
    assert (facts.region, facts.center, facts.phone, facts.urgent_phone) == (
        "uk",
        "Riverside Clinic",
        "555-0100",
        "555-0199",
    )
    assert facts.emergency_number == "112" and facts.fever == "99.5\u00a0°F (37.5\u00a0°C)"
    assert (facts.stay_near_days, facts.no_driving_days) == (30, 56)
    assert facts.wishes == ("Call us first",) and facts.checks_per_day == 4
    assert facts.driving_until() == DAY0 + dt.timedelta(days=56)
    uk = facts_for(FamilyDetails(), clinic=ClinicInfo(region="uk"))
    assert uk.emergency_number == "999" and uk.stay_near_days is None


def test_the_values_printed_and_the_lines_to_write_on():
    facts = KitFacts(
        family=FamilyDetails("Ana", DAY0, "Kymriah"),
        center="C",
        phone="1",
        urgent_phone="2",
        emergency_number="911",
        fever="F",
        no_driving_days=10,
        region_days=14,
    )
    assert facts.values(lambda d: d.isoformat()) == {
        "name": "Ana",
        "product": "Kymriah",
        "infusion_date": "2026-03-03",
        "center": "C",
        "phone": "1",
        "urgent_phone": "2",
        "emergency": "911",
        "fever": "F",
        "driving_until": "2026-03-13",
        "days": "14",
    }
    own = KitFacts(family=FamilyDetails(driving_until=DAY0), stay_near_days=30, region_days=14)
    values = own.values(str)
    assert values["driving_until"] == "2026-03-03" and values["days"] == "30"
    assert values["infusion_date"] == "" and KitFacts().values(str)["days"] == ""
    assert KitFacts(family=FamilyDetails(infusion_date=DAY0)).driving_until() is None


def test_fill_and_one_line():
    assert fill("{name} and {{name}} and {gone} {days}", {"name": "Ana", "days": ""}) == (
        f"Ana and {{{{name}}}} and {WRITE_IN} {WRITE_IN}"
    )
    assert one_line(" a\n\tb\x00  c ") == "a b c"
