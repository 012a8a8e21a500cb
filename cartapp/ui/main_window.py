"""The main window: composes the tabs, the menus and the view settings.

It is the only place that creates tabs and connects one tab's signal to
another's method. Tabs are built on first visit so the window opens fast.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from cartapp import APP_NAME
from cartapp.model.library import ContentLibrary
from cartapp.ui import plain_text, theme
from cartapp.ui.preferences import Preferences
from cartapp.ui.window_language import LanguageSwitch
from cartapp.ui.window_navigation import TabNavigation
from cartapp.ui.window_region import ReaderRegion
from cartapp.ui.window_view import ViewSettings


class MainWindow(TabNavigation, LanguageSwitch, ViewSettings, ReaderRegion, QMainWindow):
    """Signals:
    text_scale_changed(int): the text size in percent (100 to 200).
    tab_activity(): something is moving on screen (the animation plays).
    theme_changed(bool): True when high contrast is on.
    language_changed(str): the language code, after every tab was built again in it.
    """

    text_scale_changed = Signal(int)
    theme_changed = Signal(bool)
    tab_activity = Signal()
    language_changed = Signal(str)

    def __init__(
        self,
        library: ContentLibrary,
        prefs: Preferences,
        *,
        policy=None,
        build_first_tab: bool = True,
    ) -> None:
        super().__init__()
        from cartapp.policy import KioskPolicy

        self.policy = policy or KioskPolicy.home()
        self.library = library
        from cartapp.ui import speech

        speech.content_language = library.language
        self.kit_dialog = None
        self.prefs = prefs
        self._close_allowed = self.policy.may_quit()
        self._region_state = None  # set up on first use (ReaderRegion.region)
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(720, 520))
        self.autosave = None
        from cartapp.ui.window_tabs import tab_specs

        self._specs = tab_specs(self)
        self._tabs: dict[str, QWidget] = {}
        self._nav = QListWidget()
        self._nav.setObjectName("navigation")
        self._nav.setAccessibleName(self.tr("Sections of the guide"))
        self._nav.setWordWrap(True)
        self._nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._nav.setIconSize(QSize(24, 24))
        self._stack = QStackedWidget()
        from cartapp.ui.style_scopes import StyleScopes

        self.style_scopes = StyleScopes(self)
        self.style_scopes.defer_hidden_pages(self._stack)
        self._fill_navigation()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._nav)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._nav.currentRowChanged.connect(self._on_nav_changed)
        from cartapp.ui.window_menus import build_shortcuts

        self._rebuild_menus()
        build_shortcuts(self)
        self._refresh_chrome()
        if getattr(prefs, "notice", ""):
            QTimer.singleShot(0, lambda: self.statusBar().showMessage(prefs.notice, 15000))
        if build_first_tab:
            self._nav.setCurrentRow(0)
        else:
            # Mark the first section without building it (focus would otherwise
            # select and build it before the window's first paint).
            self._nav.blockSignals(True)
            self._nav.setCurrentRow(0)
            self._nav.blockSignals(False)

    # -- links between tabs and the outside -----------------------------------

    def _on_question_requested(self, question_id: str, source=None) -> None:
        questions = self.tab("questions")
        added = questions.add_question(question_id)
        if added:
            self._status(self.tr("Added to your questions."), 5000, say=source is None)
        if source is not None:  # said where the link was clicked, too
            question = self.library.bank.get(question_id)
            source.show_question_result(
                self.tr("Added to your questions: %1").replace("%1", question.text)
                if added and question
                else questions.mine.message.text()
            )

    def _on_plan_changed(self, inputs) -> None:
        from cartapp.model.timeline import rows_for_print

        self.prefs.set_plan_inputs(inputs.to_dict() if inputs else None)
        if "questions" in self._tabs and "timeline" in self._tabs:
            plan = self._tabs["timeline"].current_plan()
            self._tabs["questions"].set_plan_rows(rows_for_print(plan) if plan else [])

    def _status(self, text: str, ms: int, *, say: bool = True) -> None:
        """The status bar is not read by screen readers unless told."""
        from cartapp.ui.announce import announce

        self.statusBar().showMessage(text, ms)
        if say:
            announce(self.statusBar(), text)

    def _show_problem(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)
        plain_text.warn(self, APP_NAME, text)

    def _on_external_link(self, url: QUrl) -> None:
        if not self.policy.may_open_links():
            plain_text.inform(
                self,
                self.tr("Link"),
                self.tr("This address can be opened at home:\n%s") % url.toString(),
            )
            return
        QDesktopServices.openUrl(url)

    # -- window life ----------------------------------------------------------

    def restore_geometry(self, screens: list | None = None) -> None:
        """The remembered size and place at home if it is still on a screen, else a
        size that fits the screen the window opens on (``screens``: for tests)."""
        from PySide6.QtGui import QGuiApplication

        from cartapp.ui.window_size import first_geometry, fits_a_screen

        areas = (
            screens
            if screens is not None
            else [s.availableGeometry() for s in QGuiApplication.screens()]
        )
        saved = self.prefs.geometry()
        if (
            saved is not None
            and self.restoreGeometry(saved)
            and (not areas or fits_a_screen(self.frameGeometry(), areas))
        ):
            return
        if areas:
            self.setGeometry(first_geometry(areas[0]))
        else:
            self.resize(1280, 800)

    def allow_close(self) -> None:
        self._close_allowed = True

    def open_kit(self):
        """The safety kit dialog, started with what the family typed elsewhere."""
        from cartapp.ui.kit_entry import open_kit

        if self.kit_dialog is not None:
            self.kit_dialog.raise_()
            return self.kit_dialog
        return open_kit(self)

    def reset_session(self) -> None:
        """Forget everything a family did: lists, dates, search, view, place."""
        if self.kit_dialog is not None:  # its fields hold this family's name and dates
            self.kit_dialog.close()
            self.kit_dialog = None
        for tab in self._tabs.values():
            tab.reset()  # every tab is a cartapp.ui.tabs.protocol.Tab
        if "timeline" in self._tabs:
            from cartapp.model.timeline import PlanInputs

            self._tabs["timeline"].set_plan_inputs(PlanInputs())
        view_changed = self.prefs.text_scale != theme.MIN_SCALE or self.prefs.high_contrast
        self.prefs.text_scale = theme.MIN_SCALE
        self.prefs.high_contrast = False
        self.prefs.set_plan_inputs(None)
        for action in (self.contrast_action, self.motion_action):
            action.blockSignals(True)  # one restyle below, not one per setting
            action.setChecked(False)
            action.blockSignals(False)
        self.set_reduced_motion(False)
        if view_changed:  # restyling every widget is the slowest part of a reset
            self._apply_view()
            self.text_scale_changed.emit(theme.MIN_SCALE)
            self.theme_changed.emit(False)
        self.region.set_reader("parent")  # the start screen asks the next family again
        self.statusBar().clearMessage()
        self._nav.setCurrentRow(0)

    def closeEvent(self, event) -> None:
        if not self._close_allowed:
            event.ignore()  # a kiosk does not close for a family; staff use the PIN
            return
        from cartapp.ui.close_guard import may_close

        if not may_close(self, self.autosave, lambda: self.tab("questions").save_list_as()):
            event.ignore()
            return
        if self.prefs.persist:
            self.prefs.set_geometry(self.saveGeometry())
            self.prefs.sync()
        super().closeEvent(event)
