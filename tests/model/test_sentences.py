"""Sentences and their places, for reading aloud."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cartapp.model.sentences import MAX_CHARS, sentences


def test_splits_at_ends_and_lines_and_keeps_places():
    text = "What is CRS?\nIt is a fever. Call at 38.0 °C, e.g. at night! Then wait."
    found = sentences(text)
    assert [s.text for s in found] == [
        "What is CRS?",
        "It is a fever.",
        "Call at 38.0 °C, e.g. at night!",
        "Then wait.",
    ]
    for s in found:
        assert text[s.start : s.end] == s.text


def test_a_picture_placeholder_is_not_read():
    assert [s.text for s in sentences("\ufffc In short\nCall now.")] == ["In short", "Call now."]


def test_blank_lines_and_bullets_alone_are_skipped():
    assert [s.text for s in sentences("\n\n •\nHello.\n\n")] == ["Hello."]


def test_a_very_long_sentence_is_cut_at_commas():
    text = ", ".join(["a long list of things"] * 60) + "."
    parts = sentences(text)
    assert len(parts) > 1 and all(len(p.text) <= MAX_CHARS for p in parts)
    for p in parts:
        assert text[p.start : p.end] == p.text


@given(st.text())
def test_any_text_gives_sentences_that_are_slices_in_order(text):
    found = sentences(text)
    last = 0
    for s in found:
        assert text[s.start : s.end] == s.text and s.text.strip(" \t\n\r\ufffc") == s.text
        assert s.start >= last
        last = s.end
