"""The window's view settings: text size, high contrast, reduced motion, and the
navigation list that must stay readable at every size. A mixin of MainWindow."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon

from cartapp.ui import icons, theme


class ViewSettings:
    """Text size (100 to 200 %), theme and motion for the whole window."""

    def text_scale(self) -> int:
        return self.prefs.text_scale

    def set_text_scale(self, percent: int) -> None:
        percent = theme.clamp_scale(percent)
        self.prefs.text_scale = percent
        self._apply_view()
        self.text_scale_changed.emit(percent)

    def set_high_contrast(self, on: bool) -> None:
        self.prefs.high_contrast = on
        if self.contrast_action.isChecked() != on:
            # Its toggled signal calls back here: restyling twice doubled the wait.
            self.contrast_action.setChecked(on)
            return
        self._apply_view()
        self.theme_changed.emit(on)

    def set_reduced_motion(self, on: bool) -> None:
        self.prefs.reduced_motion = on
        if self.motion_action.isChecked() != on:
            self.motion_action.setChecked(on)
        if "mechanism" in self._tabs:
            self._tabs["mechanism"].set_reduced_motion(on)

    def _apply_view(self) -> None:
        # What is on screen now, the rest when shown: the application's sheet would
        # repolish every widget of every tab (cartapp.ui.style_scopes).
        self.style_scopes.apply(
            *theme.look(
                theme.theme_for(self.prefs.high_contrast),
                self.prefs.text_scale,
                kiosk=self.policy.kiosk,
            )
        )
        self._refresh_chrome()

    def _refresh_chrome(self) -> None:
        current = theme.theme_for(self.prefs.high_contrast)
        px = theme.text_px(self.prefs.text_scale, self.policy.kiosk)
        icon_px = round(px * 1.4)
        self._nav.setIconSize(QSize(icon_px, icon_px))
        for row, spec in enumerate(self._specs):
            item_icon = icons.icon(spec.icon, current.primary)
            item_icon.addPixmap(
                icons.icon(spec.icon, current.on_selection).pixmap(96), QIcon.Mode.Selected
            )
            self._nav.item(row).setIcon(item_icon)
        self._fit_navigation()
        self.larger_action.setEnabled(self.prefs.text_scale < theme.MAX_SCALE)
        self.smaller_action.setEnabled(self.prefs.text_scale > theme.MIN_SCALE)

    def _fit_navigation(self) -> None:
        """Wide enough for the longest label, at most a third of the window; labels
        that still do not fit wrap onto more lines instead of being cut."""
        px = theme.text_px(self.prefs.text_scale, self.policy.kiosk)
        icon_px = self._nav.iconSize().width()
        chrome = icon_px + 3 * px + 28  # icon, item padding and margins, focus border
        metrics = self._nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(spec.label) for spec in self._specs)
        width = min(widest + chrome, max(220, self.width() // 3))
        self._nav.setFixedWidth(width)
        text_width = max(40, width - chrome)
        for row, spec in enumerate(self._specs):
            rect = metrics.boundingRect(
                0, 0, text_width, 10_000, int(Qt.TextFlag.TextWordWrap), spec.label
            )
            height = max(rect.height(), icon_px) + px + 12
            self._nav.item(row).setSizeHint(QSize(width - 16, height))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_navigation()
