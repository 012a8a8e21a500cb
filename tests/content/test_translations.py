"""A translation says what the English says, in the same places, and knows its age.

For every language folder besides English: the same files, the same sections,
ids, links, tokens, source markers, callouts, questions, steps, scenes, rules and
glossary terms; the English file's fingerprint recorded, and still current; the
review level honest; Spanish at its reading level with the fact sheet's terms.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat

from cartapp import paths
from cartapp.model.translation import fingerprint, parse_translation
from tests.content.parity import (
    glossary_ids,
    ids_in,
    page_marks,
    shape,
    split_page,
    toml_file,
)

ROOT = paths.content_root()
ENGLISH = ROOT / "en"
LANGUAGES = sorted(p.name for p in ROOT.iterdir() if p.is_dir() and p.name != "en")
FILES = sorted(p.name for p in ENGLISH.iterdir() if p.suffix in (".md", ".toml"))
PAIRS = [(lang, name) for lang in LANGUAGES for name in FILES]


@pytest.mark.parametrize("lang, name", PAIRS)
def test_every_english_file_is_translated(lang, name):
    assert (ROOT / lang / name).is_file(), f"{lang}/{name} is missing"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_translation_has_no_file_english_lacks(lang):
    extra = sorted(p.name for p in (ROOT / lang).iterdir() if p.name not in FILES)
    assert not extra


def _meta(path: Path) -> dict:
    return (
        split_page(path.read_text(encoding="utf-8"))[0] if path.suffix == ".md" else toml_file(path)
    )


@pytest.mark.parametrize("lang, name", PAIRS)
def test_the_translation_records_the_english_it_was_made_from(lang, name):
    path = ROOT / lang / name
    record = parse_translation(_meta(path), path)
    assert record is not None, f"{lang}/{name} has no [translation] record"
    assert record.of == f"en/{name}"
    assert record.sha256 == fingerprint(ENGLISH / name), (
        f"{lang}/{name} is out of date: en/{name} changed since it was translated. Update the "
        "translation, then record the English file's new sha256."
    )


@pytest.mark.parametrize("lang, name", PAIRS)
def test_no_review_is_claimed_without_a_date(lang, name):
    path = ROOT / lang / name
    record = parse_translation(_meta(path), path)
    assert record is not None
    assert record.review == "none" or record.review_date is not None


PAGES = [(lang, n) for lang, n in PAIRS if n.endswith(".md") and n != "glossary.md"]


@pytest.mark.parametrize("lang, name", PAGES)
def test_a_page_keeps_every_mark_of_the_english(lang, name):
    meta_en, body_en = split_page((ENGLISH / name).read_text(encoding="utf-8"))
    meta, body = split_page((ROOT / lang / name).read_text(encoding="utf-8"))
    assert page_marks(body) == page_marks(body_en)
    assert meta.get("sources") == meta_en.get("sources"), "sources are copied as published"
    assert meta.get("reviewed") == meta_en.get("reviewed")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_glossary_has_the_same_terms(lang):
    _m, en = split_page((ENGLISH / "glossary.md").read_text(encoding="utf-8"))
    _m, mine = split_page((ROOT / lang / "glossary.md").read_text(encoding="utf-8"))
    assert glossary_ids(mine) == glossary_ids(en)


DATA = [(lang, n) for lang, n in PAIRS if n.endswith(".toml")]


@pytest.mark.parametrize("lang, name", DATA)
def test_a_data_file_has_the_same_ids_and_keys(lang, name):
    en, mine = toml_file(ENGLISH / name), toml_file(ROOT / lang / name)
    assert ids_in(mine) == ids_in(en), "question, step, scene or category ids differ"
    assert shape(mine) == shape(en)


def test_the_parity_checks_can_fail():
    # Also what keeps these checks from passing vacuously when no translation is present.
    body = "## Fever {#fever}\nCall [1]. See [risks](page:risks#crs). {{rule:fever_threshold}}\n"
    assert page_marks(body) != page_marks(body.replace("{#fever}", ""))
    assert page_marks(body) != page_marks(body.replace("[1]", "[2]"))
    assert page_marks(body) != page_marks(body.replace("#crs", "#ics"))
    assert page_marks("{{you:Your child|You}}") == page_marks("{{you:Su hijo(a)|Usted}}")
    assert page_marks("{{rule:stay_near}}") != page_marks("{{rule:no_driving}}")
    assert shape({"a": [{"id": "x", "t": "{n}"}]}) != shape({"a": [{"id": "x", "t": "n"}]})
    assert ids_in({"a": [{"id": "x"}]}) != ids_in({"a": [{"id": "y"}]})


# -- Spanish ------------------------------------------------------------------

SPANISH_PAGES = [name for lang, name in PAGES if lang == "es"]


@pytest.mark.parametrize("name", SPANISH_PAGES)
def test_a_spanish_page_reads_easily(name):
    from cartapp.model.page_html import plain_text
    from cartapp.model.pages import load_page

    textstat.set_lang("es")
    try:
        score = textstat.fernandez_huerta(plain_text(load_page(ROOT / "es" / name)))
    finally:
        textstat.set_lang("en_US")
    assert score >= 70, f"{name}: Fernández-Huerta {score:.1f}"


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "?", "!", ":")) else text + "."


def _spanish_reading(name: str) -> str:
    """What a family reads in a Spanish data file, as sentences."""
    from cartapp.model.glossary import load_glossary
    from cartapp.model.question_bank import load_bank
    from cartapp.model.story import load_story
    from cartapp.model.timeline_file import load_timeline

    folder = ROOT / "es"
    if name == "glossary":
        parts = [t.definition for t in load_glossary(folder / "glossary.md").terms]
    elif name == "questions":
        bank = load_bank(folder / "questions.toml")
        parts = [q.text for q in bank.questions] + [q.why for q in bank.questions if q.why]
    elif name == "timeline":
        timeline = load_timeline(folder / "timeline.toml")
        parts = list(timeline.texts.values())
        for step in timeline.steps:
            parts += [step.what, step.when, step.duration, step.who, *step.bring]
    else:
        story = load_story(folder / "story.toml")
        parts = [story.intro] + [p for s in story.scenes for p in (s.caption, s.description)]
    return " ".join(_sentence(p) for p in parts)


@pytest.mark.skipif("es" not in LANGUAGES, reason="no Spanish content")
@pytest.mark.parametrize("name", ["glossary", "questions", "timeline", "story"])
def test_spanish_words_outside_the_pages_read_easily(name):
    textstat.set_lang("es")
    try:
        score = textstat.fernandez_huerta(_spanish_reading(name))
    finally:
        textstat.set_lang("en_US")
    assert score >= 70, f"{name}: Fernández-Huerta {score:.1f}"


def test_the_reading_measure_can_fail():
    textstat.set_lang("es")
    try:
        dense = (
            "La quimioterapia linfocitorreductora administrada por vía intravenosa facilita la "
            "subsiguiente expansión y persistencia de linfocitos autólogos genéticamente "
            "modificados."
        )
        assert textstat.fernandez_huerta(dense) < 70
    finally:
        textstat.set_lang("en_US")


# The fact sheet's "Spanish terms" (§8): used, and the ones to avoid never used.
AVOID = [
    "citoquina",
    "perfusión",
    "linfocitos T",
    "cancerígena",
    "enfermedad mínima residual",
    "linfodepleción",
    "receptor de antígeno quimérico",
    "receptor quimérico de antígeno",
    "SLC",
]
GLOSSARY_TERMS = [
    "citocinas",
    "aféresis",
    "infusión",
    "células T",
    "enfermedad residual medible",
    "terapia puente",
    "receptor quimérico para antígenos",
    "síndrome de liberación de citocinas",
]


@pytest.mark.parametrize("name", [n for lang, n in PAIRS if lang == "es"])
def test_spanish_avoids_the_terms_the_fact_sheet_rules_out(name):
    text = (ROOT / "es" / name).read_text(encoding="utf-8")
    text = text.split("[[sources]]")[0] + text.split("+++")[-1] if name.endswith(".md") else text
    found = [t for t in AVOID if re.search(rf"\b{re.escape(t)}", text, re.IGNORECASE)]
    assert not found, f"{name} uses {found}"


@pytest.mark.skipif("es" not in LANGUAGES, reason="no Spanish content")
def test_the_spanish_glossary_uses_the_fact_sheet_terms():
    text = (ROOT / "es" / "glossary.md").read_text(encoding="utf-8").lower()
    missing = [t for t in GLOSSARY_TERMS if t.lower() not in text]
    assert not missing
