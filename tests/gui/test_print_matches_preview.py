"""One PDF for preview, print and save: what the family saw is what prints."""

from __future__ import annotations

import io
import sys

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from cartapp.model.sheet import QuestionSheet
from cartapp.ui import plain_text, printing
from cartapp.ui.tabs.questions import QuestionsTab


@pytest.fixture
def tab(qtbot):
    from cartapp.model.library import ContentLibrary

    bank = ContentLibrary("en").bank
    widget = QuestionsTab(bank, QuestionSheet())
    qtbot.addWidget(widget)
    widget.show()
    for question in bank.questions[:4]:
        widget.add_question(question.id)
    return widget


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(plain_text, "warn", lambda *a, **k: shown.append(a[2]))
    return shown


def _file_printer(out):
    def answer(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    return answer


def _open_preview(tab, qtbot):
    tab.preview()
    qtbot.waitUntil(lambda: tab._preview is not None)
    return tab._preview


def _font_size_of_first_question(data: bytes) -> float:
    sizes = []
    PdfReader(io.BytesIO(data)).pages[0].extract_text(
        visitor_text=lambda text, cm, tm, font, size: (
            sizes.append(size * tm[0]) if text.strip() else None
        )
    )
    return max(sizes)


def test_large_print_while_previewing_then_print_sends_what_the_preview_shows(
    tab, qtbot, tmp_path, monkeypatch, warnings
):
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "ask_printer", _file_printer(out))
    preview = _open_preview(tab, qtbot)
    normal = preview.data
    tab.large_print.setChecked(True)
    assert preview.updating and not preview.print_button.isEnabled()
    qtbot.waitUntil(lambda: not preview.updating)
    assert preview.data != normal  # the preview now shows large print
    assert preview.document.pageCount() == len(PdfReader(io.BytesIO(preview.data)).pages)
    preview.print_button.click()
    qtbot.waitUntil(out.is_file)
    assert out.read_bytes() == preview.data  # byte for byte what was on screen
    assert _font_size_of_first_question(out.read_bytes()) > _font_size_of_first_question(normal)
    assert not warnings


@pytest.mark.skipif(sys.platform == "win32", reason="the print service path is POSIX")
def test_print_service_gets_the_pdf_on_stdin(tab, qtbot, tmp_path, monkeypatch, warnings):
    received = tmp_path / "spooled.pdf"
    monkeypatch.setattr(printing, "ask_printer", lambda parent, printer: True)
    monkeypatch.setattr(
        printing, "print_command", lambda name, copies: ["sh", "-c", f"cat > '{received}'"]
    )
    preview = _open_preview(tab, qtbot)
    preview.print_button.click()
    qtbot.waitUntil(lambda: "Sent" in tab.mine.message.text())
    assert received.read_bytes() == preview.data


@pytest.mark.parametrize("case", ["cancelled", "error", "none"])
def test_printing_never_fails_silently(tab, qtbot, monkeypatch, warnings, case):
    if case == "cancelled":
        monkeypatch.setattr(printing, "ask_printer", lambda parent, printer: False)
        expected = "cancelled"
    elif case == "error":
        monkeypatch.setattr(printing, "ask_printer", lambda parent, printer: True)
        monkeypatch.setattr(
            printing,
            "print_command",
            lambda name, copies: [
                "sh",
                "-c",
                "cat >/dev/null; echo 'lp: The printer or class does not exist.' >&2; exit 1",
            ],
        )
        expected = "did not accept the sheet: lp: The printer or class does not exist."
    else:
        monkeypatch.setattr(printing, "ask_printer", lambda parent, printer: True)
        monkeypatch.setattr(printing, "print_command", lambda name, copies: None)
        monkeypatch.setattr(printing.QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
        expected = "No printer is set up"
    tab.print_sheet()
    if case == "cancelled":  # said on the tab, without an alarming box
        qtbot.waitUntil(lambda: expected in tab.mine.message.text())
        assert not warnings
        return
    qtbot.waitUntil(lambda: bool(warnings))
    assert expected in warnings[0]
    assert "Sent" not in tab.mine.message.text()


def test_a_closed_preview_keeps_no_pages_and_opens_again_on_the_new_sheet(tab, qtbot):
    from cartapp.ui.widgets.pdf_preview import PdfPreview

    first = _open_preview(tab, qtbot)
    assert first.data and first.page_count() >= 1
    first.reject()  # the family presses Close
    assert tab._preview is None
    assert first.data == b""  # no copy of the sheet stays with the closed dialog
    assert first.page_count() == 0  # its document is closed, kept for the next PDF
    tab.add_question(tab.finder._bank.questions[10].id)
    again = _open_preview(tab, qtbot)
    assert again is first  # one dialog, opened again: a kiosk must not grow per family
    assert again.isVisible() and again.current_page() == 0
    # The new sheet, not the old one: the question added since is on it.
    pages = PdfReader(io.BytesIO(again.data)).pages
    shown = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert again.page_count() == len(pages)
    assert tab.finder._bank.questions[10].text[:30] in shown
    tab.reset()  # a kiosk's "I'm done"
    assert tab._preview is None and again.data == b""
    assert len(tab.findChildren(PdfPreview)) == 1
