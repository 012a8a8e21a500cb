"""Every page reads at grade 8 or below, and the median at 7 or below."""

from __future__ import annotations

import statistics

import pytest
import textstat

from cartapp.model.library import PAGE_NAMES, ContentLibrary
from cartapp.model.page_html import plain_text


def _grades() -> dict[str, float]:
    library = ContentLibrary("en")
    return {
        name: textstat.flesch_kincaid_grade(plain_text(library.page(name))) for name in PAGE_NAMES
    }


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_is_grade_8_or_below(name):
    grade = _grades()[name]
    assert grade <= 8.0, f"{name} reads at grade {grade}"


def test_median_grade_is_7_or_below():
    assert statistics.median(_grades().values()) <= 7.0


def test_the_measure_can_fail():
    """Guard: the measure must flag dense text, or the checks above prove nothing."""
    dense = (
        "Lymphodepleting chemotherapy administered intravenously facilitates the "
        "subsequent expansion and persistence of genetically modified autologous "
        "lymphocytes, thereby augmenting antileukemic immunological activity."
    )
    assert textstat.flesch_kincaid_grade(dense) > 12


def test_plain_text_drops_markup():
    text = plain_text(ContentLibrary("en").page("risks"))
    assert "<" not in text and "!!!" not in text and "question:" not in text
