"""One place falls back to English when a language lacks a file."""

from __future__ import annotations

import shutil
from pathlib import Path

from cartapp import paths
from cartapp.model.kit_content import kit_content
from cartapp.model.question_bank import load_bank_for
from cartapp.model.sheet_words import sheet_words
from cartapp.model.story import load_story_for
from cartapp.model.timeline_file import load_timeline_for

CONTENT = Path(__file__).parents[2] / "content"


def test_every_reader_falls_back_through_one_function(tmp_path, monkeypatch):
    root = tmp_path / "content"
    shutil.copytree(CONTENT / "en", root / "en")
    (root / "xx").mkdir()  # a language with nothing translated yet
    monkeypatch.setenv("CARTAPP_CONTENT_DIR", str(root))
    asked = []
    real = paths.content_file

    def spy(lang, name, root=None):
        asked.append((lang, name))
        return real(lang, name, root)

    monkeypatch.setattr(paths, "content_file", spy)
    kit_content.cache_clear()
    assert load_bank_for("xx").questions
    assert load_timeline_for("xx").steps
    assert load_story_for("xx").scenes
    assert sheet_words("xx").title
    assert kit_content("xx").log_days == 30
    assert {name for _, name in asked} == {
        "questions.toml",
        "timeline.toml",
        "story.toml",
        "sheet.toml",
        "kit.toml",
    }
    assert real("xx", "kit.toml") == root / "en" / "kit.toml"
    (root / "xx" / "kit.toml").write_text("x", encoding="utf-8")
    assert real("xx", "kit.toml") == root / "xx" / "kit.toml"
    kit_content.cache_clear()
