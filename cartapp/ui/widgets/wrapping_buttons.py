"""Check boxes and radio buttons whose words wrap.

Qt's own never wrap: at 200 % text, in Spanish or on a kiosk's 1280 px touch screen,
one long label made its whole tab wider than the window, cut off at the right with
no way to scroll to it. These draw the box as Qt does and the words wrapped beside
it, ask for the height their words need at the width they get, and stay a
QCheckBox or QRadioButton to everything else: the keyboard, the style sheet and
screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
)

_WRAP = int(Qt.TextFlag.TextWordWrap)


class _WrapsWords:
    """For a QAbstractButton subclass with a box beside its words."""

    _CONTROL: QStyle.ControlElement
    _CONTENTS: QStyle.SubElement

    def _setup(self) -> None:
        # Qt's are (Minimum, Fixed): never narrower than one line, never taller. These
        # take a wrapped label's policy: a layout honours the height for the width only
        # up to a Fixed item's one-line height.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _box_option(self, width: int, height: int) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.rect = QRect(0, 0, width, height)
        return option

    def _text_area(self, width: int, height: int) -> QRect:
        """Right of the box, as wide as the button allows."""
        option = self._box_option(width, height)
        beside = self.style().subElementRect(self._CONTENTS, option, self)
        return QRect(beside.left(), 0, max(1, width - beside.left() - 2), height)

    def _words_height(self, width: int) -> int:
        area = self._text_area(width, 10_000)
        bounds = QRect(0, 0, area.width(), 100_000)
        return self.fontMetrics().boundingRect(bounds, _WRAP, self.text()).height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        one_line = super().sizeHint().height()
        extra = one_line - self.fontMetrics().height()  # the style's own room
        return max(one_line, self._words_height(width) + max(0, extra))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        hint = super().minimumSizeHint()
        box = self._text_area(hint.width(), hint.height()).left()
        return QSize(box + widest + 4, hint.height())

    def hitButton(self, pos) -> bool:  # noqa: N802 - Qt override
        return self.rect().contains(pos)  # every line of the words, as one line would be

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        painter.drawControl(self._CONTROL, self._box_option(self.width(), self.height()))
        self.style().drawItemText(
            painter,
            self._text_area(self.width(), self.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | _WRAP,
            self.palette(),
            self.isEnabled(),
            self.text(),
            QPalette.ColorRole.WindowText,
        )


class WrappingCheckBox(_WrapsWords, QCheckBox):
    _CONTROL = QStyle.ControlElement.CE_CheckBox
    _CONTENTS = QStyle.SubElement.SE_CheckBoxContents

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(text, parent)
        self._setup()


class WrappingRadioButton(_WrapsWords, QRadioButton):
    _CONTROL = QStyle.ControlElement.CE_RadioButton
    _CONTENTS = QStyle.SubElement.SE_RadioButtonContents

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(text, parent)
        self._setup()
