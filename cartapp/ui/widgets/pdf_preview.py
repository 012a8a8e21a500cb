"""A preview of the exact PDF that will print, one page at a time.

``data`` is the frozen bytes on screen; Print sends exactly those.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from cartapp.ui.printing import load_pdf, release_pdf


class PdfPreview(QDialog):
    """Signals:
    print_requested(): the family pressed Print in the preview.
    """

    print_requested = Signal()

    def __init__(
        self, data: bytes, parent=None, *, can_print: bool = True, title: str = ""
    ) -> None:
        super().__init__(parent)
        title = title or self.tr("Preview of my question sheet")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.data = bytes(data)
        self.updating = False
        self.document, self._buffer = load_pdf(self.data, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setAccessibleName(self.tr("Sheet page"))
        self.previous = QPushButton(self.tr("Previous page"))
        self.next = QPushButton(self.tr("Next page"))
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setProperty("primary", True)
        self.print_button.setVisible(can_print)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        close = QPushButton(self.tr("Close"))
        for button in (self.previous, self.next, self.print_button, close):
            button.setAccessibleName(button.text().rstrip("…"))
        bar = QHBoxLayout()
        bar.addWidget(self.previous)
        bar.addWidget(self.page_label, 1)
        bar.addWidget(self.next)
        bar.addSpacing(24)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        from cartapp.ui.speech.listen_bar import ListenBar

        # Reads the page on screen; the bar shows the sentence being read.
        self.listen = ListenBar(self.page_words, name=self.tr("this page"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.listen)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        self.previous.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.print_button.clicked.connect(self.print_requested)
        close.clicked.connect(self.reject)
        self.resize(820, 900)
        self.go_to(0)

    def page_words(self) -> str:
        """The page's text as it is read aloud: a line to write on is "blank"."""
        import re

        text = self.document.getAllText(self.current_page()).text()
        return re.sub(r"_{3,}", " blank ", text)

    def done(self, result: int) -> None:
        super().done(result)
        self._release()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().closeEvent(event)
        self._release()

    def _release(self) -> None:
        """Give the document back for reuse once the preview is closed, and keep none
        of the sheet: a closed preview may be opened again for someone else's."""
        if getattr(self, "_buffer", None) is not None:
            self.listen.stop_reading()
            release_pdf(self.document, self._buffer)
            self._buffer = None
            self.data = b""

    def reopen(self, data: bytes) -> None:
        """Show a new sheet in this closed preview, from its first page. Opening a new
        dialog each time cost a kiosk about 3 KB that Qt never gave back (its touch
        scrolling registers a gesture per new view)."""
        self.data = bytes(data)
        self.document, self._buffer = load_pdf(self.data, self)
        self.view.setDocument(self.document)
        self.set_updating(False)
        self.go_to(0)

    def set_updating(self, on: bool) -> None:
        """While a changed sheet is being made, Print is off: it would print the old one."""
        self.updating = on
        self.print_button.setEnabled(not on)
        self.status.setText(self.tr("Updating the preview to match your changes…") if on else "")

    def set_data(self, data: bytes) -> None:
        page = self.current_page()
        old_document, old_buffer = self.document, self._buffer
        self.data = bytes(data)
        self.document, self._buffer = load_pdf(self.data, self)
        self.view.setDocument(self.document)
        release_pdf(old_document, old_buffer)
        self.set_updating(False)
        self.go_to(page)

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.page_count() - 1))
        self.listen.stop_reading()  # the words heard must be the page on screen
        self.view.pageNavigator().jump(page, self.view.pageNavigator().currentLocation())
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(page + 1))
            .replace("%2", str(self.page_count()))
        )
        self.previous.setEnabled(page > 0)
        self.next.setEnabled(page < self.page_count() - 1)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_Right):
            self.go_to(self.current_page() + 1)
        elif event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_Left):
            self.go_to(self.current_page() - 1)
        else:
            super().keyPressEvent(event)
