"""A kiosk session around the main window: start screen, idle reset, staff exit.

One family uses the guide, then walks away; the next family must find a fresh
start. This module owns that cycle; the window only knows how to reset itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cartapp import APP_NAME
from cartapp.languages import NATIVE_NAMES as LANGUAGE_NAMES
from cartapp.policy import KioskPolicy
from cartapp.ui.kiosk.done_button import make_done_button
from cartapp.ui.kiosk.hold import PressAndHold
from cartapp.ui.kiosk.idle import IdleWatcher
from cartapp.ui.kiosk.overlay import StillThereOverlay
from cartapp.ui.kiosk.pin_dialog import AdminPinDialog, PinLock
from cartapp.ui.kiosk.start_screen import StartScreen
from cartapp.ui.widgets.elided_label import ElidedLabel

ADMIN_KEYS = "Ctrl+Alt+Shift+A"

LOCKOUT_FILE = "kiosk-pin-lockout.json"


def _saved_lockout():
    """The PIN lock-out counts kept in the app's state folder (no personal data)."""
    from cartapp import paths
    from cartapp.model.pin_lockout import Lockout, file_store

    state, save = file_store(paths.state_dir() / LOCKOUT_FILE)
    return Lockout(state, save=save)


class KioskSession(QObject):
    """Signals:
    reset_done(): everything personal was cleared and the start screen is back.
    """

    reset_done = Signal()

    def __init__(self, window, policy: KioskPolicy, languages: list[str]) -> None:
        super().__init__(window)
        self.window = window
        self.policy = policy
        self.lock = PinLock(policy.settings.admin_pin_hash, lockout=_saved_lockout())
        names = [(code, LANGUAGE_NAMES.get(code, code)) for code in languages] or [
            ("en", "English")
        ]
        self.start_screen = StartScreen(policy.clinic, names, language=policy.start_language())
        self.guide = self._wrap_guide()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_screen)
        self.stack.addWidget(self.guide)
        window.setCentralWidget(self.stack)
        window.style_scopes.defer_hidden_pages(self.stack)
        self.watcher = IdleWatcher(policy.idle_ms(), policy.warning_ms(), self)
        self.overlay = StillThereOverlay(window)
        self.start_screen.start_requested.connect(self._on_start)
        self.start_screen.language_chosen.connect(self._on_language_chosen)
        window.language_changed.connect(self._on_window_language)
        self.start_screen.admin_requested.connect(self.ask_admin_exit)
        self.watcher.warning_due.connect(
            lambda: self.overlay.start(policy.settings.warning_seconds)
        )
        self.watcher.active_again.connect(self.overlay.cancel)
        self.overlay.stay.connect(self.watcher.note_activity)
        self.watcher.timed_out.connect(self.reset)
        self.overlay.expired.connect(self.reset)
        QShortcut(QKeySequence(ADMIN_KEYS), window).activated.connect(self.ask_admin_exit)
        mechanism_activity = getattr(window, "tab_activity", None)
        if mechanism_activity is not None:
            mechanism_activity.connect(self.watcher.note_activity)
        self.stack.setCurrentWidget(self.start_screen)

    def _wrap_guide(self) -> QWidget:
        """The window's own content under a bar with the clinic and "I'm done"."""
        content = self.window.takeCentralWidget()
        bar = QWidget()
        bar.setObjectName("kioskBar")
        # At large text a long clinic name ends in "…" (screen readers get it whole):
        # "I'm done" keeps all its words and the bar one line of the screen's height.
        title = ElidedLabel(self.policy.clinic.name or APP_NAME)
        title.setObjectName("sectionHeading")
        self._hold = PressAndHold(title)
        self._hold.held.connect(self.ask_admin_exit)
        self.done_button = make_done_button()
        self.done_button.clicked.connect(self.confirm_done)
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(title, 1)
        row.addWidget(self.done_button)
        from cartapp.ui.kiosk.guard import KioskGuard
        from cartapp.ui.kiosk.touch_keyboard import TouchKeyboard

        self.keyboard = TouchKeyboard()
        self.keyboard.hide()
        guide = QWidget()
        layout = QVBoxLayout(guide)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(content, 1)
        layout.addWidget(self.keyboard)
        self.guard = KioskGuard(self.window, self.keyboard)
        return guide

    def showing_start_screen(self) -> bool:
        return self.stack.currentWidget() is self.start_screen

    def _on_language_chosen(self, code: str) -> None:
        """The start screen speaks the language as soon as it is tapped."""
        from cartapp.ui import i18n

        if i18n.current() != code:
            i18n.install(code)

    def _on_window_language(self, _code: str) -> None:
        from cartapp.ui.kiosk.done_button import set_done_words

        set_done_words(self.done_button)

    def _on_start(self, language: str) -> None:
        # Only the languages the content has are offered; the guide is built again
        # in the one chosen (nothing of a family is in it yet).
        self.window.switch_language(language)
        self.window.set_reader(self.start_screen.selected_reader())
        self.stack.setCurrentWidget(self.guide)
        self.window.show_first_tab()
        self.watcher.start()

    def _ask_done(self) -> str:
        """'Clear everything now?' (one seam, so tests can answer it)."""
        from cartapp.ui.kiosk.done_dialog import DoneQuestion

        questions = self.window.built_tabs().get("questions")
        has_list = questions is not None and bool(questions.sheet().questions)
        dialog = DoneQuestion(self.window, offer_print=self.policy.may_print() and has_list)
        dialog.exec()
        return dialog.choice()

    def confirm_done(self) -> None:
        """'I'm done': ask once, offering to print first; a stray tap changes nothing."""
        from cartapp.ui.kiosk.done_dialog import CLEAR, PRINT

        choice = self._ask_done()
        if choice == CLEAR:
            self.reset()
        elif choice == PRINT:
            self.window.show_tab("questions").print_sheet()

    def reset(self) -> None:
        """Forget the family: safe to call twice (timeout and countdown may both fire)."""
        from cartapp.ui.kiosk.wipe import wipe_all

        self.watcher.stop()
        self.overlay.cancel()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.window.reset_session()
        self.keyboard.hide()
        wipe_all([self.window])
        self.start_screen.reset()  # back to the clinic's language, on screen too
        self.window.switch_language(self.start_screen.selected_language())
        self.stack.setCurrentWidget(self.start_screen)
        from cartapp.ui.kiosk.memory import return_freed_memory

        return_freed_memory()
        self.reset_done.emit()

    def _ask_pin(self) -> bool:
        """The staff PIN dialog (one seam, so tests can answer it)."""
        dialog = AdminPinDialog(self.lock, self.window)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def last_print_problem(self) -> tuple[str, str] | None:
        questions = self.window.built_tabs().get("questions")
        return questions.output.last_problem if questions is not None else None

    def _staff_wants_to_leave(self, problem: tuple[str, str]) -> bool:
        """Behind the PIN: the last printer problem, then leave or go back (a seam)."""
        from PySide6.QtWidgets import QMessageBox

        from cartapp.ui.plain_text import question

        when, what = problem
        yes = QMessageBox.StandardButton.Yes
        return (
            question(
                self.window,
                self.tr("Staff only"),
                self.tr("Last printer problem, at %1: %2\n\nLeave kiosk mode now?")
                .replace("%1", when)
                .replace("%2", what),
                yes | QMessageBox.StandardButton.No,
                yes,
            )
            == yes
        )

    def ask_admin_exit(self) -> bool:
        if not self.lock.has_pin():
            return False
        if not self._ask_pin():
            return False
        problem = self.last_print_problem()
        if problem is not None and not self._staff_wants_to_leave(problem):
            return False
        self.guard.stop()
        self.reset()
        self.window.allow_close()
        self.window.close()
        QApplication.quit()
        return True

    def is_fullscreen_kiosk(self) -> bool:
        return bool(self.window.windowState() & Qt.WindowState.WindowFullScreen)
