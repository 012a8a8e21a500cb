"""The window: tabs, keyboard, text size, theme, persistence, links."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMenuBar,
    QTextBrowser,
)

from cartapp.ui import theme


def test_title_and_tab_order(make_main_window):
    window = make_main_window()
    assert window.windowTitle() == "CAR T Family Guide"
    assert window.tab_keys()[:1] == ["overview"]
    order = ["overview", "mechanism", "conditions", "risks", "timeline", "life", "questions"]
    present = [k for k in order if k in window.tab_keys()]
    assert window.tab_keys() == present
    assert {"overview", "conditions", "risks"} <= set(window.tab_keys())


def test_tabs_are_built_on_first_visit(make_main_window):
    window = make_main_window()
    assert set(window.built_tabs()) == {"overview"}
    window.show_tab("risks")
    assert "risks" in window.built_tabs()


def _shown(window, qtbot):
    """Show and activate: shortcuts only reach an active window."""
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _key(qtbot, window, key, modifier=Qt.KeyboardModifier.ControlModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_ctrl_number_and_ctrl_tab_switch_tabs(make_main_window, qtbot):
    window = _shown(make_main_window(), qtbot)
    keys = window.tab_keys()
    _key(qtbot, window, Qt.Key.Key_3)
    assert window.current_key() == keys[2]
    _key(qtbot, window, Qt.Key.Key_Tab)
    assert window.current_key() == keys[3 % len(keys)]
    _key(qtbot, window, Qt.Key.Key_1)
    assert window.current_key() == "overview"


def test_text_size_steps_and_limits(make_main_window, qtbot):
    window = _shown(make_main_window(), qtbot)
    _key(qtbot, window, Qt.Key.Key_Equal)
    assert window.text_scale() == 110
    assert QApplication.font().pixelSize() == theme.text_px(110)
    for _ in range(15):
        window.larger_action.trigger()
    assert window.text_scale() == 200
    assert not window.larger_action.isEnabled()
    _key(qtbot, window, Qt.Key.Key_Minus)
    assert window.text_scale() == 190
    _key(qtbot, window, Qt.Key.Key_0)
    assert window.text_scale() == 100
    assert not window.smaller_action.isEnabled()


def _no_sideways_scrolling(window, qtbot) -> None:
    for key in window.tab_keys():
        tab = window.show_tab(key)
        QApplication.processEvents()
        for browser in tab.findChildren(QTextBrowser):
            if not browser.isVisible():
                continue
            bar = browser.horizontalScrollBar()
            # The range settles once Qt has laid the page out again.
            qtbot.waitUntil(lambda b=bar: b.maximum() == 0, timeout=3000)
            doc_width = browser.document().idealWidth()
            assert doc_width <= browser.viewport().width() + 1, f"{key}: text clipped"


def test_200_percent_text_reflows_without_sideways_scrolling(make_main_window, qtbot):
    window = make_main_window()
    window.show()
    qtbot.waitExposed(window)
    window.set_text_scale(200)
    _no_sideways_scrolling(window, qtbot)
    reader = window.tab("overview").reader
    assert reader.font().pixelSize() == 32
    window.resize(800, 600)
    _no_sideways_scrolling(window, qtbot)


def test_reader_follows_text_size(make_main_window, qtbot):
    window = make_main_window()
    window.show()
    reader = window.tab("overview").reader
    before = reader.document().size().height()
    window.set_text_scale(160)
    QApplication.processEvents()
    assert reader.document().size().height() > before * 1.3


def test_high_contrast_changes_palette_and_pages(make_main_window, qtbot):
    window = make_main_window()
    window.contrast_action.trigger()
    palette = QApplication.palette()
    assert palette.color(palette.ColorRole.Base).name() == "#000000"
    assert palette.color(palette.ColorRole.Text).name() == "#ffffff"
    html = window.tab("risks").reader.toHtml().lower()
    assert "#ffd700" in html
    window.contrast_action.trigger()
    assert QApplication.palette().color(palette.ColorRole.Base).name() == "#ffffff"


def test_view_settings_persist_between_runs(make_main_window, user_dirs):
    window = make_main_window()
    window.set_text_scale(150)
    window.set_high_contrast(True)
    window.resize(760, 540)  # fits the offscreen screen, so it is restored as is
    window.close()
    assert (user_dirs[1] / "settings.ini").is_file()
    again = make_main_window()
    assert again.text_scale() == 150
    assert again.contrast_action.isChecked()
    again.restore_geometry()
    assert again.width() == 760


def test_settings_not_written_when_not_persisting(make_main_window, user_dirs):
    window = make_main_window(persist=False)
    window.set_text_scale(150)
    window.close()
    assert not (user_dirs[1] / "settings.ini").exists()


def test_glossary_link_shows_definition_in_place(make_main_window, qtbot):
    window = make_main_window()
    window.show()
    tab = window.show_tab("overview")
    target = next(t for t in tab.reader.link_targets() if t.startswith("glossary:"))
    tab.reader.anchorClicked.emit(QUrl(target))
    assert tab.definition.isVisible()
    term = window.library.glossary.get(target.split(":", 1)[1])
    assert tab.definition.word() == term.word
    assert tab.definition.definition() == term.definition
    assert window.current_key() == "overview"
    qtbot.keyClick(tab.definition, Qt.Key.Key_Escape)
    assert not tab.definition.isVisible()


def test_glossary_links_are_reachable_by_keyboard(make_main_window, qtbot):
    window = _shown(make_main_window(), qtbot)
    tab = window.show_tab("conditions")
    tab.reader.setFocus()
    qtbot.keyClick(tab.reader, Qt.Key.Key_Tab)
    cursor = tab.reader.textCursor()
    assert cursor.hasSelection()
    assert cursor.charFormat().isAnchor()
    with qtbot.waitSignal(tab.reader.anchorClicked):
        qtbot.keyClick(tab.reader, Qt.Key.Key_Return)


def test_question_links_are_reported(make_main_window, qtbot):
    window = make_main_window()
    tab = window.tab("risks")
    assert any(t == "question:side-effects.crs-signs" for t in tab.reader.link_targets())
    with qtbot.waitSignal(tab.question_requested) as signal:
        tab.reader.anchorClicked.emit(QUrl("question:side-effects.crs-signs"))
    assert signal.args == ["side-effects.crs-signs"]


def test_outside_links_open_in_system_browser_never_inside(make_main_window, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "cartapp.ui.main_window.QDesktopServices.openUrl", lambda url: opened.append(url.toString())
    )
    window = make_main_window()
    tab = window.tab("overview")
    before = tab.reader.toPlainText()
    tab.reader.anchorClicked.emit(QUrl("https://example.org/page"))
    assert opened == ["https://example.org/page"]
    assert tab.reader.toPlainText() == before
    assert tab.reader.loadResource(0, QUrl("https://example.org/x.png")).isEmpty()


def test_every_control_has_an_accessible_name(make_main_window):
    window = make_main_window()
    for key in window.tab_keys():
        window.show_tab(key)
    kinds = (QAbstractButton, QLineEdit, QComboBox, QListWidget, QTextBrowser)
    for widget in window.findChildren(QAbstractButton) + [
        w for kind in kinds[1:] for w in window.findChildren(kind)
    ]:
        if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QMenuBar):
            continue  # Qt's own helpers (menu bar overflow, scroll arrows)
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        assert name.strip(), f"{type(widget).__name__} {widget.objectName()} has no name"


def test_every_control_shows_keyboard_focus(make_main_window):
    window = make_main_window()
    sheet = QApplication.instance().styleSheet()
    for selector in (
        "QPushButton:focus",
        "QLineEdit:focus",
        "QTextBrowser:focus",
        "QListWidget#navigation:focus",
    ):
        assert selector in sheet
    focusable = [w for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in focusable)


def test_text_uses_the_shipped_font(make_main_window):
    make_main_window()
    assert QFont(theme.FONT_FAMILY).exactMatch()


def test_sources_dialog_lists_every_part_of_the_guide(make_main_window):
    from cartapp.ui.dialogs import sources_html

    window = make_main_window()
    html = sources_html(window.library)
    for heading in [window.library.page(n).title for n in ("overview", "conditions", "risks")]:
        assert heading in html
    assert "Treatment steps" in html and "How it works" in html
    assert html.count("Last checked:") >= 4


def test_words_to_know_lists_every_glossary_word(make_main_window):
    from cartapp.ui.dialogs import glossary_html

    window = make_main_window()
    html = glossary_html(window.library)
    assert all(term.word in html for term in window.library.glossary.terms)
    assert any("Words to know" in a.text().replace("&", "") for a in window.help_menu.actions())


def test_family_dates_persist_at_home(make_main_window):
    import datetime as dt

    from cartapp.model.timeline import PlanInputs

    window = make_main_window()
    window.tab("timeline").set_plan_inputs(
        PlanInputs(infusion_date=dt.date(2027, 6, 1), stay_near_days=35)
    )
    window.close()
    again = make_main_window()
    restored = again.tab("timeline").plan_inputs()
    assert restored.infusion_date == dt.date(2027, 6, 1)
    assert restored.stay_near_days == 35


def test_section_links_jump_within_the_page(make_main_window, qtbot):
    window = make_main_window()
    window.show()
    tab = window.show_tab("risks")
    bar = tab.reader.verticalScrollBar()
    assert bar.value() == 0
    tab.reader.anchorClicked.emit(QUrl("#relapse"))
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert window.current_key() == "risks"
