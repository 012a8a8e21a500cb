"""The animation read aloud: each scene's caption is read as the scene plays, and the
scene waits at its end until the voice has finished, so the words never fall behind
the pictures however slow the voice or the speed chosen."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton

from cartapp.model.sentences import sentences
from cartapp.model.story import Story
from cartapp.ui.animation.clock import StoryClock
from cartapp.ui.speech.speaker import speaker

# The scene stops this far before its end while the voice is still reading.
HOLD_BEFORE_END_MS = 40


class CaptionVoice(QObject):
    def __init__(self, story: Story, clock: StoryClock, note: QLabel, parent: QObject) -> None:
        super().__init__(parent)
        self._story, self._clock, self._note = story, clock, note
        self._scene = -1
        self.button = QPushButton(self.tr("Listen"))
        self.button.setObjectName("listen-animation")
        self.button.setCheckable(True)
        self.button.setAccessibleName(self.tr("Read the captions aloud as the story plays"))
        self.button.toggled.connect(self._on_toggled)
        self._connected = False

    def is_on(self) -> bool:
        return self.button.isChecked()

    def _on_toggled(self, on: bool) -> None:
        if not on:
            self._release()
            voice = speaker()
            if voice.owner is self:
                voice.stop()
            self._note.setText("")
            return
        from cartapp.ui import speech

        speaker().set_language(speech.content_language)
        problem = speaker().problem_text()
        if problem:
            self._note.setText(problem)
            self.button.setChecked(False)
            return
        if not self._connected:
            self._connected = True
            speaker().sentence.connect(self._on_sentence)
        if self._clock.is_running():
            self.scene_started(self._scene_now())

    def _scene_now(self) -> int:
        return self._story.scene_at(self._clock.story_ms())[0]

    def scene_started(self, index: int) -> None:
        """A scene came on screen while playing: read its caption, hold its end."""
        self._scene = index
        if not self.is_on() or not self._clock.is_running():
            return
        scene = self._story.scenes[index]
        end = self._story.scene_start_ms(index) + scene.duration_ms - HOLD_BEFORE_END_MS
        from cartapp.ui import speech

        speaker().set_language(speech.content_language)
        # Reading first: starting it stops the last caption, which lifts the old hold.
        if speaker().read(sentences(scene.caption), self):
            self._clock.set_hold(end)

    def running_changed(self, running: bool) -> None:
        voice = speaker()
        if voice.owner is not self or not self.is_on():
            if running and self.is_on():
                self.scene_started(self._scene_now())
            return
        if running and voice.state_name() == "paused":
            voice.resume()
        elif running and voice.state_name() == "stopped":
            self.scene_started(self._scene_now())
        elif not running and voice.state_name() == "playing":
            voice.pause()

    def seeked(self) -> None:
        """The family chose another scene: the old caption stops with its scene."""
        voice = speaker()
        if voice.owner is self:
            voice.stop()
        self._release()

    def _on_sentence(self, index: int) -> None:
        if index == -1 and speaker().owner is self:
            self._release()

    def _release(self) -> None:
        self._clock.set_hold(None)
