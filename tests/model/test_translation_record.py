"""The record a translated file carries, and how it goes out of date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cartapp.model.errors import ContentError
from cartapp.model.translation import fingerprint, is_out_of_date, parse_translation

SHA = "a" * 64


def record(**fields):
    return {"translation": {"of": "en/risks.md", "sha256": SHA, "review": "none", **fields}}


def test_an_english_file_has_no_record():
    assert parse_translation({}, Path("en/risks.md")) is None


def test_a_record_reads_back():
    got = parse_translation(record(), Path("es/risks.md"))
    assert got is not None and got.of == "en/risks.md" and not got.reviewed_by_translator


@pytest.mark.parametrize(
    "fields, words",
    [
        ({"of": "es/risks.md"}, "English file"),
        ({"of": "en/../x.md"}, "English file"),
        ({"sha256": "abc"}, "fingerprint"),
        ({"sha256": "A" * 64}, "fingerprint"),
        ({"review": "clinical"}, "review_date"),
        ({"review": "approved"}, "one of"),
        ({"reviewer": "someone"}, "unknown field"),
    ],
)
def test_a_broken_record_is_refused_by_what_is_wrong(fields, words):
    with pytest.raises(ContentError, match=words):
        parse_translation(record(**fields), Path("es/risks.md"))


def test_a_review_needs_its_date():
    dated = parse_translation(
        record(review="translator", review_date=dt.date(2027, 1, 15)), Path("es/risks.md")
    )
    assert dated is not None and dated.reviewed_by_translator


def test_a_changed_english_file_makes_the_translation_out_of_date(tmp_path):
    english = tmp_path / "en" / "risks.md"
    english.parent.mkdir()
    english.write_text("Call right away.\n", encoding="utf-8")
    got = parse_translation(
        {"translation": {"of": "en/risks.md", "sha256": fingerprint(english)}}, tmp_path / "x"
    )
    assert got is not None and not is_out_of_date(got, tmp_path)
    english.write_text("Call right away, day or night.\n", encoding="utf-8")
    assert is_out_of_date(got, tmp_path)
    english.unlink()
    assert is_out_of_date(got, tmp_path)
