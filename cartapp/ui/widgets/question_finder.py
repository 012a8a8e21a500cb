"""Find questions in the bank: by category or by searching as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cartapp.model.question_bank import BankQuestion, QuestionBank
from cartapp.ui.plain_text import plain_label

ID_ROLE = Qt.ItemDataRole.UserRole


class QuestionFinder(QWidget):
    """The bank, one category at a time or searched.

    Signals:
        add_requested(str): the family chose a bank question (its id) to add.
    """

    add_requested = Signal(str)

    def __init__(self, bank: QuestionBank, parent=None) -> None:
        super().__init__(parent)
        self._bank = bank
        self._on_list: set[str] = set()
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
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(16)
        self.category.addItem(self.tr("All topics"), "")
        for cat in bank.categories:
            self.category.addItem(cat.title, cat.id)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Questions you can add"))
        self.results.setAccessibleDescription(
            self.tr("Press Enter or choose Add to put the selected question on your list."))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count = plain_label()
        self.count.setObjectName("tabPurpose")
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
        layout.addWidget(self.results, 1)
        layout.addLayout(row)
        self.search.textChanged.connect(self._refresh)
        self.category.currentIndexChanged.connect(self._refresh)
        self.results.itemActivated.connect(self._on_item_activated)
        self.results.currentItemChanged.connect(self._update_button)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.search.returnPressed.connect(self._on_search_return)
        self._refresh()

    def set_on_list(self, question_ids: set[str]) -> None:
        """Mark the questions already on the family's list (they cannot be added twice)."""
        self._on_list = set(question_ids)
        for row in range(self.results.count()):
            self._style_item(self.results.item(row))
        self._update_button()

    def shown_ids(self) -> list[str]:
        return [self.results.item(r).data(ID_ROLE) for r in range(self.results.count())]

    def reset(self) -> None:
        self.search.clear()
        self.category.setCurrentIndex(0)
        self.results.setCurrentRow(0)

    def _matching(self) -> list[BankQuestion]:
        text = self.search.text().strip()
        cat_id = self.category.currentData()
        found = self._bank.search(text) if text else list(self._bank.questions)
        return [q for q in found if not cat_id or q.category == cat_id]

    def _refresh(self) -> None:
        self.results.clear()
        questions = self._matching()
        for q in questions:
            item = QListWidgetItem()
            item.setData(ID_ROLE, q.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, q)
            self._style_item(item)
            self.results.addItem(item)
        if questions:
            count = len(questions)
            self.count.setText(self.tr("1 question") if count == 1
                               else self.tr("%1 questions").replace("%1", str(count)))
            self.results.setCurrentRow(0)
        else:
            self.count.setText(self.tr("No questions match. You can write your own."))
        self._update_button()

    def _style_item(self, item: QListWidgetItem) -> None:
        q: BankQuestion = item.data(Qt.ItemDataRole.UserRole + 1)
        added = q.id in self._on_list
        text = q.text
        if q.why:
            text += "\n" + q.why
        if added:
            text = self.tr("On your list: ") + text
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     (self.tr("On your list: ") if added else "") + q.text)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, q.why)
        font = item.font()
        font.setItalic(added)
        item.setFont(font)

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
        if self.results.count() == 1:
            self._request(self.results.item(0).data(ID_ROLE))

    def _request(self, question_id: str | None) -> None:
        if question_id and question_id not in self._on_list:
            self.add_requested.emit(question_id)
