"""What a screen reader gets from every tab, walked through Qt's accessibility
interfaces in-process (the objects Qt hands to UI Automation, NSAccessibility
and AT-SPI).

The golden listings in tests/gui/golden/ make any change to roles and names a
visible diff; after a deliberate change, rewrite them with
scripts/a11y-golden.sh and read the diff.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from cartapp.policy import KioskPolicy
from cartapp.ui import announce
from cartapp.ui.a11y_tree import listing, unnamed_focusable, walk
from cartapp.ui.tabs.reader_tab import ReaderTab
from cartapp.ui.widgets.reader_links import link_name, link_purpose, link_spans
from cartapp.ui.widgets.reader_view import ReaderView

GOLDEN = Path(__file__).parent / "golden"
WRITE = os.environ.get("CARTAPP_WRITE_GOLDEN") == "1"


@pytest.fixture
def window(make_main_window, qtbot):
    window = make_main_window(persist=False)
    window.show()
    qtbot.waitExposed(window)
    return window


def _readers(widget: QWidget) -> list[ReaderView]:
    return [r for r in widget.findChildren(ReaderView) if r.isVisibleTo(widget.window())]


def _pane(reader: ReaderView):
    iface = QAccessible.queryAccessibleInterface(reader)
    panes = [iface.child(i) for i in range(iface.childCount())]
    return next(p for p in panes if p is not None and p.role() == QAccessible.Role.Pane)


def _check_links(reader: ReaderView) -> int:
    """The links a screen reader gets are the document's links, in order."""
    pane = _pane(reader)
    spans = link_spans(reader.document())
    children = [pane.child(i) for i in range(pane.childCount())]
    assert [c.role() for c in children] == [QAccessible.Role.Link] * len(spans)
    assert [c.text(QAccessible.Text.Name) for c in children] == [link_name(s) for s in spans]
    assert not any(c.text(QAccessible.Text.Name).isdigit() for c in children)
    assert all(s.text.strip() for s in spans), "a link with no words"
    assert {s.href for s in spans} == set(reader.link_targets())
    assert all(pane.indexOfChild(c) == i and c.parent() is pane for i, c in enumerate(children))
    # Reading order: each link starts at or after the one before, top to bottom.
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    boxes = [c.rect() for c in children]
    assert all(not b.isEmpty() for b in boxes)
    assert all(a.top() <= b.top() for a, b in zip(boxes, boxes[1:], strict=False))
    return len(spans)


def _golden(name: str, text: str) -> None:
    # Qt names a combo box by its label on Windows and macOS and by its current text
    # on Linux (where the label is a relation), so the listings are Linux's.
    if not sys.platform.startswith("linux"):
        return
    path = GOLDEN / f"{name}.txt"
    if WRITE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"no golden listing {path.name}: run scripts/a11y-golden.sh"
    assert text == path.read_text(encoding="utf-8"), (
        f"the accessibility tree of {name} changed; if that was meant, run "
        "scripts/a11y-golden.sh and review the diff"
    )


@pytest.mark.parametrize(
    "key", ["overview", "mechanism", "conditions", "risks", "timeline", "life", "questions"]
)
def test_every_tab_names_its_controls_exposes_its_links_and_matches_its_golden(window, qtbot, key):
    window.show_tab(key)
    qtbot.wait(10)
    nodes = walk(window)
    assert not unnamed_focusable(nodes), [n.line() for n in unnamed_focusable(nodes)]
    tab = window.tab(key)
    links = sum(_check_links(r) for r in _readers(tab))
    assert sum(n.role == "Link" for n in nodes) == links
    if key in ("overview", "conditions", "risks", "life"):
        assert links > 20  # glossary words, "On this page", sources at least
    _golden(key, listing(nodes))


def test_every_life_page_exposes_all_its_links(window, qtbot):
    tab = window.show_tab("life")
    for row in range(tab.page_list.count()):
        tab.page_list.setCurrentRow(row)
        qtbot.wait(5)
        readers = _readers(tab)
        assert len(readers) == 1
        assert _check_links(readers[0]) > 5
        assert not unnamed_focusable(walk(tab))


def test_pressing_a_link_from_a_screen_reader_does_what_a_click_does(window, qtbot):
    announce.forget()
    overview = window.show_tab("overview")
    pane = _pane(overview.reader)
    links = [pane.child(i) for i in range(pane.childCount())]
    spans = link_spans(overview.reader.document())

    glossary = next(i for i, s in enumerate(spans) if s.href.startswith("glossary:"))
    action = links[glossary].actionInterface()
    assert action.actionNames() == ["Press", "SetFocus"]
    assert links[glossary].text(QAccessible.Text.Description) == link_purpose("glossary:x")
    action.doAction("Press")
    assert overview.definition.isVisible()
    assert overview.definition.word()
    # The panel that opened names every control a keyboard reaches in it.
    assert not unnamed_focusable(walk(overview))

    place = next(i for i, s in enumerate(spans) if s.href.startswith("#"))
    overview.reader.verticalScrollBar().setValue(0)
    links[place].actionInterface().doAction("SetFocus")
    assert overview.reader.hasFocus()
    assert links[place].state().focused
    cursor = overview.reader.textCursor()
    assert cursor.selectedText() == spans[place].text

    asked = next(i for i, s in enumerate(spans) if s.href.startswith("question:"))
    links[asked].actionInterface().doAction("Press")
    qid = spans[asked].href.split(":", 1)[1]
    assert window.tab("questions").sheet().has_question(qid)
    said = [text for text, _ in announce.recent()]
    assert any(text.startswith("Added to your questions") for text in said)


def test_page_links_follow_a_new_rendering(window, qtbot):
    overview = window.show_tab("overview")
    pane = _pane(overview.reader)
    before = pane.childCount()
    overview.reader.setHtml('<p>Just <a href="#top">one link</a>.</p>')
    assert pane.childCount() == 1
    assert pane.child(0).text(QAccessible.Text.Name) == "one link"
    window.set_text_scale(150)  # re-renders the real page
    qtbot.wait(20)
    # Once, not twice: a render asked for during a render used to append the page again.
    assert pane.childCount() == before
    text = overview.reader.toPlainText()
    assert text.count("Where this information comes from") == 1


def test_status_messages_are_announced(window, qtbot):
    announce.forget()
    questions = window.show_tab("questions")
    questions.mine.own_text.setPlainText("Can my brother visit?")
    questions.mine.own_add.click()
    timeline_id = window.library.bank.questions[1].id
    window._on_question_requested(timeline_id)  # as the Treatment steps tab does
    said = [text for text, _ in announce.recent()]
    assert said, "nothing was announced"
    assert "Added to your questions." in said or any("Added" in t for t in said)


def test_the_kiosk_countdown_is_announced_and_interrupts_only_at_the_end(make_main_window, qtbot):
    from cartapp.ui.kiosk.overlay import StillThereOverlay

    announce.forget()
    window = make_main_window(persist=False, policy=KioskPolicy.home())
    overlay = StillThereOverlay(window)
    overlay.start(3)
    assert announce.recent()[-1] == (overlay.countdown.text(), False)
    overlay._tick.timeout.emit()
    assert announce.recent()[-1] == (overlay.countdown.text(), True)
    overlay.cancel()


def test_reader_tab_announcement_is_said_once(window):
    announce.forget()
    tab = window.show_tab("overview")
    assert isinstance(tab, ReaderTab)
    tab.show_question_result("Added to your questions: Q")
    tab.show_question_result("Added to your questions: Q")
    assert [t for t, _ in announce.recent()] == ["Added to your questions: Q"]


def test_a_reader_built_while_a_screen_reader_runs_has_its_links(window, qtbot):
    # Qt makes accessible objects as widgets are built once a screen reader is on.
    QAccessible.setActive(True)
    try:
        tab = window.show_tab("conditions")
        qtbot.wait(10)
        pane = _pane(tab.reader)
        assert pane.childCount() == len(link_spans(tab.reader.document())) > 20
    finally:
        QAccessible.setActive(False)


def test_dialogs_and_the_kiosk_name_every_control(make_main_window, qtbot):
    from cartapp.config import ClinicConfig, ClinicInfo, KioskSettings, hash_pin
    from cartapp.ui.first_run import WelcomeDialog
    from cartapp.ui.kiosk.overlay import StillThereOverlay
    from cartapp.ui.kiosk.pin_dialog import AdminPinDialog, PinLock
    from cartapp.ui.kiosk.session import KioskSession

    pin = hash_pin("2468")
    config = ClinicConfig(
        clinic=ClinicInfo(
            name="Riverside", phone="555-0100", urgent_phone="555-0199", stay_near_days=30
        ),
        kiosk=KioskSettings(enabled=True, admin_pin_hash=pin),
        source=None,
    )
    policy = KioskPolicy(config, kiosk=True)
    window = make_main_window(persist=False, policy=policy)
    session = KioskSession(window, policy, ["en"])
    window.show()
    assert not unnamed_focusable(walk(window))  # the start screen
    session.start_screen.start_requested.emit("en")
    for key in window.tab_keys():
        window.show_tab(key)
        assert not unnamed_focusable(walk(window)), key
    overlay = StillThereOverlay(window)
    overlay.start(30)
    assert not unnamed_focusable(walk(overlay))
    overlay.cancel()
    for dialog in (
        WelcomeDialog(window, reader="parent", region="us"),
        AdminPinDialog(PinLock(pin), window),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        nodes = walk(dialog)
        assert nodes and not unnamed_focusable(nodes), [n.line() for n in nodes]
        dialog.reject()


def test_tab_to_a_link_in_the_page_makes_it_the_focused_link(window, qtbot):
    from PySide6.QtCore import Qt

    overview = window.show_tab("overview")
    reader = overview.reader
    QAccessible.setActive(True)  # so the Focus event is sent, as with a screen reader
    try:
        reader.setFocus()
        qtbot.waitUntil(reader.hasFocus)
        qtbot.keyClick(reader, Qt.Key.Key_Tab)
        focused = _pane(reader).focusChild()
        assert focused is not None
        assert focused.role() == QAccessible.Role.Link
        assert focused.text(QAccessible.Text.Name) == reader.textCursor().selectedText()
    finally:
        QAccessible.setActive(False)
