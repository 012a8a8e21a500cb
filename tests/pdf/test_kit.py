"""The home safety kit, read back from the PDF: what it says, where, and at what size."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm

from cartapp.config import load_config
from cartapp.model.kit import WRITE_IN, FamilyDetails, KitError, facts_for
from cartapp.model.kit_content import ITEMS, kit_content
from cartapp.pdf.fonts import covers
from cartapp.pdf.kit import build_kit_pdf
from cartapp.pdf.kit import card as card_module

EXAMPLE = Path(__file__).parents[2] / "packaging" / "clinic.example.toml"
DAY0 = dt.date(2026, 3, 3)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(pdf: bytes) -> str:
    return " ".join(text_of(pdf).split())


@pytest.fixture(scope="module")
def clinic():
    return load_config(EXAMPLE)


@pytest.fixture(scope="module")
def with_clinic(clinic):
    facts = facts_for(
        FamilyDetails("Amira Haddad", DAY0, "Kymriah"),
        clinic=clinic.clinic,
        kit=clinic.kit,
        covers=covers,
    )
    return {item: build_kit_pdf([item], facts) for item in ITEMS}


@pytest.fixture(scope="module")
def bare():
    facts = facts_for(FamilyDetails(), covers=covers)
    return {item: build_kit_pdf([item], facts) for item in ITEMS}


def test_the_clinic_phone_and_rules_appear_on_every_item_that_has_them(with_clinic):
    for item in ("wallet-card", "call-sheet", "log", "er-letter"):
        assert "(555) 010-0199 (24 hours)" in flat(with_clinic[item]), item
    call = flat(with_clinic["call-sheet"])
    assert "Call 911 first for:" in call
    assert "100.4 °F (38.0 °C)" in call  # both scales, the clinic's 38.0 °C
    letter = flat(with_clinic["er-letter"])
    assert "Riverside Children's Hospital, Cell Therapy Clinic" in letter
    assert "(555) 010-0100" in letter  # the other number
    # the clinic file's wishes replace the general ones
    assert "before giving steroids or tocilizumab, if it is safe to wait" in letter
    assert "Please give irradiated blood products only." in letter


def test_the_family_details_and_dates_appear(with_clinic):
    card = flat(with_clinic["wallet-card"])
    assert card.count("Amira Haddad") >= 2  # two cards, and the header
    assert "3 March 2026" in card and "Kymriah" in card
    # the clinic's 14 no-driving days from Day 0
    assert "No driving or heavy machines until: 17 March 2026" in card
    assert "US: tell every healthcare provider" in card
    assert "3 March 2026" in flat(with_clinic["er-letter"])


def test_without_clinic_or_details_write_in_lines_take_their_place(bare):
    card = flat(bare["wallet-card"])
    for label in (
        "Name:",
        "CAR T product:",
        "Infusion (Day 0):",
        "Treating center:",
        "24-hour number:",
        "until:",
    ):
        assert re.search(re.escape(label) + r" _{10,}", card), label
    call = flat(bare["call-sheet"])
    assert re.search(r"24-hour number: _{10,}", call)
    assert re.search(r"Call _{10,} first for:", call)
    assert "911 in the US, 999 in the UK, 112 in the EU" in call
    assert "100.4 °F (38.0 °C)" in call
    assert "Carry any card your center gave you." in card
    assert re.search(r"Patient _{10,}", flat(bare["er-letter"]))
    # No clinic wishes: the general request to call first.
    assert "Please call the 24-hour number above" in flat(bare["er-letter"])


def test_region_rules_name_their_region():
    uk = facts_for(FamilyDetails(), region="uk")
    card, call = (flat(build_kit_pdf([i], uk)) for i in ("wallet-card", "call-sheet"))
    assert "UK: also carry the Patient Alert Card" in card
    assert "Call 999 first for:" in call
    assert "38.0 °C (100.4 °F)" in call
    eu = facts_for(FamilyDetails(), region="eu")
    assert "Call 112 first for:" in flat(build_kit_pdf(["call-sheet"], eu))


def test_no_driving_end_date_only_when_someone_set_it():
    # The region's minimum (2 weeks in the US) is not an end date.
    us = facts_for(FamilyDetails(infusion_date=DAY0), region="us")
    assert re.search(r"until: _{10,}", flat(build_kit_pdf(["wallet-card"], us)))
    family = facts_for(
        FamilyDetails(infusion_date=DAY0, driving_until=dt.date(2026, 5, 1)), region="uk"
    )
    assert "until: 1 May 2026" in flat(build_kit_pdf(["wallet-card"], family))


ROW = re.compile(r"(?m)^\s*(?:(\w{3} \d{1,2} \w{3})\s+)?Day (\d+)\s*$")


def test_log_has_one_row_a_day_for_30_days_dated_from_day_0():
    facts = facts_for(FamilyDetails(infusion_date=DAY0), region="us")
    rows = ROW.findall(text_of(build_kit_pdf(["log"], facts)))
    assert [int(day) for _date, day in rows] == list(range(30))
    for n, (date, _day) in enumerate(rows):
        day = DAY0 + dt.timedelta(days=n)
        assert date == f"{day.strftime('%a')} {day.day} {day.strftime('%b')}"
    assert rows[-1][0] == "Wed 1 Apr"  # Day 29; Day 30 (2 April) is not printed


def test_log_without_a_date_leaves_the_date_column_blank():
    rows = ROW.findall(text_of(build_kit_pdf(["log"], facts_for(FamilyDetails()))))
    assert [(date, int(day)) for date, day in rows] == [("", n) for n in range(30)]


def test_log_has_the_clinics_number_of_checks():
    from cartapp.config import ClinicInfo, KitSettings

    facts = facts_for(
        FamilyDetails(),
        clinic=ClinicInfo(urgent_phone="1"),
        kit=KitSettings(temperature_checks_per_day=4),
    )
    text = flat(build_kit_pdf(["log"], facts))
    assert all(word in text for word in ("Morning", "Midday", "Evening", "Night"))
    two = flat(
        build_kit_pdf(
            ["log"], facts_for(FamilyDetails(), kit=KitSettings(temperature_checks_per_day=2))
        )
    )
    assert "Midday" not in two and "Afternoon" not in two


def test_the_log_records_and_never_scores():
    text = flat(build_kit_pdf(["log"], facts_for(FamilyDetails())))
    for word in ("score", "normal", "high", "low risk", "points"):
        assert word not in text.lower()


def test_every_font_embedded_and_page_sizes(with_clinic):
    for paper, size in (("letter", LETTER), ("a4", A4)):
        pdf = build_kit_pdf(list(ITEMS), facts_for(FamilyDetails("李 أميرة")), paper=paper)
        reader = PdfReader(io.BytesIO(pdf))
        for page in reader.pages:
            box = [round(float(v)) for v in page.mediabox[2:]]
            assert box in ([round(v) for v in size], [round(v) for v in landscape(size)])
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                assert "Helvetica" not in str(font["/BaseFont"])
                descriptor = (
                    font.get("/FontDescriptor")
                    or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                )
                assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
        assert b"Helvetica" not in pdf
        # the log is landscape, the rest portrait
        shapes = [float(p.mediabox[2]) > float(p.mediabox[3]) for p in reader.pages]
        assert any(shapes) and not all(shapes)


@pytest.mark.parametrize("region", ["us", "other"])
@pytest.mark.parametrize("item", ["wallet-card", "call-sheet", "er-letter"])
def test_single_page_items_stay_on_one_page_in_large_print(item, region):
    facts = facts_for(FamilyDetails("A name of a good length", DAY0, "Kymriah"), region=region)
    for large in (False, True):
        for paper in ("letter", "a4"):
            pdf = build_kit_pdf([item], facts, large_print=large, paper=paper)
            assert len(PdfReader(io.BytesIO(pdf)).pages) == 1, (large, paper)


def test_large_print_is_larger():
    facts = facts_for(FamilyDetails())

    def body_size(pdf: bytes) -> float:
        """The size most of the first page's text is printed in."""
        found: list[float] = []
        page = PdfReader(io.BytesIO(pdf)).pages[0]
        page.extract_text(
            visitor_text=lambda t, cm, tm, fd, fs: found.append(fs * tm[0]) if t.strip() else None
        )
        return Counter(found).most_common(1)[0][0]

    for item in ("checklist", "log", "er-letter"):
        normal = body_size(build_kit_pdf([item], facts))
        large = body_size(build_kit_pdf([item], facts, large_print=True))
        assert large > normal, item


def card_rectangles(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height of every rectangle drawn with 're' on the card page."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    data = page.get_contents().get_data().decode("latin-1")
    return [
        (float(w), float(h)) for w, h in re.findall(r"[-\d.]+ [-\d.]+ ([-\d.]+) ([-\d.]+) re", data)
    ]


def test_wallet_card_measures_id1_within_half_a_millimetre():
    for paper in ("letter", "a4"):
        for large in (False, True):
            pdf = build_kit_pdf(
                ["wallet-card"], facts_for(FamilyDetails()), paper=paper, large_print=large
            )
            pairs = [(w, h) for w, h in card_rectangles(pdf) if abs(h - 54 * mm) < 5 * mm]
            assert len(pairs) == card_module.COPIES  # front and back share one outline
            for width, height in pairs:
                assert abs(width / 2 - 85.6 * mm) <= 0.5 * mm
                assert abs(height - 54.0 * mm) <= 0.5 * mm


def test_wallet_card_fits_the_page_with_room_to_cut():
    for size in (LETTER, A4):
        assert 2 * card_module.CARD_W + 2 * 10 * mm <= size[0]


def test_card_type_never_below_its_floor_and_the_floor_is_legible():
    from reportlab.pdfbase import pdfmetrics

    from cartapp.pdf.fonts import REGULAR, register_fonts

    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face
    x_height_em = 536 / 1000  # Noto Sans: OS/2 sxHeight / unitsPerEm
    assert abs(getattr(face, "xHeight", 536) / 1000 - x_height_em) < 0.05
    assert card_module.MIN_POINTS * x_height_em * 25.4 / 72 >= 1.4  # mm
    longest = FamilyDetails("W" * 60, DAY0, "M" * 40)
    from cartapp.config import ClinicInfo

    facts = facts_for(longest, clinic=ClinicInfo(name="Ω" * 64, urgent_phone="9" * 32))
    pdf = build_kit_pdf(["wallet-card"], facts)  # the longest values still fit
    assert "W" * 60 in flat(pdf).replace(" ", "")


def test_the_card_shrinks_only_as_far_as_its_floor(monkeypatch):
    facts = facts_for(FamilyDetails())
    from cartapp.pdf.kit.common import Context, kit_styles

    ctx = Context(facts, kit_content(), kit_styles(), 400, 600)
    size = card_module.card_size(ctx, 9.5)
    assert card_module.MIN_POINTS <= size <= 9.5
    monkeypatch.setattr(card_module, "CARD_H", 10 * mm)
    with pytest.raises(KitError, match="wallet card"):
        card_module.card_size(ctx, 9.5)


def test_all_items_in_one_file_in_order():
    pdf = build_kit_pdf(list(ITEMS), facts_for(FamilyDetails()))
    text = flat(pdf)
    positions = [
        text.index(title)
        for title in (
            "Wallet card: print",
            "When to call",
            "Temperature and symptom log",
            "To the emergency team",
            "Caregiver checklist",
        )
    ]
    assert positions == sorted(positions)


def test_patient_reader_wording():
    text = flat(
        build_kit_pdf(["call-sheet", "checklist"], facts_for(FamilyDetails(), reader="patient"))
    )
    assert "even if you seem well" in text and "When may I drive again?" in text
    parent = flat(build_kit_pdf(["call-sheet"], facts_for(FamilyDetails())))
    assert "even if your child seems well" in parent


def test_rota_rows_follow_the_clinic_then_the_region():
    from cartapp.config import ClinicInfo

    def rows(facts) -> int:
        return len(ROW.findall(text_of(build_kit_pdf(["checklist"], facts))))

    assert (
        rows(facts_for(FamilyDetails(), clinic=ClinicInfo(stay_near_days=10, urgent_phone="1")))
        == 10
    )
    assert rows(facts_for(FamilyDetails(), region="us")) == 14
    assert rows(facts_for(FamilyDetails(), region="uk")) == 28
    text = flat(build_kit_pdf(["checklist"], facts_for(FamilyDetails(), region="us")))
    assert "Your center may ask for longer" in text


def test_markup_characters_print_as_typed():
    name = '<b>Tom & Jerry</b> "x"'
    pdf = build_kit_pdf(["wallet-card", "er-letter"], facts_for(FamilyDetails(name)))
    assert name in flat(pdf)


def test_write_in_mark_is_a_visible_line():
    assert set(WRITE_IN) == {"_"} and len(WRITE_IN) >= 10


def test_unknown_item_or_paper_is_refused():
    facts = facts_for(FamilyDetails())
    with pytest.raises(KitError):
        build_kit_pdf(["poster"], facts)
    with pytest.raises(KitError):
        build_kit_pdf([], facts)
    with pytest.raises(KitError):
        build_kit_pdf(["log"], facts, paper="legal")
