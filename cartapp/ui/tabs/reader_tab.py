"""A tab that shows one content page with its glossary and sources."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cartapp.model.glossary import Glossary
from cartapp.model.page_links import LinkTargets
from cartapp.model.pages import Page
from cartapp.model.question_links import QuestionNames
from cartapp.ui.announce import announce
from cartapp.ui.plain_text import plain_label
from cartapp.ui.widgets.definition_panel import DefinitionPanel
from cartapp.ui.widgets.page_header import PageHeader
from cartapp.ui.widgets.reader_view import ReaderView


class ReaderTab(QWidget):
    """One page to read.

    Signals:
        question_requested(str): the family asked to add a bank question.
        external_link_requested(QUrl): an outside link was activated.
        page_requested(str, str): a link to another page (name, place on it or "").
    """

    question_requested = Signal(str)
    external_link_requested = Signal(QUrl)
    page_requested = Signal(str, str)

    ADDED_SHOWN_MS = 8000

    def __init__(
        self,
        page: Page,
        glossary: Glossary | None,
        parent=None,
        *,
        questions: QuestionNames | None = None,
        links: LinkTargets | None = None,
        pictures=None,
    ) -> None:
        super().__init__(parent)
        self._glossary = glossary
        self._purpose = plain_label(page.summary)
        self._purpose.setObjectName("tabPurpose")
        self._purpose.setWordWrap(True)
        self.reader = ReaderView(
            page, glossary, questions=questions, links=links, pictures=pictures
        )
        # Which country's rules this page shows, so a family never reads another
        # region's rule as theirs; only on pages that have such rules.
        self._rules_for = plain_label()
        self._rules_for.setObjectName("rulesFor")
        self._rules_for.setWordWrap(True)
        self._rules_for.setVisible("{{rule:" in page.body or "{{value:" in page.body)
        from cartapp.ui import region

        self._region = region.current()
        self._region.changed.connect(self._show_region)
        self._show_region()
        self.definition = DefinitionPanel()
        self.definition.closed.connect(self._on_definition_closed)
        # A strip under the page says what an "Add to my questions" link just did.
        self.added_note = QLabel()
        self.added_note.setObjectName("readerStatus")
        self.added_note.setWordWrap(True)
        self.added_note.setTextFormat(Qt.TextFormat.PlainText)
        self.added_note.setAccessibleName(self.tr("Question list message"))
        font = self.added_note.font()
        font.setBold(True)
        self.added_note.setFont(font)
        self.added_note.hide()
        self._added_timer = QTimer(self, singleShot=True, interval=self.ADDED_SHOWN_MS)
        self._added_timer.timeout.connect(self.added_note.hide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        # At large text on a small screen the lines above the page stop at a share of
        # the tab and scroll on their own, so the page keeps most of the height.
        self.header = PageHeader(self.tr("About this page"), layout.spacing(), tab=self)
        self.header.rows.addWidget(self._purpose)
        self.header.rows.addWidget(self._rules_for)
        layout.addWidget(self.header)
        layout.addWidget(self.reader, 1)
        layout.addWidget(self.added_note)
        layout.addWidget(self.definition)
        self.reader.term_activated.connect(self._on_term_activated)
        self.reader.question_requested.connect(self.question_requested)
        self.reader.external_link_requested.connect(self.external_link_requested)
        self.reader.page_requested.connect(self.page_requested)
        self.setFocusProxy(self.reader)
        from cartapp.ui.speech.highlight import highlighter
        from cartapp.ui.speech.listen_bar import ListenBar

        # Read the page as shown: the text view's own text, so the highlight lands on
        # the very words being heard.
        self.listen = ListenBar(
            self.reader.toPlainText, name=page.title, highlight=highlighter(self.reader)
        )
        # Beside the page's one-line purpose, so at large text the page keeps its height.
        top = QHBoxLayout()
        self.header.rows.insertLayout(0, top)
        self.header.rows.removeWidget(self._purpose)
        top.addWidget(self._purpose, 1)
        top.addWidget(self.listen, 0, Qt.AlignmentFlag.AlignTop)
        # Screen readers and Tab meet the controls where the eye does: before the page.
        self.listen.stackUnder(self.reader)
        QWidget.setTabOrder(self.listen.speed, self.reader)

    def page(self) -> Page:
        return self.reader.page()

    def _show_region(self) -> None:
        state = self._region
        if state.table is None:
            text = self.tr(
                "The rules by country could not be loaded ({0}). Follow the "
                "written rules your center gives you."
            ).format(state.problem)
        elif state.locked:
            text = self.tr("Rules shown for: {0} (set by your clinic).").format(state.name)
        else:
            text = self.tr("Rules shown for: {0}. To change it, use View, then Region.").format(
                state.name
            )
        self._rules_for.setText(text)

    def show_term(self, term_id: str) -> bool:
        term = self._glossary.get(term_id) if self._glossary else None
        if term is None:
            return False
        self.definition.show_term(term)
        return True

    def show_question_result(self, text: str) -> None:
        """Say, under the page and to a screen reader, what adding a question did."""
        self.added_note.setText(text)
        self.added_note.setAccessibleDescription(text)
        self.added_note.show()
        self._added_timer.start()
        announce(self.reader, text)

    def _on_term_activated(self, term_id: str) -> None:
        self.show_term(term_id)

    def _on_definition_closed(self) -> None:
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.definition.isVisible():
            self.definition.hide_definition()
            return
        super().keyPressEvent(event)

    def reset(self) -> None:
        """Back to the top of the page with nothing open."""
        self.listen.stop_reading()
        self.definition.hide()
        self.added_note.hide()
        self.reader.verticalScrollBar().setValue(0)

    def show_place(self, anchor: str) -> None:
        """Scroll to a heading of the page (``""``: the top)."""
        if anchor:
            self.reader.scrollToAnchor(anchor)
        else:
            self.reader.verticalScrollBar().setValue(0)

    def self_check(self) -> list[str]:
        problems = []
        name = self.page().name
        if len(self.reader.toPlainText()) < 500:
            problems.append(f"{name}: the page text did not render")
        targets = self.reader.link_targets()
        if self._glossary and not any(t.startswith("glossary:") for t in targets):
            problems.append(f"{name}: no glossary words are linked")
        if "Where this information comes from" not in self.reader.toPlainText():
            problems.append(f"{name}: the sources are not shown")
        return problems
