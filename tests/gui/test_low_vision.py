"""Low vision and motor access: the animation grows with the text, disabled fields look
disabled, arrows are there and big enough, focus rings are thick and visible, targets
are large enough, and the first window fits the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionSpinBox,
    QWidget,
)

from cartapp.model.contrast import contrast_ratio
from cartapp.ui import theme
from cartapp.ui.widgets.link_focus import RING_PX, focused_link_rects
from cartapp.ui.window_size import first_geometry, fits_a_screen


def picture_area(window) -> int:
    tab = window.show_tab("mechanism")
    QApplication.processEvents()
    return tab.view.width() * tab.view.height()


def test_the_animation_picture_grows_at_200_percent(make_main_window, qtbot):
    window = make_main_window(persist=False)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    normal = picture_area(window)
    window.set_text_scale(200)
    qtbot.wait(50)
    large = picture_area(window)
    assert large >= normal, (normal, large)


def test_the_animation_controls_stay_on_screen_at_200_percent(make_main_window, qtbot):
    window = make_main_window(persist=False)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.set_text_scale(200)
    tab = window.show_tab("mechanism")
    qtbot.wait(50)
    for button in (tab.controls.play, tab.controls.next, tab.controls.previous):
        top_left = button.mapTo(window, button.rect().topLeft())
        bottom = top_left.y() + button.height()
        assert button.isVisible() and top_left.y() >= 0 and bottom <= window.height(), button.text()


@pytest.mark.parametrize("t", theme.all_themes(), ids=lambda t: t.name)
def test_disabled_fields_look_disabled(t):
    sheet = theme.style_sheet(t, 16)
    rule = sheet.split("QSpinBox:disabled, QComboBox:disabled")[1].split("}")[0]
    # Greyed words on a grey field with a dashed edge: shape as well as colour.
    assert f"color: {t.secondary_text}" in rule and "dashed" in rule
    assert f"background: {t.surface}" in rule
    # The words of a disabled field still read at 4.5:1 on its background.
    assert contrast_ratio(t.secondary_text, t.surface) >= 4.5


def test_the_unset_date_field_is_disabled_and_drawn(make_main_window):
    window = make_main_window(persist=False)
    date = window.show_tab("timeline")._ui.date_edit
    assert not date.isEnabled() and not date.grab().isNull()


@pytest.mark.parametrize("kiosk, least", [(False, 24), (True, 44)])
def test_spin_and_combo_arrows_are_targets(qtbot, kiosk, least):
    app = QApplication.instance()
    theme.apply(app, theme.STANDARD, 100, kiosk=kiosk)
    try:
        spin, combo = QSpinBox(), QComboBox()
        combo.addItems(["one", "two"])
        for widget in (spin, combo):
            qtbot.addWidget(widget)
            widget.resize(300, 60)
            widget.show()
        option = QStyleOptionSpinBox()
        spin.initStyleOption(option)
        for part in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
            rect = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, spin)
            assert rect.width() >= least and rect.height() >= min(least, spin.height() - 4)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        rect = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, combo
        )
        assert rect.width() >= least
        for path in theme.arrow_files(theme.STANDARD) + theme.arrow_files(theme.HIGH_CONTRAST):
            assert Path(path).exists()
    finally:
        theme.apply(app, theme.STANDARD, 100)


@pytest.mark.parametrize("t", theme.all_themes(), ids=lambda t: t.name)
def test_focus_rings_are_thick_and_meet_3_to_1(t):
    for background in (t.background, t.surface):
        assert contrast_ratio(t.focus, background) >= 3.0
        assert contrast_ratio(t.primary, background) >= 3.0  # the link ring's colour
    sheet = theme.style_sheet(t, 16)
    for rule in sheet.split("}"):
        if ":focus" in rule and "border:" in rule:
            width = int(rule.split("border:")[1].strip().split("px")[0])
            assert width >= 2, rule
    assert RING_PX >= 2


def test_a_focused_link_gets_a_ring(make_main_window, qtbot):
    window = make_main_window(persist=False)
    window.show()
    tab = window.show_tab("overview")
    reader = tab.reader
    reader.setFocus()
    qtbot.waitUntil(reader.hasFocus)
    reader.focusNextPrevChild(True)  # Tab moves to the first link
    qtbot.waitUntil(lambda: reader.textCursor().hasSelection(), timeout=2000)
    assert focused_link_rects(reader)


@pytest.mark.parametrize("kiosk, least", [(False, 24), (True, 44)])
def test_every_control_is_a_big_enough_target(make_main_window, qtbot, kiosk, least):
    app = QApplication.instance()
    window = make_main_window(persist=False)
    theme.apply(app, theme.STANDARD, 100, kiosk=kiosk)
    window.show()
    small = []
    for key in window.tab_keys():
        tab = window.show_tab(key)
        QApplication.processEvents()
        for widget in tab.findChildren(QWidget):
            kinds = (QAbstractButton, QComboBox, QLineEdit, QSpinBox, QDateEdit)
            if not isinstance(widget, kinds) or not widget.isVisibleTo(window):
                continue
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            size = (widget.width(), widget.height())
            if min(size) < least:
                small.append(
                    f"{key}: {type(widget).__name__} "
                    f"{widget.accessibleName() or widget.objectName()} {size}"
                )
    theme.apply(app, theme.STANDARD, 100)
    assert small == []


def test_the_first_window_fits_a_small_laptop_screen():
    laptop = QRect(0, 0, 1366, 728)  # 1366 x 768 less a panel
    rect = first_geometry(laptop)
    assert laptop.contains(rect) and rect.width() <= 1280 and rect.height() <= 800
    big = QRect(0, 0, 2560, 1400)
    assert first_geometry(big).size().width() == 1280
    assert first_geometry(big).center() == big.center()


def test_a_remembered_place_off_every_screen_is_not_restored(make_main_window):
    assert not fits_a_screen(QRect(3000, 100, 1280, 800), [QRect(0, 0, 1920, 1040)])
    assert not fits_a_screen(QRect(0, 0, 1900, 1200), [QRect(0, 0, 1366, 728)])
    assert fits_a_screen(QRect(100, 100, 1200, 600), [QRect(0, 0, 1366, 728)])
    window = make_main_window(persist=False)
    window.prefs.set_geometry(window.saveGeometry())
    window.move(5000, 5000)
    window.prefs.set_geometry(window.saveGeometry())
    window.restore_geometry(screens=[QRect(0, 0, 1366, 728)])
    assert QRect(0, 0, 1366, 728).contains(window.geometry())


@pytest.mark.parametrize("t", theme.all_themes(), ids=lambda t: t.name)
def test_check_boxes_and_radio_buttons_have_a_visible_box(t):
    sheet = theme.style_sheet(t, 16)
    rule = sheet.split("QCheckBox::indicator, QRadioButton::indicator {{".replace("{{", "{"))[1]
    rule = rule.split("}")[0]
    # In high contrast the platform's box was black on black.
    assert f"border: 2px solid {t.text}" in rule
    assert contrast_ratio(t.text, t.background) >= 3.0
    for name in ("check", "dot"):
        assert Path(theme.control_file(t, name)).exists()
