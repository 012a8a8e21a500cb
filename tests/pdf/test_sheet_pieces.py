"""Pieces of the printables on their own: the fit at five pages, a clinic box without a
website, a sheet without questions, three-digit question numbers, a page's top heading
in the review pack, the kit's subject line."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import Paragraph, SimpleDocTemplate

from cartapp.model.kit import FamilyDetails, facts_for
from cartapp.model.question_bank import QuestionBank
from cartapp.model.sheet import QuestionSheet, SheetQuestion
from cartapp.model.sheet_words import sheet_words
from cartapp.pdf import sheet_sections
from cartapp.pdf.fonts import register_fonts
from cartapp.pdf.kit import build_kit_pdf
from cartapp.pdf.review_body import BodyWriter, Node
from cartapp.pdf.sheet_fit import AnswerSpace, Layout, fit
from cartapp.pdf.sheet_header import ClinicBlock, clinic_box
from cartapp.pdf.styles import sheet_styles

register_fonts()
EMPTY_BANK = QuestionBank((), ())


def test_a_sheet_of_five_pages_is_still_fitted_but_not_one_of_six():
    tried: list[AnswerSpace] = []

    def layout(pages: int):
        def make(space: AnswerSpace) -> Layout:
            tried.append(space)
            return Layout(b"%d" % len(tried), pages, 0.1, answer_room=0.1, line_room=0.5)

        return make

    fit(layout(5))
    assert len(tried) > 1  # the short last page of five is worth another try
    tried.clear()
    assert fit(layout(6)) == b"1" and len(tried) == 1


def test_a_clinic_without_a_website_has_no_line_for_it():
    styles = sheet_styles()
    box = clinic_box(ClinicBlock(name="Riverside"), styles, 400, sheet_words("en"))
    assert len(box._cellvalues) == 1
    full = ClinicBlock("Riverside", "1", "2", "example.org")
    assert len(clinic_box(full, styles, 400, sheet_words("en"))._cellvalues) == 4


def test_a_sheet_without_questions_says_so_in_the_body_style():
    styles = sheet_styles()
    flow = sheet_sections.questions(
        QuestionSheet(), EMPTY_BANK, sheet_words("en"), styles, 400, AnswerSpace()
    )
    said = flow[-1]
    assert isinstance(said, Paragraph) and said.style is styles.body


def test_three_digit_numbers_get_a_wider_hanging_indent():
    styles = sheet_styles()
    sheet = QuestionSheet(questions=[SheetQuestion(f"Q{n}?", "own") for n in range(150)])
    flow = sheet_sections.questions(
        sheet, EMPTY_BANK, sheet_words("en"), styles, 400, AnswerSpace()
    )
    indents = {
        f.style.leftIndent
        for f in _walk(flow)
        if getattr(getattr(f, "style", None), "name", "") == "question_n"
    }
    assert len(indents) == 1 and indents.pop() > styles.question.leftIndent


def _walk(flow):
    for f in flow:
        yield f
        yield from _walk(getattr(f, "_content", None) or getattr(f, "_flowables", None) or [])


def test_a_top_heading_in_a_page_body_is_a_section_heading():
    writer = BodyWriter(sheet_styles(), 300)
    for tag in ("h1", "h2"):
        (heading,) = writer.block(Node(tag, children=["Title"]), 300, 0)
        assert heading.style is writer.h2
    (small,) = writer.block(Node("h4", children=["Small"]), 300, 0)
    assert small.style is writer.h3


def test_the_kit_says_what_it_is_to_a_reader_s_software():
    pdf = build_kit_pdf(["checklist"], facts_for(FamilyDetails()))
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.subject == "A family's home safety kit after CAR T-cell therapy"
    # A reader's window shows the kit's title, not its file name.
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"].value is True


def test_an_abbreviation_is_a_word_to_know_only_in_capitals_and_a_word_in_any_case():
    from cartapp.model.glossary import Glossary, Term

    crs = Term("crs", "CRS", ("cytokine release syndrome",), "A reaction.")
    glossary = Glossary("Words", (crs,))

    def used(text: str) -> list[str]:
        sheet = QuestionSheet(questions=[SheetQuestion(text, "own")])
        return [t.word for t in sheet_sections.words_used(sheet, glossary)]

    assert used("Is the crs team in?") == []
    assert used("What is CRS?") == used("Is it Cytokine Release Syndrome?") == ["CRS"]


def test_signs_side_by_side_start_level_whichever_is_longer():
    styles = sheet_styles()
    signs = ["Fever", "Shaking, confusion, trouble speaking or a very bad headache"]
    table = sheet_sections._signs([*signs, "Rash", "Cough"], styles.body, 300)
    assert len(table._cellvalues) == 2  # two a row
    out = io.BytesIO()
    SimpleDocTemplate(out).build([table])
    starts: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            starts.setdefault(text.split()[0], cm[5] + tm[5] * cm[3])

    PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text(visitor_text=visit)
    assert starts["Fever"] == starts["Shaking,"]


def test_runs_of_blank_lines_print_as_one():
    assert sheet_sections.typed("  a\n\n\n\nb \n") == "a\n\nb"
    assert sheet_sections.typed("a\n \n\t\n  \n b") == "a\n\n b"
    assert sheet_sections.typed("a\n\nb\n \nc") == "a\n\nb\n \nc"  # one blank line is kept


def test_boxes_keep_even_padding_and_details_line_up_at_the_top():
    import datetime as dt

    from reportlab.platypus import Table

    from cartapp.pdf.sheet_header import details

    styles, words = sheet_styles(True), sheet_words("en")  # large print: padding is not 6
    full = ClinicBlock("Riverside", "1", "2", "example.org")
    box = clinic_box(full, styles, 400, words)
    cells = [cell for row in box._cellStyles for cell in row]
    assert cells and all(c.leftPadding == c.rightPadding == styles.space * 1.2 for c in cells)
    sheet = QuestionSheet(child_name="Ana", prepared_by="Mum", care_team="Team", notes="")
    made = details(sheet, dt.date(2026, 1, 2), styles, 400, words, patient=False)
    (table,) = [f for f in made if isinstance(f, Table)]
    assert len(table._cellStyles) >= 3
    assert {c.valign for row in table._cellStyles for c in row} == {"TOP"}
