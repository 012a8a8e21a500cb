"""The one rule for a language tag: it picks a content folder, so it is never a path."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cartapp.model.language_tag import MAX_TAG_CHARS, folder_language, is_language_tag
from cartapp.model.library import ContentLibrary
from cartapp.model.sheet import QuestionSheet, SheetError

# The longest tag the pattern allows: three letters and three subtags of eight.
LONGEST = "abc-" + "-".join(["12345678"] * 3)


@pytest.mark.parametrize("tag", ["en", "es", "fil", "pt-BR", "zh-Hant-TW", "sr-Latn-RS", LONGEST])
def test_plain_tags_are_accepted(tag):
    assert is_language_tag(tag)


@pytest.mark.parametrize(
    "tag",
    [
        "en/../x",
        "../en",
        "en/..",
        "en/",
        "en\\..\\x",
        "./en",
        "en\n",
        " en",
        "en ",
        "e",
        "engl",
        "en-",
        "en--US",
        "en-123456789",  # a subtag of nine
        "en-a-b-c-d",  # four subtags
        "",
        "e\u0301n",
        "\u0435n",  # Cyrillic e
    ],
)
def test_paths_and_malformed_tags_are_refused(tag):
    assert not is_language_tag(tag)


@pytest.mark.parametrize("value", [None, 1, b"en", ["en"]])
def test_only_text_can_be_a_tag(value):
    assert not is_language_tag(value)


def test_the_pattern_already_stays_under_the_length_limit():
    # The length check is a second line of defence: the pattern's longest match
    # is 30 characters, so no tag reaches MAX_TAG_CHARS (see tests/mutation/equivalents.py).
    assert len(LONGEST) == 30 < MAX_TAG_CHARS
    assert not is_language_tag(LONGEST + "-1")


@given(st.text(max_size=40))
def test_an_accepted_tag_is_one_folder_name(text):
    if is_language_tag(text):
        assert "/" not in text and "\\" not in text and "." not in text and text.strip() == text


def test_a_sheet_with_a_path_as_its_language_is_refused():
    with pytest.raises(SheetError, match="language code"):
        QuestionSheet(language="en/../x").validate()


def test_the_library_never_follows_a_path_out_of_its_language_folder(tmp_path):
    # "xx" exists, so only the tag rule stands between "en/../xx" and that folder.
    (tmp_path / "en").mkdir()
    (tmp_path / "xx").mkdir()
    library = ContentLibrary("en/../xx", root=tmp_path)
    assert library.language == "en" and library.folder == tmp_path / "en"
    assert "not yet available" in library.notice
    assert ContentLibrary("xx", root=tmp_path).folder == tmp_path / "xx"


def test_a_file_s_language_is_its_folder_s_or_english_outside_one():
    assert folder_language("content/es/risks.md") == "es"
    assert folder_language("content/pt-BR/risks.md") == "pt-BR"
    assert folder_language("/srv/clinic/center.md") == "en"
