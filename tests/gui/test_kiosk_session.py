"""A kiosk session: fresh start for each family, nothing kept, staff-only exit."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from cartapp.config import ClinicConfig, ClinicInfo, KioskSettings, hash_pin
from cartapp.model.timeline import PlanInputs
from cartapp.policy import KioskPolicy
from cartapp.ui import plain_text, printing
from cartapp.ui.kiosk.session import KioskSession

MARK = "Zebra-4417 Ωμέγα"
PIN = "739164"


@pytest.fixture(scope="module")
def pin_hash():
    return hash_pin(PIN)


@pytest.fixture
def said(monkeypatch):
    """What the kiosk told the family in message boxes (title, text), without waiting."""
    messages: list[tuple[str, str]] = []
    for name in ("warn", "inform"):
        monkeypatch.setattr(
            plain_text, name, lambda parent, title, text: messages.append((title, text))
        )
    return messages


@pytest.fixture
def fake_printer(tmp_path, monkeypatch):
    """A CUPS-like 'lp' and 'lpstat' on PATH; set ``answering`` to False for a
    printer that is not responding. Printed PDFs land in ``spool``."""
    bin_dir, spool = tmp_path / "fakebin", tmp_path / "spool"
    bin_dir.mkdir()
    spool.mkdir()
    state = tmp_path / "printer-down"
    (bin_dir / "lp").write_text(
        f'#!/bin/sh\ncat > "{spool}/job-$$.pdf"\necho "request id is Lobby-7 (1 file(s))"\n',
        encoding="utf-8",
    )
    (bin_dir / "lpstat").write_text(
        "#!/bin/sh\n"
        f'if [ ! -e "{state}" ]; then exit 0; fi\n'
        "sleep 0.3\n"  # a queue that takes a moment to answer
        'case "$1" in\n'
        '  -o) echo "Lobby-7 kiosk 2048 Sat 05 Dec 2026" ;;\n'
        '  -l) echo "printer Lobby disabled since Sat 05 Dec 2026 - not responding" ;;\n'
        "esac\n",
        encoding="utf-8",
    )
    for tool in ("lp", "lpstat"):
        (bin_dir / tool).chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")

    class Printer:
        def __init__(self) -> None:
            self.spool = spool

        def stop_answering(self) -> None:
            state.touch()

        def jobs(self) -> list[Path]:
            return sorted(spool.iterdir())

    return Printer()


@pytest.fixture
def kiosk(make_main_window, pin_hash):
    config = ClinicConfig(
        clinic=ClinicInfo(
            name="Riverside Children's",
            phone="555-0100",
            urgent_phone="555-0199",
            stay_near_days=30,
        ),
        kiosk=KioskSettings(enabled=True, admin_pin_hash=pin_hash),
        source=None,
    )
    policy = KioskPolicy(config, kiosk=True)
    window = make_main_window(persist=False, policy=policy)
    session = KioskSession(window, policy, ["en"])
    window.show()
    session.start_screen.start_requested.emit("en")
    return window, session


def _fill_everything(window):
    """Type the marker into every text field of every tab, and set everything else."""
    for key in window.tab_keys():
        window.show_tab(key)
    questions = window.tab("questions")
    for q in window.library.bank.questions[:3]:
        questions.add_question(q.id)
    questions.mine.own_text.setPlainText(MARK)
    questions.mine.own_add.click()
    questions.mine.own_text.setPlainText(MARK)  # typed but not added
    questions.details.has_date.setChecked(True)
    for widget in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        if widget.isVisibleTo(window) and not widget.isReadOnly():
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.setText(MARK)
            else:
                widget.setPlainText(MARK)
    window.tab("timeline").set_plan_inputs(
        PlanInputs(infusion_date=dt.date(2027, 5, 4), stay_near_days=45)
    )
    window.set_text_scale(170)
    window.set_high_contrast(True)
    window.tab("overview").show_term(window.library.glossary.terms[0].id)
    questions.preview()


def _nothing_left(window):
    questions = window.tab("questions")
    assert questions.sheet().is_empty()
    assert questions.mine.list.count() == 0
    for widget in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        assert MARK not in text, f"{type(widget).__name__} {widget.accessibleName()} kept text"
    assert questions.finder.search.text() == ""
    assert questions._preview is None
    plan = window.tab("timeline").plan_inputs()
    assert plan.infusion_date is None and plan.collection_date is None
    assert plan.stay_near_days is None  # the family's number is gone ...
    stay = {p.step.id: p for p in window.tab("timeline").current_plan()}["stay-near"]
    assert stay.end_day - stay.start_day == 30  # ... and the clinic's setting applies
    assert window.text_scale() == 100
    assert not window.contrast_action.isChecked()
    assert not window.tab("overview").definition.isVisible()
    assert window.current_key() == "overview"


def test_kiosk_idle_reset_clears_everything(kiosk, qtbot):
    window, session = kiosk
    _fill_everything(window)
    assert not window.tab("questions").sheet().is_empty()
    with qtbot.waitSignal(session.reset_done):
        session.watcher.timed_out.emit()
    _nothing_left(window)
    assert session.showing_start_screen()


def test_kiosk_done_asks_once_and_a_stray_tap_keeps_everything(kiosk, qtbot, monkeypatch):
    from cartapp.ui.kiosk import done_dialog

    window, session = kiosk
    _fill_everything(window)
    answers = iter([done_dialog.STAY, done_dialog.CLEAR])
    monkeypatch.setattr(session, "_ask_done", lambda: next(answers))
    session.done_button.click()
    assert not window.tab("questions").sheet().is_empty(), "Keep going keeps the list"
    with qtbot.waitSignal(session.reset_done):
        session.done_button.click()
    _nothing_left(window)


def test_kiosk_done_question_offers_print_first_only_with_a_list(kiosk, qtbot):
    from cartapp.ui.kiosk.done_dialog import PRINT, DoneQuestion

    window, session = kiosk
    plain = DoneQuestion(window, offer_print=False)
    qtbot.addWidget(plain)
    assert not plain.print_button.isVisibleTo(plain)
    offer = DoneQuestion(window, offer_print=True)
    qtbot.addWidget(offer)
    assert offer.print_button.isVisibleTo(offer)
    assert "Did you print your questions?" in " ".join(
        label.text() for label in offer.findChildren(QLabel)
    )
    for button in (offer.print_button, offer.clear_button, offer.stay_button):
        assert button.minimumHeight() >= 44 and button.accessibleName()
    offer.print_button.click()
    assert offer.choice() == PRINT


def test_kiosk_overlay_warns_and_can_be_dismissed(kiosk, qtbot):
    window, session = kiosk
    window.tab("questions").add_question("home.school")
    session.watcher.warning_due.emit()
    assert session.overlay.is_counting()
    session.overlay.button.click()
    assert not session.overlay.is_counting()
    assert not window.tab("questions").sheet().is_empty()
    session.watcher.warning_due.emit()
    with qtbot.waitSignal(session.reset_done):
        session.overlay.expired.emit()
    assert window.tab("questions").sheet().is_empty()


def test_kiosk_refuses_to_close(kiosk):
    window, _ = kiosk
    window.close()
    assert window.isVisible()
    assert window.quit_action not in window.file_menu.actions()


def test_kiosk_admin_pin_exits_and_wrong_pins_lock(kiosk, monkeypatch):
    window, session = kiosk
    monkeypatch.setattr(session, "_ask_pin", lambda: False)
    assert session.ask_admin_exit() is False
    assert window.isVisible()
    for _ in range(5):
        assert session.lock.try_pin("0000") is False
    assert session.lock.is_locked()
    assert session.lock.try_pin(PIN) is False  # even the right PIN waits out the lock
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    monkeypatch.setattr(session, "_ask_pin", lambda: True)
    assert session.ask_admin_exit() is True
    assert not window.isVisible()


def test_kiosk_links_are_not_opened(kiosk, monkeypatch):
    window, _ = kiosk
    opened, shown = [], []
    monkeypatch.setattr(
        "cartapp.ui.main_window.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    monkeypatch.setattr(plain_text, "inform", lambda *a, **k: shown.append(a[2]))
    window.tab("overview").reader.anchorClicked.emit(QUrl("https://example.org/"))
    assert opened == []
    assert "https://example.org/" in shown[0]


def test_kiosk_offers_no_files_and_shows_the_care_team(kiosk):
    window, _ = kiosk
    names = [a.text() for a in window.file_menu.actions()]
    assert not any("Save" in n or "Open" in n for n in names)
    questions = window.tab("questions")
    assert not questions.save_pdf_button.isVisibleTo(questions)
    assert questions.save_pdf() is False and questions.open_list() is False
    risks = window.show_tab("risks")
    assert "555-0199" in risks.care_team.text()
    text = " ".join(questions.pdf_bytes().decode("latin-1", "ignore").split())
    assert questions._clinic is not None and questions._clinic.urgent_phone == "555-0199"
    assert text  # the sheet builds with the clinic block


def _snapshot(*folders: Path) -> dict[str, float]:
    found = {}
    for folder in folders:
        for path in folder.rglob("*"):
            found[str(path)] = path.stat().st_mtime
    return found


def test_kiosk_writes_nothing_to_disk(
    kiosk, qtbot, user_dirs, tmp_path, monkeypatch, said, fake_printer
):
    """A whole session, printing included: no file is created or changed anywhere
    the app could write (home, user folders, state folder, temp) outside the print
    spool (here the fake printer's)."""
    import os as _os

    window, session = kiosk
    temp, home = tmp_path / "temp", tmp_path / "home"
    temp.mkdir()
    home.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    state = Path(_os.environ["CARTAPP_STATE_DIR"])
    watched = [*user_dirs, temp, home, state]
    for folder in watched:
        folder.mkdir(parents=True, exist_ok=True)
    before = _snapshot(*watched)
    _fill_everything(window)
    window.tab("questions").print_sheet()
    qtbot.waitUntil(lambda: bool(said), timeout=15000)
    assert len(fake_printer.jobs()) == 1
    window.tab("mechanism").play()
    window.tab("mechanism").pause()
    session.reset()
    _fill_everything(window)
    monkeypatch.setattr(session, "_ask_done", lambda: "clear")
    session.done_button.click()
    window.prefs.sync()
    assert _snapshot(*watched) == before


def test_kiosk_bad_config_refuses_to_start(tmp_path):
    bad = tmp_path / "clinic.toml"
    bad.write_text("schema_version = 1\n[kiosk]\nidle_timeout_seconds = 5\n", encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        CARTAPP_USER_DATA_DIR=str(tmp_path / "d"),
        CARTAPP_USER_CONFIG_DIR=str(tmp_path / "c"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "cartapp", "--kiosk", "--config", str(bad), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "idle_timeout_seconds" in result.stderr
    assert "Traceback" not in result.stderr


# -- nothing carried over ---------------------------------------------------------


def _python_objects_holding(marker: str) -> list[str]:
    """Containers in this process that still hold the marker (as text or UTF-8)."""
    import gc

    gc.collect()
    raw = marker.encode("utf-8")
    found = []
    for obj in gc.get_objects():
        if isinstance(obj, dict):
            values = list(obj.values())
        elif isinstance(obj, list | tuple | set | frozenset):
            values = list(obj)
        else:
            continue
        for value in values:
            if (isinstance(value, str) and marker in value) or (
                isinstance(value, bytes | bytearray) and raw in value
            ):
                found.append(type(obj).__name__)
                break
    return found


def test_kiosk_reset_leaves_no_clipboard_undo_scroll_or_object(kiosk, qtbot, said):
    from PySide6.QtGui import QClipboard, QGuiApplication

    window, session = kiosk
    # Made here and held only by this frame, so finding it anywhere else is a leak.
    marker = "Kq" + "".join(chr(ord("a") + (n * 7) % 26) for n in range(12)) + "Ωζ"
    _fill_everything(window)
    search = window.tab("questions").finder.search
    search.setText(marker)
    search.selectAll()
    search.copy()
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(marker, QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.setText(marker, QClipboard.Mode.Selection)
    window.tab("questions").mine.own_text.setPlainText(marker)
    reader = window.show_tab("risks").reader
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum())
    session.reset()
    assert clipboard.text(QClipboard.Mode.Clipboard) == ""
    if clipboard.supportsSelection():
        assert clipboard.text(QClipboard.Mode.Selection) == ""
    search.undo()  # a visitor's Ctrl+Z
    assert search.text() == "", "undo brings back nothing"
    own = window.tab("questions").mine.own_text
    own.undo()
    assert own.toPlainText() == "" and not own.document().isUndoAvailable()
    assert reader.verticalScrollBar().value() == 0
    assert window.tab("questions").output.last_printed is None
    for widget in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        assert marker not in text
    assert _python_objects_holding(marker) == []


# -- printing that reports -----------------------------------------------------------


def test_kiosk_prints_straight_to_the_printer_and_says_so(kiosk, qtbot, said, fake_printer):
    window, session = kiosk
    questions = window.tab("questions")
    questions.add_question(window.library.bank.questions[0].id)
    questions.print_sheet()
    qtbot.waitUntil(lambda: bool(said), timeout=15000)
    assert said == [("Printing", "Your pages are printing. You can pick them up at the printer.")]
    (job,) = fake_printer.jobs()
    assert job.read_bytes().startswith(b"%PDF")
    assert session.last_print_problem() is None


def test_kiosk_a_printer_that_does_not_answer_gets_a_plain_message(
    kiosk, qtbot, said, fake_printer, monkeypatch
):
    window, session = kiosk
    fake_printer.stop_answering()
    questions = window.tab("questions")
    questions.add_question(window.library.bank.questions[0].id)
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    questions.print_sheet()
    qtbot.waitUntil(lambda: bool(said), timeout=15000)
    timer.stop()
    assert said == [("Not printed", "The printer did not respond. Please ask a staff member.")]
    when, what = session.last_print_problem()
    assert "Lobby" in what and "not responding" in what
    assert ticks, "the screen kept running while the queue was watched"
    # Staff see it behind the PIN, and can go back to the guide.
    shown = []
    monkeypatch.setattr(session, "_ask_pin", lambda: True)
    monkeypatch.setattr(
        session, "_staff_wants_to_leave", lambda problem: shown.append(problem) or False
    )
    assert session.ask_admin_exit() is False
    assert shown == [(when, what)]


def test_kiosk_never_shows_the_print_dialog_and_its_chooser_has_no_file(kiosk, monkeypatch, qtbot):
    from cartapp.ui.kiosk.printer_choice import PrinterChoice

    window, session = kiosk
    asked = []
    monkeypatch.setattr(printing, "ask_printer", lambda *a: asked.append(a) or True)
    monkeypatch.setattr(printing, "ask_kiosk_printer", lambda parent, printer: False)
    plan, _printer = printing.choose_printer(window, direct=False, kiosk=True)
    assert plan.kind == "cancelled" and asked == []
    chooser = PrinterChoice(["Lobby", "Nurses"])
    qtbot.addWidget(chooser)
    labels = [b.text() for b in chooser.buttons] + [chooser.back_button.text()]
    assert not any("file" in label.lower() or "pdf" in label.lower() for label in labels)
    chooser.buttons[1].click()
    assert chooser.chosen == "Nurses"


def test_kiosk_direct_printing_is_the_default_when_the_key_is_left_out():
    settings = KioskSettings(enabled=True, admin_pin_hash="x")
    assert KioskPolicy(ClinicConfig(kiosk=settings), kiosk=True).print_directly()
    off = KioskSettings(enabled=True, admin_pin_hash="x", print_to_default_printer=False)
    assert not KioskPolicy(ClinicConfig(kiosk=off), kiosk=True).print_directly()
    assert not KioskPolicy(ClinicConfig(kiosk=settings), kiosk=True).may_print_to_file()


# -- touch and house rules ---------------------------------------------------------------


def test_kiosk_refuses_context_menus_and_drops(kiosk, qtbot):
    from PySide6.QtCore import QMimeData, QPoint, Qt
    from PySide6.QtGui import QContextMenuEvent, QDropEvent

    window, session = kiosk
    search = window.tab("questions").finder.search
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), search.mapToGlobal(QPoint(5, 5))
    )
    assert session.guard.eventFilter(search, event) is True
    data = QMimeData()
    data.setText("dropped")
    drop = QDropEvent(
        QPoint(5, 5).toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert session.guard.eventFilter(search, drop) is True


def test_kiosk_pages_scroll_by_finger_and_a_swipe_selects_nothing(kiosk, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScroller

    window, session = kiosk
    reader = window.show_tab("overview").reader
    qtbot.waitUntil(lambda: bool(reader.property("kioskTouchReady")))
    assert QScroller.hasScroller(reader.viewport())
    assert not reader.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert reader.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    life = window.show_tab("life")
    for name in life.page_names():
        life.show_page(name)
    session.guard.prepare_all()
    assert all(QScroller.hasScroller(r.reader.viewport()) for r in life.built_readers().values())


def test_kiosk_keyboard_appears_for_text_and_types_into_the_field(kiosk, qtbot):
    window, session = kiosk
    window.resize(1280, 800)
    window.show()
    keyboard = session.keyboard
    questions = window.show_tab("questions")
    assert not keyboard.isVisible()
    questions.finder.search.setFocus()
    qtbot.waitUntil(keyboard.isVisible)
    for key in ("f", "i", "e"):
        keyboard.keys[key].click()
    keyboard.shift_key.click()
    keyboard.keys["v"].click()
    keyboard.keys["ñ"].click()
    keyboard.delete_key.click()
    assert questions.finder.search.text() == "fieV"
    small = [
        (b.text(), b.width(), b.height())
        for b in keyboard.findChildren(type(keyboard.space_key))
        if b.width() < 44 or b.height() < 44
    ]
    assert small == []
    keyboard.hide_key.click()
    assert not keyboard.isVisible()
    questions.finder.search.clearFocus()
    questions.mine.own_text.setFocus()
    qtbot.waitUntil(keyboard.isVisible)
    session.reset()
    assert not keyboard.isVisible()
