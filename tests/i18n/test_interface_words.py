"""The interface translations are complete, current and faithful to their placeholders.

`make translations` updates the .ts files from the code and builds the .qm files;
these tests fail when someone forgets a step, or a string cannot be found by Qt.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.i18n.ts_files import (
    LANGUAGES,
    ROOT,
    code_strings,
    mnemonics,
    placeholders,
    read_ts,
    ts_path,
)

TOOLS = Path(sys.executable).parent


def _live(lang: str):
    return [m for m in read_ts(ts_path(lang)) if not m.obsolete]


def test_every_call_names_a_context_qt_looks_up():
    _calls, wrong = code_strings()
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_in_the_code_is_in_the_translation_file(lang):
    calls, _wrong = code_strings()
    known = {(m.context, m.source) for m in _live(lang)}
    missing = [
        f"{c.where}: [{c.context}] {c.source!r}"
        for c in calls
        if (c.context, c.source) not in known
    ]
    assert not missing, "run 'make translations'; not in the .ts:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_translation_file_has_nothing_the_code_no_longer_says(lang):
    calls, _wrong = code_strings()
    said = {(c.context, c.source) for c in calls}
    stale = [
        f"[{m.context}] {m.source!r}"
        for m in read_ts(ts_path(lang))
        if m.obsolete or (m.context, m.source) not in said
    ]
    assert not stale, "run 'make translations'; obsolete entries:\n" + "\n".join(stale)


def test_spanish_is_finished():
    unfinished = [
        f"[{m.context}] {m.source!r}"
        for m in _live("es")
        if m.unfinished or not all(m.translations)
    ]
    assert not unfinished, f"{len(unfinished)} unfinished:\n" + "\n".join(unfinished[:40])


def test_english_gives_every_plural_its_forms():
    plurals = [m for m in _live("en") if m.plural]
    assert plurals, "the code has plural strings; English must give their forms"
    for m in plurals:
        assert not m.unfinished and len(m.translations) == 2 and all(m.translations), m.source
        assert all("%n" in form for form in m.translations), m.source


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_the_same_as_in_english(lang):
    wrong = []
    for m in _live(lang):
        for text in m.translations:
            if text and placeholders(text) != placeholders(m.source):
                wrong.append(f"[{m.context}] {m.source!r} -> {text!r}")
            if text and mnemonics(text) != mnemonics(m.source):
                wrong.append(f"[{m.context}] keyboard letter (&) differs: {m.source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_placeholder_check_can_fail():
    assert placeholders("Saved to %1 on {date}") != placeholders("Guardado en {fecha}")
    assert mnemonics("&File") == 1 and mnemonics("Archivo") == 0 and mnemonics("R&D &amp; x") == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_built_qm_matches_its_ts(lang, tmp_path):
    """The .qm the app loads is the one `make translations` builds from the .ts."""
    lrelease = shutil.which("pyside6-lrelease", path=str(TOOLS)) or shutil.which("pyside6-lrelease")
    assert lrelease, "pyside6-lrelease comes with PySide6"
    built = tmp_path / f"cartapp_{lang}.qm"
    subprocess.run([lrelease, "-silent", str(ts_path(lang)), "-qm", str(built)], check=True)
    committed = ROOT / "resources" / "i18n" / f"cartapp_{lang}.qm"
    assert committed.read_bytes() == built.read_bytes(), "run 'make translations'"
