"""Properties that must hold for any list a family could type."""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cartapp.model.question_bank import load_bank
from cartapp.model.sheet import (
    MAX_FIELD_CHARS,
    MAX_NOTES_CHARS,
    QuestionSheet,
    SheetError,
    clean_text,
)
from cartapp.model.sheet_io import load_sheet, save_sheet, sheet_from_dict, sheet_to_dict

BANK = load_bank(Path(__file__).parent.parent / "fixtures" / "questions.toml")

typed = st.text()  # every code point but lone surrogates, control characters included


@st.composite
def sheets(draw) -> QuestionSheet:
    """Sheets built the way the app builds them: through the sheet's own methods."""
    sheet = QuestionSheet(
        language=draw(st.sampled_from(["en", "es", "pt-BR"])),
        child_name=clean_text(draw(typed))[:MAX_FIELD_CHARS],
        prepared_by=clean_text(draw(typed))[:MAX_FIELD_CHARS],
        care_team=clean_text(draw(typed))[:MAX_FIELD_CHARS],
        notes=clean_text(draw(typed))[:MAX_NOTES_CHARS],
        appointment=draw(st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31))),
    )
    for q in draw(st.lists(st.sampled_from(BANK.questions), unique=True, max_size=5)):
        sheet.add_from_bank(q)
    for text in draw(st.lists(typed, max_size=5)):
        with contextlib.suppress(SheetError):  # empty or repeated: the app refuses those too
            sheet.add_own(text)
    for index, _ in enumerate(sheet.questions):
        try:
            sheet.set_note(index, draw(typed))
            sheet.set_ask_first(index, draw(st.booleans()))
        except SheetError:
            pass
    return sheet


@settings(max_examples=80, deadline=None)
@given(sheets())
def test_dict_round_trip(sheet):
    assert sheet_from_dict(sheet_to_dict(sheet)) == sheet


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets())
def test_save_then_load_gives_the_same_sheet(sheet):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheet.json"
        save_sheet(sheet, path)
        assert load_sheet(path) == sheet


@settings(max_examples=80, deadline=None)
@given(typed, typed)
def test_own_question_is_added_cleanly_or_refused_in_words(first, second):
    sheet = QuestionSheet()
    for text in (first, second):
        try:
            added = sheet.add_own(text)
        except SheetError as exc:
            assert str(exc).endswith(".")
            continue
        assert added.text and added.text == added.text.strip()
        assert clean_text(added.text) == added.text  # nothing unprintable kept
    sheet.validate()
