"""``cartapp --self-test``: open every tab, run its own check, print one line.

Clinic IT runs it to verify an installation; the packaged app is smoke-tested
with it. Exit status 0 means every check passed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from cartapp import APP_NAME, __version__
from cartapp.model.errors import ContentError
from cartapp.ui.main_window import MainWindow


def collect_problems(window: MainWindow) -> list[str]:
    problems: list[str] = []
    window.resize(1280, 800)
    window.show()
    for key in window.tab_keys():
        try:
            tab = window.show_tab(key)
        except ContentError as exc:
            problems.append(f"{key}: {exc}")
            continue
        QApplication.processEvents()
        if not tab.isVisible():
            problems.append(f"{key}: the tab did not show")
        from cartapp.ui.tabs.protocol import Tab

        if not isinstance(tab, Tab):
            problems.append(f"{key}: the tab cannot be reset or checked")
            continue
        try:
            problems.extend(tab.self_check())
        except Exception as exc:  # a failing check must be reported, not crash the test
            problems.append(f"{key}: check failed ({type(exc).__name__}: {exc})")
    return problems


def speech_problems() -> list[str]:
    """Read aloud needs a speech engine plugin that loads (a bundle must carry it)."""
    from cartapp.ui.speech.speaker import load_speech_module

    try:
        QTextToSpeech = load_speech_module().QTextToSpeech  # noqa: N806
    except ImportError as exc:
        return [f"read aloud: QtTextToSpeech could not be loaded ({exc})"]
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    return [] if engines else ["read aloud: no speech engine plugin could be loaded"]


def language_problems() -> list[str]:
    """Every language the content offers has its interface words, and Qt's own for
    the print dialog (a bundle must carry both)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from cartapp.model.library import available_languages
    from cartapp.ui import i18n

    problems = []
    for code in available_languages():
        if not QTranslator().load(i18n.qm_file(code)):
            problems.append(f"language {code}: resources/i18n/cartapp_{code}.qm does not load")
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if code != "en" and not QTranslator().load(f"qtbase_{code}", folder):
            problems.append(f"language {code}: Qt's own words (qtbase_{code}.qm) are missing")
    return problems


def kiosk_problems(window: MainWindow) -> list[str]:
    """In kiosk mode: a family's list is cleared by a reset, and nothing is saved."""
    from cartapp.model.library import available_languages
    from cartapp.ui.kiosk.session import KioskSession

    session = KioskSession(window, window.policy, available_languages())
    session.start_screen.start_requested.emit(session.policy.start_language())
    questions = window.tab("questions")
    questions.add_question(window.library.bank.questions[0].id)
    session.reset()
    problems = []
    if not questions.sheet().is_empty():
        problems.append("kiosk: the question list survived a reset")
    if window.prefs.persist or window.autosave is not None:
        problems.append("kiosk: settings or the question list would be saved to disk")
    if window.policy.may_save_files() or window.policy.may_open_links():
        problems.append("kiosk: files or links are allowed")
    return problems


def run_self_test(window: MainWindow) -> int:
    problems = collect_problems(window)
    problems.extend(speech_problems())
    problems.extend(language_problems())
    if window.policy.kiosk:
        problems.extend(kiosk_problems(window))
    window.allow_close()
    window.close()
    tabs = len(window.tab_keys())
    if problems:
        print(f"{APP_NAME} {__version__} self-test FAILED: " + "; ".join(problems))
        return 1
    print(f"{APP_NAME} {__version__} self-test passed: {tabs} tabs checked")
    return 0
