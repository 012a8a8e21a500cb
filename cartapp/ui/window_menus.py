"""The main window's menus (File, View, Help) and its keyboard shortcuts.

The actions stay attributes of the window (``window.print_action``...), so the
kiosk, the tests and the tabs find them in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from cartapp import APP_NAME
from cartapp.ui import theme

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from cartapp.ui.main_window import MainWindow


def _unique_keys(*keys) -> list[QKeySequence]:
    """Platform zoom keys often repeat ours; a repeated shortcut is ambiguous and dead."""
    found: list[QKeySequence] = []
    for key in keys:
        sequences = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        found.extend(s for s in sequences if not s.isEmpty() and s not in found)
    return found


def build_menus(window: MainWindow) -> None:
    """The menus on the window's bar. Every item and group is the bar's, so a new bar
    (a new language) takes them all away with the old one."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    window.file_menu = file_menu
    window.open_action = QAction(translate("MainWindow", "&Open question list…"), bar)
    window.open_action.setShortcut(QKeySequence.StandardKey.Open)
    window.open_action.triggered.connect(lambda: window.tab("questions").open_list())
    window.open_previous_action = QAction(translate("MainWindow", "Open a p&revious list…"), bar)
    window.open_previous_action.triggered.connect(
        lambda: window.tab("questions").open_previous_list()
    )
    window.undo_replace_action = QAction(translate("MainWindow", "&Undo replacing my list"), bar)
    window.undo_replace_action.triggered.connect(lambda: window.tab("questions").undo_replace())
    window.save_action = QAction(translate("MainWindow", "&Save question list as…"), bar)
    window.save_action.setShortcut(QKeySequence.StandardKey.Save)
    window.save_action.triggered.connect(lambda: window.tab("questions").save_list_as())
    window.save_pdf_action = QAction(translate("MainWindow", "Save sheet as &PDF…"), bar)
    window.save_pdf_action.triggered.connect(lambda: window.tab("questions").save_pdf())
    window.print_action = QAction(translate("MainWindow", "&Print question sheet…"), bar)
    window.print_action.setShortcut(QKeySequence.StandardKey.Print)
    window.print_action.triggered.connect(lambda: window.tab("questions").print_sheet())
    if window.policy.may_save_files():
        for action in (
            window.open_action,
            window.open_previous_action,
            window.undo_replace_action,
            window.save_action,
            window.save_pdf_action,
        ):
            file_menu.addAction(action)
    window.kit_action = QAction(translate("MainWindow", "Print a safety &kit…"), bar)
    window.kit_action.triggered.connect(window.open_kit)
    if window.policy.may_print():
        file_menu.addAction(window.print_action)
        file_menu.addAction(window.kit_action)
    window.quit_action = QAction(translate("MainWindow", "&Quit"), bar)
    window.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    window.quit_action.triggered.connect(window.close)
    if window.policy.may_quit():
        file_menu.addSeparator()
        file_menu.addAction(window.quit_action)

    view = bar.addMenu(translate("MainWindow", "&View"))
    window.view_menu = view
    window.larger_action = QAction(translate("MainWindow", "&Larger text"), bar)
    window.larger_action.setShortcuts(
        _unique_keys("Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn)
    )
    window.larger_action.triggered.connect(
        lambda: window.set_text_scale(window.prefs.text_scale + theme.SCALE_STEP)
    )
    window.smaller_action = QAction(translate("MainWindow", "&Smaller text"), bar)
    window.smaller_action.setShortcuts(_unique_keys("Ctrl+-", QKeySequence.StandardKey.ZoomOut))
    window.smaller_action.triggered.connect(
        lambda: window.set_text_scale(window.prefs.text_scale - theme.SCALE_STEP)
    )
    window.reset_text_action = QAction(translate("MainWindow", "&Reset text size"), bar)
    window.reset_text_action.setShortcut(QKeySequence("Ctrl+0"))
    window.reset_text_action.triggered.connect(lambda: window.set_text_scale(theme.MIN_SCALE))
    window.contrast_action = QAction(translate("MainWindow", "&High contrast"), bar)
    window.contrast_action.setCheckable(True)
    window.contrast_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
    window.contrast_action.setChecked(window.prefs.high_contrast)
    window.contrast_action.toggled.connect(window.set_high_contrast)
    window.motion_action = QAction(translate("MainWindow", "Reduce &motion"), bar)
    window.motion_action.setCheckable(True)
    window.motion_action.setChecked(bool(window.prefs.reduced_motion))
    window.motion_action.toggled.connect(window.set_reduced_motion)
    for action in (window.larger_action, window.smaller_action, window.reset_text_action):
        view.addAction(action)
    view.addSeparator()
    view.addAction(window.contrast_action)
    view.addAction(window.motion_action)
    window.region_action = QAction(translate("MainWindow", "Regi&on for rules…"), bar)
    window.region_action.triggered.connect(window.ask_region)
    window.reader_action = QAction(translate("MainWindow", "&Who is reading…"), bar)
    window.reader_action.triggered.connect(window.ask_reader)
    view.addSeparator()
    if window.policy.asks_who_is_reading():  # a kiosk asks on its start screen
        view.addAction(window.reader_action)
    if not window.policy.region_is_fixed():  # as the region will be locked
        view.addAction(window.region_action)
    _language_menu(window, view)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    window.help_menu = help_menu
    about = QAction(translate("MainWindow", "&About %s") % APP_NAME, bar)
    about.triggered.connect(lambda: show_about(window))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    sources = QAction(translate("MainWindow", "&Sources and review dates"), bar)
    sources.triggered.connect(lambda: show_sources(window))
    words = QAction(translate("MainWindow", "&Words to know"), bar)
    words.triggered.connect(lambda: show_glossary(window))
    help_menu.addAction(words)
    help_menu.addAction(sources)
    window.review_pack_action = QAction(
        translate("MainWindow", "&Review pack for clinicians…"), bar
    )
    window.review_pack_action.triggered.connect(lambda: save_review_pack(window))
    if window.policy.may_save_files():  # a kiosk keeps no files
        help_menu.addAction(window.review_pack_action)
    help_menu.addSeparator()
    help_menu.addAction(about)


def _language_menu(window: MainWindow, view) -> None:
    """View > Language: each language by its own name, offered when its content is there."""
    from PySide6.QtGui import QActionGroup

    from cartapp.languages import native_name
    from cartapp.model.library import available_languages

    codes = available_languages()
    window.language_actions = {}
    if len(codes) < 2:
        return
    bar = window.menuBar()
    menu = view.addMenu(translate("MainWindow", "Lan&guage"))
    window.language_menu = menu
    group = QActionGroup(bar)
    for code in codes:
        action = QAction(native_name(code), bar)
        action.setCheckable(True)
        action.setChecked(code == window.library.language)
        # A family looks for their language's own name; say which language it is.
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
        action.triggered.connect(lambda _on=False, c=code: window.switch_language(c))
        window.language_actions[code] = action


def show_about(window: MainWindow) -> None:
    from cartapp.ui.dialogs import show_about as about

    about(window, window.library, window.policy.clinic)


def show_glossary(window: MainWindow) -> None:
    from cartapp.ui.dialogs import show_glossary as glossary

    glossary(window, window.library)


def save_review_pack(window: MainWindow) -> None:
    from cartapp.ui.review_pack_export import save_review_pack as save

    path = save(window, window.library)
    if path is not None:
        window._status(translate("MainWindow", "Saved the review pack: %s") % path, 8000)


def show_sources(window: MainWindow) -> None:
    from cartapp.ui.dialogs import show_sources as sources

    sources(window, window.library)


def build_shortcuts(window: MainWindow) -> None:
    for number in range(1, len(window._specs) + 1):
        shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), window)
        shortcut.activated.connect(lambda n=number: window._nav.setCurrentRow(n - 1))
    QShortcut(QKeySequence("Ctrl+Tab"), window).activated.connect(lambda: window._step_tab(1))
    QShortcut(QKeySequence("Ctrl+Shift+Tab"), window).activated.connect(
        lambda: window._step_tab(-1)
    )
    QShortcut(QKeySequence("Ctrl+Backtab"), window).activated.connect(lambda: window._step_tab(-1))
