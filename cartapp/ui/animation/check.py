"""The animation's own check, run by ``cartapp --self-test`` through the tab."""

from __future__ import annotations

from PySide6.QtGui import QColor

from cartapp.model.story import Story
from cartapp.ui.animation.actors import FACTORIES
from cartapp.ui.animation.scenes import CHOREOGRAPHY
from cartapp.ui.animation.view import StoryView


def check_story(story: Story, view: StoryView) -> list[str]:
    """Problems a clinic could report: empty words, scenes that do not draw."""
    problems: list[str] = []
    name = story.path.name if story.path else "story"
    for number, scene in enumerate(story.scenes, start=1):
        where = f"mechanism: scene {number} ('{scene.id}')"
        for field in ("title", "caption", "description"):
            if not getattr(scene, field).strip():
                problems.append(f"{where} has no {field}")
        choreography = CHOREOGRAPHY.get(scene.id)
        if choreography is None:
            problems.append(f"{where} has no drawing")
            continue
        for key in choreography.legend:
            if key in FACTORIES and not story.legend.get(key):
                problems.append(f"{name}: [legend] has no name for '{key}'")
        try:
            for progress in (0.0, 0.5, 1.0):
                view.show_frame(number - 1, progress * scene.duration_ms)
            if _looks_blank(view):
                problems.append(f"{where} draws nothing")
        except Exception as exc:  # report, so one broken scene cannot stop the check
            problems.append(f"{where} failed to draw ({type(exc).__name__}: {exc})")
    for key in sorted(view.missing_labels()):
        problems.append(f"{name}: [labels] has no words for '{key}'")
    return problems


def _looks_blank(view: StoryView) -> bool:
    image = view.grab_frame(200)
    background = QColor(image.pixel(0, 0)).rgb()
    different = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixel(x, y) != background
    )
    return different < 20
