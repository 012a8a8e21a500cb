"""Which drawing goes with which scene of the story, matched by the scene's id.

The words live in ``content/<lang>/story.toml``; the choreography lives here.
A scene id with no drawing still gets a picture (its title, written large), so
a new scene in the content never breaks the tab, and the self-check names it.
"""

from __future__ import annotations

from cartapp.ui.animation.actors import Tag
from cartapp.ui.animation.scene_base import HEIGHT, WIDTH, Kit, StoryScene
from cartapp.ui.animation.scenes_blood import Bloodstream, Infusion, MakeRoom, OnGuard
from cartapp.ui.animation.scenes_fight import BCells, Hiding, Seek, SideEffects
from cartapp.ui.animation.scenes_lab import Car, Collection, Grow, Lab

CHOREOGRAPHY: dict[str, type[StoryScene]] = {
    "bloodstream": Bloodstream,
    "collection": Collection,
    "lab": Lab,
    "car": Car,
    "grow": Grow,
    "make_room": MakeRoom,
    "infusion": Infusion,
    "seek": Seek,
    "side_effects": SideEffects,
    "b_cells": BCells,
    "hiding": Hiding,
    "on_guard": OnGuard,
}


class TitleCard(StoryScene):
    """Stands in for a scene that has words but no drawing yet."""

    def __init__(self, kit: Kit, title: str) -> None:
        self._title = title
        super().__init__(kit)

    def build(self) -> None:
        card = Tag(self._title, self.kit.ink, None, self.layer)
        card.set_font(self.kit.font)
        card.setPos(WIDTH / 2, HEIGHT / 2)
        card.setScale(1.6)
        self._tags.append(card)

    def pose(self, p: float) -> None:
        pass


def build_scene(scene_id: str, title: str, kit: Kit) -> StoryScene:
    choreography = CHOREOGRAPHY.get(scene_id)
    return choreography(kit) if choreography else TitleCard(kit, title)
