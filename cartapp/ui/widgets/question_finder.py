"""Find questions in the bank: by topic, searched as you type, or only teens' own.

The list groups questions under topic headings. A heading is a row of its own that
cannot be chosen: the arrow keys step over it, and a screen reader hears it as a
heading. With nothing searched, the five questions most families ask come first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cartapp.model.question_bank import BankQuestion, QuestionBank
from cartapp.ui.plain_text import plain_label
from cartapp.ui.widgets.bank_list import HEADING_ROLE, ID_ROLE, QUESTION_ROLE, BankList
from cartapp.ui.widgets.wrapping_buttons import WrappingCheckBox


class QuestionFinder(QWidget):
    """The bank, under topic headings, one topic at a time or searched.

    Signals:
        add_requested(str): the family chose a bank question (its id) to add.
    """

    add_requested = Signal(str)

    def __init__(self, bank: QuestionBank, parent=None) -> None:
        super().__init__(parent)
        self._bank = bank
        self._on_list: set[str] = set()
        self._patient = False  # the patient is reading: their own questions come first
        heading = QLabel(self.tr("Find questions"))
        heading.setObjectName("sectionHeading")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search all questions"))
        self.search.setAccessibleName(self.tr("Search all questions"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Question topic"))
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(16)
        self.category.addItem(self.tr("All topics"), "")
        for cat in bank.categories:
            self.category.addItem(cat.title, cat.id)
        self.teens_only = WrappingCheckBox(self.tr("Only teens' own questions"))
        self.teens_only.setAccessibleName(self.tr("Show only questions marked Teen"))
        self.results = BankList()
        self.results.setAccessibleName(self.tr("Questions you can add, under topic headings"))
        self.results.setAccessibleDescription(
            self.tr("Press Enter or choose Add to put the selected question on your list.")
        )
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count = plain_label()
        self.count.setObjectName("tabPurpose")
        self.count.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add to my questions"))
        self.add_button.setProperty("primary", True)
        self.add_button.setAccessibleName(self.tr("Add the selected question to my questions"))
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.category)
        layout.addWidget(self.teens_only)
        layout.addWidget(self.results, 1)
        layout.addLayout(row)
        from cartapp.ui.speech.listen_bar import ListenBar

        # Reads the selected question and why it matters; the bar shows the words.
        self.listen = ListenBar(self.selected_words, name=self.tr("the selected question"))
        layout.addWidget(self.listen)
        self.search.textChanged.connect(self._refresh)
        self.category.currentIndexChanged.connect(self._refresh)
        self.teens_only.toggled.connect(self._refresh)
        self.results.itemActivated.connect(self._on_item_activated)
        self.results.currentItemChanged.connect(self._update_button)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.search.returnPressed.connect(self._on_search_return)
        self._refresh()

    def set_reader(self, reader: str) -> None:
        """A patient reading sees the questions in a teen's or young adult's own words
        first, under their own heading and first in each topic; nothing is hidden."""
        patient = reader == "patient"
        if patient != self._patient:
            self._patient = patient
            self._refresh()

    def set_on_list(self, question_ids: set[str]) -> None:
        """Mark the questions already on the family's list (they cannot be added twice)."""
        self._on_list = set(question_ids)
        for row in range(self.results.count()):
            if not self.results.is_heading(row):
                self._style_item(self.results.item(row))
        self._update_button()

    def shown_ids(self) -> list[str]:
        """The question ids shown, in list order (headings left out)."""
        return [
            self.results.item(r).data(ID_ROLE)
            for r in range(self.results.count())
            if not self.results.is_heading(r)
        ]

    def headings(self) -> list[str]:
        return [
            self.results.item(r).text()
            for r in range(self.results.count())
            if self.results.is_heading(r)
        ]

    def reset(self) -> None:
        self.search.clear()
        self.category.setCurrentIndex(0)
        self.teens_only.setChecked(False)
        self.results.setCurrentRow(self.results.first_question_row())

    def _matching(self) -> list[BankQuestion]:
        text = self.search.text().strip()
        cat_id = self.category.currentData()
        found = self._bank.search(text) if text else list(self._bank.questions)
        return [
            q
            for q in found
            if (not cat_id or q.category == cat_id)
            and (q.for_teens or not self.teens_only.isChecked())
        ]

    def _groups(self, questions: list[BankQuestion]) -> list[tuple[str, list[BankQuestion]]]:
        groups: list[tuple[str, list[BankQuestion]]] = []
        browsing = not (
            self.search.text().strip() or self.category.currentData() or self.teens_only.isChecked()
        )
        if browsing and self._patient:
            own = [q for q in questions if q.for_teens]
            if own:
                groups.append(
                    (self.tr("For you: questions in a teen's or young adult's own words"), own)
                )
        if browsing and self._bank.start_here():
            groups.append(
                (
                    self.tr("Start here: %1 questions most families ask").replace(
                        "%1", str(len(self._bank.start_here()))
                    ),
                    self._bank.start_here(),
                )
            )
        for cat in self._bank.categories:
            in_cat = [q for q in questions if q.category == cat.id]
            if self._patient:  # stable: the bank's order within each kind
                in_cat.sort(key=lambda q: not q.for_teens)
            if in_cat:
                groups.append((cat.title, in_cat))
        return groups

    def _refresh(self) -> None:
        self.results.clear()
        questions = self._matching()
        for title, group in self._groups(questions):
            self.results.addItem(self._heading_item(title))
            for q in group:
                item = QListWidgetItem()
                item.setData(ID_ROLE, q.id)
                item.setData(QUESTION_ROLE, q)
                self._style_item(item)
                self.results.addItem(item)
        if questions:
            count = len(questions)
            self.count.setText(self.tr("%n questions", "", count))
            self.results.setCurrentRow(self.results.first_question_row())
        else:
            self.count.setText(self.tr("No questions match. You can write your own."))
        self._update_button()

    def _heading_item(self, title: str) -> QListWidgetItem:
        item = QListWidgetItem(title)
        item.setData(HEADING_ROLE, True)
        # Shown, but never chosen: enabled keeps the theme's full-contrast text.
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole, self.tr("Heading: %1").replace("%1", title)
        )
        item.setFont(self._heading_font())
        return item

    def _heading_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        # The theme may size text in pixels or in points; scale whichever it uses.
        if font.pixelSize() > 0:
            font.setPixelSize(round(font.pixelSize() * 1.1))
        elif font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.1)
        return font

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # A heading has a size of its own, 10 % over the text: follow a new size.
            font = self._heading_font()
            for row in range(self.results.count()):
                item = self.results.item(row)
                if item.data(HEADING_ROLE):
                    item.setFont(font)

    def _style_item(self, item: QListWidgetItem) -> None:
        q: BankQuestion = item.data(QUESTION_ROLE)
        added = q.id in self._on_list
        # The tag is a word, so it does not rely on colour and a screen reader says it.
        tag = self.tr("[Teen] ") if q.for_teens else ""
        text = tag + q.text
        if q.why:
            text += "\n" + q.why
        if added:
            text = self.tr("On your list: ") + text
        item.setText(text)
        spoken = (self.tr("Teen question: ") if q.for_teens else "") + q.text
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            (self.tr("On your list: ") if added else "") + spoken,
        )
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, q.why)
        font = item.font()
        font.setItalic(added)
        item.setFont(font)

    def selected_words(self) -> str:
        """The selected question and its "why", as read aloud ("" when none)."""
        question_id = self._current_id()
        question = self._bank.get(question_id) if question_id else None
        if question is None:
            return ""
        return "\n".join(part for part in (question.text, question.why) if part)

    def _current_id(self) -> str | None:
        item = self.results.currentItem()
        return item.data(ID_ROLE) if item else None

    def _update_button(self, *_args) -> None:
        current = self._current_id()
        self.add_button.setEnabled(current is not None and current not in self._on_list)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self._request(item.data(ID_ROLE))

    def _on_add_clicked(self) -> None:
        self._request(self._current_id())

    def _on_search_return(self) -> None:
        ids = self.shown_ids()
        if len(ids) == 1:
            self._request(ids[0])

    def _request(self, question_id: str | None) -> None:
        if question_id and question_id not in self._on_list:
            self.add_requested.emit(question_id)
