"""The "Listen" controls: play or pause, stop, speed, and what is being read.

A bar reads what its ``source`` gives (the page, a question, a preview) and
shows the sentence being read through ``highlight`` when its owner can mark it
in place; otherwise the bar itself shows the sentence, so the words being heard
are always on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from cartapp.model.sentences import Sentence, sentences
from cartapp.ui.speech.speaker import Speaker, speaker


class ListenBar(QWidget):
    reading_changed = Signal(bool)

    def __init__(
        self,
        source: Callable[[], str],
        *,
        name: str,
        highlight: Callable[[Sentence | None, int, int], None] | None = None,
        language: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source, self._highlight, self._language = source, highlight, language
        self._sentences: list[Sentence] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.play = QPushButton(self.tr("Listen"))
        self.play.setObjectName("listen-play")
        self.play.setAccessibleName(self.tr("Listen: read %1 aloud").replace("%1", name))
        self.stop = QPushButton(self.tr("Stop"))
        self.stop.setAccessibleName(self.tr("Stop reading aloud"))
        self.speed = QComboBox()
        self.speed.setAccessibleName(self.tr("Reading speed"))
        for label, key in (
            (self.tr("Normal speed"), "normal"),
            (self.tr("Slower"), "slower"),
            (self.tr("Faster"), "faster"),
        ):
            self.speed.addItem(label, key)
        self.now = _Note()
        self.now.setWordWrap(True)
        self.now.setObjectName("listen-now")
        self.play.clicked.connect(self.toggle)
        self.stop.clicked.connect(self.stop_reading)
        self.speed.currentIndexChanged.connect(
            lambda: self._speaker().set_rate(self.speed.currentData())
        )
        row.addWidget(self.play)
        row.addWidget(self.stop)
        row.addWidget(self.speed)
        row.addWidget(self.now, 1)
        self.stop.setEnabled(False)
        self.stop.hide()
        self.speed.hide()

    def _speaker(self) -> Speaker:
        return speaker()

    def is_reading(self) -> bool:
        voice = _existing()
        return voice is not None and voice.owner is self and voice.state_name() != "stopped"

    def toggle(self) -> None:
        voice = self._speaker()
        if voice.owner is self and voice.state_name() == "playing":
            voice.pause()
        elif voice.owner is self and voice.state_name() == "paused":
            voice.resume()
        else:
            self.start()

    def start(self, text: str | None = None) -> bool:
        from cartapp.ui import speech

        voice = self._speaker()
        voice.set_language(self._language or speech.content_language)
        voice.set_rate(self.speed.currentData())
        problem = voice.problem_text()
        if problem:  # said where the family is looking; nothing else is hidden
            self.now.setText(problem)
            return False
        self._sentences = sentences(self._source() if text is None else text)
        self._connect(voice)
        if not voice.read(self._sentences, self):
            return False
        self.reading_changed.emit(True)
        return True

    def stop_reading(self) -> None:
        voice = _existing()
        if voice is not None and voice.owner is self:
            voice.stop()

    def _connect(self, voice: Speaker) -> None:
        if getattr(self, "_connected", False):
            return
        self._connected = True
        voice.sentence.connect(self._on_sentence)
        voice.word.connect(self._on_word)
        voice.state.connect(self._on_state)
        voice.problem.connect(self._on_problem)

    def _mine(self) -> bool:
        voice = _existing()
        return voice is not None and voice.owner is self

    def _on_sentence(self, index: int) -> None:
        if not self._mine():
            return
        sentence = self._sentences[index] if 0 <= index < len(self._sentences) else None
        self.now.setText(sentence.text if sentence and self._highlight is None else "")
        if self._highlight is not None:
            self._highlight(sentence, 0, 0)

    def _on_word(self, start: int, length: int) -> None:
        voice = _existing()
        if self._highlight is None or voice is None or not self._mine():
            return
        index = voice.current()
        if 0 <= index < len(self._sentences):
            self._highlight(self._sentences[index], start, length)

    def _on_state(self, state: str) -> None:
        if not self._mine() and state != "stopped":
            self._show("stopped")
            return
        self._show(state)
        if state == "stopped":
            self.reading_changed.emit(False)

    def _show(self, state: str) -> None:
        self.play.setText(
            {"playing": self.tr("Pause"), "paused": self.tr("Resume")}.get(state, self.tr("Listen"))
        )
        self.stop.setEnabled(state != "stopped")
        # Stop and speed take room only while something is read: a page at 200 % text
        # in a small window needs every line it can keep.
        self.stop.setVisible(state != "stopped")
        self.speed.setVisible(state != "stopped")
        if state == "stopped":
            self.now.setText("")

    def _on_problem(self, text: str) -> None:
        if self._mine():
            self.now.setText(text)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Leaving the page stops its reading: a voice without its words is confusing.
        self.stop_reading()
        super().hideEvent(event)


def _existing() -> Speaker | None:
    from cartapp.ui.speech import speaker as module

    return module._shared


class _Note(QLabel):
    """The sentence being heard, or why nothing can be: out of the way when empty,
    so a page keeps its height at large text."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self.setVisible(bool(text))
