"""Interface words in the family's language: the app's own translation and Qt's.

Installing a translator makes Qt send every widget a LanguageChange event; the
main window answers by building its tabs and menus again (window_language.py),
so nothing on screen is left in the language before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cartapp import paths
from cartapp.languages import SOURCE_LANGUAGE

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def current() -> str:
    return _current


def qm_file(code: str) -> str:
    return str(paths.resource("i18n", f"cartapp_{code}.qm"))


def install(code: str) -> list[str]:
    """Use ``code``'s words from now on. Returns what could not be loaded, as plain
    sentences (the app then shows English words for that part)."""
    global _current
    app = QCoreApplication.instance()
    problems: list[str] = []
    for translator in _installed:
        app.removeTranslator(translator)
    # Without a parent, a translator and the words it loaded go with its last reference
    # (here, or just below when its file cannot be read): a kiosk changes language
    # at every family who chose another.
    _installed.clear()
    _current = code
    QLocale.setDefault(QLocale(code))
    ours = QTranslator()
    if ours.load(qm_file(code)):  # English has one too: its plural forms
        app.installTranslator(ours)
        _installed.append(ours)
    elif code != SOURCE_LANGUAGE:
        problems.append(f"The interface words for '{code}' could not be read; English is shown.")
    if code == SOURCE_LANGUAGE:
        return problems
    # Qt's own dialogs and buttons (print, OK, Cancel). The bundle keeps these files.
    qt = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", folder):
        app.installTranslator(qt)
        _installed.append(qt)
    return problems
