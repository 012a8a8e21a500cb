"""One voice for the whole app, reading a list of sentences one at a time.

Speaking sentence by sentence lets the page highlight the one being read and
lets the animation wait until its caption has been read. The engine starts on
the first "Listen", not at start-up: connecting to the system's speech service
can take a moment, and most visits never use it. Only one thing is read at a
time; starting another stops the first.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from cartapp.model.sentences import Sentence
from cartapp.ui.speech.voices import choose_voice, no_voice_message

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech


def load_speech_module():
    """PySide6.QtTextToSpeech, or ImportError. QtMultimedia, which it loads, looks for
    PipeWire and warns on every computer without it (most); the voices do not use it."""
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    import importlib

    return importlib.import_module("PySide6.QtTextToSpeech")


NOT_AVAILABLE = (
    "Reading aloud is not available on this computer: its speech service "
    "did not start. Everything else works as usual."
)

RATES = {"slower": -0.35, "normal": 0.0, "faster": 0.35}
# Tests and kiosks without sound set this; "mock" is Qt's silent engine.
ENGINE_VARIABLE = "CARTAPP_TTS_ENGINE"


class Speaker(QObject):
    """Signals: sentence(int) the index now read, -1 when done or stopped; word(int, int)
    start and length in that sentence; state(str) "playing", "paused" or "stopped";
    problem(str) a plain sentence when reading cannot happen."""

    sentence = Signal(int)
    word = Signal(int, int)
    state = Signal(str)
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine: QTextToSpeech | None = None
        self._language = "en"
        self._voice_ok = False
        self._sentences: list[Sentence] = []
        self._index = -1
        self._state = "stopped"
        self._rate = 0.0
        self._heard = False
        self._unavailable = False
        self.owner: object | None = None  # who is being read (a page, a scene, a preview)

    # -- the engine ----------------------------------------------------------------

    def engine(self) -> QTextToSpeech | None:
        if self._engine is None and not self._unavailable:
            try:
                # Loaded on first use: it brings QtMultimedia, and a computer without
                # the PulseAudio client library cannot load it at all.
                QTextToSpeech = load_speech_module().QTextToSpeech  # noqa: N806
            except ImportError:
                self._unavailable = True
                return None
            name = os.environ.get(ENGINE_VARIABLE, "")
            engine = QTextToSpeech(name, self) if name else QTextToSpeech(self)
            engine.stateChanged.connect(self._on_engine_state)
            engine.sayingWord.connect(self._on_word)
            self._engine = engine
            self._apply_language()
        return self._engine

    def engine_name(self) -> str:
        engine = self.engine()
        return engine.engine() if engine is not None else ""

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            if self._engine is not None:
                self._apply_language()

    def _apply_language(self) -> None:
        assert self._engine is not None
        # Every installed voice: availableVoices() lists only the current locale's.
        voice = choose_voice(self._engine.allVoices(None), self._language)
        self._voice_ok = voice is not None
        if voice is not None:
            self._engine.setLocale(voice.locale())
            self._engine.setVoice(voice)
        self._engine.setRate(self._rate)

    def problem_text(self) -> str:
        """Why nothing can be read, or ""."""
        engine = self.engine()
        if engine is None or engine.state() == engine.State.Error:
            return NOT_AVAILABLE
        if not self._voice_ok:
            self._apply_language()  # voices may have arrived since the engine started
        return "" if self._voice_ok else no_voice_message(self._language)

    # -- reading -------------------------------------------------------------------

    def read(self, sentences: list[Sentence], owner: object, start: int = 0) -> bool:
        problem = self.problem_text()
        if problem:
            self.problem.emit(problem)
            return False
        self.stop()
        self._sentences, self.owner = list(sentences), owner
        if not self._sentences:
            return False
        self._speak(max(0, min(start, len(self._sentences) - 1)))
        return True

    def pause(self) -> None:
        if self._state == "playing" and self._engine is not None:
            self._engine.pause(self._engine.BoundaryHint.Word)
            self._set_state("paused")

    def resume(self) -> None:
        if self._state == "paused" and self._engine is not None:
            self._set_state("playing")
            self._engine.resume()

    def stop(self) -> None:
        if self._state == "stopped":
            return
        self._index = -1
        self._set_state("stopped")  # first, so the engine's Ready is not taken as "next"
        if self._engine is not None:
            self._engine.stop(self._engine.BoundaryHint.Immediate)
        self.sentence.emit(-1)

    def set_rate(self, name: str) -> None:
        self._rate = RATES.get(name, 0.0)
        if self._engine is not None:
            self._engine.setRate(self._rate)

    def current(self) -> int:
        return self._index

    def state_name(self) -> str:
        return self._state

    def sentences(self) -> list[Sentence]:
        return list(self._sentences)

    def _speak(self, index: int) -> None:
        self._index = index
        self._set_state("playing")
        self.sentence.emit(index)
        engine = self.engine()
        assert engine is not None
        # A Ready left over from stopping the last sentence must not count as this
        # one finished: only a Ready after this one was heard speaking does.
        self._heard = False
        engine.say(self._sentences[index].text)

    def _on_engine_state(self, state: QTextToSpeech.State) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Error and self._state != "stopped":
            self.stop()
            self.problem.emit(self.problem_text() or "The voice stopped with an error.")
            return
        if state == QTextToSpeech.State.Speaking:
            self._heard = True
            return
        if state != QTextToSpeech.State.Ready or self._state != "playing" or not self._heard:
            return
        if self._index + 1 < len(self._sentences):
            self._speak(self._index + 1)
        else:
            self._index = -1
            self._set_state("stopped")
            self.sentence.emit(-1)

    def _on_word(self, _word: str, _id: int, start: int, length: int) -> None:
        if self._state == "playing":
            self.word.emit(start, length)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state.emit(state)


_shared: Speaker | None = None


def speaker() -> Speaker:
    """The app's one voice."""
    global _shared
    if _shared is None:
        from PySide6.QtWidgets import QApplication

        _shared = Speaker(QApplication.instance())
    return _shared
