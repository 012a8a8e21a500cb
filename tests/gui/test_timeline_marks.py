"""The track's geometry rules on their own, with no window: marks stay on their days,
lanes keep them apart, and only the words move."""

from __future__ import annotations

from cartapp.ui.widgets.timeline_labels import Label, leaders, spread
from cartapp.ui.widgets.timeline_marks import Mark, assign_lanes, zone_marks


def at(day: int) -> float:
    return 100.0 + 10.0 * day  # a zone from Day 0 at x=100, 10 px a day


def test_a_span_is_a_bar_over_its_days_and_a_day_a_point():
    marks = zone_marks(0, 0, 28, at, [(0, 14, True), (7, 7, True), (-6, -3, True)])
    bar, point = marks  # the chemo days lie outside this zone: nothing drawn here
    assert (bar.x0, bar.x1) == (at(0), at(14)) and not bar.is_point
    assert (point.x0, point.x1) == (at(7), at(7)) and point.is_point


def test_a_span_past_a_zones_edge_is_cut_there_and_says_so():
    (bar,) = zone_marks(0, 0, 28, at, [(15, 90, False)])
    assert (bar.x0, bar.x1) == (at(15), at(28))
    assert bar.open_right and not bar.open_left
    (rest,) = zone_marks(1, 28, 365, at, [(15, 90, True)])
    assert rest.open_left and rest.x0 == at(28) and rest.x1 == at(90)


def test_a_span_only_touching_a_zones_edge_is_drawn_in_its_own_zone_only():
    assert zone_marks(0, -7, 28, at, [(-56, -7, False)]) == []


def test_overlapping_bars_take_separate_lanes_and_points_stay_on_the_line():
    marks = [Mark(0, 0, at(0), at(14)), Mark(1, 0, at(0), at(14)), Mark(2, 0, at(0), at(0))]
    lanes = assign_lanes(marks, room=5, radius=8)
    assert lanes == 3
    assert marks[2].lane == 0, "a single day stays on the line"
    assert {marks[0].lane, marks[1].lane} == {1, 2}
    assert [(m.x0, m.x1) for m in marks] == [(at(0), at(14))] * 2 + [(at(0), at(0))]


def test_words_are_pushed_apart_but_marks_never_move():
    marks = [Mark(i, 0, at(0), at(14), lane=i) for i in range(3)]
    labels = [Label(i, marks[i], height=20, used=80) for i in range(3)]
    order = spread(labels, left=100, right=400, pad=10)
    xs = [label.x for label in order]
    assert xs == sorted(xs)
    assert all(b - a >= 90 - 1e-9 for a, b in zip(xs, xs[1:], strict=False))
    assert xs[0] - 45 >= 100 and xs[-1] + 45 <= 400
    assert all((m.x0, m.x1) == (at(0), at(14)) for m in marks)


def test_leaders_of_stacked_bars_leave_apart_and_in_the_words_order():
    marks = [Mark(i, 0, at(0), at(14), lane=i) for i in range(3)]
    labels = [Label(i, marks[i], height=20, used=40, x=x) for i, x in enumerate([150, 260, 400])]
    lines = leaders(labels, lambda m: 50.0 + 20 * m.lane, below=120, text_top=140, gap=16)
    starts = [points[0].x() for _mark, points in lines]
    assert starts == sorted(starts)
    assert all(b - a >= 16 - 1e-9 for a, b in zip(starts, starts[1:], strict=False))
    for (mark, points), label in zip(lines, labels, strict=True):
        assert mark.x0 <= points[0].x() <= mark.x1, "a leader leaves its own bar"
        assert points[0].y() == 50.0 + 20 * mark.lane
        assert (points[-1].x(), points[-1].y()) == (label.x, 138)
