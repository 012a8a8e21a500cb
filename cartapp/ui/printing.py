"""Print the exact PDF the family previewed: its pages go to the printer as drawn."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def load_pdf(data: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes (the buffer must outlive the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog (one seam, so tests can answer it)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print my questions") if parent else "Print")
    return dialog.exec() == QDialog.DialogCode.Accepted


def render_to_printer(data: bytes, printer: QPrinter) -> int:
    """Draw every page onto the printer; returns the number of pages printed."""
    document, buffer = load_pdf(data)
    pages = document.pageCount()
    painter = QPainter()
    if pages == 0 or not painter.begin(printer):
        return 0
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            target = painter.viewport()
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(round(points.width() * scale), round(points.height() * scale))
            # The viewport is in printer pixels, so this renders at the printer's
            # resolution and text stays sharp on paper.
            image = document.render(index, size)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
        document.close()
        buffer.close()
    return pages


def print_pdf(data: bytes, parent: QWidget | None, *, direct: bool = False) -> int:
    """Ask for a printer (unless ``direct``) and print; 0 when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Questions for our care team")
    if not direct and not ask_printer(parent, printer):
        return 0
    return render_to_printer(data, printer)
