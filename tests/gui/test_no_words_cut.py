"""No words cut off: on every tab, at home and in a kiosk, at large text and in
Spanish, every label and button outside a scroll area is as large as its words need.

(Inside a scroll area the words scroll instead; test_kiosk_large_text checks that
nothing there is wider than its view.) This found the kiosk bar's "ı done — clear my
informati" and a risks tab whose opening line showed 2 of its 8 lines.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from cartapp.config import ClinicConfig, ClinicInfo, KioskSettings, hash_pin
from cartapp.policy import KioskPolicy
from cartapp.ui.widgets.elided_label import ElidedLabel

pytestmark = pytest.mark.gui


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def words_cut(top: QWidget, where: str) -> list[str]:
    cut = []
    for widget in top.findChildren(QLabel) + top.findChildren(QAbstractButton):
        text = widget.text()
        if not widget.isVisible() or not text.strip() or _in_scroll_area(widget, top):
            continue
        if isinstance(widget, ElidedLabel) and widget.accessibleName() == text:
            continue  # ends in a visible "…", and a screen reader gets every word
        size = f"{widget.width()} x {widget.height()}"
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + 1:
                cut.append(f"{where}: '{text[:40]}' is {size}, needs {need} px high")
        elif widget.sizeHint().width() > widget.width() + 1:
            need = widget.sizeHint().width()
            cut.append(f"{where}: '{text[:40]}' is {size}, needs {need} px wide")
    return cut


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


CASES = [
    pytest.param("kiosk", 200, "en", (1280, 800), id="kiosk-200-en"),
    pytest.param("kiosk", 200, "es", (1280, 800), id="kiosk-200-es"),
    pytest.param("home", 200, "es", (1024, 700), id="home-200-es-small"),
    pytest.param("home", 100, "en", (1280, 800), id="home-100-en"),
]


@pytest.mark.parametrize(("mode", "scale", "language", "size"), CASES)
def test_no_words_are_cut_on_any_tab(make_main_window, mode, scale, language, size):
    if mode == "kiosk":
        from cartapp.ui.kiosk.session import KioskSession

        config = ClinicConfig(
            clinic=ClinicInfo(name="Riverside Children's Hospital", urgent_phone="+1 555 0100"),
            kiosk=KioskSettings(enabled=True, admin_pin_hash=hash_pin("739164")),
        )
        policy = KioskPolicy(config, kiosk=True)
        window = make_main_window(persist=False, policy=policy)
        session = KioskSession(window, policy, ["en", "es"])
        window.resize(*size)
        window.show()
        session.start_screen.start_requested.emit(language)
    else:
        window = make_main_window(persist=False, lang=language)
        window.resize(*size)
        window.show()
    window.set_text_scale(scale)
    cut = []
    for key in window.tab_keys():
        window.show_tab(key)
        _settle()
        cut += words_cut(window, key)
    assert not cut, "words cut off:\n" + "\n".join(dict.fromkeys(cut))
