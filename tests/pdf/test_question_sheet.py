"""The printed sheet, read back with pypdf: what a care team will see on paper."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from cartapp.model.question_bank import load_bank
from cartapp.model.sheet import QuestionSheet, SheetError, SheetQuestion
from cartapp.pdf.fonts import REGULAR
from cartapp.pdf.question_sheet import (
    ClinicBlock,
    build_sheet_pdf,
    default_paper_for_locale,
    format_long_date,
)
from cartapp.pdf.styles import MARGIN

BANK = load_bank(Path(__file__).parent.parent / "fixtures" / "questions.toml")
MADE_ON = dt.date(2026, 2, 20)
NAMES = ("Zoë Ñúñez-Çelik", "Αλέξανδρος Παπαδόπουλος", "Дмитрий Иванович Соколов")
TYPED_MARKUP = "<b>&amp; <script>alert(1)</script>"


def family_sheet() -> QuestionSheet:
    sheet = QuestionSheet(
        child_name=NAMES[0],
        prepared_by=NAMES[1],
        care_team=NAMES[2],
        appointment=dt.date(2026, 3, 3),
        notes="She sleeps badly.\n\nShe misses school.",
    )
    for q in BANK.questions:
        sheet.add_from_bank(q)
    sheet.add_own("Can her brother visit?")
    sheet.add_own(TYPED_MARKUP)
    sheet.set_ask_first(7, True)  # after.school
    sheet.set_ask_first(4, True)  # side-effects.who-to-call
    sheet.set_note(4, "Last time we waited too long.")
    return sheet


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in read(pdf).pages]


def joined(pdf: bytes) -> str:
    """All text, with lines a paragraph wrapped joined back together."""
    return re.sub(r"\s+", " ", "\n".join(page_texts(pdf)))


@pytest.fixture(scope="module")
def normal_pdf() -> bytes:
    return build_sheet_pdf(
        family_sheet(), BANK, paper="a4", made_on=MADE_ON, content_version="2026-02"
    )


@pytest.fixture(scope="module")
def large_pdf() -> bytes:
    return build_sheet_pdf(
        family_sheet(),
        BANK,
        paper="a4",
        large_print=True,
        made_on=MADE_ON,
        content_version="2026-02",
    )


def test_questions_print_in_the_family_order_numbered_as_on_screen(normal_pdf):
    text = joined(normal_pdf)
    sheet = family_sheet()
    order = sheet.print_order(BANK)
    assert [p.question.id for p in order[:2]] == ["side-effects.who-to-call", "after.school"]
    positions = []
    for printed in order:
        positions.append(text.index(f"{printed.number}. {printed.question.text}"))
    assert positions == sorted(positions)
    # Everything after "Ask first" keeps the screen order: never regrouped by topic.
    rest = [p.number for p in order if not p.question.ask_first]
    assert rest == sorted(rest)
    assert text.index("Ask first") < positions[0] < text.index("Our other questions")
    assert "Our note: Last time we waited too long." in text


def test_each_question_has_its_topic_as_a_small_label(normal_pdf):
    text = joined(normal_pdf)
    school = next(p for p in family_sheet().print_order(BANK) if p.question.id == "after.school")
    label = f"{school.topic} {school.number}. {school.question.text}"
    assert label in text


def test_personal_details_and_dates(normal_pdf):
    first = page_texts(normal_pdf)[0]
    assert first.startswith("Questions for our care team")
    for name in NAMES:
        assert name in first
    assert "Tuesday, 3 March 2026" in first
    assert "Made on Friday, 20 February 2026" in first
    assert format_long_date(dt.date(2026, 12, 31)) == "Thursday, 31 December 2026"


def test_the_sheet_says_child_or_patient_as_the_reader_chose(normal_pdf):
    parent = joined(normal_pdf)
    assert f"Child {NAMES[0]}" in parent and "Patient" not in parent
    assert "even if your child seems well" in parent
    patient = joined(
        build_sheet_pdf(family_sheet(), BANK, paper="a4", made_on=MADE_ON, reader="patient")
    )
    assert f"Patient {NAMES[0]}" in patient and f"Child {NAMES[0]}" not in patient
    assert "even if you feel well" in patient and "your child seems well" not in patient


def test_empty_details_are_left_out():
    sheet = QuestionSheet()
    sheet.add_own("Only one?")
    text = joined(build_sheet_pdf(sheet, BANK, made_on=MADE_ON))
    for label in ("Child", "Prepared by", "Appointment", "Care team", "Our notes"):
        assert label not in text
    assert "1. Only one?" in text


def test_typed_markup_prints_literally(normal_pdf):
    assert TYPED_MARKUP in joined(normal_pdf)


def test_page_x_of_y_on_every_page(normal_pdf, large_pdf):
    for pdf in (normal_pdf, large_pdf):
        pages = page_texts(pdf)
        assert len(pages) >= 2
        for number, text in enumerate(pages, start=1):
            assert f"Page {number} of {len(pages)}" in text
            assert "CAR T Family Guide 0.1.0 · content 2026-02" in text


def test_the_notes_page_is_an_option_off_by_default(normal_pdf):
    pages = page_texts(normal_pdf)
    assert not any(p.startswith("Notes") for p in pages)
    assert "Thank you for going through these questions with us." in pages[-1]
    with_notes = page_texts(
        build_sheet_pdf(family_sheet(), BANK, paper="a4", made_on=MADE_ON, notes_page=True)
    )
    assert with_notes[-1].startswith("Notes")
    assert len(with_notes) == len(pages) + 1


def test_no_group_heading_is_left_at_the_bottom_of_a_page(normal_pdf, large_pdf):
    titles = {"Ask first", "Our other questions", "Words on this sheet"}
    for pdf in (normal_pdf, large_pdf):
        for text in page_texts(pdf):
            lines = [
                ln
                for ln in text.splitlines()
                if ln.strip() and "Page " not in ln and "CAR T Family Guide" not in ln
            ]
            assert lines[-1].strip() not in titles


def fonts_of(reader: PdfReader) -> list[dict]:
    found = []

    def walk(resources):
        if not resources:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            found.append(font.get_object())
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            walk(xobject.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


def test_every_font_is_embedded_and_none_is_helvetica(normal_pdf, large_pdf):
    for pdf in (normal_pdf, large_pdf):
        fonts = fonts_of(read(pdf))
        assert fonts
        names = set()
        for font in fonts:
            names.add(str(font["/BaseFont"]))
            assert "Helvetica" not in str(font["/BaseFont"])
            descriptor = font["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        assert {re.sub(r"^/[A-Z]{6}\+", "", n) for n in names} == {
            "NotoSans-Regular",
            "NotoSans-Bold",
            "NotoSans-Italic",
        }  # no fallback needed
        assert b"Helvetica" not in pdf


def test_metadata_and_language(normal_pdf):
    reader = read(normal_pdf)
    assert reader.metadata.title == "Questions for our care team"
    assert reader.metadata.author == "CAR T Family Guide"
    assert "CAR T" in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "en"
    other = QuestionSheet(language="es")
    other.add_own("¿Cuándo volvemos a casa?")
    assert read(build_sheet_pdf(other, BANK)).trailer["/Root"]["/Lang"] == "es"


def sizes_of(pdf: bytes, needle: str) -> set[float]:
    sizes = set()

    def visit(text, cm, tm, font, size):
        if needle in text:
            sizes.add(round(size * tm[3] * cm[3], 2))

    for page in read(pdf).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_body_sizes(normal_pdf, large_pdf):
    question = BANK.get("after.stay-close").text
    assert all(11 <= s <= 12 for s in sizes_of(normal_pdf, question))
    large = sizes_of(large_pdf, question)
    assert large and all(s >= 16 for s in large)
    assert min(sizes_of(large_pdf, "Last time we waited")) >= 14  # the italic note
    assert len(read(large_pdf).pages) > len(read(normal_pdf).pages)


def test_note_is_italic(normal_pdf):
    fonts = set()

    def visit(text, cm, tm, font, size):
        if "waited too long" in text and font:
            fonts.add(str(font["/BaseFont"]))

    for page in read(normal_pdf).pages:
        page.extract_text(visitor_text=visit)
    assert fonts and all(f.endswith("NotoSans-Italic") for f in fonts)


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_paper_size(paper, size):
    sheet = QuestionSheet()
    sheet.add_own("Paper?")
    for page in read(build_sheet_pdf(sheet, BANK, paper=paper)).pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == size


def test_unknown_paper_is_refused():
    with pytest.raises(ValueError, match="paper"):
        build_sheet_pdf(QuestionSheet(), BANK, paper="legal")


@pytest.mark.parametrize(
    ("locale_name", "paper"),
    [
        ("en_US.UTF-8", "letter"),
        ("en_CA", "letter"),
        ("es_MX.utf8", "letter"),
        ("fil_PH", "letter"),
        ("es-CO", "letter"),
        ("en_GB.UTF-8", "a4"),
        ("de_DE@euro", "a4"),
        ("es_US@latin", "letter"),  # a modifier after the region is not part of it
        ("fr_CA.UTF-8", "letter"),
        ("C.UTF-8", "a4"),
        ("", "a4"),
        ("POSIX", "a4"),
        ("English_United States", "a4"),
        ("ca", "a4"),  # Catalan without a region: not Canada
    ],
)
def test_default_paper_for_locale(locale_name, paper):
    assert default_paper_for_locale(locale_name) == paper


@pytest.mark.parametrize("large_print", [False, True])
def test_long_unbroken_words_wrap_inside_the_margins(large_print):
    word = "W" * 300
    sheet = QuestionSheet(child_name="N" * 200, notes="M" * 3000)
    sheet.add_own(word)
    sheet.set_note(0, "Q" * 1000)
    pdf = build_sheet_pdf(sheet, BANK, paper="letter", large_print=large_print)
    right_edge = 612 - MARGIN + 1
    seen = set()

    def visit(text, cm, tm, font, size):
        run = text.strip()
        if len(run) > 5 and set(run) <= set("WNMQ"):
            seen.add(run[0])
            x = cm[4] + tm[4] * cm[0]
            name = str(font["/BaseFont"]).split("+")[-1] if font else REGULAR
            face = {"NotoSans-Bold": "NotoSans-Bold", "NotoSans-Italic": "NotoSans-Italic"}
            width = stringWidth(run, face.get(name, REGULAR), size * tm[3] * cm[3])
            assert x + width <= right_edge, (run[:5], x, width)

    for page in read(pdf).pages:
        page.extract_text(visitor_text=visit)
    assert seen == set("WNMQ")
    assert word in joined(pdf).replace(" ", "")


def test_clinic_block_and_plan():
    sheet = QuestionSheet()
    sheet.add_own("When do we go home?")
    clinic = ClinicBlock(
        "Riverside Children's CAR T Clinic", "555-0100", "555-0199", "example.org/cart"
    )
    plan = [
        ("Collecting T cells", "Monday, 2 March", "Day -30"),
        ("Infusion", "Tuesday, 31 March", "Day 0"),
    ]
    text = joined(build_sheet_pdf(sheet, BANK, clinic=clinic, plan=plan))
    for part in (
        "Riverside Children's CAR T Clinic",
        "Phone: 555-0100",
        "If it is urgent, call: 555-0199",
        "Website: example.org/cart",
        "Our treatment plan (typical dates)",
        "Step Dates Day",
        "Collecting T cells Monday, 2 March Day -30",
        "Infusion Tuesday, 31 March Day 0",
    ):
        assert part in text
    assert text.index("Infusion") < text.index("1. When do we go home?")
    partial = joined(build_sheet_pdf(sheet, BANK, clinic=ClinicBlock(phone="555-0100")))
    assert "Phone: 555-0100" in partial and "Website" not in partial
    assert "treatment plan" not in partial
    with pytest.raises(SheetError, match="too long"):
        build_sheet_pdf(sheet, BANK, clinic=ClinicBlock(name="x" * 201))


def test_clinic_and_plan_entries_print_up_to_200_characters():
    sheet = QuestionSheet()
    name = "Riverside & <Lakes> " + "n" * 180
    step = "s" * 200
    text = joined(
        build_sheet_pdf(sheet, BANK, clinic=ClinicBlock(name=name), plan=[(step, "", "")])
    )
    assert "Riverside & <Lakes>" in text and text.replace(" ", "").count("n" * 180) == 1
    for clinic, plan in [
        (ClinicBlock(website="w" * 201), None),
        (ClinicBlock(website="w" * 201), [("Infusion", "Monday", "Day 0")]),
        (None, [("Infusion", "d" * 201, "Day 0")]),
        (None, [("Infusion", "Monday", "x" * 201)]),
    ]:
        with pytest.raises(SheetError, match="^The clinic's details or the plan have an entry"):
            build_sheet_pdf(sheet, BANK, clinic=clinic, plan=plan)


def test_invalid_sheet_is_refused():
    sheet = QuestionSheet(child_name="x" * 201)
    with pytest.raises(SheetError, match="The child's name can be up to 200"):
        build_sheet_pdf(sheet, BANK)


def test_empty_sheet_still_prints():
    text = joined(build_sheet_pdf(QuestionSheet(), BANK))
    assert "There are no questions on this list yet." in text


def test_the_real_bank_prints_in_full():
    from cartapp.model.question_bank import load_bank_for

    bank = load_bank_for("en")
    sheet = QuestionSheet()
    for q in bank.questions:
        sheet.add_from_bank(q)
    text = joined(build_sheet_pdf(sheet, bank, made_on=MADE_ON))
    assert f"{len(bank.questions)}. {bank.questions[-1].text}" in text


def fitting(limit: int) -> st.SearchStrategy[str]:
    """Text that fits a field, control characters and all, in awkward shapes."""
    return st.one_of(
        st.text(max_size=limit),
        st.integers(1, limit).map(lambda n: "x" * n),  # one unbroken word
        st.integers(1, limit // 4).map(lambda n: "a b\n" * n),  # many short lines
    )


LIMITS = {"child_name": 200, "prepared_by": 200, "care_team": 200, "notes": 10000}


@st.composite
def any_sheet(draw) -> QuestionSheet:
    questions = [
        SheetQuestion(
            draw(fitting(500)),
            draw(st.sampled_from(["own", "after", "gone"]) | st.text(min_size=1)),
            draw(st.booleans()),
            draw(fitting(1000)),
            draw(st.none() | st.sampled_from([q.id for q in BANK.questions])),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    sheet = QuestionSheet(
        language=draw(
            st.sampled_from(["en", "fr-CA", "de", "en", "en", "?"]).flatmap(
                lambda tag: st.text(max_size=8) if tag == "?" else st.just(tag)
            )
        ),
        questions=questions,
        **{name: draw(fitting(limit)) for name, limit in LIMITS.items()},
    )
    # Now and then one field far past its limit, as a pasted document would be.
    if draw(st.integers(0, 3)) == 0:
        name = draw(st.sampled_from(sorted(LIMITS)))
        setattr(sheet, name, "y" * draw(st.integers(LIMITS[name] + 1, LIMITS[name] + 1000)))
    return sheet


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(any_sheet(), st.booleans())
def test_any_text_prints_or_is_refused_in_words(sheet, large_print):
    try:
        pdf = build_sheet_pdf(sheet, BANK, large_print=large_print)
    except SheetError as exc:
        event("refused")
        assert str(exc)
        return
    event("printed")
    text = joined(pdf)
    # Every sheet opens with its title and ends with its thanks, whatever was typed.
    assert text.index("Questions for our care team") < text.index("Thank you for going through")


def test_long_lists_keep_question_text_in_one_column():
    sheet = QuestionSheet()
    for i in range(1, 121):
        sheet.add_own(f"Question marker {i:03d}?")
    sheet.set_note(4, "Note marker.")
    starts: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if "marker" in text:
            starts[text.split()[-1]] = round(cm[4] + tm[4] * cm[0], 1)

    for page in read(build_sheet_pdf(sheet, BANK)).pages:
        page.extract_text(visitor_text=visit)
    assert len({starts[key] for key in ("005?", "099?", "100?", "120?", "marker.")}) == 1


def test_long_notes_start_under_the_questions_not_on_a_fresh_page():
    sheet = QuestionSheet(notes="We keep a diary of her sleep and meals. " * 120)
    sheet.add_own("Is this normal?")
    pages = page_texts(build_sheet_pdf(sheet, BANK))
    assert "Our notes" in pages[0]
    assert "Thank you for going through" in pages[-1]
