"""The review pack, read back as a reviewer's PDF reader would see it, and drawn as
reviewed (tests/pdf/golden/layouts/review-pack-a4.txt; test_printed_layouts.py says how
to rewrite it and look at it: `python tests/pdf/test_printed_layouts.py review-pack-a4
out.pdf`)."""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from cartapp.model.library import PAGE_NAMES, ContentLibrary
from cartapp.pdf.review_pack import build_review_pack, show_token_names


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def library():
    return ContentLibrary("en")


def pack_pdf(library: ContentLibrary) -> bytes:
    rows = [("No driving", "United Kingdom", "Do not drive for 8 weeks <b>.", ["NHS leaflet"])]
    return build_review_pack(
        library, rule_rows=rows, app_version="1.2.3", made_on=dt.date(2026, 2, 20)
    )


@pytest.fixture(scope="module")
def pack(library):
    return pack_pdf(library)


# The review pack runs to a hundred pages of the guide's own words: its golden keeps the
# cover, the first guide page and the first page of every section after that.
PACK_SECTIONS = (
    "Sources of this page",
    "Region rules",
    "Words to know (glossary)",
    "Questions for the care team",
    "Treatment steps (timeline)",
    "How it works (animation)",
    "Home safety kit",
    "Sources of the kit",
    "Sources of the animation",
)


def test_the_pack_is_drawn_as_reviewed(pack):
    """The cover, the first guide page and the first page of each section, operator by
    operator (the whole pack is a hundred pages of the guide's own words)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from operators import check_golden, pages_operators

    last = len(PdfReader(io.BytesIO(pack)).pages)
    firsts: dict[str, int] = {}

    def wanted(number: int, raw: bytes) -> bool:
        for heading in PACK_SECTIONS:
            as_drawn = heading.replace("(", "\\(").replace(")", "\\)").encode()
            if as_drawn in raw and heading not in firsts:
                firsts[heading] = number
        return number in (1, 2, last) or number in firsts.values()

    pages = pages_operators(pack, wanted)
    assert len(firsts) == len(PACK_SECTIONS), sorted(set(PACK_SECTIONS) - set(firsts))
    golden = Path(__file__).parent / "golden" / "layouts" / "review-pack-a4.txt"
    check_golden(pages, golden)


@pytest.fixture(scope="module")
def reader(pack):
    return PdfReader(io.BytesIO(pack))


@pytest.fixture(scope="module")
def text(reader):
    return _flat(" ".join(page.extract_text() for page in reader.pages))


def test_every_page_title_summary_and_status(library, text):
    for name in PAGE_NAMES:
        page = library.page(name)
        assert _flat(page.title) in text
        assert _flat(page.summary) in text
    assert text.count("Not yet reviewed by clinicians.") >= len(PAGE_NAMES)
    assert "No clinical review is recorded for a page unless" in text


def test_every_source_with_its_address(library, text):
    for name in PAGE_NAMES:
        for source in library.page(name).sources:
            assert _flat(source.title) in text, source.title
    for source in library.story.sources:
        assert _flat(source.title) in text


def test_every_question_with_id_text_and_why(library, text):
    for category in library.bank.categories:
        assert _flat(category.title) in text
        for q in library.bank.in_category(category.id):
            assert q.id in text and _flat(q.text) in text, q.id
            if q.why:
                assert _flat(q.why) in text, q.id


def test_every_glossary_word_step_and_scene(library, text):
    for term in library.glossary.terms:
        assert _flat(term.word) in text
    for step in library.timeline:
        assert _flat(step.title) in text
        # Each field under its label, so a reviewer knows what the words are for.
        assert f"How long: {_flat(step.duration)[:30]}" in text
    changed = [s.changed_2025 for s in library.timeline if s.changed_2025]
    assert len(changed) == 2
    for words in changed:
        assert f"Changed in 2025: {_flat(words)[:40]}" in text
    # A step's {days} is the centre's or family's number in the app: named, not shown raw.
    assert "for at least [the centre's number of] days" in text and "{days}" not in text
    for scene in library.story.scenes:
        assert _flat(scene.caption) in text


def test_one_sign_off_box_per_page(library, text):
    for name in PAGE_NAMES:
        assert f"Sign-off: {_flat(library.page(name).title)}" in text
    for label in ("Reviewer", "Role", "Date", "Signature", "Comments"):
        assert text.count(label) >= len(PAGE_NAMES)


def test_region_rules_table_is_escaped(text):
    assert "Do not drive for 8 weeks <b>." in text and "NHS leaflet" in text


def test_page_x_of_y_content_date_and_outline(library, reader, text):
    total = len(reader.pages)
    assert f"Page 1 of {total}" in text and f"Page {total} of {total}" in text
    assert f"content {library.content_version()}" in text
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[0] == "Cover"
    assert "1. " + library.page(PAGE_NAMES[0]).title in titles
    assert any(t.endswith("Region rules") for t in titles)


def test_the_outline_opens_with_its_sections_folded(reader):
    """A reviewer sees the sections first; each opens to its sub-sections on a click."""
    folded, item = 0, reader.trailer["/Root"]["/Outlines"]["/First"].get_object()
    while True:
        if "/First" in item:  # a section with sub-sections
            assert item["/Count"] < 0, item["/Title"]
            folded += 1
        if "/Next" not in item:
            break
        item = item["/Next"].get_object()
    assert folded >= len(PAGE_NAMES)


def test_the_pack_says_what_it_is_to_a_reader_s_software(reader):
    meta = reader.metadata
    assert meta.title == "CAR T Family Guide: Content review pack"
    assert meta.author == "CAR T Family Guide" and meta.creator == "CAR T Family Guide 1.2.3"
    assert meta.subject.startswith("Every page, word, question, step and caption")


def test_paper_size_and_fonts_embedded(library, reader):
    # Letter: tests/test_cli_review_pack.py builds the pack for the US.
    assert [round(v) for v in reader.pages[0].mediabox[2:]] == [round(v) for v in A4]
    for page in reader.pages[:6]:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (
                font.get("/FontDescriptor")
                or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            )
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


def test_region_tokens_without_rules_show_their_names():
    assert (
        show_token_names("{{rule:no_driving}} and {{value:fever}}")
        == "[region rule: no_driving] and [region value: fever]"
    )


def test_callouts_figures_and_loaded_text_are_escaped(tmp_path, monkeypatch, library):
    folder = tmp_path / "en"
    folder.mkdir()
    for f in library.folder.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    overview = (folder / "overview.md").read_text(encoding="utf-8")
    head, body = overview.split("+++\n", 2)[1:]
    extra = (
        '!!! research "Trials & more (n < 10)"\n    - A <b>bold</b> claim [1].\n\n'
        "![Cells <collected> & changed.](figure:four-steps)\n\n"
    )
    (folder / "overview.md").write_text(f"+++\n{head}+++\n{extra}{body}", encoding="utf-8")
    pdf = build_review_pack(ContentLibrary("en", root=tmp_path), rule_rows=[])
    # The overview is the first page after the cover, and the additions open it.
    pages = PdfReader(io.BytesIO(pdf)).pages[:4]
    text = _flat(" ".join(p.extract_text() for p in pages))
    assert "Research only (box: research)" in text
    assert "Trials & more (n < 10)" in text
    assert "[Picture: Cells <collected> & changed.]" in text
    assert re.search(r"A bold claim \[1\]", text)


def _printed(flowables) -> str:
    from reportlab.platypus import SimpleDocTemplate

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(flowables)
    return _flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages))


def test_sources_print_every_part_as_written_with_markup_characters_escaped():
    from cartapp.model.pages import Source
    from cartapp.pdf.fonts import register_fonts
    from cartapp.pdf.review_parts import sources
    from cartapp.pdf.styles import sheet_styles

    register_fonts()
    items = [
        Source(
            "Cells <b>& genes</b>",
            "R&D <Press>",
            2024,
            "https://x.org/a?b=1&c=<2>",
            doi="10.1/<x>&y",
            pmid="12&3",
        ),
        Source("Only a title"),
        Source("Year only", year="2019"),
        Source("Publisher only", publisher="NHS", pmid="77"),
    ]
    text = _printed(sources(items, sheet_styles()))
    assert (
        "[1] Cells <b>& genes</b>. R&D <Press>, 2024. DOI 10.1/<x>&y; PMID 12&3. "
        "https://x.org/a?b=1&c=<2>"
    ) in text
    assert "[2] Only a title. No address given." in text
    assert "[3] Year only. 2019. No address given." in text
    assert "[4] Publisher only. NHS. PMID 77. No address given." in text
