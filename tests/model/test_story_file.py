"""story.toml refused word for word, and the story's clock at its edges."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from cartapp.model.errors import ContentError
from cartapp.model.pages import Source
from cartapp.model.story import MAX_SCENE_MS, MIN_SCENE_MS, Scene, Story, _parse

PATH = Path("story.toml")


def scene(n: int, **more) -> dict:
    return {
        "id": f"s{n}",
        "title": f" Title  {n} ",
        "caption": "Caption",
        "description": "One\n  two",
        "duration_ms": 1000 * n,
        **more,
    }


BASE = {
    "version": 1,
    "intro": "Intro",
    "read_all_heading": "All of it",
    "reviewed": "2026-01-02",
    "legend": {"t": " A  T cell "},
    "labels": {"lab": "The lab"},
    "sources": [{"title": "T", "publisher": "P", "year": 2025, "doi": " 10.1/x ", "pmid": 12}],
    "scenes": [scene(1), scene(2)],
}


def parsed(change=None) -> Story:
    data = copy.deepcopy(BASE)
    if change:
        change(data)
    return _parse(PATH, data)


def refusal(change) -> str:
    with pytest.raises(ContentError) as caught:
        parsed(change)
    assert caught.value.path == PATH
    return caught.value.problem


def test_a_story_is_read_with_its_words_tidied():
    story = parsed()
    assert story.scenes == (
        Scene("s1", "Title 1", "Caption", "One two", 1000),
        Scene("s2", "Title 2", "Caption", "One two", 2000),
    )
    assert (story.intro, story.read_all_heading, story.reviewed) == (
        "Intro",
        "All of it",
        "2026-01-02",
    )
    assert dict(story.legend) == {"t": "A T cell"} and story.label("lab") == "The lab"
    assert story.label("nothing") == ""
    assert story.sources == (Source("T", "P", 2025, "", "10.1/x", "12"),)
    assert story.path == PATH
    bare = parsed(lambda d: [d.pop(k) for k in ("legend", "labels", "sources", "reviewed")])
    assert dict(bare.legend) == {} and dict(bare.labels) == {}
    assert bare.sources == () and bare.reviewed == ""


def test_the_clock_of_three_scenes():
    story = parsed(lambda d: d["scenes"].append(scene(3)))
    assert story.total_ms == 6000
    assert [story.scene_start_ms(i) for i in (-1, 0, 1, 2, 9)] == [0, 0, 1000, 3000, 3000]
    assert [story.scene_end_ms(i) for i in (-1, 0, 1, 2, 9)] == [1000, 1000, 3000, 6000, 6000]
    assert story.scene_at(-5) == (0, 0.0) and story.scene_at(0) == (0, 0.0)
    assert story.scene_at(999.5) == (0, 999.5)
    assert story.scene_at(1000) == (1, 0)
    assert story.scene_at(2999) == (1, 1999)
    assert story.scene_at(3000) == (2, 0)
    assert story.scene_at(6000) == (2, 3000.0)
    assert story.scene_at(1e9) == (2, 3000.0)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(colour=1), "the file: unknown field 'colour' (a typo?)"),
        (lambda d: d.pop("version"), "'version' must be 1"),
        (lambda d: d.update(version=2), "'version' must be 1"),
        (lambda d: d.pop("scenes"), "there are no [[scenes]]"),
        (lambda d: d.update(scenes=[]), "there are no [[scenes]]"),
        (lambda d: d.update(scenes={"id": "x"}), "there are no [[scenes]]"),
        (lambda d: d["scenes"].append(scene(1)), "two scenes have the id 's1'"),
        (lambda d: d["scenes"].append("x"), "scene 3 is not a table"),
        (
            lambda d: d["scenes"].append(scene(3, speed=2)),
            "scene 3 ('s3'): unknown field 'speed' (a typo?)",
        ),
        (
            lambda d: d["scenes"][1].pop("id"),
            "scene 2: 'id' must be lower-case letters, digits or _",
        ),
        (
            lambda d: d["scenes"][1].update(id=5),
            "scene 2: 'id' must be lower-case letters, digits or _",
        ),
        (
            lambda d: d["scenes"][1].update(id="2x"),
            "scene 2 ('2x'): 'id' must be lower-case letters, digits or _",
        ),
        (
            lambda d: d["scenes"][1].update(id="Big"),
            "scene 2 ('Big'): 'id' must be lower-case letters, digits or _",
        ),
        (
            lambda d: d["scenes"][0].pop("duration_ms"),
            "scene 1 ('s1'): 'duration_ms' must be a whole number",
        ),
        (
            lambda d: d["scenes"][0].update(duration_ms=True),
            "scene 1 ('s1'): 'duration_ms' must be a whole number",
        ),
        (
            lambda d: d["scenes"][0].update(duration_ms=1500.0),
            "scene 1 ('s1'): 'duration_ms' must be a whole number",
        ),
        (
            lambda d: d["scenes"][0].update(duration_ms=999),
            "scene 1 ('s1'): 'duration_ms' must be 1000 to 6500",
        ),
        (
            lambda d: d["scenes"][0].update(duration_ms=6501),
            "scene 1 ('s1'): 'duration_ms' must be 1000 to 6500",
        ),
        (lambda d: d["scenes"][0].pop("title"), "scene 1 ('s1'): 'title' is missing"),
        (
            lambda d: d["scenes"][0].update(caption=" "),
            "scene 1 ('s1'): 'caption' must be non-empty text",
        ),
        (
            lambda d: d["scenes"][0].update(description=3),
            "scene 1 ('s1'): 'description' must be non-empty text",
        ),
        (lambda d: d.pop("intro"), "the file: 'intro' is missing"),
        (
            lambda d: d.update(read_all_heading=""),
            "the file: 'read_all_heading' must be non-empty text",
        ),
        (lambda d: d.update(legend=[]), "[legend] must be a table of names and words"),
        (lambda d: d.update(labels="x"), "[labels] must be a table of names and words"),
        (lambda d: d["labels"].update(lab=" "), "[labels] 'lab' must be non-empty text"),
        (lambda d: d["legend"].update(t=1), "[legend] 't' must be non-empty text"),
        (lambda d: d["sources"].append(1), "source 2 is not a table"),
        (lambda d: d["sources"][0].update(isbn="x"), "source 1: unknown field 'isbn' (a typo?)"),
        (lambda d: d["sources"][0].pop("year"), "source 1: 'year' must be a whole number"),
        (lambda d: d["sources"][0].update(year=True), "source 1: 'year' must be a whole number"),
        (lambda d: d["sources"][0].update(year="2025"), "source 1: 'year' must be a whole number"),
        (lambda d: d["sources"][0].update(url=1), "source 1: 'url' must be text"),
        (lambda d: d["sources"][0].pop("title"), "source 1: 'title' is missing"),
        (
            lambda d: d["sources"][0].update(publisher=""),
            "source 1: 'publisher' must be non-empty text",
        ),
    ],
)
def test_a_broken_story_is_refused_word_for_word(change, expected):
    assert refusal(change) == expected


def test_the_scene_lengths_at_their_edges():
    assert (MIN_SCENE_MS, MAX_SCENE_MS) == (1000, 6500)
    story = parsed(
        lambda d: d.update(scenes=[scene(1, duration_ms=1000), scene(2, duration_ms=6500)])
    )
    assert [s.duration_ms for s in story.scenes] == [1000, 6500]
    assert parsed(lambda d: d["scenes"][0].update(id="a_1")).scenes[0].id == "a_1"
