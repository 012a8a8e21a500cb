"""A painted track of the treatment steps: three zones, each drawn at its own scale.

Weeks before Day 0, days around it and months after it do not fit one scale, so each
zone gets its own, with light ticks showing its unit. Where everything goes is worked
out in ``timeline_geometry`` and drawn by ``timeline_paint``; this widget holds the
steps and takes keys, clicks and taps.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from cartapp.ui.widgets.timeline_geometry import TrackGeometry
from cartapp.ui.widgets.timeline_items import TrackItem, TrackPlacement, TrackZone
from cartapp.ui.widgets.timeline_paint import TrackView, paint_track

# The track's content types live beside the geometry that measures them; callers keep
# importing them from the track.
__all__ = ["TimelineTrack", "TrackItem", "TrackZone"]


class TimelineTrack(QWidget):
    """The steps along a line; one step is always selected.

    Signals:
        current_changed(int): the selected step changed (keyboard, click or tap).
    """

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[TrackItem] = []
        self._zones: list[TrackZone] = []
        self._current = -1
        self._geo: TrackGeometry | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # --- public ------------------------------------------------------------------

    def set_content(self, items: list[TrackItem], zones: list[TrackZone]) -> None:
        self._items, self._zones = list(items), list(zones)
        self._current = min(max(self._current, 0), len(items) - 1)
        self._relayout()
        self._announce()

    def items(self) -> list[TrackItem]:
        return list(self._items)

    def current_index(self) -> int:
        return self._current

    def set_current(self, index: int) -> None:
        index = max(0, min(index, len(self._items) - 1))
        if index == self._current:
            return
        self._current = index
        self._announce()
        self.update()
        self.current_changed.emit(index)

    def is_vertical(self) -> bool:
        return self._placement(self.width()).vertical

    def item_rect(self, index: int) -> QRectF:
        """Where a step can be clicked or tapped, in widget coordinates."""
        return QRectF(self._placement(self.width()).hits[index])

    # --- size --------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._placement(width).height + 0.999)

    def sizeHint(self) -> QSize:
        sizes = self._geometry()
        slot = (sizes.min_slot() + sizes.text_inset) / 0.92
        width = int(slot * max(len(self._items), 1) + 2 * sizes.margin)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetricsF(self.font())
        sizes = self._geometry()
        width = int(sizes.vertical_text_left + fm.horizontalAdvance("M" * 8) + sizes.margin)
        return QSize(width, self.heightForWidth(width))

    # --- events ------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.PaletteChange,
            QEvent.Type.StyleChange,
            QEvent.Type.ApplicationFontChange,
        ):
            self._relayout()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Some containers ignore height-for-width; a matching minimum keeps labels whole.
        needed = self.heightForWidth(event.size().width())
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
        key = Qt.Key(event.key())
        if key in step and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.set_current(self._current + step[key])
        elif key == Qt.Key.Key_Home:
            self.set_current(0)
        elif key == Qt.Key.Key_End:
            self.set_current(len(self._items) - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Touch taps arrive here too: Qt turns them into mouse presses for this widget.
        if event.button() == Qt.MouseButton.LeftButton:
            geo = self._placement(self.width())
            radius = self._geometry().radius
            # A bar or point first (anywhere along a bar), then the words under it.
            for mark in geo.marks:
                if geo.mark_rect(mark, radius).adjusted(-4, -4, 4, 4).contains(event.position()):
                    self.setFocus(Qt.FocusReason.MouseFocusReason)
                    self.set_current(mark.item)
                    event.accept()
                    return
            hits = [*enumerate(geo.hits), *((g.item, g.hit) for g in geo.guests)]
            for index, rect in hits:
                if rect.contains(event.position()):
                    self.setFocus(Qt.FocusReason.MouseFocusReason)
                    self.set_current(index)
                    event.accept()
                    return
        super().mousePressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    # --- painting ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._items:
            return
        sizes = self._geometry()
        view = TrackView(
            sizes=sizes,
            geo=sizes.place(self.width()),
            items=self._items,
            palette=self.palette(),
            current=self._current,
            focused=self.hasFocus(),
            width=self.width(),
        )
        painter = QPainter(self)
        paint_track(painter, view)
        painter.end()

    # --- geometry ----------------------------------------------------------------

    def _relayout(self) -> None:
        self._geo = None
        self.updateGeometry()
        self.update()

    def _geometry(self) -> TrackGeometry:
        # Kept until the font or the content changes; both come through _relayout.
        if self._geo is None:
            self._geo = TrackGeometry(self.font(), self._items, self._zones)
        return self._geo

    def _placement(self, width: int) -> TrackPlacement:
        return self._geometry().place(width)

    # --- accessibility -----------------------------------------------------------

    def _announce(self) -> None:
        if not 0 <= self._current < len(self._items):
            return
        item = self._items[self._current]
        # setAccessibleName() sends the NameChanged event itself, so a screen reader
        # hears the newly selected step without a separate update call.
        self.setAccessibleName(f"{item.title}, {item.timing}" if item.timing else item.title)
        self.setAccessibleDescription(
            self.tr("Treatment steps: step {0} of {1}. Use the arrow keys to move.").format(
                self._current + 1, len(self._items)
            )
        )
