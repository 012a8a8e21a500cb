"""Read aloud with Qt's mock engine: the highlight follows the voice sentence by sentence,
pause and resume, stop, a missing voice said plainly, and the animation waiting."""

from __future__ import annotations

import pytest
from PySide6.QtTextToSpeech import QVoice

from cartapp.ui.speech import speaker as speaker_module
from cartapp.ui.speech.voices import choose_voice


@pytest.fixture(autouse=True)
def mock_voice(monkeypatch):
    monkeypatch.setenv("CARTAPP_TTS_ENGINE", "mock")
    yield
    voice = speaker_module._shared
    if voice is not None:
        voice.stop()
        voice.owner = None


@pytest.fixture
def window(make_main_window):
    window = make_main_window(persist=False)
    window.show()  # leaving a page is a hide event, which only a shown window has
    return window


def marked(view) -> str:
    marks = view.extraSelections()
    return marks[0].cursor.selectedText() if marks else ""


def test_the_highlight_moves_sentence_by_sentence(window, qtbot):
    tab = window.show_tab("overview")
    tab.listen.play.click()
    voice = speaker_module.speaker()
    qtbot.waitUntil(lambda: voice.current() == 0, timeout=5000)
    first = voice.sentences()[0]
    assert marked(tab.reader) == first.text
    qtbot.waitUntil(lambda: voice.current() >= 1, timeout=20000)
    second = voice.sentences()[voice.current()]
    assert marked(tab.reader) == second.text and second.start > first.start
    assert tab.listen.play.text() == "Pause"


def test_words_are_marked_when_the_engine_says_them(window, qtbot):
    tab = window.show_tab("overview")
    tab.listen.play.click()
    qtbot.waitUntil(lambda: len(tab.reader.extraSelections()) == 2, timeout=10000)
    sentence, word = tab.reader.extraSelections()
    assert word.cursor.selectedText() in sentence.cursor.selectedText()
    assert word.format.fontUnderline()


def test_pause_holds_the_place_and_resume_goes_on(window, qtbot):
    tab = window.show_tab("overview")
    voice = speaker_module.speaker()
    tab.listen.play.click()
    qtbot.waitUntil(lambda: voice.current() >= 1, timeout=20000)
    tab.listen.play.click()
    assert voice.state_name() == "paused" and tab.listen.play.text() == "Resume"
    held = voice.current()
    qtbot.wait(1500)
    assert voice.current() == held
    tab.listen.play.click()
    assert voice.state_name() == "playing"
    qtbot.waitUntil(lambda: voice.current() > held, timeout=20000)


def test_stop_clears_the_highlight_and_leaving_the_page_stops(window, qtbot):
    tab = window.show_tab("overview")
    voice = speaker_module.speaker()
    tab.listen.play.click()
    qtbot.waitUntil(lambda: voice.current() == 0, timeout=5000)
    tab.listen.stop.click()
    assert voice.state_name() == "stopped" and tab.reader.extraSelections() == []
    tab.listen.play.click()
    qtbot.waitUntil(lambda: voice.current() == 0, timeout=5000)
    window.show_tab("risks")
    assert voice.state_name() == "stopped"


def test_one_voice_at_a_time(window, qtbot):
    overview, risks = window.show_tab("overview"), window.tab("risks")
    voice = speaker_module.speaker()
    overview.listen.start()
    risks.listen.start()
    assert voice.owner is risks.listen
    assert overview.listen.play.text() == "Listen"


def test_no_voice_for_the_language_is_said_plainly(window, qtbot):
    tab = window.show_tab("overview")
    tab.listen._language = "es"  # the mock engine has English voices only
    assert not tab.listen.start()
    assert "No Spanish voice is installed" in tab.listen.now.text()
    assert tab.reader.isVisible() and tab.listen.play.isEnabled()  # nothing else hidden
    voice = speaker_module.speaker()
    assert voice.state_name() == "stopped"


def test_voice_chosen_by_language_not_exact_tag():
    from PySide6.QtCore import QLocale

    voice = speaker_module.speaker()
    voices = voice.engine().availableVoices()
    chosen = choose_voice(voices, "en", QLocale.Country.UnitedStates)
    assert chosen is not None and chosen.locale().language() == QLocale.Language.English
    assert choose_voice(voices, "es") is None
    assert choose_voice([], "en") is None
    assert isinstance(chosen, QVoice)
