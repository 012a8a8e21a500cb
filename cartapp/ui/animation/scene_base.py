"""What every scene shares: its layer of actors, words, and the timing helpers.

A scene builds its actors once and then answers one question: where is
everything at progress ``p`` (0 at the scene's first frame, 1 at its last)?
``pose`` must depend on ``p`` alone, never on the previous frame.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QEasingCurve, QPointF, QRectF
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from cartapp.ui.animation.actors import Actor, Ink, Tag

WIDTH, HEIGHT = 1000.0, 560.0
SCENE_RECT = QRectF(0, 0, WIDTH, HEIGHT)

_SMOOTH = QEasingCurve(QEasingCurve.Type.InOutCubic)
_SETTLE = QEasingCurve(QEasingCurve.Type.OutCubic)


def clamp01(x: float) -> float:
    return 0.0 if x < 0 else 1.0 if x > 1 else x


def phase(p: float, start: float, end: float, settle: bool = False) -> float:
    """Eased progress of a step that runs from ``start`` to ``end`` of the scene."""
    f = clamp01((p - start) / (end - start)) if end > start else float(p >= start)
    return (_SETTLE if settle else _SMOOTH).valueForProgress(f)


def linear(p: float, start: float, end: float) -> float:
    return clamp01((p - start) / (end - start)) if end > start else float(p >= start)


def lerp(a: float, b: float, f: float) -> float:
    return a + (b - a) * f


def between(a: tuple[float, float], b: tuple[float, float], f: float) -> QPointF:
    return QPointF(a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)


def drift(x0: float, speed: float, p: float, left: float = -70, right: float = WIDTH + 70) -> float:
    """A position flowing right at ``speed`` scene units per scene, wrapping at the edges."""
    span = right - left
    return left + (x0 - left + speed * p) % span


def sway(p: float, amount: float, waves: float = 1.0, offset: float = 0.0) -> float:
    return amount * math.sin(2 * math.pi * (waves * p + offset))


class Layer(QGraphicsObject):
    """A parent that draws nothing; showing or hiding it shows or hides a scene."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        pass


class Kit:
    """What a scene needs to build itself: theme colours, words, tag font."""

    def __init__(self, ink: Ink, labels: Mapping[str, str], font: QFont) -> None:
        self.ink = ink
        self.labels = labels
        self.font = font
        self.missing: set[str] = set()

    def label(self, key: str) -> str:
        text = self.labels.get(key, "")
        if not text:
            self.missing.add(key)
        return text


class StoryScene:
    """Base for one scene of the story. Subclasses set ``legend`` and write
    ``build`` and ``pose``."""

    legend: tuple[str, ...] = ()

    def __init__(self, kit: Kit) -> None:
        self.kit = kit
        self.layer = Layer()
        self.layer.setVisible(False)
        self._actors: list[Actor] = []
        self._tags: list[Tag] = []
        self._groups: list[Layer] = []
        self._followers: list[tuple[Tag, QGraphicsItem, float, float]] = []
        self.build()
        self.frame(0.0)

    # -- building ---------------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def pose(self, p: float) -> None:
        raise NotImplementedError

    def frame(self, p: float) -> None:
        """Place everything for progress ``p``; words follow the actors they name."""
        self.pose(p)
        for tag, actor, dx, dy in self._followers:
            point = actor.mapToItem(self.layer, QPointF(0, 0))
            tag.setPos(point.x() + dx, point.y() + dy)
            self.show(tag, actor.opacity() if actor.isVisible() else 0.0)

    def add(
        self,
        actor: Actor,
        x: float = 0,
        y: float = 0,
        z: float = 0,
        parent: QGraphicsItem | None = None,
        scale: float = 1.0,
    ) -> Actor:
        actor.setParentItem(parent or self.layer)
        actor.setPos(x, y)
        actor.setZValue(z)
        if scale != 1.0:
            actor.setScale(scale)
        self._actors.append(actor)
        return actor

    def group(self, x: float, y: float, scale: float) -> Layer:
        """A close-up: children are drawn larger, with crisp edges at any zoom."""
        group = Layer(self.layer)
        group.setPos(x, y)
        group.setScale(scale)
        # Python owns the wrapper; keep it, or the group and its actors are deleted.
        self._groups.append(group)
        return group

    def tag(
        self,
        key: str,
        x: float,
        y: float,
        anchor: tuple[float, float] | None = None,
        parent: QGraphicsItem | None = None,
        follow: QGraphicsItem | None = None,
    ) -> Tag:
        """A word in the picture; ``anchor`` is the point it names, relative to the tag.

        With ``follow``, (x, y) is an offset from that actor, kept as it moves and fades.
        """
        point = QPointF(*anchor) if anchor is not None else None
        tag = Tag(self.kit.label(key), self.kit.ink, point, parent or self.layer)
        if follow is not None:
            self._followers.append((tag, follow, x, y))
        tag.set_font(self.kit.font)
        tag.setPos(x, y)
        tag.setZValue(50)
        self._tags.append(tag)
        return tag

    # -- theme ------------------------------------------------------------------

    def set_ink(self, ink: Ink) -> None:
        self.kit.ink = ink
        for actor in self._actors:
            actor.set_ink(ink)
        for tag in self._tags:
            tag.set_ink(ink)

    def set_tag_font(self, font: QFont) -> None:
        self.kit.font = font
        for tag in self._tags:
            tag.set_font(font)

    def item_count(self) -> int:
        return len(self._actors) + len(self._tags)

    @staticmethod
    def show(item: QGraphicsItem, opacity: float) -> None:
        """Fade an item; fully transparent items are hidden so they cost nothing."""
        item.setVisible(opacity > 0.01)
        item.setOpacity(opacity)
