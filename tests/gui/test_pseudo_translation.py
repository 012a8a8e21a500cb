"""Every tab with a pseudo-translation (accented, about 40 % longer): any interface
word left plain is not looked up by Qt, and any word that does not fit is cut off.

The screens are saved as PNG in the test's folder (and in $CARTAPP_PSEUDO_SCREENS
when set, to look at them).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.i18n.pseudo import build_pseudo_qm, is_pseudo
from tests.i18n.ts_files import read_ts, ts_path

SCALES = [100, 200]


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory):
    return build_pseudo_qm(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo_words(qapp, pseudo_qm):
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _interface_sources() -> set[str]:
    return {m.source.replace("&", "") for m in read_ts(ts_path("en"))}


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def _texts(root: QWidget):
    for widget in root.findChildren(QWidget):
        if not _shown(widget):
            continue
        if (
            isinstance(widget, QLabel)
            and widget.text()
            or isinstance(widget, QAbstractButton)
            and widget.text()
        ):
            yield widget, widget.text()


def _cut_off(widget: QWidget) -> bool:
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.height() + 1 < widget.heightForWidth(widget.width())
    return widget.width() + 1 < widget.sizeHint().width()


@pytest.mark.parametrize("scale", SCALES)
def test_every_interface_word_is_looked_up_and_fits(
    make_main_window, pseudo_words, scale, tmp_path
):
    window = make_main_window(persist=False)
    window.resize(1280, 800)
    window.show()
    window.set_text_scale(scale)
    plain, cut, seen = [], [], 0
    sources = _interface_sources()
    keep = os.environ.get("CARTAPP_PSEUDO_SCREENS")
    for key in window.tab_keys():
        window.show_tab(key)
        QApplication.processEvents()
        for widget, text in _texts(window):
            words = text.replace("&", "")
            seen += is_pseudo(words)
            if not is_pseudo(words) and words in sources:
                plain.append(f"{key}: {type(widget).__name__} {text!r}")
            if is_pseudo(words) and _cut_off(widget):
                cut.append(f"{key}: {type(widget).__name__} {text!r} ({widget.width()} px wide)")
        image = window.grab()
        for folder in filter(None, [tmp_path, Path(keep) if keep else None]):
            folder.mkdir(parents=True, exist_ok=True)
            image.save(str(folder / f"pseudo-{key}-{scale}.png"))
    assert seen > 40, f"only {seen} translated words seen: is the pseudo language installed?"
    menus = [a.text() for a in window.menuBar().actions()]
    assert all(is_pseudo(m) for m in menus), menus
    assert not plain, "not looked up:\n" + "\n".join(plain)
    assert not cut, "cut off:\n" + "\n".join(cut)
