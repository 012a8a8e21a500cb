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
    voices = voice.engine().allVoices(None)
    chosen = choose_voice(voices, "en", QLocale.Country.UnitedStates)
    assert chosen is not None and chosen.locale().language() == QLocale.Language.English
    assert choose_voice(voices, "es") is None
    assert choose_voice([], "en") is None
    assert isinstance(chosen, QVoice)


# -- the animation ---------------------------------------------------------------


def test_the_animation_reads_each_caption_and_waits_for_the_voice(window, qtbot):
    tab = window.show_tab("mechanism")
    story = window.library.story
    voice = speaker_module.speaker()
    tab.caption_voice.button.setChecked(True)
    tab.set_speed(2.0)
    tab.play()
    qtbot.waitUntil(
        lambda: voice.owner is tab.caption_voice and voice.state_name() == "playing", timeout=5000
    )
    assert " ".join(s.text for s in voice.sentences()) == " ".join(story.scenes[0].caption.split())
    first_end = story.scene_start_ms(0) + story.scenes[0].duration_ms
    # The voice is still reading: the picture holds inside scene 1.
    clock = tab.clock
    clock.advance(first_end * 2)
    assert clock.story_ms() < first_end and tab.current_scene() == 0
    assert clock.held()
    # The voice finishes: the story goes on, and the next caption is read.
    voice.stop()
    assert not clock.held()
    clock.advance(story.scenes[0].duration_ms)
    qtbot.waitUntil(lambda: tab.current_scene() >= 1, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            voice.owner is tab.caption_voice
            and voice.sentences()
            and voice.sentences()[0].text in story.scenes[tab.current_scene()].caption
        ),
        timeout=5000,
    )


def test_pausing_the_animation_pauses_the_voice(window, qtbot):
    tab = window.show_tab("mechanism")
    voice = speaker_module.speaker()
    tab.caption_voice.button.setChecked(True)
    tab.play()
    qtbot.waitUntil(lambda: voice.state_name() == "playing", timeout=5000)
    tab.pause()
    assert voice.state_name() == "paused"
    tab.play()
    assert voice.state_name() == "playing"
    tab.caption_voice.button.setChecked(False)
    assert voice.state_name() == "stopped" and not tab.clock.held()


def test_without_listen_the_animation_never_waits(window, qtbot):
    tab = window.show_tab("mechanism")
    story = window.library.story
    tab.play()
    tab.clock.advance(story.scenes[0].duration_ms + 10)
    assert tab.current_scene() == 1
    assert speaker_module._shared is None or speaker_module._shared.owner is not tab.caption_voice


def test_the_question_bank_reads_the_selected_question_and_why(window, qtbot):
    tab = window.show_tab("questions")
    finder = tab.finder
    finder.results.setCurrentRow(finder.results.first_question_row())
    words = finder.selected_words()
    question = window.library.bank.start_here()[0]
    assert words.startswith(question.text) and question.why in words
    finder.listen.play.click()
    voice = speaker_module.speaker()
    qtbot.waitUntil(lambda: voice.current() == 0, timeout=5000)
    assert finder.listen.now.text() == voice.sentences()[0].text  # shown while heard


def test_the_preview_reads_its_page(window, qtbot, tmp_path):
    from cartapp.ui.widgets.pdf_preview import PdfPreview

    kit = window.open_kit()
    kit.output.open_preview()
    qtbot.waitUntil(lambda: kit.output.preview is not None, timeout=10000)
    preview: PdfPreview = kit.output.preview
    assert preview.windowTitle() == "Preview of my safety kit"
    words = preview.page_words()
    assert "Wallet card" in words and "___" not in words and "blank" in words
    preview.listen.play.click()
    voice = speaker_module.speaker()
    qtbot.waitUntil(lambda: voice.current() == 0, timeout=5000)
    preview.go_to(1)
    assert voice.state_name() == "stopped"


def test_a_computer_that_cannot_load_speech_gets_one_plain_sentence(window, monkeypatch):
    def no_speech():
        raise ImportError("libpulse.so.0: cannot open shared object file")

    monkeypatch.setattr(speaker_module, "_shared", None)
    monkeypatch.setattr(speaker_module, "load_speech_module", no_speech)
    tab = window.show_tab("overview")
    assert not tab.listen.start()
    assert tab.listen.now.text() == speaker_module.NOT_AVAILABLE
    assert tab.listen.now.isVisible() and len(tab.reader.toPlainText()) > 500
