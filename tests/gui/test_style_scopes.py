"""A text size or theme change restyles what is on screen at once and every other tab
before it is shown, without the application-wide repolish (cartapp.ui.style_scopes)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from cartapp.ui import theme

pytestmark = pytest.mark.gui


@pytest.fixture
def window(make_main_window, qtbot):
    window = make_main_window()
    window.show()
    qtbot.waitExposed(window)
    for key in window.tab_keys():
        window.show_tab(key)
    window.show_tab("overview")
    QApplication.processEvents()
    return window


def _base(widget) -> str:
    return widget.palette().color(QPalette.ColorRole.Base).name().upper()


def test_the_tab_on_screen_changes_at_once_and_the_others_wait(window):
    app_sheet = QApplication.instance().styleSheet()
    window.set_text_scale(150)
    window.set_high_contrast(True)
    overview, risks = window.tab("overview"), window.tab("risks")
    px = theme.text_px(150)
    assert overview.font().pixelSize() == px
    assert overview.findChild(QLabel).font().pixelSize() >= px
    assert _base(overview) == theme.HIGH_CONTRAST.background.upper()
    assert f"{theme.HIGH_CONTRAST.primary}" in overview.styleSheet()
    # Not restyled while hidden: this is what keeps a change under 100 ms.
    assert window.style_scopes.pending(risks)
    assert QApplication.instance().styleSheet() == app_sheet
    window.show_tab("risks")
    assert not window.style_scopes.pending(risks)
    assert risks.font().pixelSize() == px
    assert _base(risks) == theme.HIGH_CONTRAST.background.upper()
    for button in risks.findChildren(QPushButton):
        assert button.font().pixelSize() == px, button.text()


def test_the_window_chrome_follows_the_change(window):
    window.set_high_contrast(True)
    nav = window._nav
    assert _base(nav) == theme.HIGH_CONTRAST.background.upper()
    assert theme.HIGH_CONTRAST.primary in window.menuBar().styleSheet()
    # The window's own background comes from the palette, not from a stale sheet.
    assert (
        window.palette().color(QPalette.ColorRole.Window).name().upper()
        == theme.HIGH_CONTRAST.surface.upper()
    )


def test_a_dialog_opened_after_a_change_has_the_new_look(window, qtbot):
    window.set_text_scale(180)
    window.set_high_contrast(True)
    dialog = QDialog(window)
    label = QLabel("A question", dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert label.font().pixelSize() == theme.text_px(180)
    assert _base(dialog) == theme.HIGH_CONTRAST.background.upper()
    assert theme.HIGH_CONTRAST.surface in dialog.styleSheet()
    dialog.close()


def test_back_to_the_start_look(window):
    window.set_text_scale(200)
    window.set_high_contrast(True)
    window.set_text_scale(100)
    window.set_high_contrast(False)
    window.show_tab("questions")
    questions = window.tab("questions")
    assert questions.font().pixelSize() == theme.text_px(100)
    assert _base(questions) == theme.STANDARD.background.upper()
    assert theme.HIGH_CONTRAST.primary not in questions.styleSheet()


def test_a_change_looks_exactly_like_starting_in_that_look(make_main_window, qtbot):
    """Every tab, drawn after changing to 200 % and high contrast at run time, is the
    same picture, pixel for pixel, as in a window started that way (this found the
    bank's topic headings keeping their old size)."""

    def pictures(window) -> dict:
        window.show()
        qtbot.waitExposed(window)
        shots = {}
        for key in window.tab_keys():
            window.show_tab(key)
            for _ in range(5):
                QApplication.processEvents()
            shots[key] = window.grab().toImage()
        return shots

    changed = make_main_window(persist=False)
    for key in changed.tab_keys():
        changed.show_tab(key)
    changed.show_tab("overview")
    changed.set_text_scale(200)
    changed.set_high_contrast(True)
    after_change = pictures(changed)
    changed.close()

    started = make_main_window(persist=False, start_look=(200, True))
    from_start = pictures(started)
    different = [key for key in from_start if from_start[key] != after_change[key]]
    assert not different, f"tabs that look different after a change: {different}"


def test_tabs_built_again_in_another_language_keep_the_chosen_look(window):
    window.set_text_scale(160)
    window.set_high_contrast(True)
    window.switch_language("es")
    for key in ("overview", "questions"):
        tab = window.show_tab(key)
        assert tab.font().pixelSize() == theme.text_px(160), key
        assert _base(tab) == theme.HIGH_CONTRAST.background.upper(), key
    window.switch_language("en")
