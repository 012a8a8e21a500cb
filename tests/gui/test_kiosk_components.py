"""Kiosk parts on their own: idle watch, 'still there?', staff PIN, start screen, care team."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QLineEdit, QWidget

from cartapp.config import ClinicInfo
from cartapp.ui import theme
from cartapp.ui.kiosk.care_team_box import CareTeamBox
from cartapp.ui.kiosk.done_button import make_done_button
from cartapp.ui.kiosk.hold import PressAndHold
from cartapp.ui.kiosk.idle import IdleWatcher
from cartapp.ui.kiosk.overlay import StillThereOverlay
from cartapp.ui.kiosk.pin_dialog import AdminPinDialog, PinLock
from cartapp.ui.kiosk.start_screen import StartScreen

LOGO = Path(__file__).resolve().parents[2] / "packaging" / "clinic-logo.example.svg"
CLINIC = ClinicInfo(
    name="North Clinic", logo=LOGO, phone="(555) 010-0100", urgent_phone="(555) 010-0199"
)


def cheap_hash(pin: str) -> str:
    """A valid hash at the lowest accepted cost, so many tries stay fast."""
    salt = bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 200_000)
    return f"pbkdf2-sha256$200000${salt.hex()}${digest.hex()}"


PIN_HASH = cheap_hash("2468")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def kiosk_theme(qapp):
    from cartapp.ui.app import load_fonts

    load_fonts()
    theme.apply(qapp, theme.STANDARD, 100, kiosk=True)
    yield
    theme.apply(qapp, theme.STANDARD, theme.MIN_SCALE)


def shown(qtbot, widget: QWidget, size=(1000, 700)) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wait_ms(qtbot, ms: int) -> None:
    """Let the event loop run for ``ms`` by waiting on a timer, not by sleeping."""
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=ms + 2000):
        timer.start(ms)


def assert_named(widget: QWidget) -> None:
    for button in widget.findChildren(QAbstractButton):
        assert button.accessibleName(), f"{button.text()!r} has no accessible name"


# -- idle watcher -------------------------------------------------------------


def test_kiosk_idle_watcher_warns_then_times_out(qtbot):
    watcher = IdleWatcher(idle_ms=240, warning_ms=120)
    fired: list[tuple[str, float]] = []
    watcher.warning_due.connect(lambda: fired.append(("warning", time.monotonic())))
    watcher.timed_out.connect(lambda: fired.append(("timeout", time.monotonic())))
    started = time.monotonic()
    watcher.start()
    assert watcher.is_running()
    with qtbot.waitSignal(watcher.timed_out, timeout=3000):
        pass
    assert [name for name, _ in fired] == ["warning", "timeout"]
    assert fired[0][1] - started >= 0.119
    assert fired[1][1] - fired[0][1] >= 0.119
    assert not watcher.is_running()


def test_kiosk_idle_watcher_restarts_on_a_key_press(qtbot):
    widget = shown(qtbot, QWidget(), (200, 100))
    watcher = IdleWatcher(idle_ms=400, warning_ms=200)
    watcher.start()
    wait_ms(qtbot, 120)
    pressed = time.monotonic()
    qtbot.keyClick(widget, Qt.Key.Key_A)
    with qtbot.waitSignal(watcher.warning_due, timeout=3000):
        pass
    # The quiet time counts again from the key press, not from start().
    assert time.monotonic() - pressed >= 0.199
    with qtbot.waitSignal(watcher.active_again, timeout=1000):
        qtbot.keyClick(widget, Qt.Key.Key_B)
    assert watcher.is_running() and not watcher.is_warning()
    watcher.stop()
    assert not watcher.is_running()


def test_kiosk_idle_watcher_counts_animation_as_activity(qtbot):
    watcher = IdleWatcher(idle_ms=300, warning_ms=150)
    watcher.start()
    with qtbot.waitSignal(watcher.warning_due, timeout=3000):
        pass
    with qtbot.waitSignal(watcher.active_again, timeout=1000):
        watcher.note_activity()
    with qtbot.assertNotEmitted(watcher.timed_out, wait=160):
        pass
    watcher.stop()


def test_kiosk_idle_watcher_counts_a_moving_pointer(qtbot):
    widget = shown(qtbot, QWidget(), (200, 100))
    watcher = IdleWatcher(idle_ms=200, warning_ms=100)
    watcher.start()
    with qtbot.waitSignal(watcher.warning_due, timeout=3000):
        pass
    with qtbot.waitSignal(watcher.active_again, timeout=1000):
        qtbot.mouseMove(widget, QPoint(20, 30))
        qtbot.mouseMove(widget, QPoint(60, 40))
    watcher.stop()


def test_kiosk_idle_watcher_refuses_a_warning_longer_than_the_timeout():
    with pytest.raises(ValueError):
        IdleWatcher(idle_ms=100, warning_ms=100)


# -- 'Are you still there?' -----------------------------------------------------


@pytest.fixture
def overlay(qtbot, kiosk_theme):
    window = shown(qtbot, QWidget())
    yield StillThereOverlay(window, tick_ms=10)
    window.close()  # the window lives until here; the overlay is its child


def test_kiosk_overlay_counts_down_and_expires(qtbot, overlay):
    overlay.start(1)
    assert overlay.countdown.text() == "Everything you entered will be cleared in 1 second."
    overlay.start(3)
    assert overlay.isVisible() and overlay.is_counting()
    assert overlay.geometry() == overlay.parentWidget().rect()
    assert overlay.countdown.text() == "Everything you entered will be cleared in 3 seconds."
    assert overlay.countdown.accessibleName() == overlay.countdown.text()
    with qtbot.waitSignal(overlay.expired, timeout=2000):
        pass
    assert not overlay.isVisible() and not overlay.is_counting()
    assert overlay.seconds_left() == 0


def test_kiosk_overlay_button_is_large_focused_and_named(qtbot, overlay):
    overlay.start(30)
    assert overlay.button.height() >= 44
    assert overlay.button.property("primary") is True
    assert overlay.focusWidget() is overlay.button
    assert_named(overlay)
    overlay.parentWidget().resize(1100, 760)
    assert overlay.geometry() == overlay.parentWidget().rect()
    overlay.cancel()
    assert not overlay.isVisible()


def test_kiosk_overlay_gives_focus_back_after_stay(qtbot, overlay):
    field = QLineEdit(overlay.parentWidget())
    field.show()
    field.setFocus()
    overlay.start(30)
    assert overlay.focusWidget() is overlay.button
    with qtbot.waitSignal(overlay.stay, timeout=1000):
        qtbot.keyClick(overlay.button, Qt.Key.Key_Space)
    assert overlay.parentWidget().focusWidget() is field


def test_kiosk_overlay_stay_by_button_key_or_touch(qtbot, overlay):
    for act in (
        lambda: qtbot.mouseClick(overlay.button, Qt.MouseButton.LeftButton),
        lambda: qtbot.keyClick(overlay.button, Qt.Key.Key_Escape),
        lambda: qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(5, 5)),
    ):
        overlay.start(30)
        with qtbot.waitSignal(overlay.stay, timeout=1000):
            act()
        assert not overlay.isVisible() and not overlay.is_counting()


# -- staff PIN ----------------------------------------------------------------


def _lock(clock, saved=None):
    from cartapp.model.pin_lockout import Lockout

    return PinLock(PIN_HASH, lockout=Lockout(clock=clock, save=(saved or []).append))


def test_kiosk_pin_lock_locks_after_five_wrong_tries_and_unlocks_after_a_minute():
    clock = FakeClock()
    lock = _lock(clock)
    assert lock.try_pin("2468")
    for _ in range(4):
        assert not lock.try_pin("1111")
    assert not lock.is_locked() and lock.tries_left() == 1
    assert not lock.try_pin("1111")
    assert lock.is_locked() and lock.seconds_left() == 60
    assert not lock.try_pin("2468"), "the right PIN is refused while locked"
    clock.now += 59.5
    assert lock.is_locked() and lock.seconds_left() == 1
    clock.now += 0.5
    assert not lock.is_locked()
    assert lock.try_pin("2468")


def test_kiosk_pin_lock_outs_lengthen_and_survive_a_restart(tmp_path):
    from cartapp.model.pin_lockout import Lockout, file_store

    clock = FakeClock()
    path = tmp_path / "state" / "kiosk-pin-lockout.json"
    waits = []
    for _round in range(5):
        state, save = file_store(path)  # a restart before every round
        lock = PinLock(PIN_HASH, lockout=Lockout(state, save=save, clock=clock))
        assert not lock.is_locked()
        for _ in range(5):
            lock.try_pin("000000")
        waits.append(lock.seconds_left())
        state, save = file_store(path)
        again = PinLock(PIN_HASH, lockout=Lockout(state, save=save, clock=clock))
        assert again.seconds_left() == waits[-1], "pulling the plug does not unlock"
        clock.now += waits[-1]
    assert waits == [60, 300, 900, 3600, 3600]
    saved = path.read_text(encoding="utf-8")
    assert set(__import__("json").loads(saved)) == {"version", "wrong", "lockouts", "locked_until"}
    assert "000000" not in saved and "2468" not in saved
    assert again.try_pin("2468")
    assert file_store(path)[0].lockouts == 0, "the right PIN starts afresh"


def test_kiosk_a_damaged_lockout_file_locks_rather_than_opens(tmp_path):
    from cartapp.model.pin_lockout import Lockout, file_store

    path = tmp_path / "kiosk-pin-lockout.json"
    path.write_text("{not json", encoding="utf-8")
    state, save = file_store(path)
    assert Lockout(state, save=save).is_locked()


def test_kiosk_pin_dialog_accepts_only_the_right_pin(qtbot, kiosk_theme):
    dialog = AdminPinDialog(_lock(FakeClock()))
    shown(qtbot, dialog, (460, 640))
    assert_named(dialog)
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    assert all(key.height() >= 44 for key in dialog.keys)
    qtbot.keyClicks(dialog.field, "12ab34")
    assert dialog.field.text() == "1234"  # letters are kept out as they are typed
    dialog.field.clear()
    for digit in "2469":
        qtbot.mouseClick(
            next(k for k in dialog.keys if k.text() == digit), Qt.MouseButton.LeftButton
        )
    assert dialog.field.text() == "2469"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not right" in dialog.message.text(), timeout=3000)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.field.text() == "" and dialog.field.isEnabled()
    dialog.field.setText("2468")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_kiosk_pin_dialog_shows_the_lock_and_comes_back(qtbot, kiosk_theme):
    clock = FakeClock()
    dialog = AdminPinDialog(_lock(clock))
    shown(qtbot, dialog, (460, 640))
    for _ in range(5):
        qtbot.waitUntil(dialog.field.isEnabled, timeout=3000)
        dialog.field.setText("0000")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.checking(), timeout=3000)
    assert dialog.message.text() == "Too many wrong tries. Try again in 60 seconds."
    assert dialog.message.accessibleName() == dialog.message.text()
    assert not dialog.field.isEnabled() and not dialog.ok_button.isEnabled()
    assert not any(key.isEnabled() for key in dialog.keys)
    assert dialog.cancel_button.isEnabled()
    clock.now += 61
    dialog.refresh()
    assert dialog.field.isEnabled() and dialog.message.text() == ""
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_kiosk_pin_dialog_without_a_pin_cannot_unlock(qtbot):
    dialog = AdminPinDialog(PinLock(""))
    qtbot.addWidget(dialog)
    assert not dialog.field.isEnabled()
    assert "No staff PIN" in dialog.message.text()


# -- start screen -------------------------------------------------------------


def test_kiosk_start_screen_emits_the_chosen_language(qtbot, kiosk_theme):
    screen = shown(
        qtbot,
        StartScreen(CLINIC, [("en", "English"), ("es", "Español")], language="en"),
        (1280, 800),
    )
    assert_named(screen)
    assert screen.selected_language() == "en"
    assert screen.language_buttons["en"].text().startswith("\u2713")
    qtbot.mouseClick(screen.language_buttons["es"], Qt.MouseButton.LeftButton)
    assert screen.language_buttons["es"].isChecked()
    assert not screen.language_buttons["en"].text().startswith("\u2713")
    with qtbot.waitSignal(screen.start_requested, timeout=1000) as blocker:
        qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["es"]
    assert screen.start_button.height() >= 64
    screen.reset()
    assert screen.selected_language() == "en"


def test_kiosk_start_screen_says_what_it_is_and_that_nothing_is_kept(qtbot, kiosk_theme):
    screen = shown(qtbot, StartScreen(CLINIC, [("en", "English")]), (1280, 800))
    texts = " ".join(label.text() for label in screen.findChildren(QLabel))
    assert "CAR T Family Guide" in texts and "North Clinic" in texts
    assert "When you finish, everything you entered is cleared." in texts
    assert screen.language_buttons["en"].isVisible(), "one language is still shown"
    assert screen.logo.isVisible() and not screen.logo.pixmap().isNull()
    with qtbot.waitSignal(screen.start_requested, timeout=1000) as blocker:
        qtbot.keyClick(screen.start_button, Qt.Key.Key_Space)
    assert blocker.args == ["en"]


def test_kiosk_start_screen_without_logo_or_clinic(qtbot):
    screen = shown(qtbot, StartScreen(ClinicInfo(), [("en", "English")], language="fr"))
    assert not screen.logo.isVisible()
    assert screen.selected_language() == "en"


def test_kiosk_start_screen_title_held_asks_for_staff(qtbot):
    screen = shown(qtbot, StartScreen(CLINIC, [("en", "English")], hold_ms=60))
    with qtbot.assertNotEmitted(screen.admin_requested, wait=120):
        qtbot.mousePress(screen.title, Qt.MouseButton.LeftButton)
        qtbot.mouseRelease(screen.title, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.admin_requested, timeout=1000):
        qtbot.mousePress(screen.title, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(screen.title, Qt.MouseButton.LeftButton)


def test_kiosk_press_and_hold_ignores_the_right_button(qtbot):
    label = shown(qtbot, QLabel("Title"), (200, 60))
    hold = PressAndHold(label, hold_ms=30)
    qtbot.mousePress(label, Qt.MouseButton.RightButton)
    assert not hold.is_pressed()


# -- care team box and done button ----------------------------------------------


def test_kiosk_care_team_box_shows_phones_as_text(qtbot, kiosk_theme):
    holder = QWidget()
    box = CareTeamBox(CLINIC, holder)
    shown(qtbot, holder, (600, 300))
    assert box.isVisible() and box.objectName() == "infoBox"
    assert box.text() == (
        "North Clinic\nPhone: (555) 010-0100\nAfter hours or urgent: (555) 010-0199"
    )
    for label in box.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or "href" not in label.text()
        assert not label.openExternalLinks()
        assert not (label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse)


def test_kiosk_care_team_box_omits_empty_lines_and_hides_when_empty(qtbot):
    holder = QWidget()
    box = CareTeamBox(ClinicInfo(urgent_phone="911"), holder)
    shown(qtbot, holder, (600, 300))
    assert box.text() == "After hours or urgent: 911"
    assert not box.name_label.isVisible() and box.urgent_label.isVisible()
    box.set_clinic(ClinicInfo())
    assert box.isHidden() and not box.has_content()
    box.set_clinic(CLINIC)
    assert box.isVisible()
    lonely = CareTeamBox(ClinicInfo())
    qtbot.addWidget(lonely)
    assert lonely.isHidden()


def test_kiosk_done_button_is_primary_large_and_named(qtbot, kiosk_theme):
    button = make_done_button()
    shown(qtbot, button, (500, 10))
    assert button.property("primary") is True
    assert button.accessibleName() == button.text() == "I'm done \u2014 clear my information"
    assert button.toolTip() == ""
    assert button.height() >= 44


def test_kiosk_a_slow_pin_check_never_freezes_the_screen(qtbot, kiosk_theme, monkeypatch):
    import time as _time

    from cartapp.ui.kiosk import pin_dialog

    monkeypatch.setattr(
        pin_dialog, "verify_pin", lambda pin, stored: _time.sleep(0.6) or pin == "2468"
    )
    dialog = AdminPinDialog(_lock(FakeClock()))
    shown(qtbot, dialog, (460, 640))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    dialog.field.setText("2468")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.checking() and not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Checking…"
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        pass
    timer.stop()
    assert len(ticks) >= 10, "the event loop kept running while the PIN was checked"
