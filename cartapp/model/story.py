"""The "How it works" story: scenes, legend and picture labels from ``story.toml``.

The story is also the animation's timeline. Scenes play one after another, so
any moment of the whole story maps to one scene and a time inside it; the
animation and its tests rely on that mapping being a pure function.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from cartapp.model.errors import ContentError
from cartapp.model.guarded_read import load_content_toml
from cartapp.model.pages import Source  # the same title, publisher, year, address

STORY_FILE = "story.toml"

# A scene longer than this stops feeling like one step of a story and starts to
# feel like waiting; the style guide asks for about six seconds at most.
MIN_SCENE_MS = 1000
MAX_SCENE_MS = 6500

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TOP_KEYS = {
    "version",
    "translation",
    "intro",
    "read_all_heading",
    "reviewed",
    "sources",
    "legend",
    "labels",
    "scenes",
}
_SCENE_KEYS = {"id", "title", "caption", "description", "duration_ms"}
_SOURCE_KEYS = {"title", "publisher", "year", "url", "doi", "pmid"}


@dataclass(frozen=True)
class Scene:
    id: str
    title: str
    caption: str
    description: str
    duration_ms: int


@dataclass(frozen=True)
class Story:
    """Everything the animation shows in words, plus its timeline arithmetic."""

    intro: str
    read_all_heading: str
    scenes: tuple[Scene, ...]
    legend: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    labels: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    sources: tuple[Source, ...] = ()
    reviewed: str = ""
    path: Path | None = None

    @property
    def total_ms(self) -> int:
        return sum(scene.duration_ms for scene in self.scenes)

    def scene_start_ms(self, index: int) -> int:
        index = max(0, min(index, len(self.scenes) - 1))
        return sum(scene.duration_ms for scene in self.scenes[:index])

    def scene_end_ms(self, index: int) -> int:
        index = max(0, min(index, len(self.scenes) - 1))
        return self.scene_start_ms(index) + self.scenes[index].duration_ms

    def scene_at(self, ms: float) -> tuple[int, float]:
        """The scene playing at ``ms`` of the whole story and the time inside it.

        Times before the start clamp to the first frame, times at or past the
        end to the last scene's final frame, so every time has a picture.
        """
        if ms <= 0:
            return 0, 0.0
        start = 0
        for index, scene in enumerate(self.scenes):
            if ms < start + scene.duration_ms:
                return index, ms - start
            start += scene.duration_ms
        last = len(self.scenes) - 1
        return last, float(self.scenes[last].duration_ms)

    def label(self, key: str) -> str:
        return self.labels.get(key, "")


def load_story_for(lang: str) -> Story:
    """The story in ``lang``, or in English when that language has none yet."""
    from cartapp.model.translated import read_in

    return read_in(lang, STORY_FILE, load_story)


def load_story(path: Path | str) -> Story:
    path = Path(path)

    return _parse(path, load_content_toml(path))


def _parse(path: Path, data: dict[str, Any]) -> Story:
    _reject_unknown(path, data, _TOP_KEYS, "the file")
    if data.get("version") != 1:
        raise ContentError(path, "'version' must be 1")
    scenes_raw = data.get("scenes")
    if not isinstance(scenes_raw, list) or not scenes_raw:
        raise ContentError(path, "there are no [[scenes]]")
    scenes = tuple(_parse_scene(path, n, raw) for n, raw in enumerate(scenes_raw, start=1))
    seen: set[str] = set()
    for scene in scenes:
        if scene.id in seen:
            raise ContentError(path, f"two scenes have the id '{scene.id}'")
        seen.add(scene.id)
    reviewed = data.get("reviewed", "")
    return Story(
        intro=_text(path, data, "intro", "the file"),
        read_all_heading=_text(path, data, "read_all_heading", "the file"),
        scenes=scenes,
        legend=_table(path, data, "legend"),
        labels=_table(path, data, "labels"),
        sources=tuple(
            _parse_source(path, n, raw) for n, raw in enumerate(data.get("sources", []), start=1)
        ),
        reviewed=str(reviewed),
        path=path,
    )


def _parse_scene(path: Path, number: int, raw: Any) -> Scene:
    where = f"scene {number}"
    if not isinstance(raw, dict):
        raise ContentError(path, f"{where} is not a table")
    scene_id = raw.get("id")
    if isinstance(scene_id, str):
        where = f"scene {number} ('{scene_id}')"
    _reject_unknown(path, raw, _SCENE_KEYS, where)
    if not isinstance(scene_id, str) or not _ID.match(scene_id):
        raise ContentError(path, f"{where}: 'id' must be lower-case letters, digits or _")
    duration = raw.get("duration_ms")
    if isinstance(duration, bool) or not isinstance(duration, int):
        raise ContentError(path, f"{where}: 'duration_ms' must be a whole number")
    if not MIN_SCENE_MS <= duration <= MAX_SCENE_MS:
        raise ContentError(path, f"{where}: 'duration_ms' must be {MIN_SCENE_MS} to {MAX_SCENE_MS}")
    return Scene(
        id=scene_id,
        title=_text(path, raw, "title", where),
        caption=_text(path, raw, "caption", where),
        description=_text(path, raw, "description", where),
        duration_ms=duration,
    )


def _parse_source(path: Path, number: int, raw: Any) -> Source:
    where = f"source {number}"
    if not isinstance(raw, dict):
        raise ContentError(path, f"{where} is not a table")
    _reject_unknown(path, raw, _SOURCE_KEYS, where)
    year = raw.get("year")
    if isinstance(year, bool) or not isinstance(year, int):
        raise ContentError(path, f"{where}: 'year' must be a whole number")
    url = raw.get("url", "")
    if not isinstance(url, str):
        raise ContentError(path, f"{where}: 'url' must be text")
    ids = {key: str(raw[key]).strip() for key in ("doi", "pmid") if key in raw}
    return Source(
        _text(path, raw, "title", where), _text(path, raw, "publisher", where), year, url, **ids
    )


def _text(path: Path, table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if value is None:
        raise ContentError(path, f"{where}: '{key}' is missing")
    if not isinstance(value, str) or not value.strip():
        raise ContentError(path, f"{where}: '{key}' must be non-empty text")
    # Descriptions are wrapped in the file with line continuations; readers
    # should see one paragraph with single spaces.
    return " ".join(value.split())


def _table(path: Path, data: dict[str, Any], key: str) -> Mapping[str, str]:
    raw = data.get(key, {})
    if not isinstance(raw, dict):
        raise ContentError(path, f"[{key}] must be a table of names and words")
    for name, value in raw.items():
        if not isinstance(value, str) or not value.strip():
            raise ContentError(path, f"[{key}] '{name}' must be non-empty text")
    return MappingProxyType({name: " ".join(value.split()) for name, value in raw.items()})


def _reject_unknown(path: Path, table: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ContentError(path, f"{where}: unknown field '{unknown[0]}' (a typo?)")
