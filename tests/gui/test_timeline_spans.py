"""The treatment-steps track is honest about time: spans are bars over their true days,
single days are points at their day, and only the words move to keep clear."""

from __future__ import annotations

import datetime as dt

import pytest

from cartapp.model.timeline import PlanInputs
from cartapp.ui.tabs.timeline import TimelineTab


@pytest.fixture
def tab(qtbot, make_main_window):
    window = make_main_window(persist=False)
    window.show()
    return window.show_tab("timeline")


def placement(tab: TimelineTab, width: int):
    track = tab._ui.track
    track.resize(width, track.heightForWidth(width))
    return track, track._placement(width)


def index_of(track, label: str) -> int:
    return [it.label for it in track.items()].index(label)


def around_x(track, geo):
    """x of each day on the 'around' zone's scale, whose ticks fall on every day."""
    zone = [z.phase for z in track._zones].index("around")
    first = track._zones[zone].first_day
    _row, xs = geo.ticks[zone]  # one tick list per zone, in zone order
    return zone, (lambda day: xs[day - first])


@pytest.mark.parametrize("width", [900, 1400])
def test_spans_are_bars_over_their_true_days(tab, width):
    track, geo = placement(tab, width)
    assert not geo.vertical
    zone, x_of = around_x(track, geo)
    last = track._zones[zone].last_day
    for label in ("Chemo", "Close watch", "Stay near", "No driving"):
        index = index_of(track, label)
        item = track.items()[index]
        bar = next(m for m in geo.marks if m.item == index and m.zone == zone)
        assert not bar.is_point
        assert abs(bar.x0 - x_of(item.start_day)) <= 1, label
        assert abs(bar.x1 - x_of(min(item.last_day, last))) <= 1, label


def test_single_days_are_points_at_their_day(tab):
    track, geo = placement(tab, 1400)
    infusion = index_of(track, "Infusion")
    point = next(m for m in geo.marks if m.item == infusion)
    assert point.is_point
    _zone, x_of = around_x(track, geo)
    assert abs(point.x0 - x_of(0)) <= 1
    assert abs(geo.nodes[infusion].x() - point.x0) <= 1


def test_a_span_across_two_zones_has_a_bar_in_each(tab):
    track, geo = placement(tab, 1400)
    recovery = track.items()[index_of(track, "Recovery")]
    assert recovery.start_day < 28 < recovery.last_day
    bars = [m for m in geo.marks if m.item == index_of(track, "Recovery")]
    assert len(bars) == 2 and bars[0].open_right and bars[1].open_left
    check_up = next(m for m in geo.marks if m.item == index_of(track, "Check-up"))
    # Recovery starts before the Day 28 check-up, as its days say.
    assert min(b.x0 for b in bars) < check_up.x0


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("width", [900, 1400])
def test_labels_never_overlap(make_main_window, scale, width):
    window = make_main_window(persist=False)
    window.show()
    window.set_text_scale(scale)
    tab = window.show_tab("timeline")
    _track, geo = placement(tab, width)
    boxes = geo.boxes
    for a in range(len(boxes)):
        for b in range(a + 1, len(boxes)):
            assert (
                not boxes[a].intersected(boxes[b]).isValid()
                or boxes[a].intersected(boxes[b]).isEmpty()
            ), (a, b)


def test_marks_never_cover_each_other(tab):
    track, geo = placement(tab, 1400)
    radius = track._geometry().radius
    rects = [(m, geo.mark_rect(m, radius)) for m in geo.marks]
    for i, (m1, r1) in enumerate(rects):
        for m2, r2 in rects[i + 1 :]:
            if m1.row_top == m2.row_top:
                assert r1.intersected(r2).isEmpty(), (m1, m2)


def test_with_the_familys_dates_a_span_shows_both(tab):
    tab.set_plan_inputs(PlanInputs(infusion_date=dt.date(2027, 3, 3), stay_near_days=14))
    items = {it.label: it for it in tab._ui.track.items()}
    assert items["Stay near"].date_text == "Mar 3 \u2013 Mar 17"
    assert items["Infusion"].date_text == "Mar 3"


def test_clicking_anywhere_on_a_bar_selects_its_step(tab, qtbot):
    from PySide6.QtCore import QPoint, Qt

    track, geo = placement(tab, 1400)
    radius = track._geometry().radius
    close = index_of(track, "Close watch")
    bar = next(m for m in geo.marks if m.item == close)
    rect = geo.mark_rect(bar, radius)
    qtbot.mouseClick(
        track,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.left() + rect.width() * 0.8), int(rect.center().y())),
    )
    assert track.current_index() == close
