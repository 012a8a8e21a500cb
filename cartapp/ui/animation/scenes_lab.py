"""Scenes outside the body: collecting T cells, the lab, the CAR, growing and shipping."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem

from cartapp.ui.animation import actors as a
from cartapp.ui.animation import props
from cartapp.ui.animation import shapes as sh
from cartapp.ui.animation.scene_base import StoryScene, between, phase, sway


def _curve(*points: tuple[float, float]) -> QPainterPath:
    start, c1, c2, end = (QPointF(*pt) for pt in points)
    path = QPainterPath(start)
    path.cubicTo(c1, c2, end)
    return path


class Collection(StoryScene):
    legend = ("red_cell", "t_cell")

    def build(self) -> None:
        ink = self.kit.ink
        self._out = _curve((240, 322), (330, 240), (400, 200), (475, 215))
        self._back = _curve((475, 300), (380, 420), (300, 400), (242, 338))
        self._keep = _curve((645, 230), (720, 190), (830, 230), (830, 330))
        for path in (self._out, self._back, self._keep):
            self.add(props.tube(ink, path, 28), z=-2)
        self.add(props.person(ink), 140, 310, z=-1)
        self.add(props.machine(ink), 560, 250)
        self._wheel = self.add(props.wheel(ink), 560, 245, z=1)
        self._wheel.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # it turns every frame
        self.add(props.bag(ink, 110, 150), 830, 410, z=1)
        small = 0.42
        self._going = [
            self.add(
                a.t_cell(ink) if i % 2 else a.red_cell(ink), z=3, scale=small if i % 2 else 0.6
            )
            for i in range(6)
        ]
        self._returning = [self.add(a.red_cell(ink), z=3, scale=0.6) for _ in range(4)]
        self._kept = [self.add(a.t_cell(ink), z=3, scale=small) for _ in range(3)]
        self._in_bag = [
            self.add(a.t_cell(ink), 830 + dx, 410 + dy, z=2, scale=small)
            for dx, dy in ((-25, 40), (20, 45), (-5, 5), (28, 0), (-28, -30), (15, -40))
        ]
        self.tag("child", 140, 145)
        self.tag("machine", 560, 135)
        self.tag("kept", 830, 528, anchor=(0, -40))
        self.tag("returned", 340, 470, anchor=(4, -80))

    def pose(self, p: float) -> None:
        self._wheel.setRotation(540 * p)
        for path, cells in (
            (self._out, self._going),
            (self._back, self._returning),
            (self._keep, self._kept),
        ):
            for k, cell in enumerate(cells):
                cell.setPos(path.pointAtPercent((k / len(cells) + 0.9 * p) % 1.0))
        for k, cell in enumerate(self._in_bag):
            self.show(cell, phase(p, 0.1 + 0.13 * k, 0.2 + 0.13 * k))


class Lab(StoryScene):
    legend = ("t_cell", "virus")

    _CELLS = [(260, 365), (500, 385), (740, 365)]
    SIZE = 1.5

    def build(self) -> None:
        ink = self.kit.ink
        self.add(props.dish(ink, 800, 240), 500, 340, z=-2)
        self._cells = [self.add(a.t_cell(ink), x, y, scale=self.SIZE) for x, y in self._CELLS]
        self._viruses = [
            self.add(a.virus(ink, with_gene=False), z=3, scale=1.3) for _ in self._CELLS
        ]
        self._genes = [self.add(a.gene(ink), z=4, scale=1.5) for _ in self._CELLS]
        self.tag("lab", 170, 170, anchor=(0, 35))
        self.tag("virus", 0, -72, anchor=(0, 40), follow=self._viruses[0])
        self._gene_tag = self.tag("car_gene", 260, 495, anchor=(0, -128))
        self.tag("t_cell", 740, 495, anchor=(0, -82))

    def pose(self, p: float) -> None:
        for i, (virus, gene) in enumerate(zip(self._viruses, self._genes, strict=True)):
            x, y = self._CELLS[i]
            start = 0.05 + 0.12 * i
            touch = (x + 18, y - 74)
            come = phase(p, start, start + 0.32, settle=True)
            at = between((x + 130, 245), touch, come)
            virus.setPos(at.x(), at.y() + sway(p, 4, 1.5, i / 3) * (1 - come))
            enter = phase(p, start + 0.36, start + 0.5)
            gene.setPos(between((virus.x(), virus.y()), (x + 2, y + 1), enter))
            self.show(virus, 1 - phase(p, start + 0.48, start + 0.6))
        self.show(self._gene_tag, phase(p, 0.5, 0.6))


class Car(StoryScene):
    legend = ("car_t_cell", "car", "cd19", "leukemia_cell")

    ZOOM = 3.0
    CENTRE = (300.0, 290.0)

    def build(self) -> None:
        ink = self.kit.ink
        group = self.group(*self.CENTRE, self.ZOOM)
        self.add(a.t_cell(ink), parent=group)
        self._hands = []
        for angle in a.CAR_ANGLES:
            hand = self.add(a.car_hand(ink), z=-1, parent=group)
            hand.setRotation(angle)
            self._hands.append(hand)
        # A leukemia cell drifts in until its CD19 marker rests in the first hand's fork.
        self._target = self.add(a.leukemia_cell(ink, (180, 120, 240), seed=2), z=1, parent=group)
        self._dock = sh.dock_distance(sh.leukemia_radius(math.pi, seed=2))
        self._cell_tag = self.tag("t_cell", 300, 515, anchor=(0, -138))
        self._names = (self.kit.label("t_cell"), self.kit.label("car_t_cell"))
        hand_tip = self._scene_point(46, -72)
        self._car_tag = self.tag("car", 520, 80, anchor=(hand_tip.x() - 520, hand_tip.y() - 80))
        self._cd19_tag = self.tag("cd19", 0, 0, anchor=(0, 70))

    def _scene_point(self, radius: float, angle_deg: float) -> QPointF:
        t = math.radians(angle_deg)
        cx, cy = self.CENTRE
        return QPointF(cx + self.ZOOM * radius * math.cos(t), cy + self.ZOOM * radius * math.sin(t))

    def pose(self, p: float) -> None:
        for i, hand in enumerate(self._hands):
            # Each hand starts just under the surface, so it shows as soon as it grows.
            grow = phase(p, 0.03 + 0.07 * i, 0.23 + 0.07 * i, settle=True)
            r = sh.T_RADIUS - 2 - 17 * (1 - grow)
            t = math.radians(a.CAR_ANGLES[i])
            hand.setPos(r * math.cos(t), r * math.sin(t))
        slide = phase(p, 0.5, 0.88, settle=True)
        x = self._dock + 150 * (1 - slide)
        self._target.setPos(x, 0)
        # The marker at 180 degrees is the one facing the hand.
        cx, cy = self.CENTRE
        marker_x = x - sh.leukemia_radius(math.pi, seed=2) - sh.CD19_LENGTH / 2
        self._cd19_tag.setPos(cx + self.ZOOM * marker_x, cy - 110)
        # Once it has its hands, it has a new name.
        self._cell_tag.set_text(self._names[1] if p >= 0.45 else self._names[0])
        self.show(self._car_tag, phase(p, 0.35, 0.45))


class Grow(StoryScene):
    """Left to right: the dish fills up, a bag is frozen, the bag goes to the hospital."""

    legend = ("car_t_cell",)

    _DOUBLINGS = 5
    DISH = (300.0, 300.0)

    def build(self) -> None:
        ink = self.kit.ink
        self.add(props.dish(ink, 520, 330), *self.DISH, z=-2)
        grid = [(80 + col * 63, 185 + row * 76) for row in range(4) for col in range(8)]
        # The first cell sits in the middle, so copies spread out from it.
        grid.sort(key=lambda pt: (pt[0] - self.DISH[0]) ** 2 + (pt[1] - self.DISH[1]) ** 2)
        self._grid = grid
        self._cells = [self.add(a.car_t_cell(ink), x, y, scale=0.42) for x, y in grid]
        self._millions = self.tag("millions", self.DISH[0], 95)
        self._bag = self.group(650, 300, 1.0)
        self.add(props.bag(ink, 120, 160), parent=self._bag)
        for dx, dy in ((-25, 35), (22, 40), (-20, -20), (25, -25), (0, 8)):
            self.add(a.car_t_cell(ink), dx, dy, z=1, parent=self._bag, scale=0.4)
        self._flake = self.add(props.snowflake(ink), 58, -78, z=2, parent=self._bag)
        self._frozen = self.tag("frozen", 0, 128, parent=self._bag)
        self._hospital = self.add(props.hospital(ink), 895, 320, scale=0.85)
        self._hospital_tag = self.tag("hospital", 895, 180)

    def pose(self, p: float) -> None:
        born = 1
        for j in range(1, self._DOUBLINGS + 1):
            f = phase(p, 0.03 + 0.09 * (j - 1), 0.03 + 0.09 * j)
            if f <= 0:
                break
            half = born
            born *= 2
            for i in range(half, born):
                self._cells[i].setPos(between(self._grid[i - half], self._grid[i], f))
        for i, cell in enumerate(self._cells):
            self.show(cell, 1.0 if i < born else 0.0)
        self.show(self._millions, phase(p, 0.42, 0.5))
        self.show(self._bag, phase(p, 0.52, 0.6))
        self.show(self._flake, phase(p, 0.62, 0.7))
        self.show(self._frozen, phase(p, 0.62, 0.7))
        self.show(self._hospital, phase(p, 0.68, 0.78))
        self.show(self._hospital_tag, phase(p, 0.68, 0.78))
        self._bag.setPos(650 + 95 * phase(p, 0.76, 0.96), 300)
