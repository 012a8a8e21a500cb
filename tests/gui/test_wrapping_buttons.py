"""Check boxes and radio buttons whose words wrap instead of widening their tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QRadioButton, QVBoxLayout, QWidget

from cartapp.ui.widgets.wrapping_buttons import WrappingCheckBox, WrappingRadioButton

pytestmark = pytest.mark.gui

WORDS = "Incluir nuestras fechas del tratamiento en la hoja impresa"


@pytest.mark.parametrize(
    ("kind", "plain"), [(WrappingCheckBox, QCheckBox), (WrappingRadioButton, QRadioButton)]
)
def test_words_wrap_in_a_narrow_column_and_the_whole_button_answers(qtbot, kind, plain):
    holder = QWidget()
    column = QVBoxLayout(holder)
    button = kind(WORDS)
    column.addWidget(button)
    qtbot.addWidget(holder)
    one_line = plain(WORDS).sizeHint()
    assert button.sizeHint() == one_line  # as wide as Qt's own where there is room
    assert button.minimumSizeHint().width() < one_line.width() // 2
    holder.resize(one_line.width() // 2, 400)
    holder.show()
    qtbot.waitExposed(holder)
    assert button.width() < one_line.width()
    assert button.height() >= button.heightForWidth(button.width()) > one_line.height()
    # The last line of the words is part of the target, as a one-line label would be.
    qtbot.mouseClick(
        button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() - 4, button.height() - 4)
    )
    assert button.isChecked()
    assert isinstance(button, plain)  # a screen reader still meets a check box or radio


def test_on_one_line_it_draws_as_qt_does(qtbot):
    pair = QWidget()
    column = QVBoxLayout(pair)
    ours, qts = WrappingCheckBox("Large print"), QCheckBox("Large print")
    for button in (ours, qts):
        button.setChecked(True)
        column.addWidget(button)
    column.addStretch(1)
    qtbot.addWidget(pair)
    pair.resize(400, 200)
    pair.show()
    qtbot.waitExposed(pair)
    assert ours.size() == qts.size()
    assert ours.grab().toImage() == qts.grab().toImage()
