"""Scenes of the CAR T cells at work: finding leukemia, side effects, B cells, hiding."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath, QTransform
from PySide6.QtWidgets import QGraphicsItem

from cartapp.ui.animation import actors as a
from cartapp.ui.animation import props
from cartapp.ui.animation import shapes as sh
from cartapp.ui.animation.scene_base import StoryScene, between, linear, phase, sway
from cartapp.ui.animation.scenes_blood import _FlowScene


def _dock_x(target_x: float, target_radius: float) -> float:
    """Where a CAR T cell's centre sits when its first hand holds the marker facing it."""
    return target_x - sh.dock_distance(target_radius)


class Seek(StoryScene):
    legend = ("car_t_cell", "car", "cd19", "leukemia_cell")

    ZOOM = 1.4
    SHIFT = -100.0  # centres the last frame, where the copies spread out
    TARGET = (430.0, 200.0)
    _COPIES = [((420, 95), 0.64, 0), ((300, 310), 0.8, 0), ((560, 250), 0.8, 1)]
    _FAR = [(660, 55, 4), (665, 345, 5)]

    def build(self) -> None:
        ink = self.kit.ink
        group = self.group(self.SHIFT, 0, self.ZOOM)
        tx, ty = self.TARGET
        self._dock = (_dock_x(tx, sh.leukemia_radius(math.pi, seed=1)), ty)
        for x, y, seed in self._FAR:
            self.add(a.leukemia_cell(ink, seed=seed), x, y, z=-1, parent=group)
        self._leuk = self.add(
            a.leukemia_cell(ink, (180, 50, 110, 250, 310), seed=1), tx, ty, parent=group
        )
        self._pieces = [self.add(a.fragment(ink, k), tx, ty, z=1, parent=group) for k in range(9)]
        self._t = self.add(a.car_t_cell(ink), z=2, parent=group)
        self._copies = [self.add(a.car_t_cell(ink), z=2, parent=group) for _ in self._COPIES]
        z = self.ZOOM
        self.tag("car_t_cell", 0, -100, anchor=(0, 62), follow=self._t)
        self.tag("leukemia_cell", 0, -118, anchor=(0, 62), follow=self._leuk)
        marker = (tx + 58 * math.cos(math.radians(110)), ty + 58 * math.sin(math.radians(110)))
        self._cd19_tag = self.tag(
            "cd19", marker[0] * z + self.SHIFT - 90, marker[1] * z + 50, anchor=(90 - 4, -46)
        )
        contact = (self._dock[0] + sh.T_RADIUS + 20) * z + self.SHIFT
        self._lock_tag = self.tag("lock", contact, ty * z + 120, anchor=(0, -96))

    def pose(self, p: float) -> None:
        come = phase(p, 0.0, 0.32, settle=True)
        start = (60.0, 300.0)
        pos = between(start, self._dock, come)
        self._t.setPos(pos.x(), pos.y() + sway(p, 10, 1) * (1 - come))
        self.show(self._lock_tag, phase(p, 0.32, 0.38) * (1 - phase(p, 0.62, 0.7)))
        gone = phase(p, 0.45, 0.62)
        self.show(self._leuk, 1 - gone)
        self._leuk.setScale(1 + 0.12 * gone)
        self.show(self._cd19_tag, 1 - phase(p, 0.3, 0.4))
        tx, ty = self.TARGET
        burst = phase(p, 0.46, 0.78, settle=True)
        for k, piece in enumerate(self._pieces):
            angle = 2 * math.pi * k / len(self._pieces) + 0.3
            piece.setPos(tx + 95 * burst * math.cos(angle), ty + 95 * burst * math.sin(angle))
            # A faint trace of the pieces stays, so the last frame still tells what happened.
            self.show(piece, (1.0 if burst > 0 else 0.0) * (1 - 0.7 * phase(p, 0.6, 0.8)))
        points = [self._dock]
        for (target, born, parent), cell in zip(self._COPIES, self._copies, strict=True):
            f = phase(p, born, born + 0.14, settle=True)
            origin = points[parent]
            cell.setPos(between(origin, target, f))
            self.show(cell, 1.0 if f > 0 else 0.0)
            points.append(target)


class SideEffects(StoryScene):
    legend = ("car_t_cell", "leukemia_cell", "cytokine")

    _PAIRS = [(300, 180, 6), (545, 300, 7), (290, 410, 8)]
    _SPARKS = 24

    def build(self) -> None:
        ink = self.kit.ink
        self.add(props.body_window(ink, 660, 460), 335, 290, z=-10)
        self._sources = []
        for x, y, seed in self._PAIRS:
            self.add(a.leukemia_cell(ink, seed=seed), x, y)
            dock = _dock_x(x, sh.leukemia_radius(math.pi, seed=seed))
            self.add(a.car_t_cell(ink), dock, y, z=1)
            self._sources.append((dock, y))
        self._sparks = [self.add(a.cytokine(ink), z=3, scale=1.4) for _ in range(self._SPARKS)]
        self.tag("cytokines", 0, -44, anchor=(0, 28), follow=self._sparks[1])
        self.add(props.thermometer(ink), 760, 310)
        self.add(a.Actor("bulb", [a.Part(sh.circle(17), sh.CYTOKINE, False)], ink), 760, 332, z=1)
        self._column = self.add(
            a.Actor(
                "mercury",
                [a.Part(sh.rounded(QRectF(-7, -100, 14, 104), 7), sh.CYTOKINE, False)],
                ink,
            ),
            760,
            332,
            z=1,
        )
        self._column.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # it grows every frame
        self.add(props.monitor(ink), 905, 300, scale=0.75)
        self._beat = self.add(props.beat_dot(ink), 905, 300, z=2)
        self._beat_line = props.heartbeat_line()
        self.tag("fever", 760, 150, anchor=(0, 46))
        self.tag("team", 905, 205, anchor=(0, 40))

    def pose(self, p: float) -> None:
        for k, spark in enumerate(self._sparks):
            sx, sy = self._sources[k % len(self._sources)]
            born = 0.04 + 0.6 * k / self._SPARKS
            f = phase(p, born, born + 0.35, settle=True)
            angle = math.radians(k * 137.5 - 60)
            reach = 40 + 150 * f
            x = min(max(sx + reach * math.cos(angle), 30), 640)
            y = min(max(sy + reach * math.sin(angle), 85), 495)
            spark.setPos(x, y)
            spark.setRotation(90 * f)
            self.show(spark, 1.0 if f > 0 else 0.0)
        level = 0.3 + 0.7 * phase(p, 0.25, 0.8)
        self._column.setTransform(QTransform.fromScale(1, level))
        point = self._beat_line.pointAtPercent((p * 2.5) % 1.0)
        self._beat.setPos(905 + 0.75 * point.x(), 300 + 0.75 * point.y())


class BCells(_FlowScene):
    legend = ("b_cell", "cd19", "car_t_cell", "antibodies", "red_cell")

    vessel_y = 360.0
    vessel_h = 330.0
    _B = [(330, 300), (560, 440), (760, 300), (210, 450)]

    def build(self) -> None:
        ink = self.kit.ink
        self.build_vessel(reds=8)
        # Faint outlines stay where B cells were, so the picture shows they are gone.
        self._ghosts = [
            self.add(a.Actor("ghost", [a.Part(sh.circle(sh.B_RADIUS), None)], ink), x, y)
            for x, y in self._B
        ]
        self._b = [self.add(a.b_cell(ink), x, y, z=1) for x, y in self._B]
        self._t = [self.add(a.car_t_cell(ink), z=2) for _ in self._B[:3]]
        self.add(props.tube(ink, _line(870, 150, 870, 225), 14), z=-4)
        self.add(props.bag(ink, 90, 110), 870, 90, z=-3)
        self._drops = [self.add(a.drop(ink, "antibodies"), z=3) for _ in range(10)]
        self.tag("b_cell", 0, -66, anchor=(0, 38), follow=self._b[2])
        self.tag("antibodies", 700, 70, anchor=(120, 20))

    def pose(self, p: float) -> None:
        self.pose_vessel(p)
        for i, cell in enumerate(self._t):
            bx, by = self._B[i]
            come = phase(p, 0.03 + 0.07 * i, 0.33 + 0.07 * i, settle=True)
            after = phase(p, 0.62, 1.0)
            x = between((-60, by - 40), (bx - sh.dock_distance(sh.B_RADIUS), by), come).x()
            y = by - 40 * (1 - come)
            cell.setPos(x + 60 * after, y)
        for i, (cell, ghost) in enumerate(zip(self._b, self._ghosts, strict=True)):
            gone = phase(p, 0.42 + 0.05 * i, 0.6 + 0.05 * i)
            self.show(cell, 1 - gone)
            self.show(ghost, 0.45 * gone)
        for k, drop in enumerate(self._drops):
            born = 0.5 + 0.045 * k
            f = linear(p, born, born + 0.3)
            target = (820 - 62 * k, 250 + (k * 67) % 240)
            drop.setPos(between((870, 225), target, f))
            self.show(drop, 1.0 if f > 0 else 0.0)


class Hiding(_FlowScene):
    legend = ("car_t_cell", "leukemia_cell", "red_cell")

    CENTRE = (560.0, 290.0)
    ORBIT = 165.0

    def build(self) -> None:
        ink = self.kit.ink
        self.build_vessel()
        self.add(a.leukemia_cell(ink, markers=(), seed=3, scale=1.4), *self.CENTRE, z=1)
        self._t = self.add(a.car_t_cell(ink), z=2)
        self._t.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # it turns to search
        self.tag("no_cd19", 560, 495, anchor=(0, -125))
        self.tag("car_t_cell", 0, -82, anchor=(0, 44), follow=self._t)

    def pose(self, p: float) -> None:
        self.pose_vessel(p)
        cx, cy = self.CENTRE
        come = phase(p, 0.0, 0.32)
        search = phase(p, 0.32, 0.7)
        leave = phase(p, 0.7, 1.0)
        if search <= 0:
            pos = between((90, 200), (cx - self.ORBIT, cy), come)
            facing = 0.0
        elif leave <= 0:
            angle = math.radians(180 + 120 * search)
            pos = between(
                (cx, cy), (cx + self.ORBIT * math.cos(angle), cy + self.ORBIT * math.sin(angle)), 1
            )
            facing = math.degrees(angle) + 180
        else:
            start = (
                cx + self.ORBIT * math.cos(math.radians(300)),
                cy + self.ORBIT * math.sin(math.radians(300)),
            )
            pos = between(start, (860, 200), leave)
            facing = 120 * (1 - leave)
        self._t.setPos(pos)
        self._t.setRotation(facing)


def _line(x1: float, y1: float, x2: float, y2: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(x1, y1)
    path.lineTo(x2, y2)
    return path
