"""The printables, drawn exactly as reviewed: every operator of every page.

Each case builds a printable deterministically (fixed dates, fixed content) and
compares its drawing operators, page by page, with the reviewed text file in
tests/pdf/golden/layouts/ (see tests/pdf/operators.py for the format: one operator a
line, numbers to two decimals, fonts by name, text decoded). A moved line, a changed
colour, size, font, margin or page break shows as a diff next to the words it belongs
to. These complement the tests that read the words back (test_question_sheet.py,
test_kit.py, test_review_pack.py): those say what is printed, these say where and how.
The review pack's golden is checked in test_review_pack.py, on the pack its other
tests read (it takes a second to build).

After a deliberate change to a printable (or to content/ it prints), rewrite the files
with

    CARTAPP_WRITE_GOLDEN=1 python -m pytest tests/pdf/test_printed_layouts.py

and look at what changed before committing: `git diff tests/pdf/golden/layouts`, and
render the case (`python tests/pdf/test_printed_layouts.py CASE out.pdf`, then
`pdftoppm -png -r 60 out.pdf out`) and view the pages. A golden is only as good as the
look it was given.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cartapp.config import load_config
from cartapp.model.kit import FamilyDetails, facts_for
from cartapp.model.kit_content import ITEMS
from cartapp.model.library import ContentLibrary
from cartapp.model.question_bank import QuestionBank, load_bank
from cartapp.model.sheet import QuestionSheet, SheetQuestion
from cartapp.paths import content_dir
from cartapp.pdf.fonts import covers
from cartapp.pdf.kit import build_kit_pdf
from cartapp.pdf.question_sheet import ClinicBlock, build_sheet_pdf

sys.path.insert(0, str(Path(__file__).parent))
from operators import check_golden  # noqa: E402

HERE = Path(__file__).parent
GOLDEN = HERE / "golden" / "layouts"
BANK = load_bank(HERE.parent / "fixtures" / "questions.toml")
EXAMPLE = HERE.parents[1] / "packaging" / "clinic.example.toml"
MADE_ON = dt.date(2026, 2, 20)
CLINIC = ClinicBlock(
    "Riverside Children's CAR T Clinic", "555-0100", "555-0199 <24 h> & nights", "example.org/cart"
)
PLAN = [
    ("Collecting T cells", "Monday, 2 March", "Day -30"),
    ("Infusion", "Tuesday, 31 March", "Day 0"),
]


def _bank(language: str) -> QuestionBank:
    return load_bank(content_dir(language) / "questions.toml")


def family_sheet() -> QuestionSheet:
    """The English family's sheet: every fixture question, two of them asked first."""
    sheet = QuestionSheet(
        child_name="Zoë Ñúñez-Çelik",
        prepared_by="Αλέξανδρος <b>&amp;",
        care_team="Dr Okafor",
        appointment=dt.date(2026, 3, 3),
        notes="She sleeps badly.\n\nShe misses <i>school</i> & her friends.",
    )
    for q in BANK.questions:
        sheet.add_from_bank(q)
    sheet.add_own("Can her brother visit? <b>&amp;</b>")
    sheet.set_ask_first(4, True)
    sheet.set_ask_first(1, True)
    sheet.set_note(4, "Last time we waited too long.")
    return sheet


def spanish_sheet(bank: QuestionBank) -> QuestionSheet:
    first, second, third = bank.questions[:3]
    return QuestionSheet(
        questions=[
            SheetQuestion(first.text, first.category, ask_first=True, id=first.id),
            SheetQuestion(second.text, second.category, id=second.id, note="Nos preocupa."),
            SheetQuestion(third.text, third.category, id=third.id),
            SheetQuestion("¿Puede venir mi abuela?", "own"),
        ],
        child_name="Ana María",
        appointment=dt.date(2027, 3, 3),
        language="es",
    )


def scripts_sheet() -> QuestionSheet:
    """A family writing in scripts right to left, wide and joined."""
    sheet = QuestionSheet(child_name="ليلى", prepared_by="李小龙", care_team="आरव")
    sheet.add_from_bank(BANK.questions[0])
    for text in (
        "ما هي الآثار الجانبية التي يجب أن نراقبها في البيت؟",
        "מתי נוכל לחזור הביתה אחרי הטיפול?",
        "治疗后多久可以回家？我们需要住在医院附近吗？",
        "क्या मेरा बच्चा स्कूल जा सकता है? Когда мы сможем вернуться домой?",
    ):
        sheet.add_own(text)
    sheet.set_ask_first(1, True)
    return sheet


def kit_facts():
    clinic = load_config(EXAMPLE)
    details = FamilyDetails("Amira <Haddad> & co", dt.date(2026, 3, 3), "Kymriah")
    return facts_for(details, clinic=clinic.clinic, kit=clinic.kit, covers=covers)


# Every construct a page's body may hold, for the review pack's body writer.
BODY = """## A heading? {#a}

A paragraph with **bold**, *italic*, a [link](https://example.org/a?b=1&c=2), a
[question](question:home.fever), a [page](page:after#crs) and <markup> & more.
A line<br>break.

### A smaller heading

- One
- Two, with a list inside:
    1. First
    2. Second

        A paragraph in the item.

1. Numbered

![A thermometer at the fever line](figure:thermometer)

| Head | Other |
|---|---|
| Cell with **bold** | Cell |
| Short row |

---

!!! call "Call right away"
    - A fever

!!! research "An own title"
    Research words.

!!! soon
    Soon words.

> A quote, laid out indented.
"""


def _body() -> bytes:
    import io

    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from cartapp.pdf.fonts import REGULAR, register_fonts
    from cartapp.pdf.review_body import BodyWriter
    from cartapp.pdf.styles import sheet_styles

    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(400, 900), initialFontName=REGULAR)
    frame = Frame(40, 40, 320, 820, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(frames=[frame])])
    doc.build(BodyWriter(sheet_styles(), 320).page_body(BODY))
    return buffer.getvalue()


def _rtl_kit() -> bytes:
    """The kit in a right-to-left language: every word of it starts with a Hebrew one,
    so each paragraph lines up as a translation into Hebrew or Arabic would."""
    import tomllib

    from cartapp.model.kit_content import parse_kit
    from cartapp.model.kit_schema import SCHEMA

    def hebrew(value, key=""):
        if isinstance(value, str) and key != "icon":
            return "עברית " + value
        if isinstance(value, list):
            return [hebrew(v) for v in value]
        if isinstance(value, dict):
            return {k: hebrew(v, k) for k, v in value.items()}
        return value

    data = tomllib.loads((content_dir("en") / "kit.toml").read_text(encoding="utf-8"))
    data.update({name: hebrew(data[name]) for name in SCHEMA})
    content = parse_kit(data, Path("content/he/kit.toml"))
    clinic = load_config(EXAMPLE)
    details = FamilyDetails("נועה כהן", dt.date(2026, 3, 3), "Kymriah")
    facts = facts_for(details, clinic=clinic.clinic, kit=clinic.kit, covers=covers)
    return build_kit_pdf(list(ITEMS), facts, content=content)


CASES: dict[str, Callable[[], bytes]] = {
    "kit-all-letter-rtl": _rtl_kit,
    "review-body": _body,
    "sheet-en-letter": lambda: build_sheet_pdf(
        family_sheet(),
        BANK,
        paper="letter",
        made_on=MADE_ON,
        app_version="1.2.3",
        content_version="2026-02",
        clinic=CLINIC,
        plan=PLAN,
        emergency_number="911",
        information_from="Riverside <clinic>",
        notes_page=True,
    ),
    "sheet-en-a4-large-patient": lambda: build_sheet_pdf(
        family_sheet(), BANK, paper="a4", large_print=True, made_on=MADE_ON, reader="patient"
    ),
    "sheet-es-a4": lambda: build_sheet_pdf(
        spanish_sheet(_bank("es")), _bank("es"), paper="a4", made_on=MADE_ON, clinic=CLINIC
    ),
    "sheet-es-en-letter": lambda: build_sheet_pdf(
        spanish_sheet(_bank("es")),
        _bank("es"),
        bilingual_with=_bank("en"),
        made_on=MADE_ON,
        plan=PLAN,
    ),
    "sheet-scripts-a4": lambda: build_sheet_pdf(scripts_sheet(), BANK, paper="a4", made_on=MADE_ON),
    **{
        f"kit-{item}-letter": (lambda item=item: build_kit_pdf([item], kit_facts()))
        for item in ITEMS
    },
    "kit-all-a4-large-es": lambda: build_kit_pdf(
        list(ITEMS),
        facts_for(FamilyDetails("Ana María", dt.date(2027, 3, 3)), region="us", covers=covers),
        paper="a4",
        large_print=True,
        language="es",
        content_version="2026-02",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_printable_is_drawn_as_reviewed(case):
    check_golden(CASES[case](), GOLDEN / f"{case}.txt")


if __name__ == "__main__":  # python tests/pdf/test_printed_layouts.py CASE out.pdf
    if sys.argv[1] == "review-pack-a4":  # the golden of test_review_pack.py
        from test_review_pack import pack_pdf

        Path(sys.argv[2]).write_bytes(pack_pdf(ContentLibrary("en")))
    else:
        Path(sys.argv[2]).write_bytes(CASES[sys.argv[1]]())
