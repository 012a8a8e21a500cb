"""Scenes set in the bloodstream: before treatment, making room, the infusion, on guard."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

from cartapp.ui.animation import actors as a
from cartapp.ui.animation import props
from cartapp.ui.animation.scene_base import (
    WIDTH,
    StoryScene,
    between,
    drift,
    linear,
    phase,
    sway,
)

# Red cells sprinkled along a vessel: (x, y offset from the vessel's middle).
_RED = [
    (40, -120),
    (170, 90),
    (260, -40),
    (380, 130),
    (470, -140),
    (560, 40),
    (650, -90),
    (760, 120),
    (860, -20),
    (950, 80),
]


class _FlowScene(StoryScene):
    """A scene inside a vessel with red cells drifting along."""

    vessel_y = 280.0
    vessel_h = 380.0
    flow = 110.0  # how far the blood moves during the scene

    def build_vessel(self, reds: int = len(_RED)) -> None:
        self.add(
            props.vessel(self.kit.ink, WIDTH + 80, self.vessel_h), WIDTH / 2, self.vessel_y, z=-10
        )
        self._reds = [
            self.add(a.red_cell(self.kit.ink), x, self.vessel_y + dy * self.vessel_h / 380, z=-5)
            for x, dy in _RED[:reds]
        ]

    def pose_vessel(self, p: float) -> None:
        for i, cell in enumerate(self._reds):
            x0, dy = _RED[i]
            cell.setPos(
                drift(x0, self.flow, p),
                self.vessel_y + dy * self.vessel_h / 380 + sway(p, 6, 1, i / 7),
            )


class Bloodstream(_FlowScene):
    legend = ("red_cell", "t_cell", "b_cell", "leukemia_cell")

    _T = [(120, -40), (430, 60), (720, -110), (880, 110)]
    _B = [(300, 120), (620, -30)]
    # Where each arriving leukemia cell settles, and when it arrives.
    _LEUK = [
        ((330, 200), 0.02),
        ((560, 330), 0.12),
        ((180, 360), 0.22),
        ((690, 210), 0.32),
        ((440, 390), 0.42),
        ((820, 320), 0.5),
        ((260, 170), 0.58),
    ]

    def build(self) -> None:
        ink = self.kit.ink
        self.build_vessel()
        # Healthy cells stay in front, so they can still be seen in the crowd.
        self._t = [self.add(a.t_cell(ink), x, 280 + dy, z=5) for x, dy in self._T]
        self._b = [self.add(a.b_cell(ink), x, 280 + dy, z=4) for x, dy in self._B]
        self._leuk = [
            self.add(a.leukemia_cell(ink, seed=i), -80, pos[1], z=3 + i * 0.01)
            for i, (pos, _) in enumerate(self._LEUK)
        ]
        self.tag("t_cell", 0, -64, anchor=(0, 36), follow=self._t[2])
        self.tag("b_cell", 0, 58, anchor=(0, -30), follow=self._b[0])
        self.tag("leukemia_cell", 0, -84, anchor=(0, 40), follow=self._leuk[1])

    def pose(self, p: float) -> None:
        self.pose_vessel(p)
        for i, cell in enumerate(self._t):
            x0, dy = self._T[i]
            cell.setPos(drift(x0, 130, p), 280 + dy + sway(p, 8, 1, i / 4))
        for i, cell in enumerate(self._b):
            x0, dy = self._B[i]
            cell.setPos(drift(x0, 120, p), 280 + dy + sway(p, 6, 1, i / 3))
        for i, cell in enumerate(self._leuk):
            (tx, ty), arrive = self._LEUK[i]
            f = phase(p, arrive, arrive + 0.38, settle=True)
            cell.setPos(between((-90, ty), (tx, ty), f))
            self.show(cell, 1.0 if f > 0 else 0.0)


class MakeRoom(_FlowScene):
    legend = ("chemo", "t_cell", "b_cell", "leukemia_cell", "red_cell")

    _WHITE = [
        ("t", 150, -60),
        ("t", 470, 120),
        ("t", 800, -120),
        ("b", 320, 90),
        ("b", 650, -20),
        ("t", 560, -140),
        ("b", 900, 60),
    ]
    _LEUK = [
        (260, 190, True),
        (610, 380, True),
        (420, 240, False),
        (760, 250, False),
        (880, 400, True),
    ]

    def build(self) -> None:
        ink = self.kit.ink
        self.flow = 60
        self.build_vessel()
        line = QPainterPath(QPointF(110, -20))
        line.lineTo(110, 115)
        self.add(props.tube(ink, line, 14), z=-9)
        self._white = [
            self.add(a.t_cell(ink) if kind == "t" else a.b_cell(ink), x, 280 + dy, z=2)
            for kind, x, dy in self._WHITE
        ]
        self._leuk = [
            self.add(a.leukemia_cell(ink, seed=i + 2), x, y, z=3)
            for i, (x, y, _) in enumerate(self._LEUK)
        ]
        self._drops = [self.add(a.drop(ink), 110, 110, z=4) for _ in range(9)]
        self.tag("chemo", 270, 40, anchor=(-150, 20))
        self._room = self.tag("room", 560, 300)

    def pose(self, p: float) -> None:
        self.pose_vessel(p)
        for i, drop in enumerate(self._drops):
            f = linear(p, 0.04 + i * 0.07, 0.34 + i * 0.07)
            start, end = (110, 120), (200 + i * 85, 170 + (i * 97) % 240)
            drop.setPos(between(start, end, f))
            self.show(drop, 1.0 if f > 0 else 0.0)
        for i, cell in enumerate(self._white):
            _, x, dy = self._WHITE[i]
            cell.setPos(x + 30 * p, 280 + dy + sway(p, 6, 1, i / 5))
            self.show(cell, 1 - phase(p, 0.3 + 0.05 * i, 0.55 + 0.05 * i))
        for i, cell in enumerate(self._leuk):
            x, y, stays = self._LEUK[i]
            cell.setPos(x + 20 * p, y)
            self.show(cell, 1.0 if stays else 1 - phase(p, 0.45 + 0.06 * i, 0.7 + 0.06 * i))
        self.show(self._room, phase(p, 0.82, 0.95))


class Infusion(_FlowScene):
    legend = ("car_t_cell", "red_cell")

    vessel_y = 410.0
    vessel_h = 250.0

    _IN_BAG = [(-22, -30), (22, -20), (-18, 20), (24, 30), (0, -2), (-5, 45), (10, -50), (0, 20)]
    _SPREAD = [
        (430, 370),
        (520, 450),
        (610, 360),
        (690, 440),
        (780, 380),
        (860, 460),
        (920, 360),
        (480, 410),
    ]

    def build(self) -> None:
        ink = self.kit.ink
        self.build_vessel(reds=7)
        self._tube = QPainterPath(QPointF(190, 210))
        self._tube.cubicTo(QPointF(190, 300), QPointF(300, 250), QPointF(350, 330))
        self.add(props.tube(ink, self._tube, 26), z=-4)
        self.add(props.bag(ink, 130, 160), 190, 110, z=-3)
        self._cells = [
            self.add(a.car_t_cell(ink), 190 + dx, 110 + dy, z=5, scale=0.42)
            for dx, dy in self._IN_BAG
        ]
        self.tag("bag", 380, 80, anchor=(-110, 20))
        self.tag("vein", 740, 255, anchor=(0, 40))

    def pose(self, p: float) -> None:
        self.pose_vessel(p)
        for i, cell in enumerate(self._cells):
            start = 0.04 + i * 0.085
            down = linear(p, start, start + 0.22)
            out = phase(p, start + 0.22, start + 0.42, settle=True)
            dx, dy = self._IN_BAG[i]
            if out <= 0:
                # Glide to the bag's outlet, then follow the tube down to the vein.
                if down < 0.2:
                    cell.setPos(between((190 + dx, 110 + dy), (190, 210), down / 0.2))
                else:
                    cell.setPos(self._tube.pointAtPercent((down - 0.2) / 0.8))
                cell.setScale(0.42)
            else:
                tx, ty = self._SPREAD[i]
                cell.setPos(between((350, 340), (tx + 40 * p, ty), out))
                cell.setScale(0.42 + 0.16 * out)


class OnGuard(_FlowScene):
    legend = ("car_t_cell", "red_cell")

    vessel_y = 205.0
    vessel_h = 300.0
    flow = 80.0

    _GUARDS = [(150, -50), (520, 60), (820, -40)]

    def build(self) -> None:
        ink = self.kit.ink
        self.build_vessel()
        self._guards = [
            self.add(a.car_t_cell(ink), x, 205 + dy, z=3, scale=0.8) for x, dy in self._GUARDS
        ]
        self.tag("car_t_cell", 0, -70, anchor=(0, 40), follow=self._guards[1])
        self.add(props.calendar(ink), 170, 465, z=1)
        self.add(props.calendar_page(ink), 170, 465, z=2)
        self._pages = [self.add(props.calendar_page(ink), 170, 465, z=3 + i) for i in range(3)]
        self.tag("months", 370, 465)
        self.add(props.monitor(ink), 830, 455, z=1, scale=0.72)
        self._beat = self.add(props.beat_dot(ink), 830, 455, z=2)
        self._beat_line = props.heartbeat_line()
        self.tag("checkups", 630, 465, anchor=(110, 0))

    def pose(self, p: float) -> None:
        self.pose_vessel(p)
        for i, cell in enumerate(self._guards):
            x0, dy = self._GUARDS[i]
            cell.setPos(drift(x0, 90, p), 205 + dy + sway(p, 14, 0.5, i / 3))
        # Pages come off the top one after another: time passing, slowly.
        for i, page in enumerate(reversed(self._pages)):
            f = phase(p, 0.12 + 0.27 * i, 0.32 + 0.27 * i)
            page.setPos(170 + 30 * f, 465 - 50 * f)
            self.show(page, 1 - f)
        point = self._beat_line.pointAtPercent((p * 2) % 1.0)
        self._beat.setPos(830 + 0.72 * point.x(), 455 + 0.72 * point.y())
