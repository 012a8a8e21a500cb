"""The lines above a page take what they need, up to where the page would keep fewer
than PAGE_LINES lines (never below half the tab); beyond that they scroll on their own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from cartapp.ui.widgets.page_header import PAGE_LINES, SHARE, PageHeader

pytestmark = pytest.mark.gui


def _header(qtbot, lines: int) -> PageHeader:
    header = PageHeader("About this page", 6)
    qtbot.addWidget(header)
    for n in range(lines):
        label = QLabel(f"Line {n} of the words above the page")
        label.setWordWrap(True)
        header.rows.addWidget(label)
    header.resize(600, 100)
    header.show()
    QApplication.processEvents()
    return header


def test_a_short_header_takes_its_height_and_no_keyboard_stop(qtbot):
    header = _header(qtbot, 2)
    header.fit(800)
    assert not header.scrolls()
    assert header.height() == header.needed_height(header.width())
    assert header.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_tall_header_stops_where_the_page_keeps_its_lines_and_scrolls(qtbot):
    header = _header(qtbot, 30)
    room = 600
    header.fit(room)
    line = header.fontMetrics().height()
    cap = max(round(room * SHARE), room - line * PAGE_LINES)
    assert header.needed_height(header.width()) > cap
    assert header.scrolls() and header.height() == cap
    assert header.focusPolicy() == Qt.FocusPolicy.StrongFocus, "its keys scroll it"
    QApplication.processEvents()
    assert header.verticalScrollBar().maximum() > 0


def test_a_header_never_takes_more_than_half_a_short_tab(qtbot):
    header = _header(qtbot, 30)
    room = header.fontMetrics().height() * PAGE_LINES  # the page could not keep its lines
    header.fit(room)
    assert header.height() == round(room * SHARE)


def test_a_few_pixels_over_are_given_by_the_page_not_scrolled(qtbot):
    """Up to an eighth of a line over the cap the page gives up the pixels; one more
    and the header scrolls (a scroll bar for 4 px of a line hid nothing worth it)."""
    header = _header(qtbot, 6)
    needed = header.needed_height(header.width())
    line = header.fontMetrics().height()
    slack = line // 8
    header.fit(needed - slack + line * PAGE_LINES)  # the cap is `slack` px short
    assert not header.scrolls()
    assert header.height() == needed
    header.fit(needed - slack - 1 + line * PAGE_LINES)
    assert header.scrolls()


def test_a_new_line_in_the_header_fits_it_again(qtbot):
    header = _header(qtbot, 2)
    header.fit(800)
    before = header.height()
    header.rows.addWidget(QLabel("One more line"))
    QApplication.processEvents()
    assert header.height() > before


@pytest.mark.parametrize("scale", [100, 200])
def test_at_home_on_a_laptop_no_page_header_scrolls(make_main_window, qtbot, scale):
    """The rule is for a kiosk's large text: at home, up to 200 %, it changes nothing."""
    window = make_main_window(persist=False)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.set_text_scale(scale)
    for key in ("overview", "conditions", "risks"):
        tab = window.show_tab(key)
        for _ in range(3):
            QApplication.processEvents()
        assert not tab.header.scrolls(), key
        assert tab.header.height() == tab.header.needed_height(tab.header.width()), key
    life = window.show_tab("life")
    for row, name in enumerate(("at-home", "after", "teens", "support")):
        life.page_list.setCurrentRow(row)
        for _ in range(3):
            QApplication.processEvents()
        header = life.current_reader().header
        assert life.current_name() == name
        assert not header.scrolls(), name
