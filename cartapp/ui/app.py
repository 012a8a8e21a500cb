"""Start the window, or render screenshots, or run the self-test."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from cartapp import APP_NAME, ORG_NAME, paths
from cartapp.model.errors import ContentError
from cartapp.model.library import ContentLibrary
from cartapp.ui import error_hook, theme
from cartapp.ui.main_window import MainWindow
from cartapp.ui.preferences import Preferences

_FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")


_fonts_loaded = False


def load_fonts() -> None:
    """Register the shipped fonts (once: registering again adds duplicates)."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    for name in _FONT_FILES:
        QFontDatabase.addApplicationFont(str(paths.fonts_dir() / name))
    _fonts_loaded = True


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    # The desktop matches the window to cartapp.desktop (taskbar icon, app menus).
    QGuiApplication.setDesktopFileName("cartapp")
    app.setWindowIcon(QIcon(str(paths.resource("cartapp.svg"))))
    load_fonts()
    return app


def unreadable_content(exc: ContentError) -> str:
    return f"The guide's content could not be read: {exc}"


class _FirstPaint(QObject):
    """Runs a callback once the window has painted for the first time.

    The window appears as fast as a bare one; the first page is laid out right
    after. With CARTAPP_EXIT_WHEN_SHOWN set (the startup benchmark) it reports
    both moments on stdout and quits.
    """

    def __init__(self, window: MainWindow, then, *, report: bool) -> None:
        super().__init__(window)
        self._then = then
        self._report = report
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self._report:
                print("cartapp-shown", flush=True)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if self._then() and self._report:
            print("cartapp-ready", flush=True)
            QTimer.singleShot(0, QApplication.quit)


def _first_tab_ready(window: MainWindow) -> bool:
    try:
        window.show_first_tab()
    except ContentError as exc:
        error_hook.plain_error(
            APP_NAME, f"The guide's content could not be read: {exc}", headless=False
        )
        QApplication.quit()
        return False
    return True


def load_policy(args: argparse.Namespace):
    """The clinic's configuration and what it allows; ConfigError if unreadable."""
    from cartapp.policy import KioskPolicy

    kiosk_asked = bool(getattr(args, "kiosk", False))
    from cartapp.config_paths import config_files

    explicit = Path(args.config) if args.config else None
    if not kiosk_asked and not config_files(explicit):
        return KioskPolicy.home()  # most homes have no clinic file: nothing to read
    from cartapp.config_layers import load_layered

    config = load_layered(explicit)
    return KioskPolicy(config, kiosk=kiosk_asked or config.kiosk.enabled)


def _run_kiosk(app: QApplication, window: MainWindow, library: ContentLibrary) -> int:
    from cartapp.model.library import available_languages
    from cartapp.ui.kiosk.session import KioskSession

    window.kiosk_session = KioskSession(window, window.policy, available_languages())
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    window.showFullScreen()
    return app.exec()


def attach_clinic_content(library: ContentLibrary, policy) -> list[str]:
    """The clinic folder's page and questions, when the clinic file has one; what was
    left out is said on stderr (for IT), and the rest of the guide runs."""
    files = policy.clinic_files()
    if not files:
        return []  # most homes have no clinic file: nothing to read or import
    from cartapp.model.clinic_content import clinic_folder_for, load_clinic_content

    folder = clinic_folder_for(files)
    if folder is None:
        return []
    try:
        taken = {q.id for q in library.bank.questions}
    except ContentError:
        return []
    content = load_clinic_content(folder, clinic_name=policy.clinic.name, taken_ids=taken)
    library.attach_clinic(content)
    problems = content.problems + library.link_problems()
    for problem in problems:
        print(f"cartapp: clinic folder: {problem}", file=sys.stderr)
    return problems


def build_window(
    args: argparse.Namespace, *, persist: bool, policy=None, build_first_tab: bool = True
) -> tuple[MainWindow, ContentLibrary]:
    from cartapp.policy import KioskPolicy

    policy = policy or KioskPolicy.home()
    prefs = Preferences(persist=persist and policy.persist_settings())
    if policy.kiosk:  # the clinic's start language; a family chooses on the start screen
        lang = args.lang or policy.start_language()
    else:
        lang = args.lang or prefs.language or "en"
    library = ContentLibrary(lang)
    attach_clinic_content(library, policy)
    from cartapp.ui import i18n

    for problem in i18n.install(library.language):
        print(f"cartapp: {problem}", file=sys.stderr)
    if args.text_scale is not None:
        prefs.text_scale = args.text_scale
    if args.high_contrast:
        prefs.high_contrast = True
    theme.apply(
        QApplication.instance(),
        theme.theme_for(prefs.high_contrast),
        prefs.text_scale,
        kiosk=policy.kiosk,
    )
    window = MainWindow(library, prefs, policy=policy, build_first_tab=build_first_tab)
    if getattr(args, "region", None):
        window.set_region(args.region)
    if getattr(args, "reader", None):
        window.set_reader(args.reader)
    return window, library


NO_DISPLAY = (
    "cartapp: no display to open the window on. To see the screens without "
    "one, use 'cartapp --screenshot DIR'; the headless commands (sheet, kit, "
    "calendar, review-pack, check-config) need none."
)


def no_display(environ: dict[str, str] | None = None, platform: str = sys.platform) -> bool:
    """True on Linux with no X11 or Wayland display and no Qt platform chosen: Qt
    would stop with a message about a missing xcb library, which helps nobody."""
    env = os.environ if environ is None else environ
    return (
        platform.startswith("linux")
        and not env.get("DISPLAY")
        and not env.get("WAYLAND_DISPLAY")
        and not env.get("QT_QPA_PLATFORM")
    )


def run_gui(args: argparse.Namespace) -> int:
    headless = bool(args.screenshot or args.self_test)
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif no_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    # Before anything is read: a file that breaks a reader is explained, never
    # shown as a traceback. Re-installed below once the clinic file says the mode.
    error_hook.install(headless, keep_log=not args.kiosk, kiosk=bool(args.kiosk))
    app = make_application()
    broken_clinic_file = False
    try:
        policy = load_policy(args)
    except Exception as exc:  # noqa: BLE001 - narrowed just below
        from cartapp.config import ConfigError  # here, so most starts never load it

        if not isinstance(exc, ConfigError):
            raise
        if args.kiosk or headless:
            # A kiosk never runs with a half-read policy.
            print(f"cartapp: {exc}", file=sys.stderr)
            return 2
        error_hook.plain_error(
            APP_NAME, f"{exc}\n\nThe guide starts without the clinic's settings.", headless=False
        )
        from cartapp.policy import KioskPolicy

        policy = KioskPolicy.home()
        broken_clinic_file = True
    error_hook.install(headless, keep_log=not policy.kiosk, kiosk=policy.kiosk)
    try:
        # The window shows first; the first page is laid out in the next turn
        # of the event loop, so the app appears as fast as a bare window.
        window, library = build_window(
            args, persist=not headless, policy=policy, build_first_tab=False
        )
        if broken_clinic_file:
            # The clinic's own rules could not be read: every region's rule, each named,
            # is safer than the family's guess or one country's default.
            window.region.set_region("other")
            window.region.locked = True
        if headless:
            window.show_first_tab()
    except ContentError as exc:
        error_hook.plain_error(
            APP_NAME, f"The guide's content could not be read: {exc}", headless=headless
        )
        return 1
    error_hook.window = window
    if library.notice:
        print(f"cartapp: {library.notice}", file=sys.stderr)
    if args.screenshot:
        from cartapp.ui.screenshots import take_screenshots

        return take_screenshots(window, Path(args.screenshot))
    if args.self_test:
        from cartapp.ui.self_test import run_self_test

        return run_self_test(window)
    if policy.kiosk:
        return _run_kiosk(app, window, library)
    window.restore_geometry()
    window._first_paint = _FirstPaint(
        window,
        lambda: _first_tab_ready(window),
        report=bool(os.environ.get("CARTAPP_EXIT_WHEN_SHOWN")),
    )
    window.show()
    if not os.environ.get("CARTAPP_EXIT_WHEN_SHOWN"):  # the start-up benchmark asks nothing
        QTimer.singleShot(0, window.ask_region_if_unknown)
    if library.notice:
        QTimer.singleShot(0, lambda: window.statusBar().showMessage(library.notice, 15000))
    return app.exec()
