"""The question builder: find, add, order, edit, limits, files, preview, print."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from cartapp.model.library import ContentLibrary
from cartapp.model.sheet import QuestionSheet
from cartapp.ui import plain_text, printing
from cartapp.ui.tabs.questions import QuestionsTab

CRS = "side-effects.crs-signs"


@pytest.fixture
def bank():
    return ContentLibrary("en").bank


@pytest.fixture
def tab(qtbot, bank):
    widget = QuestionsTab(bank, QuestionSheet())
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget


def _texts(tab):
    return [q.text for q in tab.sheet().questions]


def test_search_filters_as_you_type(tab, qtbot, bank):
    shown = tab.finder.shown_ids()
    # Browsing: the "Start here" five first, then every question once under its topic.
    start = [q.id for q in bank.start_here()]
    assert shown[: len(start)] == start
    assert shown[len(start) :] == [q.id for q in bank.questions]
    total = len(shown)
    qtbot.keyClicks(tab.finder.search, "school")
    shown = tab.finder.shown_ids()
    assert 0 < len(shown) < total
    assert all("school" in (bank.get(i).text + bank.get(i).why).lower() for i in shown)
    tab.finder.search.clear()
    tab.finder.category.setCurrentIndex(tab.finder.category.findData("costs"))
    assert {bank.get(i).category for i in tab.finder.shown_ids()} == {"costs"}


def test_add_by_key_press_and_never_twice(tab, qtbot, bank):
    tab.finder.results.setFocus()
    tab.finder.results.setCurrentRow(tab.finder.results.first_question_row())
    qtbot.keyClick(tab.finder.results, Qt.Key.Key_Return)
    first = bank.start_here()[0]
    assert _texts(tab) == [first.text]
    assert not tab.finder.add_button.isEnabled()  # already on the list
    assert tab.add_question(first.id) is False
    assert "already on your list" in tab.mine.message.text()
    assert len(tab.sheet().questions) == 1


def test_add_button_adds_the_selected_question(tab, qtbot, bank):
    tab.finder.results.setCurrentRow(3)
    qtbot.mouseClick(tab.finder.add_button, Qt.MouseButton.LeftButton)
    assert _texts(tab) == [bank.start_here()[2].text]


def test_topic_headings_sit_in_the_list_and_the_keys_step_over_them(tab, qtbot, bank):
    finder, results = tab.finder, tab.finder.results
    assert finder.headings() == ["Start here: 5 questions most families ask"] + [
        c.title for c in bank.categories
    ]
    assert results.is_heading(0) and results.currentRow() == 1
    heading = results.item(0)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    assert heading.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Heading: ")
    results.setFocus()
    # Up from the first question cannot land on the heading above it.
    qtbot.keyClick(results, Qt.Key.Key_Up)
    assert results.currentRow() == 1
    qtbot.keyClick(results, Qt.Key.Key_Home)
    assert results.currentRow() == 1
    # Down from the last "Start here" question steps over the first topic's heading.
    results.setCurrentRow(5)
    qtbot.keyClick(results, Qt.Key.Key_Down)
    assert results.is_heading(6) and results.currentRow() == 7
    qtbot.keyClick(results, Qt.Key.Key_Up)
    assert results.currentRow() == 5
    for _ in range(results.count()):
        qtbot.keyClick(results, Qt.Key.Key_Down)
        assert not results.is_heading(results.currentRow())
    assert tab.finder.add_button.isEnabled()


def test_a_search_shows_only_the_topics_it_found(tab, qtbot, bank):
    qtbot.keyClicks(tab.finder.search, "school")
    titles = {bank.category_title(bank.get(i).category) for i in tab.finder.shown_ids()}
    assert set(tab.finder.headings()) == titles  # no "Start here", no empty topics
    tab.finder.search.setText("zzzz")
    assert tab.finder.headings() == [] and not tab.finder.add_button.isEnabled()


def test_teen_questions_are_tagged_in_words_and_can_be_shown_alone(tab, qtbot, bank):
    teens = [q for q in bank.questions if q.for_teens]
    results = tab.finder.results
    rows = {
        results.item(r).data(Qt.ItemDataRole.UserRole): results.item(r)
        for r in range(results.count())
        if not results.is_heading(r)
    }
    for q in bank.questions:
        item = rows[q.id]
        assert item.text().startswith("[Teen] ") == q.for_teens
        assert (
            item.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Teen question: ")
            == q.for_teens
        )
    tab.finder.teens_only.click()
    assert tab.finder.shown_ids() == [q.id for q in teens]
    assert "Start here" not in " ".join(tab.finder.headings())
    tab.finder.category.setCurrentIndex(tab.finder.category.findData("home"))
    assert tab.finder.shown_ids() == [q.id for q in teens if q.category == "home"]
    tab.finder.reset()
    assert not tab.finder.teens_only.isChecked()
    assert len(tab.finder.shown_ids()) == len(bank.questions) + 5


def _fill(tab, bank, n=4):
    for q in bank.questions[:n]:
        assert tab.add_question(q.id)
    return [q.text for q in bank.questions[:n]]


def test_reorder_with_keys_and_buttons(tab, qtbot, bank):
    texts = _fill(tab, bank)
    lst = tab.mine.list
    lst.setFocus()
    lst.setCurrentRow(0)
    qtbot.keyClick(lst, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _texts(tab) == [texts[1], texts[0], texts[2], texts[3]]
    assert lst.currentRow() == 1
    qtbot.mouseClick(tab.mine.up, Qt.MouseButton.LeftButton)
    assert _texts(tab) == texts
    lst.setCurrentRow(3)
    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert _texts(tab) == texts[:3]


def test_reorder_by_drag_and_drop(tab, qtbot, bank):
    texts = _fill(tab, bank)
    lst = tab.mine.list
    lst.setCurrentRow(0)
    assert lst.dragDropMode() == lst.DragDropMode.InternalMove
    # What a drag within the list does to its model: move row 0 to the end.
    assert lst.model().moveRow(QModelIndex(), 0, QModelIndex(), 4)
    assert _texts(tab) == [texts[1], texts[2], texts[3], texts[0]]
    qtbot.waitUntil(lambda: lst.item(3).text() == f"4. {texts[0]}")
    assert [lst.item(r).text().split(". ", 1)[1] for r in range(4)] == _texts(tab)


def test_ask_first_limit_is_three(tab, qtbot, bank):
    _fill(tab, bank, 4)
    lst = tab.mine.list
    for row in range(3):
        lst.setCurrentRow(row)
        tab.mine.ask_first.click()
    assert tab.sheet().ask_first_count() == 3
    lst.setCurrentRow(3)
    lst.setFocus()
    qtbot.keyClick(
        lst, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert tab.sheet().ask_first_count() == 3
    assert not tab.mine.ask_first.isChecked()
    assert "up to 3" in tab.mine.message.text()


def test_own_question_limits(tab, qtbot):
    tab.mine.own_text.setPlainText("   \n ")
    tab.mine.own_add.click()
    assert tab.sheet().questions == []
    assert "type a question" in tab.mine.message.text().lower()
    tab.mine.own_text.setPlainText("x" * 501)
    assert tab.mine.own_count.text() == "501 of 500 characters"
    tab.mine.own_add.click()
    assert tab.sheet().questions == []
    assert "500" in tab.mine.message.text()
    tab.mine.own_text.setPlainText("Can my dog <Rex> & cat stay home?")
    tab.mine.own_add.click()
    assert _texts(tab) == ["Can my dog <Rex> & cat stay home?"]
    assert tab.mine.own_text.toPlainText() == ""


def test_edit_wording_and_note(tab, bank):
    _fill(tab, bank, 2)
    tab.mine.list.setCurrentRow(1)
    tab.mine.edit_text.setPlainText("A better question?")
    tab.mine.note.setText("Ask before Friday")
    # No "Save changes": what is typed is kept at once.
    assert tab.sheet().questions[1].text == "A better question?"
    assert tab.sheet().questions[1].note == "Ask before Friday"
    assert tab.mine.list.item(1).text() == "2. A better question?"


def test_edits_are_kept_when_switching_questions_and_autosaved(tab, bank):
    _fill(tab, bank, 2)
    changed = []
    tab.sheet_changed.connect(lambda: changed.append(1))
    tab.mine.list.setCurrentRow(0)
    tab.mine.edit_text.setPlainText("Our own words?")
    tab.mine.list.setCurrentRow(1)  # moving on never throws the edit away
    tab.mine.list.setCurrentRow(0)
    assert tab.mine.edit_text.toPlainText() == "Our own words?"
    assert tab.sheet().questions[0].text == "Our own words?"
    assert changed


def test_an_empty_wording_is_not_kept_and_is_said(tab, bank):
    texts = _fill(tab, bank, 1)
    tab.mine.list.setCurrentRow(0)
    tab.mine.edit_text.setPlainText("")
    assert tab.sheet().questions[0].text == texts[0]
    assert "type a question" in tab.mine.message.text()


def test_start_over_asks_first(tab, bank, monkeypatch):
    _fill(tab, bank, 2)
    tab.details.child_name.setText("Sam")
    monkeypatch.setattr(plain_text, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.start_over_button.click()
    assert len(tab.sheet().questions) == 2
    monkeypatch.setattr(plain_text, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.start_over_button.click()
    assert tab.sheet().is_empty()
    assert tab.details.child_name.text() == ""
    assert tab.mine.list.count() == 0
    assert tab.undo_replace()
    assert len(tab.sheet().questions) == 2 and tab.sheet().child_name == "Sam"


def test_open_asks_and_keeps_the_replaced_list(tab, bank, tmp_path, monkeypatch, user_dirs):
    from cartapp.model.previous_lists import copies
    from cartapp.model.sheet_io import save_sheet

    other = QuestionSheet()
    other.add_own("From the other file?")
    path = tmp_path / "other.json"
    save_sheet(other, path)
    mine = _fill(tab, bank, 3)
    monkeypatch.setattr(tab, "_ask_open_path", lambda folder=None: str(path))
    asked = []

    def answer(button):
        return lambda *a, **k: asked.append(a[2]) or button

    monkeypatch.setattr(plain_text, "question", answer(QMessageBox.StandardButton.No))
    assert tab.open_list() is False
    assert _texts(tab) == mine and "previous list" in asked[0]
    monkeypatch.setattr(plain_text, "question", answer(QMessageBox.StandardButton.Yes))
    assert tab.open_list()
    assert _texts(tab) == ["From the other file?"]
    kept = copies()
    assert len(kept) == 1 and kept[0].parent.name == "previous lists"
    monkeypatch.setattr(tab, "_ask_open_path", lambda folder=None: str(kept[0]))
    assert tab.open_previous_list()
    assert _texts(tab) == mine


def test_text_no_font_has_is_named_before_any_pdf(tab, monkeypatch):
    tab.sheet().add_own("Fine?")
    tab.sheet().add_own("Can we bring \U0001f9f8?")
    tab.set_sheet(tab.sheet())
    warnings = []
    monkeypatch.setattr(plain_text, "warn", lambda *a, **k: warnings.append(a[2]))
    tab.preview()
    assert tab._preview is None, "no PDF is made while text would be lost"
    assert warnings[0].startswith("Question 2 has characters")
    assert tab.mine.list.currentRow() == 1


def test_details_flow_into_the_sheet(tab):
    tab.details.child_name.setText("Αλέξης Иванов")
    tab.details.has_date.setChecked(True)
    assert tab.sheet().child_name == "Αλέξης Иванов"
    assert tab.sheet().appointment is not None
    tab.details.has_date.setChecked(False)
    assert tab.sheet().appointment is None


def test_save_pdf_contains_the_questions_in_order(tab, bank, tmp_path, monkeypatch, qtbot):
    texts = _fill(tab, bank, 3)
    tab.mine.list.setCurrentRow(2)
    tab.mine.ask_first.click()
    out = tmp_path / "sheet.pdf"
    monkeypatch.setattr(tab, "_ask_save_path", lambda *a: str(out))
    assert tab.save_pdf()
    qtbot.waitUntil(out.is_file)  # the PDF is made off the screen's thread
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert text.index(texts[2]) < text.index(texts[0]) < text.index(texts[1])


def test_preview_shows_the_same_pdf(tab, bank, qtbot):
    _fill(tab, bank, 3)
    tab.preview()
    qtbot.waitUntil(lambda: tab._preview is not None)
    preview = tab._preview
    expected = len(PdfReader(__import__("io").BytesIO(tab.pdf_bytes())).pages)
    assert preview.page_count() == expected >= 1
    preview.go_to(expected - 1)
    assert preview.page_label.text() == f"Page {expected} of {expected}"
    tab.reset()
    assert tab._preview is None


def test_print_sends_the_pdf_itself(tab, bank, tmp_path, monkeypatch, qtbot):
    _fill(tab, bank, 3)
    out = tmp_path / "printed.pdf"

    def answer(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(printing, "ask_printer", answer)
    tab.print_sheet()
    qtbot.waitUntil(lambda: "Sent" in tab.mine.message.text())
    pages = len(PdfReader(__import__("io").BytesIO(tab.pdf_bytes())).pages)
    assert out.read_bytes() == tab.output.last_printed
    assert len(PdfReader(out).pages) == pages
    assert "Sent" in tab.mine.message.text()


def test_opening_a_broken_file_loses_nothing(tab, bank, tmp_path, monkeypatch):
    _fill(tab, bank, 2)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "cartapp.question-sheet", "version": 99}', encoding="utf-8")
    before = broken.read_bytes()
    warnings = []
    monkeypatch.setattr(plain_text, "warn", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(tab, "_ask_open_path", lambda folder=None: str(broken))
    assert tab.open_list() is False
    assert "newer version" in warnings[0]
    assert broken.read_bytes() == before
    assert len(tab.sheet().questions) == 2


def test_save_and_open_list_round_trip(tab, bank, tmp_path, monkeypatch):
    texts = _fill(tab, bank, 3)
    target = tmp_path / "mine.json"
    monkeypatch.setattr(tab, "_ask_save_path", lambda *a: str(target))
    assert tab.save_list_as()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "cartapp.question-sheet"
    assert [q["text"] for q in data["questions"]] == texts
    tab.start_over(confirm=False)
    monkeypatch.setattr(tab, "_ask_open_path", lambda folder=None: str(target))
    assert tab.open_list()
    assert _texts(tab) == texts


def test_files_are_not_offered_without_permission(qtbot, bank):
    kiosk_tab = QuestionsTab(bank, QuestionSheet(), allow_files=False)
    qtbot.addWidget(kiosk_tab)
    assert not kiosk_tab.save_pdf_button.isVisibleTo(kiosk_tab)
    assert kiosk_tab.save_pdf() is False and kiosk_tab.open_list() is False


def test_links_on_pages_add_to_the_list(make_main_window):
    window = make_main_window()
    risks = window.show_tab("risks")
    from PySide6.QtCore import QUrl

    risks.reader.anchorClicked.emit(QUrl(f"question:{CRS}"))
    assert window.tab("questions").sheet().has_question(CRS)
    assert window.current_key() == "risks"


def test_every_page_link_names_its_question_and_adding_says_so(make_main_window, bank, monkeypatch):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QAccessible

    announced = []
    real_update = QAccessible.updateAccessibility
    monkeypatch.setattr(
        QAccessible,
        "updateAccessibility",
        lambda event: (
            announced.append(event.message()) if hasattr(event, "message") else None,
            real_update(event),
        ),
    )
    window = make_main_window()
    for key in ("overview", "conditions", "risks"):
        reader_tab = window.show_tab(key)
        links = reader_tab.reader.question_links()
        assert links, key
        for qid, text in links:
            assert text.startswith("Add to my questions")
            assert bank.get(qid).text.lower().rstrip("?") in text.lower(), (key, text)
    risks = window.tab("risks")
    assert risks.added_note.isHidden()
    risks.reader.anchorClicked.emit(QUrl(f"question:{CRS}"))
    said = "Added to your questions: Which signs of CRS should we watch for?"
    assert not risks.added_note.isHidden() and risks.added_note.text() == said
    assert announced[-1] == said
    risks.reader.anchorClicked.emit(QUrl(f"question:{CRS}"))
    assert risks.added_note.text() == "That question is already on your list."
    assert announced[-1] == risks.added_note.text()
    risks._added_timer.timeout.emit()
    assert risks.added_note.isHidden()


def test_autosave_and_restore(make_main_window, qtbot, bank, user_dirs):
    window = make_main_window()
    tab = window.tab("questions")
    tab.add_question(CRS)
    tab.details.child_name.setText("Ana")
    with qtbot.waitSignal(window.autosave.saved, timeout=3000):
        pass
    saved = user_dirs[0] / "current-sheet.json"
    assert json.loads(saved.read_text(encoding="utf-8"))["child_name"] == "Ana"
    window.close()
    again = make_main_window()
    restored = again.tab("questions").sheet()
    assert restored.child_name == "Ana" and restored.has_question(CRS)


def test_broken_autosave_is_kept_aside_not_overwritten(make_main_window, user_dirs, monkeypatch):
    user_dirs[0].mkdir(parents=True, exist_ok=True)
    (user_dirs[0] / "current-sheet.json").write_text("{not json", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(plain_text, "warn", lambda *a, **k: warnings.append(a[2]))
    window = make_main_window()
    window.tab("questions")
    kept = list(user_dirs[0].glob("current-sheet.unreadable-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{not json"
    assert "could not be opened" in warnings[0]


def test_family_dates_can_go_on_the_sheet(make_main_window):
    import datetime as dt
    import io

    from cartapp.model.timeline import PlanInputs

    window = make_main_window()
    questions = window.tab("questions")
    assert not questions.include_plan.isEnabled()
    window.tab("timeline").set_plan_inputs(
        PlanInputs(infusion_date=dt.date(2027, 3, 1), stay_near_days=30)
    )
    assert questions.include_plan.isEnabled()
    questions.add_question(CRS)
    questions.include_plan.setChecked(True)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(questions.pdf_bytes())).pages)
    text = " ".join(text.split())
    assert "treatment plan" in text.lower()
    assert "Day +30" in text


def test_timeline_buttons_add_to_the_list(make_main_window):
    from PySide6.QtWidgets import QPushButton

    window = make_main_window()
    timeline = window.show_tab("timeline")
    buttons = [
        b
        for b in timeline.findChildren(QPushButton)
        if b.isVisibleTo(timeline) and "add" in b.accessibleName().lower()
    ]
    assert buttons, "the step shows no 'Add to my questions' button"
    buttons[0].click()
    sheet = window.tab("questions").sheet()
    assert len(sheet.questions) == 1
    assert sheet.questions[0].id and window.library.bank.get(sheet.questions[0].id)


def test_the_window_uses_the_sheet_fonts_for_other_scripts(tab):
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    substitutes = {s.casefold() for s in QFont.substitutes("Noto Sans")}
    assert {"noto sans arabic", "droid sans fallback"} <= substitutes
    assert "Noto Sans Devanagari" in QFontDatabase.families()
    metrics = QFontMetrics(QFont("Noto Sans"))
    assert all(metrics.inFontUcs4(ord(c)) or c == " " for c in "Zoë")
    assert QFontMetrics(QFont("Droid Sans Fallback")).inFontUcs4(ord("治"))
