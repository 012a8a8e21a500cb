"""A kiosk's text is larger than at home (touch, read from further away): at 200 % on a
1280 x 800 touch screen, in English and in Spanish, no tab may be wider than its view,
where its right edge would be cut off with no way to scroll to it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from cartapp.config import ClinicConfig, ClinicInfo, KioskSettings, hash_pin
from cartapp.policy import KioskPolicy
from cartapp.ui.kiosk.session import KioskSession

pytestmark = pytest.mark.gui


def _too_wide(where: str, top: QWidget) -> list[str]:
    found = []
    for area in top.findChildren(QScrollArea):
        inner = area.widget()
        shown = area.isVisible() and inner is not None and inner.isVisible()
        if shown and inner.width() > area.viewport().width() + 1:
            found.append(f"{where}: {inner.width()} px in {area.viewport().width()} px")
    return found


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_tab_fits_a_small_kiosk_screen_at_200_percent(make_main_window, language):
    config = ClinicConfig(
        clinic=ClinicInfo(name="Riverside Children's"),
        kiosk=KioskSettings(enabled=True, admin_pin_hash=hash_pin("739164")),
    )
    policy = KioskPolicy(config, kiosk=True)
    window = make_main_window(persist=False, policy=policy)
    session = KioskSession(window, policy, ["en", "es"])
    window.resize(1280, 800)
    window.show()
    session.start_screen.start_requested.emit(language)
    window.set_text_scale(200)
    wide = []
    for key in window.tab_keys():
        window.show_tab(key)
        for _ in range(3):
            QApplication.processEvents()
        wide += _too_wide(key, window)
    assert not wide, "cut off at the right:\n" + "\n".join(wide)
