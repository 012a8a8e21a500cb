"""Line icons from ``resources/icons`` (Lucide), recoloured from the palette."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cartapp import paths

# What each icon means in the app, so callers name the meaning, not the drawing.
ICONS = {
    "call": "triangle-alert",
    "note": "info",
    "do": "circle-check",
    "short": "list-checks",
    "soon": "phone",
    "approved": "badge-check",
    "research": "flask-conical",
    "more": "book-open-text",
    "overview": "book-open",
    "mechanism": "play",
    "conditions": "stethoscope",
    "risks": "shield-alert",
    "timeline": "calendar-days",
    "life": "house-heart",
    "center": "hospital",
    "questions": "message-circle-question",
    "add": "plus",
    "print": "printer",
    "save": "save",
    "open": "folder-open",
    "close": "x",
    "search": "search",
    "up": "arrow-up",
    "down": "arrow-down",
    "remove": "trash-2",
    "ask-first": "star",
    "pdf": "file-text",
    "pause": "pause",
    "previous": "skip-back",
    "next": "skip-forward",
    "replay": "rotate-ccw",
}


@lru_cache(maxsize=256)
def _svg_bytes(name: str, colour: str) -> bytes:
    svg = paths.resource("icons", f"{ICONS.get(name, name)}.svg").read_text(encoding="utf-8")
    return svg.replace("currentColor", colour).encode("utf-8")


def image(name: str, colour: str, size: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(_svg_bytes(name, colour)))
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return img


def icon(name: str, colour: str, size: int = 48) -> QIcon:
    return QIcon(QPixmap.fromImage(image(name, colour, size)))
