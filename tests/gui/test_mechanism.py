"""The "How it works" tab: stepping, playing, pausing, stills, keys and words.

Time is driven through the tab's own clock (``set_time_ms``, ``go_to_scene``,
``clock.advance``), so no test sleeps; waits are on signals or conditions.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage

from cartapp.model.story import Scene, Story, load_story_for
from cartapp.ui import theme
from cartapp.ui.tabs.mechanism import MechanismTab


@pytest.fixture(scope="module")
def story():
    return load_story_for("en")


@pytest.fixture
def tab(qtbot, story):
    widget = MechanismTab(story)
    qtbot.addWidget(widget)
    widget.set_reduced_motion(False)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def frame(tab) -> QImage:
    return tab.view.grab_frame(320)


def same_picture(a: QImage, b: QImage) -> bool:
    """Equal but for edge smoothing: moving items keep cached pixmaps (for speed),
    so where a cell was first drawn can shift its anti-aliasing by a fraction of a pixel."""
    step = 2
    differing = total = 0
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            total += 1
            ca, cb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            if (
                max(
                    abs(ca.red() - cb.red()),
                    abs(ca.green() - cb.green()),
                    abs(ca.blue() - cb.blue()),
                )
                > 60
            ):
                differing += 1
    return differing / total < 0.01


def let_events_run(qtbot, ms=120):
    """Process events for a while, by waiting on a timer rather than sleeping."""
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=ms + 2000):
        timer.start(ms)


def test_starts_paused_on_the_first_frame(qtbot, tab, story):
    assert not tab.is_playing()
    assert tab.time_ms() == 0
    assert tab.current_scene() == 0
    assert tab.captions.caption.text() == story.scenes[0].caption
    assert tab.captions.counter.text() == f"Scene 1 of {len(story.scenes)}"
    let_events_run(qtbot)
    assert tab.time_ms() == 0 and not tab.is_playing()


def test_every_scene_has_its_own_picture_and_words(tab, story):
    pictures = []
    for index, scene in enumerate(story.scenes):
        tab.go_to_scene(index)
        tab.set_time_ms(story.scene_start_ms(index) + scene.duration_ms * 0.6)
        assert tab.current_scene() == index
        assert tab.captions.title.text() == scene.title
        assert tab.captions.caption.text() == scene.caption
        assert tab.view.accessibleDescription() == scene.description
        assert tab.controls.scenes.currentIndex() == index
        assert tab.legend.keys(), f"scene {scene.id} has no legend"
        pictures.append((scene.id, frame(tab)))
    for n, (one, first) in enumerate(pictures):
        for other, second in pictures[n + 1 :]:
            assert not same_picture(first, second), (one, other)


def test_a_moment_always_looks_the_same(tab, story):
    moment = story.scene_start_ms(7) + 2345
    tab.set_time_ms(moment)
    first = frame(tab)
    tab.set_time_ms(story.scene_start_ms(2) + 100)
    assert not same_picture(frame(tab), first)
    tab.set_time_ms(moment)
    assert same_picture(frame(tab), first)


def test_scenes_move_within_themselves(tab, story):
    for index, scene in enumerate(story.scenes):
        start = story.scene_start_ms(index)
        tab.set_time_ms(start)
        early = frame(tab)
        tab.set_time_ms(start + scene.duration_ms * 0.7)
        assert not same_picture(frame(tab), early), scene.id


def test_pause_freezes_time(qtbot, tab):
    tab.play()
    qtbot.waitUntil(lambda: tab.time_ms() > 0, timeout=3000)
    tab.pause()
    frozen = tab.time_ms()
    let_events_run(qtbot)
    assert not tab.is_playing()
    assert tab.time_ms() == frozen


def test_play_advances_and_stops_at_the_end(qtbot, tab, story):
    tab.set_time_ms(story.total_ms - 250)
    with qtbot.waitSignal(tab.clock.reached_end, timeout=4000):
        tab.play()
    assert not tab.is_playing()
    assert tab.time_ms() == story.total_ms
    assert tab.current_scene() == len(story.scenes) - 1
    assert tab.controls.play.text() == "Play"
    let_events_run(qtbot)
    assert tab.time_ms() == story.total_ms  # no loop


def test_play_from_the_end_starts_over(qtbot, tab, story):
    tab.set_time_ms(story.total_ms)
    tab.play()
    assert tab.is_playing()
    assert tab.time_ms() < story.scenes[0].duration_ms
    tab.pause()


def test_playing_crosses_into_the_next_scene(qtbot, tab, story):
    tab.set_time_ms(story.scene_end_ms(0) - 150)
    with qtbot.waitSignal(tab.scene_changed, timeout=3000) as changed:
        tab.play()
    tab.pause()
    assert changed.args == [1]
    assert tab.captions.caption.text() == story.scenes[1].caption


@pytest.mark.parametrize("speed", [0.5, 1.0, 1.5])
def test_speed_sets_the_rate(tab, speed):
    tab.set_speed(speed)
    tab.set_time_ms(1000)
    tab.clock.advance(1000)
    assert tab.time_ms() == pytest.approx(1000 + 1000 * speed)
    assert tab.controls.speed.currentData() == speed


def test_faster_speed_moves_further_in_real_time(qtbot, tab):
    tab.set_speed(1.5)
    tab.play()
    qtbot.waitUntil(lambda: tab.time_ms() >= 600, timeout=3000)
    tab.pause()
    elapsed_story = tab.time_ms()
    tab.set_speed(0.5)
    tab.set_time_ms(0)
    tab.play()
    qtbot.waitUntil(lambda: tab.time_ms() >= 200, timeout=3000)
    tab.pause()
    assert elapsed_story >= 600 and tab.time_ms() >= 200


def test_reduced_motion_shows_still_pictures(qtbot, tab, story):
    tab.go_to_scene(3)
    first_frame = frame(tab)
    tab.set_reduced_motion(True)
    assert tab.reduced_motion()
    assert tab.current_scene() == 3
    still = frame(tab)
    # The scene's last frame, where its story has happened.
    assert not same_picture(still, first_frame)
    tab.play()
    assert not tab.is_playing()
    assert tab.clock.state() != tab.clock.State.Running
    assert tab.controls.play.isHidden()
    assert tab.controls.slider.isHidden()
    assert not tab.controls.next.isHidden()
    qtbot.mouseClick(tab.controls.next, Qt.MouseButton.LeftButton)
    assert tab.current_scene() == 4
    assert tab.captions.caption.text() == story.scenes[4].caption
    qtbot.mouseClick(tab.controls.previous, Qt.MouseButton.LeftButton)
    assert tab.current_scene() == 3
    assert same_picture(frame(tab), still)
    let_events_run(qtbot)
    assert same_picture(frame(tab), still)
    tab.set_reduced_motion(False)
    assert not tab.controls.play.isHidden()


def test_keyboard_steps_and_plays(qtbot, tab):
    qtbot.keyClick(tab, Qt.Key.Key_Right)
    qtbot.keyClick(tab, Qt.Key.Key_Right)
    assert tab.current_scene() == 2
    qtbot.keyClick(tab, Qt.Key.Key_Left)
    assert tab.current_scene() == 1
    qtbot.keyClick(tab, Qt.Key.Key_Home)
    assert tab.current_scene() == 0
    qtbot.keyClick(tab, Qt.Key.Key_Space)
    assert tab.is_playing()
    qtbot.keyClick(tab, Qt.Key.Key_Space)
    assert not tab.is_playing()


def test_keys_on_the_picture_reach_the_tab(qtbot, tab):
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Right)
    assert tab.current_scene() == 1
    qtbot.keyClick(tab.view, Qt.Key.Key_End)
    assert tab.current_scene() == tab.controls.scenes.count() - 1


def test_buttons_list_and_slider_move_the_story(qtbot, tab, story):
    qtbot.mouseClick(tab.controls.next, Qt.MouseButton.LeftButton)
    assert tab.current_scene() == 1
    tab.controls.scenes.setCurrentIndex(6)
    tab.controls.scenes.activated.emit(6)
    assert tab.current_scene() == 6
    assert tab.time_ms() == story.scene_start_ms(6)
    tab.controls.slider.setValue(story.scene_start_ms(9) + 10)
    assert tab.current_scene() == 9
    qtbot.mouseClick(tab.controls.replay, Qt.MouseButton.LeftButton)
    assert tab.is_playing() and tab.current_scene() == 0
    qtbot.mouseClick(tab.controls.play, Qt.MouseButton.LeftButton)
    assert not tab.is_playing()


def test_controls_are_big_enough_and_named(tab):
    controls = tab.controls
    for widget in (
        controls.previous,
        controls.play,
        controls.next,
        controls.replay,
        controls.scenes,
        controls.speed,
        tab.read_button,
    ):
        assert widget.height() >= 32, widget
        assert widget.accessibleName() or widget.text()
    assert controls.slider.accessibleName()


def test_activity_is_reported_while_playing(qtbot, tab):
    with qtbot.waitSignal(tab.activity, timeout=2000):
        tab.play()
    with qtbot.waitSignal(tab.activity, timeout=3000):
        pass  # another one comes about a second later
    tab.pause()


def test_whole_story_as_text(qtbot, tab, story):
    tab.play()
    qtbot.mouseClick(tab.read_button, Qt.MouseButton.LeftButton)
    assert not tab.is_playing()
    assert tab.text.isVisible()
    text = tab.text.toPlainText()
    assert story.read_all_heading in text
    for scene in story.scenes:
        assert scene.title in text and scene.description in text
    qtbot.mouseClick(tab.read_button, Qt.MouseButton.LeftButton)
    assert tab.view.isVisible()


def test_reset(tab):
    tab.set_speed(1.5)
    tab.go_to_scene(5)
    tab.play()
    tab.read_button.setChecked(True)
    tab.reset()
    assert not tab.is_playing()
    assert tab.current_scene() == 0 and tab.time_ms() == 0
    assert tab.speed() == 1.0
    assert not tab.read_button.isChecked()


def test_self_check_passes(tab):
    assert tab.self_check() == []


def test_scene_without_drawing_is_reported(qtbot):
    odd = Story(
        intro="i",
        read_all_heading="h",
        scenes=(
            Scene("bloodstream", "One", "First.", "The first scene.", 2000),
            Scene("mystery", "Two", "Second.", "The second scene.", 2000),
        ),
    )
    widget = MechanismTab(odd)
    qtbot.addWidget(widget)
    widget.go_to_scene(1)
    assert widget.captions.title.text() == "Two"
    assert any("('mystery') has no drawing" in p for p in widget.self_check())


def test_stills_are_written(tab, story, tmp_path):
    written = tab.render_scene_stills(tmp_path)
    assert [p.name for p in written] == [
        f"mechanism-scene-{n:02d}.png" for n in range(1, len(story.scenes) + 1)
    ]
    image = QImage(str(written[7]))
    assert (image.width(), image.height()) == (1280, 720)
    assert tab.current_scene() == 0  # showing stills does not move the story


def test_high_contrast_keeps_actors_visible(app_look, tab, story):
    theme.apply(app_look, theme.HIGH_CONTRAST, 100)
    tab.set_time_ms(story.scene_start_ms(7) + 1500)
    image = tab.view.grab_frame(400)
    assert QColor(image.pixel(2, 2)).lightness() < 20
    light = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if QColor(image.pixel(x, y)).lightness() > 200
    )
    assert light > 50  # the light halo around every outline


def test_text_size_reaches_the_caption(app_look, tab):
    theme.apply(app_look, theme.STANDARD, 100)
    before = tab.captions.caption.font().pixelSize()
    theme.apply(app_look, theme.STANDARD, 200)
    assert tab.captions.caption.font().pixelSize() > before
    assert tab.captions.caption.font().pixelSize() >= 32
    assert tab.controls.play.minimumHeight() >= 44


def test_importing_the_tab_is_light():
    code = (
        "import cartapp.ui.tabs.mechanism\n"
        "from PySide6.QtWidgets import QApplication\n"
        "assert QApplication.instance() is None\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
