"""The "Print a safety kit" dialog: where it opens from, what it starts with, preview,
print and save, and a kiosk that keeps nothing."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QScrollArea

from cartapp.model.kit_content import ITEMS
from cartapp.model.timeline import PlanInputs
from cartapp.ui import printing


@pytest.fixture
def window(make_main_window):
    return make_main_window(persist=False)


def text_of(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_opens_from_the_file_menu_treatment_steps_and_risks(window, qtbot):
    assert window.kit_action in window.file_menu.actions()
    window.kit_action.trigger()
    assert window.kit_dialog is not None and window.kit_dialog.isVisible()
    window.kit_dialog.close()
    qtbot.waitUntil(lambda: window.kit_dialog is None)
    for key in ("timeline", "risks"):
        tab = window.show_tab(key)
        tab.kit_button.click()
        assert window.kit_dialog is not None
        window.kit_dialog.close()
        qtbot.waitUntil(lambda: window.kit_dialog is None)


def test_starts_with_what_the_family_typed_elsewhere(window, qtbot):
    questions = window.show_tab("questions")
    questions.details.child_name.setText("Amira")
    window.show_tab("timeline").set_plan_inputs(
        PlanInputs(infusion_date=dt.date(2027, 5, 10), no_driving_days=56)
    )
    dialog = window.open_kit()
    details = dialog.details()
    assert details.name == "Amira"
    assert details.infusion_date == dt.date(2027, 5, 10)
    assert details.driving_until == dt.date(2027, 7, 5)
    dialog.close()


def test_preview_shows_the_bytes_that_print(window, qtbot, monkeypatch):
    dialog = window.open_kit()
    for item in ITEMS[1:]:
        dialog.item_boxes[item].setChecked(False)
    dialog.name.setText("Zoë 李")
    dialog.knows_day0.setChecked(True)
    dialog.day0.setDate(QDate(2027, 5, 10))
    dialog.output.open_preview()
    qtbot.waitUntil(lambda: dialog.output.preview is not None, timeout=10_000)
    shown = dialog.output.preview.data
    text = text_of(shown)
    assert "Zoë 李" in text and "10 May 2027" in text and "Wallet card" in text
    assert "Temperature and symptom log" not in text
    sent = []
    monkeypatch.setattr(
        printing, "choose_printer", lambda *a, **k: (printing.PrintPlan("command", ["true"]), None)
    )
    monkeypatch.setattr(
        printing, "deliver", lambda plan, data, **k: sent.append(data) or printing.PrintOutcome(1)
    )
    dialog.output.print_bytes(dialog.output.preview.data)
    qtbot.waitUntil(lambda: bool(sent), timeout=10_000)
    assert sent == [shown]


def test_nothing_chosen_means_nothing_to_print(window):
    dialog = window.open_kit()
    for check in dialog.item_boxes.values():
        check.setChecked(False)
    assert not dialog.print_button.isEnabled() and not dialog.preview_button.isEnabled()
    dialog.item_boxes["log"].setChecked(True)
    assert dialog.print_button.isEnabled()


def test_a_name_the_printout_cannot_show_is_explained_not_printed(window, qtbot, monkeypatch):
    from cartapp.ui import plain_text

    warned = []
    monkeypatch.setattr(plain_text, "warn", lambda parent, title, text: warned.append(text))
    dialog = window.open_kit()
    dialog.name.setText("\U00013000")
    dialog.output.open_preview()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert "cannot show" in warned[0] and dialog.output.preview is None


def test_save_writes_the_pdf(window, qtbot, tmp_path, monkeypatch):
    dialog = window.open_kit()
    target = tmp_path / "kit.pdf"
    monkeypatch.setattr(dialog, "_ask_save_path", lambda: str(target))
    dialog.save_pdf()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert "Caregiver checklist" in text_of(target.read_bytes())


def test_at_200_percent_nothing_is_cut_off_at_the_side(make_main_window, qtbot):
    from PySide6.QtWidgets import QApplication

    from cartapp.ui import theme

    window = make_main_window(persist=False)
    window.set_text_scale(200)
    dialog = window.open_kit()
    dialog.resize(720, 760)
    qtbot.wait(50)
    scroll = dialog.findChild(QScrollArea)
    assert scroll.widget().width() <= scroll.viewport().width()
    assert QApplication.instance() and theme  # the theme applied above


def test_labels_wrap_and_clicking_the_words_ticks_the_box(window, qtbot):
    from PySide6.QtCore import Qt

    dialog = window.open_kit()
    row = dialog.item_boxes["log"].parentWidget()
    qtbot.mouseClick(row.title, Qt.MouseButton.LeftButton)
    assert not dialog.item_boxes["log"].isChecked()
    assert dialog.item_boxes["log"].accessibleName() == "Temperature and symptom log"


# -- a kiosk ------------------------------------------------------------------------


@pytest.fixture
def kiosk(make_main_window):
    from cartapp.config import ClinicConfig, ClinicInfo, KioskSettings, hash_pin
    from cartapp.policy import KioskPolicy
    from cartapp.ui.kiosk.session import KioskSession

    config = ClinicConfig(
        clinic=ClinicInfo(name="Riverside Children's", urgent_phone="555-0199", region="us"),
        kiosk=KioskSettings(enabled=True, admin_pin_hash=hash_pin("480213")),
    )
    policy = KioskPolicy(config, kiosk=True)
    window = make_main_window(persist=False, policy=policy)
    session = KioskSession(window, policy, ["en"])
    window.show()
    session.start_screen.start_requested.emit("en")
    return window, session


def test_kiosk_prints_only_and_forgets_the_family(kiosk, qtbot):
    window, session = kiosk
    dialog = window.open_kit()
    assert not dialog.save_button.isVisibleTo(dialog)
    assert dialog.print_button.isVisibleTo(dialog)
    dialog.name.setText("Family One")
    dialog.knows_day0.setChecked(True)
    session.reset()
    qtbot.waitUntil(lambda: window.kit_dialog is None)
    again = window.open_kit()
    assert again.name.text() == "" and not again.knows_day0.isChecked()
    assert again.output.last_printed is None


def test_kiosk_that_may_not_print_offers_no_kit(make_main_window):
    from cartapp.config import ClinicConfig, KioskSettings, hash_pin
    from cartapp.policy import KioskPolicy

    config = ClinicConfig(
        kiosk=KioskSettings(enabled=True, printing_allowed=False, admin_pin_hash=hash_pin("480213"))
    )
    window = make_main_window(persist=False, policy=KioskPolicy(config, kiosk=True))
    assert window.kit_action not in window.file_menu.actions()
    assert window.open_kit() is None
    assert not hasattr(window.show_tab("risks"), "kit_button")


def test_at_large_text_it_opens_as_large_as_its_words_need_up_to_the_screen(window):
    """Qt's first size stops at two thirds of the screen: at 200 % that left a few
    lines in a scrolling box (cartapp.ui.dialog_size)."""
    window.show()
    window.set_text_scale(200)
    kit = window.open_kit()
    area = kit.screen().availableGeometry()
    assert kit.width() <= area.width() * 0.9 and kit.height() <= area.height() * 0.9
    assert kit.width() > area.width() * 2 / 3 and kit.height() > area.height() * 2 / 3
    kit.close()
    window.set_text_scale(100)
