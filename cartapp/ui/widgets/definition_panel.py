"""A small panel under the page that explains one glossary word in place."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from cartapp.model.glossary import Term
from cartapp.ui.plain_text import plain_label


class DefinitionPanel(QFrame):
    """Signals:
    closed(): the family closed the panel (focus goes back to the page).
    """

    closed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("definitionPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._word = plain_label()
        self._word.setObjectName("sectionHeading")
        self._definition = plain_label()
        self._definition.setWordWrap(True)
        self._definition.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._definition.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._close = QPushButton(self.tr("Close"))
        self._close.setAccessibleName(self.tr("Close the definition"))
        self._close.clicked.connect(self.hide_definition)
        head = QHBoxLayout()
        head.addWidget(self._word, 1)
        head.addWidget(self._close)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self._definition)
        self.setAccessibleName(self.tr("Word meaning"))
        self.hide()

    def show_term(self, term: Term) -> None:
        self._word.setText(term.word)
        self._definition.setText(term.definition)
        self._definition.setAccessibleName(f"{term.word}: {term.definition}")
        self.show()
        self._definition.setFocus(Qt.FocusReason.OtherFocusReason)

    def word(self) -> str:
        return self._word.text() if self.isVisible() else ""

    def definition(self) -> str:
        return self._definition.text() if self.isVisible() else ""

    def hide_definition(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide_definition()
            return
        super().keyPressEvent(event)
