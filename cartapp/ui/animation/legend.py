"""The legend beside the picture: each shape drawn small, with its name."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from cartapp.ui.animation.actors import FACTORIES, Ink


def legend_icon(kind: str, ink: Ink, size: int, ratio: float = 1.0) -> QPixmap:
    """A picture of one actor, as in the animation, fitted into a square."""
    actor = FACTORIES[kind](ink)
    rect = actor.boundingRect()
    pixels = max(1, round(size * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = pixels / max(rect.width(), rect.height(), 1)
    painter.translate(QPointF(pixels / 2, pixels / 2))
    painter.scale(scale, scale)
    painter.translate(-rect.center())
    actor.draw(painter)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class LegendPanel(QWidget):
    """Names the shapes of the current scene; meaning never rests on colour alone."""

    def __init__(self, names: Mapping[str, str], parent=None) -> None:
        super().__init__(parent)
        self._names = {key: text for key, text in names.items() if key in FACTORIES}
        self._keys: tuple[str, ...] = ()
        self._heading = QLabel(self.tr("Shapes in this scene"))
        self._heading.setObjectName("sectionHeading")
        self._heading.setWordWrap(True)
        self._grid = QGridLayout()
        self._grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self._heading)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Legend"))

    def show_keys(self, keys: tuple[str, ...]) -> None:
        self._keys = tuple(k for k in keys if k in self._names)
        self._rebuild()

    def keys(self) -> tuple[str, ...]:
        return self._keys

    def texts(self) -> list[str]:
        return [self._names[k] for k in self._keys]

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._rebuild()

    def _rebuild(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        ink = Ink.for_background(self.palette().color(QPalette.ColorRole.Window))
        size = max(28, round(self.fontMetrics().height() * 1.9))
        for row, key in enumerate(self._keys):
            icon = QLabel()
            icon.setPixmap(legend_icon(key, ink, size, self.devicePixelRatioF()))
            icon.setFixedSize(size, size)
            icon.setAccessibleName(self._names[key])
            text = QLabel(self._names[key])
            text.setWordWrap(True)
            self._grid.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(text, row, 1, Qt.AlignmentFlag.AlignVCenter)
