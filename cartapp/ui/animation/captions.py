"""Words under the picture: where we are in the story, the scene's title and caption."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cartapp.model.story import Scene


class CaptionPanel(QWidget):
    """Always on screen. Sizes follow the application font, so text size settings reach it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.counter = QLabel()
        self.counter.setObjectName("tabPurpose")
        self.counter.setWordWrap(True)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.counter, self.title, self.caption):
            label.setTextFormat(Qt.TextFormat.PlainText)
        # The counter's line has room to spare; the tab puts a button at its end.
        self.header = QHBoxLayout()
        self.header.addWidget(self.counter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(self.header)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        self._apply_fonts()

    def show_scene(self, number: int, total: int, scene: Scene) -> None:
        self.counter.setText(self.tr("Scene {n} of {total}").format(n=number, total=total))
        self.title.setText(scene.title)
        self.caption.setText(scene.caption)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()

    def _apply_fonts(self) -> None:
        # A style sheet, not setFont: with the app's style sheet active, Qt re-polishes
        # labels after a text-size change and would put back a font set directly.
        base = self.font()
        px = base.pixelSize() if base.pixelSize() > 0 else round(base.pointSizeF() * 4 / 3)
        self.title.setStyleSheet(f"font-size: {round(px * 1.25)}px; font-weight: bold;")
        self.caption.setStyleSheet(f"font-size: {round(px * 1.2)}px;")
