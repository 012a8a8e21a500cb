"""The "How it works" tab: an animated story anyone can pause, step through and read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QPushButton, QStackedWidget, QWidget

from cartapp.model.story import Story
from cartapp.ui.animation.captions import CaptionPanel
from cartapp.ui.animation.clock import StoryClock
from cartapp.ui.animation.controls import PlayerControls
from cartapp.ui.animation.legend import LegendPanel
from cartapp.ui.animation.reading import ReadingView, whole_story_html
from cartapp.ui.animation.scenes import CHOREOGRAPHY
from cartapp.ui.animation.stills import render_still
from cartapp.ui.animation.view import StoryView
from cartapp.ui.plain_text import plain_label
from cartapp.ui.tabs.mechanism_layout import StoryArrangement
from cartapp.ui.tabs.story_keys import StoryKeys
from cartapp.ui.widgets.button_row import ButtonRow

# While playing, tell the kiosk's idle watch at least this often that someone may be watching.
ACTIVITY_EVERY_MS = 1000


def system_prefers_reduced_motion() -> bool:
    # Hold the style hints while asking: the accessibility hints are its child and
    # vanish with it if the temporary wrapper is collected first.
    style_hints = QGuiApplication.styleHints()
    accessibility = style_hints.accessibility()
    # Not every build exposes the motion hint; without it we cannot know, so motion stays on.
    preference = getattr(accessibility, "motionPreference", None)
    motion = getattr(Qt, "MotionPreference", None)
    if preference is None or motion is None:
        return False
    return preference() == motion.ReducedMotion


class MechanismTab(StoryKeys, QWidget):
    """How CAR T works, as a story in pictures with captions and a text version.

    It starts paused on the first frame and stops at the end; it never loops.

    Signals:
        activity(): emitted while playing, at every scene change and about once a
            second, so a kiosk's idle timer counts watching as activity.
        scene_changed(int): the story moved to another scene (0-based).
    """

    activity = Signal()
    scene_changed = Signal(int)

    def __init__(self, story: Story, parent=None) -> None:
        super().__init__(parent)
        self._story = story
        self._scene = -1
        self._reduced = False
        self._since_activity = QElapsedTimer()
        self.clock = StoryClock(story.total_ms, self)

        self._intro = plain_label(story.intro)
        self._intro.setObjectName("tabPurpose")
        self._intro.setWordWrap(True)
        self.purpose = self._intro
        self.view = StoryView(story)
        self.view.setAccessibleName(self.tr("Animation"))
        self.view.viewport().setAccessibleName(self.tr("Animation picture"))
        self.legend = LegendPanel(story.legend)
        self.text = ReadingView()
        self.text.setAccessibleName(story.read_all_heading)
        self.text.setHtml(self._whole_story_html())
        self.captions = CaptionPanel()
        self.controls = PlayerControls([s.title for s in story.scenes], story.total_ms)
        self.read_button = QPushButton(story.read_all_heading)
        self.read_button.setCheckable(True)
        self.read_button.setMinimumHeight(self.controls.play.minimumHeight())
        from cartapp.ui.speech.captions import CaptionVoice

        self.voice_note = plain_label()
        self.voice_note.setWordWrap(True)
        self.caption_voice = CaptionVoice(story, self.clock, self.voice_note, self)
        # The two buttons go under each other when a long language at large text
        # would make the row wider than the window.
        self.captions.header.addWidget(ButtonRow([self.read_button, self.caption_voice.button]))

        self._stack = QStackedWidget()
        self._stack.addWidget(QWidget())  # the picture row, filled by the arrangement
        self._stack.addWidget(self.text)
        self._arrangement = StoryArrangement(
            self,
            intro=self._intro,
            stack=self._stack,
            view=self.view,
            legend=self.legend,
            captions=self.captions,
            voice_note=self.voice_note,
            controls=self.controls,
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.view)
        self.setAccessibleName(self.tr("How it works"))
        self.view.installEventFilter(self)
        self._arrangement.apply()

        self.clock.time_changed.connect(self._on_time)
        self.clock.running_changed.connect(self._on_running_changed)
        self.scene_changed.connect(self.caption_voice.scene_started)
        self.clock.running_changed.connect(self.caption_voice.running_changed)
        self.controls.play_toggled.connect(self._on_play_toggled)
        self.controls.previous_requested.connect(self._on_previous)
        self.controls.next_requested.connect(self._on_next)
        self.controls.replay_requested.connect(self._on_replay)
        self.controls.scene_chosen.connect(self.go_to_scene)
        self.controls.speed_chosen.connect(self.set_speed)
        self.controls.scrubbed.connect(self.set_time_ms)
        self.read_button.toggled.connect(self._on_read_toggled)

        self.set_reduced_motion(system_prefers_reduced_motion())
        self.clock.seek(0)

    # -- playing ----------------------------------------------------------------------

    def play(self) -> None:
        if self._reduced:
            return
        self.read_button.setChecked(False)
        self.clock.play()

    def pause(self) -> None:
        self.clock.pause()

    def is_playing(self) -> bool:
        return self.clock.is_running()

    def set_speed(self, speed: float) -> None:
        self.clock.set_speed(speed)
        self.controls.set_speed(self.clock.speed())

    def speed(self) -> float:
        return self.clock.speed()

    # -- moving around ----------------------------------------------------------------

    def go_to_scene(self, index: int) -> None:
        index = max(0, min(int(index), len(self._story.scenes) - 1))
        self.caption_voice.seeked()
        self.clock.seek(self._story.scene_start_ms(index))

    def current_scene(self) -> int:
        return self._scene

    def set_time_ms(self, ms: float) -> None:
        self.clock.seek(ms)

    def time_ms(self) -> float:
        return self.clock.story_ms()

    def set_reduced_motion(self, reduced: bool) -> None:
        """Show each scene as a still picture (its last frame) instead of moving."""
        self._reduced = bool(reduced)
        if self._reduced:
            self.pause()
        self.controls.set_reduced_motion(self._reduced)
        index = max(self._scene, 0)
        self._scene = -1  # redraw the scene the new way
        self.go_to_scene(index)

    def reduced_motion(self) -> bool:
        return self._reduced

    def reset(self) -> None:
        """Paused on the first frame at normal speed, pictures showing."""
        self.pause()
        self.set_speed(1.0)
        self.read_button.setChecked(False)
        self.caption_voice.button.setChecked(False)
        self.go_to_scene(0)

    # -- checks and pictures for the app --------------------------------------------

    def self_check(self) -> list[str]:
        from cartapp.ui.animation.check import check_story

        problems = check_story(self._story, self.view)
        self._redraw()
        if self.captions.caption.text() != self._story.scenes[self._scene].caption:
            problems.append("mechanism: the caption does not match the scene shown")
        return problems

    def render_scene_stills(self, directory: Path) -> list[Path]:
        """Each scene's last frame with its caption, as mechanism-scene-NN.png."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        written = []
        for index in range(len(self._story.scenes)):
            image = self.still_image(index)
            target = directory / f"mechanism-scene-{index + 1:02d}.png"
            if image.save(str(target)):
                written.append(target)
        return written

    def still_image(self, index: int, size: tuple[int, int] = (1280, 720)) -> QImage:
        scene = self._story.scenes[index]
        self.view.show_frame(index, scene.duration_ms)
        counter = self.tr("Scene {n} of {total}").format(n=index + 1, total=len(self._story.scenes))
        image = render_still(self.view, scene, counter, self.font(), self.palette(), size)
        self._redraw()
        return image

    # -- reacting -------------------------------------------------------------------

    def _on_time(self, ms: float) -> None:
        index, local = self._story.scene_at(ms)
        if self._reduced:
            local = self._story.scenes[index].duration_ms
        self.view.show_frame(index, local)
        self.controls.set_time(ms)
        changed = index != self._scene
        if changed:
            self._show_scene_words(index)
        if self.clock.is_running() and (
            changed or self._since_activity.elapsed() >= ACTIVITY_EVERY_MS
        ):
            self._since_activity.restart()
            self.activity.emit()
        if changed:
            self.scene_changed.emit(index)

    def _show_scene_words(self, index: int) -> None:
        self._scene = index
        scene = self._story.scenes[index]
        total = len(self._story.scenes)
        self.captions.show_scene(index + 1, total, scene)
        self.controls.set_scene(index, total)
        choreography = CHOREOGRAPHY.get(scene.id)
        self.legend.show_keys(choreography.legend if choreography else ())
        self.view.setAccessibleDescription(scene.description)

    def _redraw(self) -> None:
        self._scene = -1
        self._on_time(self.clock.story_ms())

    def _on_running_changed(self, running: bool) -> None:
        self.controls.set_playing(running)
        if running:
            self._since_activity.start()
            self.activity.emit()

    def _on_play_toggled(self) -> None:
        self.pause() if self.is_playing() else self.play()

    def _on_previous(self) -> None:
        self.go_to_scene(self._scene - 1)

    def _on_next(self) -> None:
        self.go_to_scene(self._scene + 1)

    def _on_replay(self) -> None:
        self.go_to_scene(0)
        self.play()

    def _on_read_toggled(self, reading: bool) -> None:
        if reading:
            self.pause()
        self._stack.setCurrentIndex(1 if reading else 0)
        self.read_button.setText(
            self.tr("Back to the pictures") if reading else self._story.read_all_heading
        )

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.caption_voice.seeked()  # a voice reading a scene nobody sees is confusing
        super().hideEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.read_button.setMinimumHeight(self.controls.play.minimumHeight())
            self._arrangement.apply()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.text.setHtml(self._whole_story_html())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrangement.fit_picture()

    def _whole_story_html(self) -> str:
        return whole_story_html(self._story, self.palette().color(QPalette.ColorRole.Text).name())
