"""Every tab the window builds can be reset (a kiosk reset) and checked (--self-test)."""

from __future__ import annotations

from cartapp.ui.tabs.protocol import Tab


def test_every_tab_is_a_tab(make_main_window):
    window = make_main_window(persist=False)
    for key in window.tab_keys():
        tab = window.show_tab(key)
        assert isinstance(tab, Tab), key
        assert isinstance(tab.self_check(), list)
        tab.reset()
