"""The legend beside the picture: each shape drawn small, with its name."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cartapp.ui.animation.actors import FACTORIES, Ink
from cartapp.ui.widgets.vertical_scroll import vertical_scroll


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
        self._rows: dict[str, tuple[QWidget, QLabel]] = {}
        self._heading = QLabel(self.tr("Shapes in this scene"))
        self._heading.setWordWrap(True)
        self._heading.setStyleSheet("font-weight: bold;")
        # Rows sit in a scroll area: at the largest text size they may not all fit.
        inner = QWidget()
        self._rows_layout = QVBoxLayout(inner)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.addStretch(1)
        scroll = vertical_scroll(inner, name=self.tr("Shapes in this scene"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self._heading)
        layout.addWidget(scroll, 1)
        self.setAccessibleName(self.tr("Legend"))

    def show_keys(self, keys: tuple[str, ...]) -> None:
        self._keys = tuple(k for k in keys if k in self._names)
        self._place_rows()

    def keys(self) -> tuple[str, ...]:
        return self._keys

    def texts(self) -> list[str]:
        return [self._names[k] for k in self._keys]

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            if self.isVisible():
                self._draw_icons()
            else:  # drawn when next shown: a theme change then costs nothing here
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self._draw_icons()

    def _row(self, key: str) -> QWidget:
        # Rows are made once and reused, so changing scenes never leaves stale widgets.
        if key not in self._rows:
            row = QWidget()
            icon = QLabel()
            icon.setAccessibleName(self._names[key])
            text = QLabel(self._names[key])
            text.setWordWrap(True)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 2, 0, 2)
            line.addWidget(icon, 0, Qt.AlignmentFlag.AlignVCenter)
            line.addWidget(text, 1, Qt.AlignmentFlag.AlignVCenter)
            self._rows[key] = (row, icon)
            self._draw_icon(key)
        return self._rows[key][0]

    def _place_rows(self) -> None:
        for row, _ in self._rows.values():
            self._rows_layout.removeWidget(row)
            row.hide()
        for position, key in enumerate(self._keys):
            row = self._row(key)
            self._rows_layout.insertWidget(position, row)
            row.show()

    def _draw_icons(self) -> None:
        for key in self._rows:
            self._draw_icon(key)

    def _draw_icon(self, key: str) -> None:
        ink = Ink.for_background(self.palette().color(QPalette.ColorRole.Window))
        size = max(28, round(self.fontMetrics().height() * 1.5))
        _, icon = self._rows[key]
        icon.setPixmap(legend_icon(key, ink, size, self.devicePixelRatioF()))
        icon.setFixedSize(size, size)
