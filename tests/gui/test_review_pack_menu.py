"""Help → "Review pack for clinicians…" is offered at home and never on a kiosk."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from cartapp.config import ClinicConfig
from cartapp.policy import KioskPolicy


def _help_texts(window) -> list[str]:
    return [a.text() for a in window.help_menu.actions()]


def test_offered_at_home_and_saves_the_pdf(make_main_window, tmp_path, monkeypatch):
    window = make_main_window()
    assert "&Review pack for clinicians…" in _help_texts(window)
    target = tmp_path / "pack"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)")
    )
    window.review_pack_action.trigger()
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")


def test_not_offered_on_a_kiosk(make_main_window):
    window = make_main_window(persist=False, policy=KioskPolicy(ClinicConfig(), kiosk=True))
    assert not any("Review pack" in text for text in _help_texts(window))
