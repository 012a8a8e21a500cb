"""The picture: one QGraphicsScene holding every scene's layer, scaled to fit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView

from cartapp.model.story import Story
from cartapp.ui.animation.actors import Ink
from cartapp.ui.animation.scene_base import SCENE_RECT, Kit, StoryScene
from cartapp.ui.animation.scenes import build_scene

# Keys the tab acts on; the view lets them through instead of scrolling.
_PASSED_KEYS = {
    Qt.Key.Key_Space,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}

# Words in the picture are sized in scene units, so they grow with the picture; a larger
# text size makes them larger too, up to what still fits beside the cells.
TAG_PX = 21
TAG_PX_MAX = 32


class StoryView(QGraphicsView):
    """Shows any moment of the story. Scenes are built the first time they show."""

    def __init__(self, story: Story, parent=None) -> None:
        super().__init__(parent)
        self._story = story
        self._graphics = QGraphicsScene(SCENE_RECT, self)
        # Actors move every frame; a spatial index would be rebuilt constantly.
        self._graphics.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(self._graphics)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
            | QPainter.RenderHint.TextAntialiasing
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 120)  # small windows at large text keep the caption whole
        self.setObjectName("storyPicture")
        self._kit = Kit(self._ink(), story.labels, self._tag_font())
        self._scenes: list[StoryScene | None] = [None] * len(story.scenes)
        self._current = -1
        self._apply_background()

    # -- showing a moment -----------------------------------------------------------

    def show_frame(self, index: int, local_ms: float) -> None:
        scene = self.scene_at(index)
        if index != self._current:
            if self._current >= 0 and self._scenes[self._current] is not None:
                self._scenes[self._current].layer.setVisible(False)
            scene.layer.setVisible(True)
            self._current = index
        duration = self._story.scenes[index].duration_ms
        scene.frame(min(max(local_ms / duration, 0.0), 1.0))

    def scene_at(self, index: int) -> StoryScene:
        scene = self._scenes[index]
        if scene is None:
            info = self._story.scenes[index]
            scene = build_scene(info.id, info.title, self._kit)
            self._graphics.addItem(scene.layer)
            self._scenes[index] = scene
        return scene

    def current_index(self) -> int:
        return self._current

    def missing_labels(self) -> set[str]:
        return set(self._kit.missing)

    def render_to(self, painter: QPainter, target: QRectF) -> None:
        """Draw the current moment into ``target``, keeping the picture's shape."""
        self._graphics.render(painter, target, SCENE_RECT, Qt.AspectRatioMode.KeepAspectRatio)

    def grab_frame(self, width: int = 500) -> QImage:
        height = round(width * SCENE_RECT.height() / SCENE_RECT.width())
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self._graphics.backgroundBrush().color())
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.render_to(painter, QRectF(0, 0, width, height))
        painter.end()
        return image

    # -- fitting, theme and keys ------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(SCENE_RECT, Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fitInView(SCENE_RECT, Qt.AspectRatioMode.KeepAspectRatio)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_background()
            ink = self._ink()
            self._kit.ink = ink
            for scene in self._scenes:
                if scene is not None:
                    scene.set_ink(ink)
        elif event.type() == QEvent.Type.FontChange:
            font = self._tag_font()
            self._kit.font = font
            for scene in self._scenes:
                if scene is not None:
                    scene.set_tag_font(font)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            # The theme's focus outline does not reach a graphics view; draw it here.
            painter = QPainter(self.viewport())
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -2, -2))
            painter.end()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def keyPressEvent(self, event) -> None:
        if event.key() in _PASSED_KEYS and not event.modifiers():
            event.ignore()
            return
        super().keyPressEvent(event)

    def _background(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Window)

    def _ink(self) -> Ink:
        return Ink.for_background(self._background())

    def _apply_background(self) -> None:
        self._graphics.setBackgroundBrush(self._background())
        self.resetCachedContent()

    def _tag_font(self) -> QFont:
        font = QFont(self.font())
        app_px = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 4 / 3)
        font.setPixelSize(max(TAG_PX, min(TAG_PX_MAX, round(app_px * 1.3))))
        font.setBold(True)
        return font
