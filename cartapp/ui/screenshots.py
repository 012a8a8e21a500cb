"""``cartapp --screenshot DIR``: every tab as a PNG, for anyone to look at."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from cartapp.model.errors import ContentError
from cartapp.ui.main_window import MainWindow

SIZE = (1280, 800)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _life_pages(window: MainWindow, tab, directory: Path, number: int) -> list[Path]:
    """Each further page of a tab that holds several (Life after CAR T): the tab's own
    image already shows the first."""
    names = getattr(tab, "page_names", None)
    written = []
    for name in names()[1:] if names is not None else ():
        tab.show_page(name)
        _settle()
        target = directory / f"{number:02d}-{window.current_key()}-{name}.png"
        if window.grab().save(str(target)):
            written.append(target)
    if names is not None:
        tab.show_page(names()[0])
    return written


def _kit_dialog(window: MainWindow, directory: Path) -> list[Path]:
    """The "Print a safety kit" dialog, as a family first sees it."""
    dialog = window.open_kit()
    if dialog is None:  # a kiosk that may not print offers no kit
        return []
    dialog.resize(720, 760)
    _settle()
    target = directory / "kit-dialog.png"
    saved = dialog.grab().save(str(target))
    dialog.close()
    return [target] if saved else []


def take_screenshots(window: MainWindow, directory: Path) -> int:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"cartapp: cannot write screenshots to {directory}: {exc.strerror}", file=sys.stderr)
        return 1
    window.resize(*SIZE)
    window.show()
    written = []
    try:
        for number, key in enumerate(window.tab_keys(), start=1):
            tab = window.show_tab(key)
            _settle()
            target = directory / f"{number:02d}-{key}.png"
            if not window.grab().save(str(target)):
                print(f"cartapp: could not write {target}", file=sys.stderr)
                return 1
            written.append(target)
            extra = getattr(tab, "render_scene_stills", None)
            if extra is not None:
                written.extend(extra(directory))
            written.extend(_life_pages(window, tab, directory, number))
        written.extend(_kit_dialog(window, directory))
    except ContentError as exc:
        print(f"cartapp: the guide's content could not be read: {exc}", file=sys.stderr)
        return 1
    finally:
        window.close()
    print(f"cartapp: wrote {len(written)} screenshots to {directory}")
    return 0
