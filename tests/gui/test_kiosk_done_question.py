"""'Clear everything now?' shows all its words at every text size, in every language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from cartapp.ui import i18n, theme
from cartapp.ui.kiosk.done_dialog import DoneQuestion

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("scale", [100, 150, 200])
def test_no_word_of_the_question_is_cut(app_look, qtbot, language, scale):
    i18n.install(language)
    theme.apply(app_look, theme.STANDARD, scale, kiosk=True)
    dialog = DoneQuestion(None, offer_print=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    for button in dialog.findChildren(QPushButton):
        # Before the fix, at 200 % the buttons were squeezed to "eep goin".
        assert button.width() >= button.sizeHint().width(), (button.text(), button.width())
        assert button.height() >= 44
    for label in dialog.findChildren(QLabel):
        needed = label.heightForWidth(label.width()) if label.wordWrap() else 0
        assert label.height() >= needed, (label.text(), label.height(), needed)
    dialog.close()
