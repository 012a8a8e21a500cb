"""The kiosk's welcome: what this is, in which language, and one big Start."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cartapp import APP_NAME
from cartapp.config import ClinicInfo
from cartapp.ui.kiosk.choice_marks import mark_choice, side_by_side_or_stacked
from cartapp.ui.kiosk.hold import HOLD_MS, PressAndHold
from cartapp.ui.plain_text import plain_label
from cartapp.ui.widgets.vertical_scroll import vertical_scroll

LOGO_MAX = QSize(360, 120)


def load_logo(path: Path | None, box: QSize = LOGO_MAX, ratio: float = 1.0) -> QPixmap:
    """The clinic's logo fitted into ``box``; an empty pixmap if it cannot be drawn."""
    if path is None:
        return QPixmap()
    if path.suffix.lower() == ".svg":
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            return QPixmap()
        size = renderer.defaultSize().scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
        image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        pixmap = QPixmap.fromImage(image)
    else:
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            return pixmap
        pixmap = pixmap.scaled(
            box * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class StartScreen(QWidget):
    """Signals:
    start_requested(str): the family pressed Start; the chosen language code.
    language_chosen(str): a language was picked; the screen's words follow it.
    admin_requested(): staff held the title or logo for three seconds.
    """

    start_requested = Signal(str)
    language_chosen = Signal(str)
    admin_requested = Signal()

    def __init__(
        self,
        clinic: ClinicInfo,
        languages: Sequence[tuple[str, str]],
        *,
        language: str = "en",
        hold_ms: int = HOLD_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._languages = list(languages) or [("en", "English")]
        codes = [code for code, _name in self._languages]
        self._default = language if language in codes else codes[0]
        self._clinic = clinic

        self.logo = QLabel()
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)

        clinic_name = plain_label(clinic.name)
        clinic_name.setObjectName("sectionHeading")
        clinic_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        clinic_name.setWordWrap(True)
        clinic_name.setVisible(bool(clinic.name))
        self.title = QLabel(APP_NAME)
        self.title.setObjectName("tabHeading")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.what = what = QLabel()
        what.setWordWrap(True)
        what.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose = choose = QLabel()
        choose.setObjectName("sectionHeading")
        choose.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.language_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addStretch(1)
        for code, native in self._languages:
            button = QPushButton(native)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setAccessibleName(native)
            button.toggled.connect(lambda on, c=code: on and self._on_language(c))
            self._group.addButton(button)
            self.language_buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        choose.setBuddy(next(iter(self.language_buttons.values())))

        # Who is reading changes how the guide speaks ("your child" or "you") and
        # puts a teen's own questions first; it never hides anything.
        self.who = who = QLabel()
        who.setObjectName("sectionHeading")
        who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        from cartapp.ui.first_run import PARENT, reader_choices

        self._reader_names = reader_choices()
        self._reader_group = QButtonGroup(self)
        self._reader_group.setExclusive(True)
        self.reader_buttons: dict[str, QPushButton] = {}
        self._readers = readers = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        readers.setSpacing(12)
        readers.addStretch(1)
        for code, words in self._reader_names.items():
            button = QPushButton(words)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.toggled.connect(lambda on, c=code: on and self._on_reader(c))
            self._reader_group.addButton(button)
            self.reader_buttons[code] = button
            readers.addWidget(button)
        readers.addStretch(1)
        who.setBuddy(self.reader_buttons[PARENT])

        self.start_button = QPushButton()
        self.start_button.setProperty("primary", True)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(
            lambda: self.start_requested.emit(self.selected_language())
        )
        self.cleared = cleared = QLabel()
        cleared.setObjectName("tabPurpose")
        cleared.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cleared.setWordWrap(True)

        column = QVBoxLayout()
        column.setSpacing(16)
        column.addWidget(self.logo)
        column.addWidget(clinic_name)
        column.addSpacing(8)
        column.addWidget(self.title)
        column.addWidget(what)
        column.addSpacing(28)
        column.addWidget(choose)
        column.addLayout(row)
        column.addSpacing(20)
        column.addWidget(who)
        column.addLayout(readers)
        column.addSpacing(28)
        column.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(cleared)
        self._holder = holder = QWidget()
        holder.setMaximumWidth(820)
        holder.setLayout(column)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(holder, 100)
        middle.addStretch(1)
        page = QWidget()
        page.setObjectName("startPage")
        inner = QVBoxLayout(page)
        inner.setContentsMargins(32, 32, 32, 32)
        inner.addStretch(2)
        inner.addLayout(middle)
        inner.addStretch(3)
        # Large text on a small screen must scroll, never overlap or cut off.
        self._scroll = scroll = vertical_scroll(page, name="")
        scroll.setStyleSheet("QScrollArea, QWidget#startPage { background: transparent; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._holds = [PressAndHold(widget, hold_ms) for widget in (self.title, self.logo)]
        for hold in self._holds:
            hold.held.connect(self.admin_requested)
        self._show_logo()
        self._set_words()
        self._fit()
        self.reset()

    # -- public ---------------------------------------------------------------

    def selected_language(self) -> str:
        for code, button in self.language_buttons.items():
            if button.isChecked():
                return code
        return self._default

    def select_language(self, code: str) -> None:
        if code in self.language_buttons:
            self.language_buttons[code].setChecked(True)

    def selected_reader(self) -> str:
        for code, button in self.reader_buttons.items():
            if button.isChecked():
                return code
        return "parent"

    def select_reader(self, code: str) -> None:
        if code in self.reader_buttons:
            self.reader_buttons[code].setChecked(True)

    def reset(self) -> None:
        """Back to the clinic's language and a parent reading, focus on Start: ready
        for the next family."""
        self.select_language(self._default)
        self._on_language(self._default)
        self.select_reader("parent")
        self._on_reader("parent")
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- behaviour ------------------------------------------------------------

    def _set_words(self) -> None:
        """Every word on the screen, in the language installed now (a family that taps
        "Español" reads the rest of this screen in Spanish before pressing Start)."""
        from cartapp.ui.first_run import reader_choices

        self.setAccessibleName(self.tr("Welcome"))
        self._scroll.setAccessibleName(self.tr("Welcome"))
        self.logo.setAccessibleName(self._clinic.name or self.tr("Clinic logo"))
        self.what.setText(
            self.tr(
                "A plain-language guide to CAR T-cell therapy for children, "
                "teens and young adults with leukemia, and their families."
            )
        )
        self.choose.setText(self.tr("Choose your language"))
        for button in self.language_buttons.values():
            button.setAccessibleDescription(self.tr("Language"))
        self.who.setText(self.tr("Who is reading?"))
        self._reader_names = reader_choices()
        for code, button in self.reader_buttons.items():
            button.setAccessibleName(self._reader_names[code])
            button.setAccessibleDescription(self.tr("Who is reading"))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start"))
        self.start_button.setAccessibleDescription(self.tr("Opens the guide"))
        self.cleared.setText(self.tr("When you finish, everything you entered is cleared."))
        self._on_reader(self.selected_reader())

    def _on_language(self, chosen: str) -> None:
        mark_choice(self.language_buttons, dict(self._languages), chosen, self.palette())
        self.language_chosen.emit(chosen)

    def _on_reader(self, chosen: str) -> None:
        mark_choice(self.reader_buttons, self._reader_names, chosen, self.palette())
        room = min(self._holder.maximumWidth(), self._holder.width() or 820) - 24  # margins
        side_by_side_or_stacked(self._readers, list(self.reader_buttons.values()), room)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._on_reader(self.selected_reader())

    def _show_logo(self) -> None:
        pixmap = load_logo(self._clinic.logo, LOGO_MAX, self.devicePixelRatioF())
        self.logo.setPixmap(pixmap)
        self.logo.setVisible(not pixmap.isNull())

    def _fit(self) -> None:
        px = self.font().pixelSize() if self.font().pixelSize() > 0 else 20
        line = self.fontMetrics().height()
        self.start_button.setStyleSheet(
            f"min-height: {max(64, round(line * 1.6))}px; min-width: {max(280, line * 8)}px;"
            f" font-size: {round(px * 1.25)}px;"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        elif event.type() == QEvent.Type.LanguageChange:
            self._set_words()
        elif event.type() == QEvent.Type.PaletteChange:
            self._on_language(self.selected_language())
            self._on_reader(self.selected_reader())
