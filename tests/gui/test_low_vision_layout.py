"""Low vision on a small laptop: what a family actually sees of the animation at 200 %
text, focus rings that differ from the resting look, and targets everywhere in the
window (not only inside the tabs)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QWidget,
)

from cartapp.model.contrast import contrast_ratio
from cartapp.ui import theme
from cartapp.ui.animation.scene_base import SCENE_RECT
from cartapp.ui.window_size import first_geometry

LAPTOP = QRect(0, 0, 1366, 728)  # 1366 x 768 less a panel


def on_window(widget: QWidget, rect: QRect, window: QWidget) -> QRect:
    """``rect`` (in ``widget``'s coordinates) as the window shows it: cut by every
    ancestor, so a part scrolled out of view does not count."""
    shown = QRect(widget.mapTo(window, rect.topLeft()), rect.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown = shown.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return shown.intersected(window.rect())


def laptop_window(make_main_window, qtbot, scale: int, *, high_contrast: bool = False):
    window = make_main_window(persist=False)
    window.setGeometry(first_geometry(LAPTOP))
    window.show()
    qtbot.waitExposed(window)
    if high_contrast:
        window.set_high_contrast(True)
    window.set_text_scale(scale)
    tab = window.show_tab("mechanism")
    for _ in range(4):
        QApplication.processEvents()
    return window, tab


def shown_picture(window, tab) -> QRect:
    view = tab.view
    scene = view.mapFromScene(SCENE_RECT).boundingRect().intersected(view.viewport().rect())
    return on_window(view.viewport(), scene, window)


def area(rect: QRect) -> int:
    return max(0, rect.width()) * max(0, rect.height())


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high-contrast"])
def test_at_200_percent_the_picture_a_laptop_shows_is_larger(
    make_main_window, qtbot, high_contrast
):
    window, tab = laptop_window(make_main_window, qtbot, 100, high_contrast=high_contrast)
    normal = shown_picture(window, tab)
    window.set_text_scale(200)
    for _ in range(4):
        QApplication.processEvents()
    large = shown_picture(window, tab)
    assert area(large) >= area(normal) * 1.2, (normal, large)
    # The whole picture is in view, not a strip of it above the fold.
    view = tab.view
    whole = view.mapFromScene(SCENE_RECT).boundingRect().intersected(view.viewport().rect())
    assert large.size() == whole.size()


def test_at_200_percent_on_a_laptop_the_player_is_on_screen(make_main_window, qtbot):
    window, tab = laptop_window(make_main_window, qtbot, 200)
    assert window.height() <= LAPTOP.height()
    controls = tab.controls
    for widget in (controls.previous, controls.play, controls.next, controls.slider):
        shown = on_window(widget, widget.rect(), window)
        assert widget.isVisible() and shown.size() == widget.size(), widget.accessibleName()
    # Scene and speed are still there, under the caption.
    assert controls.scenes.isVisibleTo(window) and controls.speed.isVisibleTo(window)


def test_labels_in_the_picture_grow_with_it(make_main_window, qtbot):
    window, tab = laptop_window(make_main_window, qtbot, 100)
    small = tab.view.transform().m11() * tab.view._kit.font.pixelSize()
    window.set_text_scale(200)
    for _ in range(4):
        QApplication.processEvents()
    large = tab.view.transform().m11() * tab.view._kit.font.pixelSize()
    assert large >= small * 1.5, (small, large)


def _rule(sheet: str, selector: str) -> str:
    start = sheet.index(selector)
    return sheet[start : sheet.index("}", start)]


def _border_px(rule: str) -> int:
    return int(rule.split("border:")[1].strip().split("px")[0])


# Each focusable kind: its resting rule and its focused rule in the style sheet.
FOCUS_PAIRS = [
    ("QPushButton, QToolButton {", "QPushButton:focus, QToolButton:focus {"),
    ("QLineEdit, QPlainTextEdit, QTextEdit, QDateEdit, QSpinBox, QComboBox {", "QSpinBox:focus,"),
    ("QListWidget, QTreeWidget, QListView, QTreeView {", "QListWidget:focus,"),
]


@pytest.mark.parametrize("t", theme.all_themes(), ids=lambda t: t.name)
@pytest.mark.parametrize("kiosk", [False, True], ids=["home", "kiosk"])
def test_focus_adds_a_ring_of_2px_that_shows(t, kiosk):
    sheet = theme.style_sheet(t, theme.text_px(200, kiosk), kiosk=kiosk)
    for resting, focused in FOCUS_PAIRS:
        rest, focus = _rule(sheet, resting), _rule(sheet, focused)
        assert f"solid {t.focus}" in focus, focused
        # A thicker line of the same colour is not enough: the ring adds 2 px.
        assert _border_px(focus) - _border_px(rest) >= theme.FOCUS_RING_PX, focused
    bare_rules = ("QCheckBox:focus, QRadioButton:focus {", "QSlider:focus {", "QScrollArea:focus {")
    for bare in (*bare_rules, "QTextBrowser:focus"):
        assert _border_px(_rule(sheet, bare)) >= theme.FOCUS_RING_PX, bare
    for ground in (t.background, t.surface):
        assert contrast_ratio(t.focus, ground) >= 3.0
    # The filled Play button's ring is drawn in the words' colour on its fill.
    assert contrast_ratio(t.on_primary, t.primary) >= 3.0


@pytest.mark.parametrize("kiosk, least", [(False, 24), (True, 44)])
def test_the_slider_thumb_is_a_target(qtbot, kiosk, least):
    app = QApplication.instance()
    theme.apply(app, theme.STANDARD, 100, kiosk=kiosk)
    try:
        slider = QSlider(Qt.Orientation.Horizontal)
        qtbot.addWidget(slider)
        slider.resize(400, slider.sizeHint().height())
        slider.show()
        option = QStyleOptionSlider()
        slider.initStyleOption(option)
        handle = slider.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
        )
        assert handle.width() >= least and handle.height() >= least, handle
    finally:
        theme.apply(app, theme.STANDARD, 100)


@pytest.mark.parametrize("scale", [100, 200])
def test_every_control_in_the_whole_window_is_a_target(make_main_window, qtbot, scale):
    window = make_main_window(persist=False)
    window.setGeometry(first_geometry(LAPTOP))
    window.show()
    window.set_text_scale(scale)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractSlider)
    small = []
    for key in window.tab_keys():
        window.show_tab(key)
        QApplication.processEvents()
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, kinds) or not widget.isVisibleTo(window):
                continue
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if isinstance(widget, QScrollBar):
                continue  # the wheel and keys scroll too; the theme sizes its bar
            if min(widget.width(), widget.height()) < 24:
                small.append(f"{key}: {type(widget).__name__} {widget.accessibleName()}")
    assert sorted(set(small)) == []
