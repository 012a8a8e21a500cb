"""Where the "How it works" tab puts its picture, words and controls.

At ordinary text sizes the legend sits beside the picture and everything but the
player controls scrolls together. At large text on a small screen that left the
picture a thin strip above the fold: there the picture is pinned at the top and
takes whatever height the pinned controls and a few lines of words leave it, the
words (caption, scene and speed choosers, legend, introduction) scroll under it,
and the pinned bar keeps only what plays and steps the story.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from cartapp.ui.animation.scene_base import SCENE_RECT
from cartapp.ui.widgets.vertical_scroll import vertical_scroll

translate = QCoreApplication.translate

LARGE_TEXT_PX = 24  # from 150 % at home; a kiosk's larger base text reaches it sooner
WORD_LINES = 3  # lines of words left in view under a pinned picture
MIN_PICTURE_PX = 120
SIDE = 16  # the tab's left and right margin


class _ContentLayout(QVBoxLayout):
    """Word-wrapped labels give the layout a height-for-width that QScrollArea honours
    by making the content taller than the view. At ordinary sizes that would push
    the controls below the fold for nothing, so it is ignored; at large text it is
    what keeps every caption line and button whole."""

    large_text = False

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return self.large_text and super().hasHeightForWidth()


class StoryArrangement:
    """Builds the tab's layout once and moves its parts when the text size crosses
    LARGE_TEXT_PX."""

    def __init__(self, tab: QWidget, *, intro, stack, view, legend, captions, voice_note, controls):
        self._tab = tab
        self._intro, self._view, self._legend = intro, view, legend
        self._captions, self._voice_note, self._controls = captions, voice_note, controls
        picture = stack.widget(0)
        self._picture_row = QBoxLayout(QBoxLayout.Direction.LeftToRight, picture)
        self._picture_row.setContentsMargins(0, 0, 0, 0)
        # The stack sits in a holder so that, pinned, it gets the tab's side margins.
        self._holder = QWidget()
        self._holder_layout = QVBoxLayout(self._holder)
        self._holder_layout.addWidget(stack)
        content = QWidget()
        self._content = _ContentLayout(content)
        self._content.setContentsMargins(SIDE, 8, SIDE, 12)
        # At large text in a small window the words stay whole: they scroll up and
        # down (never sideways) instead of being squeezed.
        self.scroll = vertical_scroll(content, name=translate("MechanismTab", "How it works"))
        self._outer = QVBoxLayout(tab)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(0)
        controls.setContentsMargins(SIDE, 4, SIDE, 8)
        self.large: bool | None = None

    def apply(self) -> None:
        """Arrange for the tab's current font; cheap when nothing changes."""
        font = self._tab.font()
        px = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 4 / 3)
        large = px >= LARGE_TEXT_PX
        if large != self.large:
            self.large = large
            self._place(large)
        self._fit_legend()
        self.fit_picture()

    def _place(self, large: bool) -> None:
        for layout in (self._outer, self._content, self._picture_row):
            while layout.count():
                layout.takeAt(0)
        self._content.large_text = large
        words_policy = QSizePolicy.Policy.Ignored if large else QSizePolicy.Policy.Expanding
        self.scroll.setSizePolicy(QSizePolicy.Policy.Expanding, words_policy)
        self._picture_row.addWidget(self._view, 1)
        choosers = self._controls.choosers
        self._controls.stack_choosers(large)
        if large:
            self._holder_layout.setContentsMargins(SIDE, 8, SIDE, 0)
            # The picture gets a ceiling, not a fixed height (that would become the
            # window's minimum and hold it past a small screen's edge); the words ask
            # for no height of their own, so the picture fills up to its ceiling first.
            self._outer.addWidget(self._holder, 1)
            self._outer.addWidget(self.scroll)
            for widget in (self._captions, self._voice_note, choosers, self._legend):
                self._content.addWidget(widget)
            self._content.addWidget(self._intro)
            self._content.addStretch(1)
        else:
            self._holder_layout.setContentsMargins(0, 0, 0, 0)
            self._picture_row.addWidget(self._legend)
            self._outer.addWidget(self.scroll, 1)
            self._content.addWidget(self._intro)
            self._content.addWidget(self._holder, 1)
            self._content.addWidget(self._captions)
            self._content.addWidget(self._voice_note)
            self._controls.rows.addWidget(choosers)
            self._holder.setMinimumHeight(0)
            self._holder.setMaximumHeight(16_777_215)
            self.scroll.setMinimumHeight(0)
        self._outer.addWidget(self._controls)
        self._content.invalidate()

    def fit_picture(self) -> None:
        """Pinned, the picture takes the height its width allows, less what the
        controls and a few lines of words need."""
        if not self.large:
            return
        width = max(1, self._tab.width() - 2 * SIDE)
        controls = self._controls
        bar = (
            controls.heightForWidth(self._tab.width())
            if controls.hasHeightForWidth()
            else controls.sizeHint().height()
        )
        words = self._tab.fontMetrics().height() * WORD_LINES
        room = self._tab.height() - bar - words - 8
        shaped = round(width * SCENE_RECT.height() / SCENE_RECT.width())
        self._holder.setMinimumHeight(MIN_PICTURE_PX + 8)
        self._holder.setMaximumHeight(max(MIN_PICTURE_PX, min(shaped, room)) + 8)
        self.scroll.setMinimumHeight(min(words, self._tab.fontMetrics().height() * 2))

    def _fit_legend(self) -> None:
        # Beside the picture the legend takes a width that follows the text; under
        # the picture, the whole width.
        if self.large:
            self._legend.setMinimumWidth(0)
            self._legend.setMaximumWidth(16_777_215)
            return
        metrics = self._tab.fontMetrics()
        self._legend.setFixedWidth(round(metrics.averageCharWidth() * 17 + metrics.height() * 2.6))
