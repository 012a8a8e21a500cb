"""A scene's last frame with its words, as one image: for screenshots and print-outs."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPalette

from cartapp.model.story import Scene
from cartapp.ui.animation.scene_base import SCENE_RECT
from cartapp.ui.animation.view import StoryView

STILL_SIZE = (1280, 720)


def render_still(
    view: StoryView,
    scene: Scene,
    counter: str,
    font: QFont,
    palette: QPalette,
    size: tuple[int, int] = STILL_SIZE,
) -> QImage:
    """Draw whatever moment ``view`` shows now, with counter, title and caption below."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Window))
    margin = 28
    px = max(18, round(height / 34))
    body = QFont(font)
    body.setPixelSize(px)
    title = QFont(font)
    title.setPixelSize(round(px * 1.2))
    title.setBold(True)
    small = QFont(font)
    small.setPixelSize(round(px * 0.8))

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    text_width = width - 2 * margin
    flags = int(Qt.TextFlag.TextWordWrap)
    blocks = [
        (small, counter, palette.color(QPalette.ColorRole.PlaceholderText)),
        (title, scene.title, palette.color(QPalette.ColorRole.WindowText)),
        (body, scene.caption, palette.color(QPalette.ColorRole.WindowText)),
    ]
    heights = []
    for block_font, text, _ in blocks:
        painter.setFont(block_font)
        heights.append(painter.boundingRect(QRectF(0, 0, text_width, height), flags, text).height())
    text_height = sum(heights) + 8 * len(blocks)

    picture_height = height - text_height - 3 * margin
    scale = min(text_width / SCENE_RECT.width(), picture_height / SCENE_RECT.height())
    picture = QRectF(0, 0, SCENE_RECT.width() * scale, SCENE_RECT.height() * scale)
    picture.moveCenter(QRectF(margin, margin, text_width, picture_height).center())
    view.render_to(painter, picture)

    y = margin * 2 + picture_height
    for (block_font, text, colour), block_height in zip(blocks, heights, strict=True):
        painter.setFont(block_font)
        painter.setPen(colour)
        painter.drawText(QRectF(margin, y, text_width, block_height), flags, text)
        y += block_height + 8
    painter.end()
    return image
