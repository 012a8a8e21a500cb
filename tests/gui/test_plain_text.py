"""Text a family types, or a file brings in, is shown literally: never as markup."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from cartapp.config import ClinicConfig, ClinicInfo, KioskSettings, hash_pin
from cartapp.policy import KioskPolicy
from cartapp.ui import plain_text
from cartapp.ui.kiosk.session import KioskSession

MARKUP = ['<img src="/dev/zero">', "<b>x</b>", "&amp;"]


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the app shows, answered with its default button."""
    shown: list[QMessageBox] = []

    def answer(box):
        shown.append(box)
        return (
            box.standardButton(box.defaultButton())
            if box.defaultButton()
            else QMessageBox.StandardButton.Ok
        )

    monkeypatch.setattr(plain_text, "ask", answer)
    return shown


def _labels_showing(root, text):
    widgets = (
        [root, *root.findChildren(QLabel)]
        if isinstance(root, QLabel)
        else root.findChildren(QLabel)
    )
    return [label for label in widgets if text in label.text()]


def _assert_literal(root, text):
    labels = _labels_showing(root, text)
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName() or label
    return labels


@pytest.mark.parametrize("markup", MARKUP)
def test_sheet_fields_notes_search_and_messages_show_markup_literally(
    make_main_window, qtbot, boxes, tmp_path, markup
):
    window = make_main_window(persist=False)
    window.show()
    tab = window.show_tab("questions")
    # A question of one's own, with a note: list item, tooltip, "Removed:" message.
    tab.mine.own_text.setPlainText(f"{markup} own question")
    tab.mine.own_add.click()
    tab.mine.list.setCurrentRow(0)
    tab.mine.note.setText(f"{markup} note")  # kept as it is typed
    item = tab.mine.list.item(0)
    assert markup in item.text()
    tip = item.toolTip()
    assert tip == plain_text.tooltip(f"Our note: {markup} note")  # escaped into rich text
    assert "&lt;" in tip or "&amp;amp;" in tip
    tab.mine.remove.click()
    assert _assert_literal(window, f"{markup} own question")  # "Removed: …"
    # The sheet's details and notes are editors (always plain); search text too.
    tab.details.child_name.setText(markup)
    tab.finder.search.setText(markup)
    _assert_literal(window, markup)
    # A file name and an error message in the File → Open refusal box.
    bad = tmp_path / f"{markup.replace('/', '_')}.json"
    bad.write_text(
        json.dumps({"format": "cartapp.question-sheet", "version": 1, "appointment": markup})
    )
    tab._ask_open_path = lambda folder=None: str(bad)
    assert tab.open_list() is False
    assert boxes, "the refusal was not shown"
    for box in boxes:
        assert box.textFormat() == Qt.TextFormat.PlainText
    assert markup in boxes[-1].text()


@pytest.mark.parametrize("markup", MARKUP)
def test_clinic_values_show_markup_literally(make_main_window, qtbot, markup):
    config = ClinicConfig(
        clinic=ClinicInfo(name=f"{markup} clinic", phone=markup, urgent_phone=markup),
        kiosk=KioskSettings(enabled=True, admin_pin_hash=hash_pin("2468")),
    )
    policy = KioskPolicy(config, kiosk=True)
    window = make_main_window(persist=False, policy=policy)
    session = KioskSession(window, policy, ["en"])
    window.show()
    assert _assert_literal(session.start_screen, f"{markup} clinic")
    session.start_screen.start_requested.emit("en")
    window.show_tab("risks")
    QApplication.processEvents()
    assert _assert_literal(window, f"{markup} clinic")


def test_plain_message_helpers_never_guess(qtbot, boxes):
    plain_text.warn(None, "t", "<b>x</b>")
    plain_text.inform(None, "t", "<img src=/dev/zero>")
    plain_text.critical(None, "t", "&amp;")
    assert [b.textFormat() for b in boxes] == [Qt.TextFormat.PlainText] * 3
    assert "&lt;b&gt;x&lt;/b&gt;" in plain_text.tooltip("<b>x</b>")
