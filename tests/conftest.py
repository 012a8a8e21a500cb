"""Shared test set-up.

Qt runs offscreen, and no test touches the real user folders: the data and
config locations point at a temporary folder for the whole session.
"""

from __future__ import annotations

import os
import sys
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Here, not in pytest's settings: `make test-fast` turns pytest-qt off, and its
# settings key would then be refused as unknown.
os.environ.setdefault("PYTEST_QT_API", "pyside6")
_SESSION_HOME = tempfile.mkdtemp(prefix="cartapp-tests-")
os.environ["CARTAPP_USER_DATA_DIR"] = os.path.join(_SESSION_HOME, "data")
os.environ["CARTAPP_USER_CONFIG_DIR"] = os.path.join(_SESSION_HOME, "config")
os.environ["CARTAPP_STATE_DIR"] = os.path.join(_SESSION_HOME, "state")
# A real machine-wide clinic file (/etc/cartapp) must never steer a test.
os.environ["CARTAPP_MACHINE_CONFIG_DIR"] = os.path.join(_SESSION_HOME, "machine")
os.environ["XDG_RUNTIME_DIR"] = os.path.join(_SESSION_HOME, "runtime")
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)


@pytest.fixture(autouse=True)
def _no_qt_in_the_fast_tests(request):
    """`make test-fast` runs without pytest-qt and must not start Qt (seconds, not
    minutes, and the core must work on a machine with no display). The first test
    that loads Qt there fails, by name."""
    qt_before = (
        request.config.pluginmanager.has_plugin("pytest-qt") or "PySide6.QtCore" in sys.modules
    )
    yield
    if not qt_before and "PySide6.QtCore" in sys.modules:
        pytest.fail("this test loaded Qt, which the fast tests must not (make test-fast)")


def pytest_collection_modifyitems(items):
    """Mark every test that needs a QApplication as ``gui``."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
    if "MUTANT_UNDER_TEST" in os.environ:
        _quickest_modules_first(items)


def pytest_sessionstart(session):
    """Under mutmut, each mutant's tests run in a process forked from one that has run
    every test already: results the core remembers (lru_cache, the fonts' registration)
    would then come from the original code, and a mutant behind them would go untested."""
    if "MUTANT_UNDER_TEST" in os.environ:
        _forget_remembered_results()


def pytest_runtest_setup(item):
    """mutmut's timing run links each test to the functions it calls: a test that found
    a result remembered by the test before would not be linked to what made it."""
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        _forget_remembered_results()


# Under mutmut's timing run: per test file, what the tests sharing a module or session
# fixture called, setting it up included (only the first such test sets it up).
_SHARED_HITS: dict[str, set[str]] = {}


def _shares_fixtures(item) -> bool:
    info = getattr(item, "_fixtureinfo", None)
    definitions = info.name2fixturedefs.values() if info is not None else ()
    return any(found[-1].scope != "function" for found in definitions if found)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item, nextitem):
    """mutmut links a test to the functions called while it ran, so a module fixture (a
    built PDF) links only the first test using it: the others' checks of that PDF would
    never run against a mutant. Collected here, linked at the end of the run."""
    if os.environ.get("MUTANT_UNDER_TEST") == "stats" and _shares_fixtures(item):
        from mutmut.state import state

        _SHARED_HITS.setdefault(item.nodeid.partition("::")[0], set()).update(state()._stats)


def pytest_sessionfinish(session):
    if os.environ.get("MUTANT_UNDER_TEST") != "stats" or not _SHARED_HITS:
        return
    from mutmut.state import state

    linked = state().tests_by_mangled_function_name
    for item in session.items:
        if _shares_fixtures(item):
            for name in _SHARED_HITS.get(item.nodeid.partition("::")[0], ()):
                linked[name].add(item.nodeid.removeprefix("mutants/"))


def _forget_remembered_results():
    import sys

    for name, module in list(sys.modules.items()):
        if name.split(".")[0] != "cartapp":
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
    fonts = sys.modules.get("cartapp.pdf.fonts")
    if fonts is not None:
        fonts._registered = False  # registering again only repeats the same mappings


def _quickest_modules_first(items):
    """Under mutmut (``make mutants``), which stops at the first failing test: run the
    test files whose tests took least time in its timing run first, each file's tests
    in their own order (so a file's shared fixtures are built once). A mutant that a
    quick test catches is then caught in a fraction of a second instead of after every
    slower file that happened to come first."""
    import json
    from pathlib import Path

    stats = Path(__file__).resolve().parents[1] / "mutmut-stats.json"
    try:
        durations = json.loads(stats.read_text(encoding="utf-8"))["duration_by_test"]
    except (OSError, ValueError, KeyError):
        return
    per_file: dict[str, float] = {}
    for item in items:
        path = item.nodeid.partition("::")[0]
        per_file[path] = per_file.get(path, 0.0) + durations.get(item.nodeid, 0.0)

    def key(item):
        path = item.nodeid.partition("::")[0]
        return per_file[path], path, item.location[1]

    items.sort(key=key)


@pytest.fixture
def user_dirs(tmp_path, monkeypatch):
    """Fresh, empty user data and config folders for one test."""
    data = tmp_path / "user-data"
    config = tmp_path / "user-config"
    monkeypatch.setenv("CARTAPP_USER_DATA_DIR", str(data))
    monkeypatch.setenv("CARTAPP_USER_CONFIG_DIR", str(config))
    monkeypatch.setenv("CARTAPP_MACHINE_CONFIG_DIR", str(tmp_path / "machine-config"))
    monkeypatch.setenv("CARTAPP_STATE_DIR", str(tmp_path / "state"))
    return data, config


@pytest.fixture
def make_main_window(qtbot, user_dirs):
    """Build the main window with temporary user folders; closed at teardown."""
    from PySide6.QtWidgets import QApplication

    from cartapp.model.library import ContentLibrary
    from cartapp.ui import theme
    from cartapp.ui.app import load_fonts
    from cartapp.ui.main_window import MainWindow
    from cartapp.ui.preferences import Preferences

    load_fonts()
    windows = []

    def factory(*, persist: bool = True, lang: str = "en", start_look=None, **kwargs):
        """``start_look``: (text size %, high contrast) the app starts in, as from
        the command line."""
        prefs = Preferences(persist=persist)
        if start_look is not None:
            prefs.text_scale, prefs.high_contrast = start_look
        theme.apply(QApplication.instance(), theme.theme_for(prefs.high_contrast), prefs.text_scale)
        window = MainWindow(ContentLibrary(lang), prefs, **kwargs)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        windows.append(window)
        return window

    yield factory
    app = QApplication.instance()
    for window in windows:
        window.allow_close()  # a kiosk window refuses to close otherwise
        window.close()
    theme.apply(app, theme.STANDARD, theme.MIN_SCALE)
