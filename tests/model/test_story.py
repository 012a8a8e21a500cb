"""The story file loads, reads plainly, and its timeline arithmetic holds."""

from __future__ import annotations

import textwrap

import pytest
import textstat
from hypothesis import given
from hypothesis import strategies as st

from cartapp.model.errors import ContentError
from cartapp.model.story import Scene, Story, load_story, load_story_for

MINIMAL = """
version = 1
intro = "An intro."
read_all_heading = "Read it all"

[[scenes]]
id = "one"
title = "One"
caption = "First."
description = "The first scene."
duration_ms = 2000

[[scenes]]
id = "two"
title = "Two"
caption = "Second."
description = "The second scene."
duration_ms = 3000
"""


def write(tmp_path, text):
    path = tmp_path / "story.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def story():
    return load_story_for("en")


def test_english_story_has_every_step(story):
    ids = [scene.id for scene in story.scenes]
    assert len(ids) >= 11
    for needed in (
        "bloodstream",
        "collection",
        "lab",
        "car",
        "grow",
        "make_room",
        "infusion",
        "seek",
        "side_effects",
        "b_cells",
        "on_guard",
    ):
        assert needed in ids
    assert ids[0] == "bloodstream"


def test_every_scene_is_filled_in_and_short(story):
    for scene in story.scenes:
        assert scene.title and scene.caption and scene.description
        assert len(scene.description) > len(scene.caption)
        assert scene.duration_ms <= 6000
        # One or two sentences under the picture, no more.
        assert 1 <= scene.caption.count(". ") + 1 <= 2, scene.id


@pytest.mark.parametrize("field", ["caption", "description"])
def test_text_reads_at_grade_six_or_below(story, field):
    # Captions are read by children too; descriptions may be a little harder.
    limit = 6.0 if field == "caption" else 8.0
    for scene in story.scenes:
        text = getattr(scene, field)
        assert textstat.flesch_kincaid_grade(text) <= limit, (scene.id, text)


def test_intro_heading_and_legend_present(story):
    assert story.intro and story.read_all_heading
    for actor in ("t_cell", "car", "leukemia_cell", "cd19", "b_cell", "cytokine"):
        assert story.legend[actor]
    assert story.label("cd19")
    assert story.label("no-such-label") == ""


def test_minimal_story_loads(tmp_path):
    story = load_story(write(tmp_path, MINIMAL))
    assert [s.id for s in story.scenes] == ["one", "two"]
    assert story.total_ms == 5000
    assert story.scenes[0] == Scene("one", "One", "First.", "The first scene.", 2000)
    assert dict(story.legend) == {}


def test_scene_at_boundaries(tmp_path):
    story = load_story(write(tmp_path, MINIMAL))
    assert story.scene_at(-5) == (0, 0.0)
    assert story.scene_at(0) == (0, 0.0)
    assert story.scene_at(1999) == (0, 1999)
    assert story.scene_at(2000) == (1, 0)
    assert story.scene_at(5000) == (1, 3000.0)
    assert story.scene_at(10**9) == (1, 3000.0)
    assert story.scene_start_ms(1) == 2000
    assert story.scene_end_ms(0) == 2000
    assert story.scene_start_ms(99) == 2000


@given(
    st.lists(st.integers(1000, 6500), min_size=1, max_size=15),
    st.floats(0, 200_000, allow_nan=False),
)
def test_scene_at_is_consistent_with_starts(durations, ms):
    scenes = tuple(Scene(f"s{i}", "t", "c", "d", d) for i, d in enumerate(durations))
    story = Story(intro="i", read_all_heading="h", scenes=scenes)
    index, local = story.scene_at(ms)
    assert 0 <= local <= durations[index]
    if 0 <= ms < story.total_ms:
        assert story.scene_start_ms(index) + local == pytest.approx(ms)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda t: t.replace("version = 1", "version = 2"), "'version' must be 1"),
        (lambda t: t.replace('intro = "An intro."\n', ""), "'intro' is missing"),
        (
            lambda t: t.replace('caption = "First."', 'caption = ""'),
            "scene 1 ('one'): 'caption' must be non-empty text",
        ),
        (
            lambda t: t.replace('caption = "First."', 'captoin = "First."'),
            "unknown field 'captoin'",
        ),
        (lambda t: t.replace('id = "two"', 'id = "one"'), "two scenes have the id 'one'"),
        (lambda t: t.replace("duration_ms = 3000", "duration_ms = 60000"), "'duration_ms' must be"),
        (
            lambda t: t.replace("duration_ms = 3000", 'duration_ms = "3s"'),
            "'duration_ms' must be a whole number",
        ),
        (lambda t: t.replace('id = "two"', 'id = "Two scene"'), "'id' must be"),
        (lambda t: t.split("[[scenes]]")[0], "there are no [[scenes]]"),
        (lambda t: t + '\n[legend]\nt_cell = ""\n', "[legend] 't_cell'"),
        (lambda t: t.replace("version = 1", "version = = 1"), "not valid TOML"),
    ],
)
def test_malformed_story_names_file_and_problem(tmp_path, change, problem):
    path = write(tmp_path, change(textwrap.dedent(MINIMAL)))
    with pytest.raises(ContentError) as caught:
        load_story(path)
    assert problem in caught.value.problem
    assert caught.value.path == path
    assert str(caught.value).startswith("story.toml: ")


def test_missing_file(tmp_path):
    with pytest.raises(ContentError, match="story.toml: the file is missing"):
        load_story(tmp_path / "story.toml")


def test_unknown_language_falls_back_to_english():
    assert load_story_for("xx").scenes == load_story_for("en").scenes
