"""Changing the language while the app runs: every tab, menu and page follows,
nothing of the family's is lost, and no English is left on screen."""

from __future__ import annotations

import gc
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QScrollArea,
    QTextBrowser,
    QWidget,
)

from cartapp import APP_NAME
from cartapp.model.library import available_languages

pytestmark = pytest.mark.skipif("es" not in available_languages(), reason="no Spanish content")

# Words that are English and never Spanish; any of them on screen is a string not translated.
ENGLISH = re.compile(
    r"\b(the|and|your|you|with|what|how|when|for|this|that|our|questions?|print|page)\b",
    re.IGNORECASE,
)


def _visible_texts(window: QWidget) -> list[tuple[str, str]]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        if widget.objectName() == "timeline-sources" and isinstance(widget, QLabel):
            # Cited as published: the heading and the date line are ours, the titles are not.
            lines = widget.text().split("\n")
            found += [(kind, line) for line in lines if not line.startswith(("• ", "   http"))]
        elif isinstance(widget, (QLabel, QAbstractButton)):
            found.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((kind, widget.placeholderText()))
        elif isinstance(widget, QListWidget):
            found += [(kind, widget.item(i).text()) for i in range(widget.count())]
        elif isinstance(widget, QTextBrowser):
            # The sources are cited as published (in English); the rest is the page.
            text = widget.toPlainText().split("\n")
            found += [(kind, line) for line in text if "http" not in line and "doi" not in line]
        name = widget.accessibleName()
        if name:
            found.append((f"{kind} (name)", name))
    return found


def _english_left(window: QWidget) -> list[str]:
    left = []
    for kind, text in _visible_texts(window):
        text = text.replace(APP_NAME, "").replace("&", "")
        if ENGLISH.search(text):
            left.append(f"{kind}: {text[:100]!r}")
    return left


def test_switching_to_spanish_keeps_the_list_and_leaves_no_english(make_main_window):
    window = make_main_window(persist=False)
    window.resize(1280, 800)
    window.show()
    questions = window.show_tab("questions")
    bank_question = window.library.bank.questions[0]
    questions.add_question(bank_question.id)
    questions.mine.own_text.setPlainText("¿Puede venir mi hermana? 我的问题")
    questions.mine.own_add.click()
    questions.details.child_name.setText("Ana María")
    window.show_tab("mechanism").go_to_scene(2)
    window.show_tab("questions")

    window.switch_language("es")
    QApplication.processEvents()

    assert window.library.language == "es" and window.current_key() == "questions"
    sheet = window.tab("questions").sheet()
    assert sheet.language == "es"
    texts = [q.text for q in sheet.questions]
    spanish = window.library.bank.get(bank_question.id)
    assert spanish is not None and texts[0] == spanish.text != bank_question.text
    assert texts[1] == "¿Puede venir mi hermana? 我的问题"
    assert sheet.child_name == "Ana María"
    assert window.tab("mechanism").current_scene() == 2
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Archivo", "Ver", "Ayuda"] or not any(ENGLISH.search(m) for m in menus)
    left = []
    for key in window.tab_keys():
        window.show_tab(key)
        QApplication.processEvents()
        left += [f"{key}: {line}" for line in _english_left(window)]
    assert not left, f"{len(left)} English words left:\n" + "\n".join(left[:60])

    window.switch_language("en")
    QApplication.processEvents()
    back = window.tab("questions").sheet()
    assert back.language == "en" and back.questions[0].text == bank_question.text


def test_the_english_check_can_fail():
    assert ENGLISH.search("Print your questions")
    assert not ENGLISH.search("Imprima sus preguntas para el equipo de atención")


@pytest.mark.parametrize("scale", [100, 200])
def test_spanish_fits_the_window_at_large_text(make_main_window, scale):
    """Spanish runs longer than English: nothing may push a tab wider than the window,
    where it would be cut off at the right with no way to scroll to it."""
    window = make_main_window(persist=False)
    window.resize(1280, 800)
    window.show()
    window.switch_language("es")
    window.set_text_scale(scale)
    wide = []

    def look(where: str, top: QWidget) -> None:
        for area in top.findChildren(QScrollArea):
            inner = area.widget()
            if not (area.isVisible() and inner is not None and inner.isVisible()):
                continue
            if inner.width() > area.viewport().width() + 1:
                wide.append(f"{where}: {inner.width()} px in {area.viewport().width()} px")

    for key in window.tab_keys():
        window.show_tab(key)
        QApplication.processEvents()
        look(key, window)
    kit = window.open_kit()
    kit.resize(720, 760)  # the size the screenshots show it at
    QApplication.processEvents()
    look("safety kit", kit)
    kit.close()
    window.switch_language("en")
    assert not wide, "cut off at the right:\n" + "\n".join(wide)


def test_a_broken_spanish_page_shows_in_english_and_says_so(
    make_main_window, tmp_path, monkeypatch
):
    root = tmp_path / "content"
    shutil.copytree(Path(__file__).parents[2] / "content", root)
    page = root / "es" / "overview.md"
    page.write_text(page.read_text(encoding="utf-8").replace("+++", "", 1), encoding="utf-8")
    monkeypatch.setenv("CARTAPP_CONTENT_DIR", str(root))
    window = make_main_window(persist=False)
    window.show()
    window.switch_language("es")
    QApplication.processEvents()
    assert window.library.language == "es"
    overview = window.show_tab("overview").reader.toPlainText()
    assert "What is CAR T-cell therapy?" in overview  # that one page, in English
    risks = window.show_tab("risks").reader.toPlainText()
    assert "Riesgos y efectos secundarios" in risks  # the rest stays Spanish
    assert window.statusBar().currentMessage().startswith("Parte de esta página se muestra")
    window.switch_language("en")


def test_tabs_made_from_unchecked_translations_say_so(make_main_window):
    from cartapp.model.content_words import content_words

    note = content_words("es").page["translation_not_reviewed"]
    window = make_main_window(persist=False)
    window.switch_language("es")
    for key in ("mechanism", "timeline", "questions"):
        assert note in window.show_tab(key).purpose.text(), key
    window.switch_language("en")
    for key in ("mechanism", "timeline", "questions"):
        assert "translator" not in window.show_tab(key).purpose.text(), key


def test_a_kiosk_family_chooses_spanish_and_the_next_family_starts_in_english(
    make_main_window,
):
    from cartapp.config import ClinicConfig, KioskSettings
    from cartapp.policy import KioskPolicy
    from cartapp.ui.kiosk.session import KioskSession

    policy = KioskPolicy(ClinicConfig(kiosk=KioskSettings(enabled=True)), kiosk=True)
    window = make_main_window(persist=False, policy=policy)
    session = KioskSession(window, policy, ["en", "es"])
    window.resize(1280, 800)
    window.show()
    buttons = session.start_screen.findChildren(QAbstractButton)
    next(b for b in buttons if b.text().endswith("Español")).click()
    QApplication.processEvents()
    start_words = [b.text() for b in buttons if b.isVisible()]
    assert "✓ Español" in start_words and "English" in start_words, start_words
    assert not [t for t in start_words if ENGLISH.search(t.replace("&", ""))], start_words
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Archivo", "Ver", "Ayuda"], menus
    cut = [b.text() for b in buttons if b.isVisible() and b.width() < b.sizeHint().width()]
    assert not cut, f"words cut off on the start screen: {cut}"
    next(b for b in buttons if b.text() == "Empezar").click()
    QApplication.processEvents()
    QApplication.processEvents()
    assert window.library.language == "es"
    assert not ENGLISH.search(session.done_button.text()), session.done_button.text()
    left = []
    for key in window.tab_keys():
        window.show_tab(key)
        QApplication.processEvents()
        left += [f"{key}: {line}" for line in _english_left(window)]
    assert not left, "\n".join(left[:40])
    session.reset()
    QApplication.processEvents()
    assert window.library.language == "en"
    assert session.start_screen.selected_language() == "en"


def test_changing_the_language_again_and_again_leaves_no_old_menus(make_main_window):
    """A kiosk changes the language back at each reset: the menus, their items and
    groups, and the translators of every language before were kept."""
    from PySide6.QtCore import QTranslator

    from cartapp.ui import theme

    window = make_main_window(persist=False)
    window.set_text_scale(200)
    window.set_high_contrast(True)

    def kept() -> tuple[int, ...]:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        translators = sum(isinstance(o, QTranslator) for o in gc.get_objects())
        return len(window.findChildren(QObject)), len(window.findChildren(QMenu)), translators

    first = {}
    for code in ("es", "en"):
        window.switch_language(code)
        first[code] = kept()  # English has one translator, Spanish two (Qt's words too)
    for code in ("es", "en", "es", "en", "es"):
        window.switch_language(code)
        assert kept() == first[code], code
    bar = window.menuBar()
    assert [a.text().replace("&", "") for a in bar.actions()] == ["Archivo", "Ver", "Ayuda"]
    # The new bar has the text size and theme chosen before, as the old one had.
    assert bar.font().pixelSize() == theme.text_px(200, False)
    drawn = bar.grab().toImage().pixelColor(bar.width() - 2, 2).name()
    assert drawn == theme.theme_for(True).surface.lower()


def test_dates_in_fields_follow_the_language(make_main_window):
    """After switching to Spanish, a date field says "diciembre", not "December"."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    window = make_main_window(persist=False)
    window.show()
    window.switch_language("es")
    window.show_tab("timeline")
    field = window.tab("timeline").findChild(QDateEdit)
    field.setDate(QDate(2027, 3, 3))
    assert "marzo" in field.text(), field.text()
    window.switch_language("en")
    window.show_tab("timeline")
    field = window.tab("timeline").findChild(QDateEdit)
    field.setDate(QDate(2027, 3, 3))
    assert "March" in field.text(), field.text()
