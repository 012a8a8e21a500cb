"""Buttons, scene chooser, speed and the position slider under the picture."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from cartapp.ui import icons
from cartapp.ui.animation.clock import SPEEDS
from cartapp.ui.widgets.button_row import ButtonRow


class PlayerControls(QWidget):
    """What a family presses. Reports wishes up; the tab decides what happens.

    Signals:
        play_toggled(): Play or Pause was pressed.
        previous_requested(), next_requested(), replay_requested(): step buttons.
        scene_chosen(int): a scene was picked from the list (0-based).
        speed_chosen(float): a speed was picked.
        scrubbed(int): the slider was moved to this story time in ms.
    """

    play_toggled = Signal()
    previous_requested = Signal()
    next_requested = Signal()
    replay_requested = Signal()
    scene_chosen = Signal(int)
    speed_chosen = Signal(float)
    scrubbed = Signal(int)

    def __init__(self, scene_titles: list[str], total_ms: int, parent=None) -> None:
        super().__init__(parent)
        self._playing = False
        self.previous = self._button(self.tr("Previous"), "previous", self.previous_requested)
        self.play = self._button(self.tr("Play"), "play", self.play_toggled)
        self.play.setProperty("primary", True)
        self.next = self._button(self.tr("Next"), "next", self.next_requested)
        self.replay = self._button(self.tr("Replay"), "replay", self.replay_requested)
        self.previous.setAccessibleName(self.tr("Previous scene"))
        self.next.setAccessibleName(self.tr("Next scene"))
        self.replay.setAccessibleName(self.tr("Replay from the start"))

        self.scenes = QComboBox()
        # Long titles are cut short rather than pushing the window wider at large text.
        self.scenes.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scenes.setMinimumContentsLength(14)
        self.scenes.addItems([f"{n}. {t}" for n, t in enumerate(scene_titles, start=1)])
        self.scenes.setAccessibleName(self.tr("Choose a scene"))
        self.scenes.activated.connect(self.scene_chosen)
        self.speed = QComboBox()
        for speed, text in zip(
            SPEEDS,
            (self.tr("Slow (0.5×)"), self.tr("Normal (1×)"), self.tr("Fast (1.5×)")),
            strict=True,
        ):
            self.speed.addItem(text, speed)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.setAccessibleName(self.tr("Speed"))
        self.speed.activated.connect(lambda i: self.speed_chosen.emit(self.speed.itemData(i)))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, total_ms)
        self.slider.setSingleStep(250)
        self.slider.setPageStep(2000)
        self.slider.setAccessibleName(self.tr("Position in the story"))
        self.slider.valueChanged.connect(self._on_slider_moved)
        self._scene_label = QLabel(self.tr("Scene"))
        self._scene_label.setBuddy(self.scenes)
        self._speed_label = QLabel(self.tr("Speed"))
        self._speed_label.setBuddy(self.speed)

        # Buttons wrap onto a second line rather than shrink at large text.
        buttons = ButtonRow([self.previous, self.play, self.next, self.replay])
        # Scene and speed share a line: the controls stay on screen under the picture,
        # so at large text every line they take is a line the picture loses.
        # A widget of its own: at large text the tab moves it into the scrolling words so
        # the pinned bar keeps only what plays and steps the story.
        self.choosers = QWidget()
        self._choose = QGridLayout(self.choosers)
        self._choose.setContentsMargins(0, 0, 0, 0)
        self.stack_choosers(False)
        rows = QVBoxLayout(self)
        self.rows = rows
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(buttons)
        rows.addWidget(self.slider)
        rows.addWidget(self.choosers)
        self._apply_sizes()

    def stack_choosers(self, stacked: bool) -> None:
        """Scene and speed on one line, or (at large text) one under the other, so
        neither list is wider than the tab."""
        grid = self._choose
        for widget in (self._scene_label, self.scenes, self._speed_label, self.speed):
            grid.removeWidget(widget)
        row, column = (1, 0) if stacked else (0, 2)
        grid.addWidget(self._scene_label, 0, 0)
        grid.addWidget(self.scenes, 0, 1)
        grid.addWidget(self._speed_label, row, column)
        grid.addWidget(self.speed, row, column + 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 0)

    def _button(self, text: str, icon: str, signal) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("iconName", icon)
        button.clicked.connect(signal)
        return button

    # -- the tab tells us what is going on ------------------------------------------

    def set_playing(self, playing: bool) -> None:
        self._playing = playing
        self.play.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play.setProperty("iconName", "pause" if playing else "play")
        self._apply_icons()

    def set_time(self, ms: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(ms))
        self.slider.blockSignals(False)

    def set_scene(self, index: int, count: int) -> None:
        self.scenes.setCurrentIndex(index)
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index < count - 1)

    def set_speed(self, speed: float) -> None:
        best = min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - speed))
        self.speed.setCurrentIndex(best)

    def set_reduced_motion(self, reduced: bool) -> None:
        """Stills need no play, speed or slider; stepping is all there is."""
        for widget in (self.play, self.slider, self.speed, self._speed_label):
            widget.setVisible(not reduced)

    def _on_slider_moved(self, value: int) -> None:
        self.scrubbed.emit(value)

    # -- look -----------------------------------------------------------------------

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._apply_sizes()

    def _apply_sizes(self) -> None:
        target = max(32, round(self.fontMetrics().height() * 1.9))
        for widget in (self.previous, self.play, self.next, self.replay, self.scenes, self.speed):
            widget.setMinimumHeight(target)
        # A touch's reach, not a button's height: at large text every pixel the pinned
        # bar takes is one the picture loses.
        self.slider.setMinimumHeight(max(44, round(self.fontMetrics().height() * 1.1)))
        # The slider gets what is left after the scene list, but never less than a thumb's reach.
        self.slider.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        self._apply_icons()

    def _apply_icons(self) -> None:
        # Icons take the colour of the button's words: primary on plain buttons,
        # the "on primary" colour on the filled Play button.
        palette = self.palette()
        plain = palette.color(QPalette.ColorRole.Accent).name()
        filled = palette.color(QPalette.ColorRole.HighlightedText).name()
        side = max(16, round(self.fontMetrics().height() * 0.9))
        for button in (self.previous, self.play, self.next, self.replay):
            name = button.property("iconName")
            colour = filled if button.property("primary") else plain
            try:
                button.setIcon(icons.icon(name, colour))
            except OSError:  # a missing icon file leaves the word, which is enough
                continue
            button.setIconSize(QSize(side, side))
