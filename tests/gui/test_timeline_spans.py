"""The treatment-steps track is honest about time: spans are bars over their true days,
single days are points at their day, and only the words move to keep clear.

Most checks measure the placement itself, in the app's own font at 100 % or 200 %,
without painting; a few click on the track."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont

from cartapp.model.timeline import PlanInputs, load_timeline_for
from cartapp.ui import region, theme
from cartapp.ui.app import load_fonts
from cartapp.ui.tabs.timeline import TimelineTab
from cartapp.ui.widgets.timeline_geometry import TrackGeometry

# Three rows of zones at 900 and 1400; all zones on one line at 2100.
WIDTHS = [900, 1400, 2100]


@pytest.fixture(scope="module")
def timeline():
    return load_timeline_for("en")


@pytest.fixture
def tab(qtbot, timeline):
    load_fonts()
    tab = TimelineTab(timeline)
    qtbot.addWidget(tab)
    return tab


@pytest.fixture
def uk():
    state = region.current()
    before = state.region
    state.set_region("uk")  # stay near 4 weeks, no driving 8 weeks
    yield
    state.set_region(before)


class Track:
    """The tab's steps placed at one width and text size, as the track would place them."""

    def __init__(self, tab: TimelineTab, width: int, scale: int = 100) -> None:
        track = tab._ui.track
        self.items, self.zones = track.items(), track._zones
        font = QFont(theme.FONT_FAMILY)
        font.setPixelSize(theme.text_px(scale))
        self.sizes = TrackGeometry(font, self.items, self.zones)
        self.geo = self.sizes.place(width)

    def index(self, label: str) -> int:
        return [it.label for it in self.items].index(label)

    def marks(self, label: str):
        return [m for m in self.geo.marks if m.item == self.index(label)]

    def zone(self, phase: str) -> int:
        return [z.phase for z in self.zones].index(phase)

    def x_of(self, zone: int):
        """x of a day on a zone's own scale, read from the ticks drawn there."""
        first, every = self.zones[zone].first_day, self.zones[zone].tick_days
        _row, xs = self.geo.ticks[zone]  # one tick list per zone, in zone order
        per_day = (xs[1] - xs[0]) / every
        return lambda day: xs[0] + (day - first) * per_day


@pytest.mark.parametrize("width", WIDTHS)
def test_every_mark_sits_on_its_true_days(tab, width):
    t = Track(tab, width)
    assert not t.geo.vertical
    assert (len(t.geo.lines) == 1) == (width == 2100)
    for mark in t.geo.marks:
        item, zone = t.items[mark.item], t.zones[mark.zone]
        x_of = t.x_of(mark.zone)
        first, last = max(item.start_day, zone.first_day), min(item.last_day, zone.last_day)
        assert abs(mark.x0 - x_of(first)) <= 1, item.label
        assert abs(mark.x1 - x_of(last)) <= 1, item.label
        assert mark.is_point == (item.start_day == item.last_day), item.label
        assert mark.open_left == (item.start_day < zone.first_day), item.label
        assert mark.open_right == (item.last_day > zone.last_day), item.label
    for item in t.items:
        assert t.marks(item.label), f"{item.label} is drawn"


@pytest.mark.parametrize("width", WIDTHS)
def test_spans_are_bars_from_start_to_end_day(tab, width):
    t = Track(tab, width)
    x_of = t.x_of(t.zone("around"))
    # Stay near and no driving run over the US rule's 14 days; the team gives the end.
    for label, start, end in [
        ("Chemo", -6, -3),
        ("Close watch", 0, 14),
        ("Stay near", 0, 14),
        ("No driving", 0, 14),
    ]:
        (bar,) = t.marks(label)
        assert not bar.is_point
        assert abs(bar.x0 - x_of(start)) <= 1, label
        assert abs(bar.x1 - x_of(end)) <= 1, label


@pytest.mark.parametrize("label, day", [("Central line", -36), ("Infusion", 0), ("Check-up", 28)])
@pytest.mark.parametrize("width", WIDTHS)
def test_single_days_are_points_at_their_day(tab, width, label, day):
    t = Track(tab, width)
    at = t.x_of(t.zone(t.items[t.index(label)].phase))(day)
    assert abs(t.geo.nodes[t.index(label)].x() - at) <= 1, "drawn at its day, never nudged"
    (point,) = t.marks(label)
    assert point.is_point and abs(point.x0 - at) <= 1


def test_the_regions_days_set_the_bars(uk, tab):
    t = Track(tab, 1400)
    around, after = t.zone("around"), t.zone("after")
    (stay,) = t.marks("Stay near")
    assert abs(stay.x1 - t.x_of(around)(28)) <= 1
    driving = {m.zone: m for m in t.marks("No driving")}
    assert driving[around].open_right and driving[after].open_left
    assert abs(driving[after].x1 - t.x_of(after)(56)) <= 1
    # Recovery follows the stay near the center: from Day +29, all after Day 28.
    (recovery,) = t.marks("Recovery")
    assert abs(recovery.x0 - t.x_of(after)(29)) <= 1


@pytest.mark.parametrize("width", WIDTHS)
def test_recovery_is_not_drawn_after_the_day_28_check_up(tab, width):
    t = Track(tab, width)
    recovery = t.items[t.index("Recovery")]
    assert recovery.start_day < 28 < recovery.last_day
    bars = sorted(t.marks("Recovery"), key=lambda m: m.zone)
    assert len(bars) == 2 and bars[0].open_right and bars[1].open_left
    (check_up,) = t.marks("Check-up")
    # Where it starts in time: an earlier zone, or further left in the same one.
    assert (bars[0].zone, bars[0].x0) < (check_up.zone, check_up.x0)
    assert bars[1].zone == check_up.zone and abs(bars[1].x0 - check_up.x0) <= 1


def test_a_bar_in_another_zone_is_named_there(tab, qtbot):
    tab.resize(1400, 800)
    tab.show()
    track = tab._ui.track
    track.resize(1400, track.heightForWidth(1400))
    geo = track._placement(1400)
    recovery = [it.label for it in track.items()].index("Recovery")
    (guest,) = geo.guests
    assert guest.item == recovery
    bar = next(m for m in geo.marks if m.item == recovery and m.zone == 1)
    assert bar.x0 <= guest.box.center().x() <= bar.x1 + track._geometry().radius * 4
    qtbot.mouseClick(track, Qt.MouseButton.LeftButton, pos=guest.box.center().toPoint())
    assert track.current_index() == recovery


@pytest.mark.parametrize("dates", [False, True])
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("width", [900, 1400])
def test_labels_never_overlap(tab, scale, width, dates):
    if dates:
        tab.set_plan_inputs(PlanInputs(infusion_date=dt.date(2027, 3, 3)))
    geo = Track(tab, width, scale).geo
    found = [*geo.boxes, *(g.box for g in geo.guests)]
    for a, first in enumerate(found):
        assert first.left() >= 0 and first.right() <= width, "the words stay on the track"
        for second in found[a + 1 :]:
            assert not first.intersects(second), (first, second)


@pytest.mark.parametrize("width", WIDTHS)
def test_marks_never_cover_each_other(tab, width):
    t = Track(tab, width)
    rects = [(m, t.geo.mark_rect(m, t.sizes.radius)) for m in t.geo.marks]
    for i, (m1, r1) in enumerate(rects):
        for m2, r2 in rects[i + 1 :]:
            if m1.row_top == m2.row_top:
                assert r1.intersected(r2).isEmpty(), (m1, m2)


def crosses(a1: QPointF, a2: QPointF, b1: QPointF, b2: QPointF) -> bool:
    def side(p, q, r):
        return (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x())

    return side(a1, a2, b1) * side(a1, a2, b2) < 0 and side(b1, b2, a1) * side(b1, b2, a2) < 0


@pytest.mark.parametrize("width", WIDTHS)
def test_leaders_join_each_mark_to_its_words_without_crossing(tab, width):
    t = Track(tab, width)
    geo = t.geo
    for index, item in enumerate(t.items):
        words = geo.texts[index]
        line = next(
            lead
            for lead in geo.leaders
            if abs(lead[-1].x() - words.center().x()) < 1 and 0 < words.top() - lead[-1].y() < 4
        )
        own = [geo.mark_rect(m, t.sizes.radius).adjusted(-1, -1, 1, 1) for m in t.marks(item.label)]
        assert any(rect.contains(line[0]) for rect in own), item.label
    segments = [(a, b) for lead in geo.leaders for a, b in zip(lead, lead[1:], strict=False)]
    for i, (a1, a2) in enumerate(segments):
        for b1, b2 in segments[i + 1 :]:
            assert not crosses(a1, a2, b1, b2), (a1, a2, b1, b2)


def test_with_the_familys_dates_a_span_shows_both(tab):
    tab.set_plan_inputs(PlanInputs(infusion_date=dt.date(2027, 3, 3), stay_near_days=14))
    t = Track(tab, 1400)
    items = {it.label: it for it in t.items}
    assert items["Stay near"].date_text == "Mar 3 \u2013 Mar 17"
    assert items["Close watch"].date_text == "Mar 3 \u2013 Mar 17"
    assert items["Infusion"].date_text == "Mar 3"
    # ... and the words drawn on the track carry them, across or down.
    for vertical in (False, True):
        drawn = " ".join(text for text, _ in t.sizes.lines(items["Stay near"], vertical))
        assert "Mar\u00a03 \u2013 Mar\u00a017" in drawn


def test_clicking_anywhere_on_a_bar_selects_its_step(tab, qtbot):
    tab.resize(1400, 800)
    tab.show()
    track = tab._ui.track
    track.resize(1400, track.heightForWidth(1400))
    geo = track._placement(1400)
    close = [it.label for it in track.items()].index("Close watch")
    (bar,) = [m for m in geo.marks if m.item == close]
    rect = geo.mark_rect(bar, track._geometry().radius)
    for share in (0.05, 0.5, 0.95):
        track.set_current(0)
        at = QPoint(int(rect.left() + rect.width() * share), int(rect.center().y()))
        qtbot.mouseClick(track, Qt.MouseButton.LeftButton, pos=at)
        assert track.current_index() == close


@pytest.mark.parametrize("scale", [100, 200])
def test_the_vertical_list_draws_spans_as_bars(tab, scale):
    t = Track(tab, 320, scale)
    assert t.geo.vertical
    for index, item in enumerate(t.items):
        if item.last_day != item.start_day:
            bar = t.geo.vbars[index]
            assert bar.height() > bar.width(), item.label
            assert t.geo.hits[index].contains(bar.center()), item.label
        else:
            assert index not in t.geo.vbars, item.label
    assert t.items[t.index("Close watch")].day_text == "Day 0 to Day +14"
