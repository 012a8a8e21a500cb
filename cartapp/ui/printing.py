"""Print the exact PDF the family previewed, fast and light.

Where the system has a print service that takes PDF (CUPS ``lp``/``lpr`` on
Linux and macOS), the PDF bytes themselves go to it on stdin: no page is
rasterised, the job is the size of the PDF, and the printer's driver does the
rest. A file printer ("Print to file") receives the same bytes. Only where
neither applies are pages drawn onto the printer, one at a time at 300 dpi
(sharp on paper, a fraction of printer resolution's memory).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

translate = QCoreApplication.translate

RASTER_DPI = 300
COMMAND_TIMEOUT_S = 30
KIOSK_CONFIRM_S = 20  # how long a kiosk watches the queue for a printer in trouble
DOC_NAME = "Questions for our care team"

NO_PRINTER = QT_TRANSLATE_NOOP(
    "SheetOutput",
    "No printer is set up on this computer. You can save the sheet as a PDF and print it "
    "elsewhere.",
)
CANCELLED = QT_TRANSLATE_NOOP(
    "SheetOutput", "Printing was cancelled. Nothing was sent to the printer."
)


@dataclass(frozen=True)
class PrintOutcome:
    pages: int = 0
    problem: str = ""  # a plain sentence when nothing (or not all) was printed


# Each QPdfDocument destroyed leaves about 12 KB behind inside QtPdf (measured:
# 1,000 documents made and deleted grew the process by 11.7 MB; one document
# reused for 1,000 loads, by nothing). A kiosk previews and prints for family after
# family, so documents are kept and reused instead of deleted.
_SPARE_DOCUMENTS: list[QPdfDocument] = []
MAX_SPARE_DOCUMENTS = 4


def load_pdf(data: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes (the buffer must outlive the document). Give both
    back with ``release_pdf`` when done; ``parent`` owns only the buffer."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = _SPARE_DOCUMENTS.pop() if _SPARE_DOCUMENTS else QPdfDocument()
    document.load(buffer)
    return document, buffer


def release_pdf(document: QPdfDocument, buffer: QBuffer) -> None:
    """Close the document and keep it for the next PDF; the buffer goes."""
    document.close()
    buffer.close()
    buffer.deleteLater()
    if len(_SPARE_DOCUMENTS) < MAX_SPARE_DOCUMENTS and document not in _SPARE_DOCUMENTS:
        _SPARE_DOCUMENTS.append(document)
    else:
        document.deleteLater()


def count_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog (one seam, so tests can answer it)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print my questions"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_command(printer_name: str, copies: int) -> list[str] | None:
    """The platform's command that prints a PDF read from stdin, if there is one."""
    if sys.platform == "win32":
        return None
    lp = shutil.which("lp")
    if lp:
        command = [lp, "-t", DOC_NAME, "-n", str(max(1, copies))]
        return command + (["-d", printer_name] if printer_name else []) + ["--", "-"]
    lpr = shutil.which("lpr")
    if lpr:
        command = [lpr, "-T", DOC_NAME, f"-#{max(1, copies)}"]
        return command + ([f"-P{printer_name}"] if printer_name else [])
    return None


def send_to_command(command: list[str], data: bytes, *, confirm_s: float = 0) -> str:
    """Run the print command with the PDF on stdin; '' or a plain problem.

    With ``confirm_s``, the print queue is then watched that long (CUPS ``lpstat``):
    a printer that is stopped, offline or not responding is reported instead of
    leaving a family waiting at an empty tray."""
    from cartapp.model.guarded_read import short

    try:
        result = subprocess.run(
            command, input=data, capture_output=True, timeout=COMMAND_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        return translate(
            "Printing", "The printer did not answer in time. Check that it is on, then try again."
        )
    except OSError as exc:
        return translate("Printing", "The print service could not be started ({reason}).").format(
            reason=exc.strerror
        )
    if result.returncode != 0:
        said = result.stderr.decode("utf-8", "replace").strip().splitlines()
        if said:
            return translate("Printing", "The printer did not accept the sheet: {reason}.").format(
                reason=short(said[0])
            )
        return translate("Printing", "The printer did not accept the sheet.")
    if confirm_s > 0:
        return watch_job(result.stdout.decode("utf-8", "replace"), confirm_s)
    return ""


_JOB = re.compile(r"request id is (\S+)")
_TROUBLE = re.compile(
    r"disabled|stopped|not responding|offline|unable to|not connected|"
    r"waiting for printer|paused",
    re.IGNORECASE,
)
POLL_S = 1.0


def watch_job(lp_output: str, seconds: float, *, sleep=time.sleep) -> str:
    """'' once the job has left the queue or is printing without trouble; a plain
    problem when the queue says the printer is stopped or not answering."""
    found = _JOB.search(lp_output)
    lpstat = shutil.which("lpstat")
    if not found or not lpstat:
        return ""  # nothing to watch: the job was accepted
    job = found.group(1)
    printer = job.rsplit("-", 1)[0]
    waited = 0.0
    while waited < seconds:
        queue = _run([lpstat, "-o", printer])
        if job not in queue.split():
            return ""  # printed (or handed to the printer)
        state = _run([lpstat, "-l", "-p", printer])
        if _TROUBLE.search(state):
            return translate("Printing", "The printer {name} is not answering ({state}).").format(
                name=printer, state=_first_line(state)
            )
        sleep(POLL_S)
        waited += POLL_S
    return ""


def _run(command: list[str]) -> str:
    try:
        return subprocess.run(
            command, capture_output=True, timeout=10, check=False, text=True, errors="replace"
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""


def _first_line(text: str) -> str:
    from cartapp.model.guarded_read import short

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return short(lines[0], 120) if lines else "no details"


def write_to_file(data: bytes, name: str) -> str:
    from pathlib import Path

    from cartapp.model.sheet_io import atomic_write, write_problem

    try:
        atomic_write(Path(name), data)
    except OSError as exc:
        return write_problem(Path(name), exc)
    return ""


def render_to_printer(data: bytes, printer: QPrinter) -> int:
    """Draw every page onto the printer at 300 dpi; returns the pages printed."""
    document, buffer = load_pdf(data)
    pages = document.pageCount()
    printer.setResolution(RASTER_DPI)
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
            image = document.render(index, size)  # one page in memory at a time
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
            del image
    finally:
        painter.end()
        release_pdf(document, buffer)
    return pages


@dataclass(frozen=True)
class PrintPlan:
    """Where the bytes go, decided on the screen's thread (the dialog lives there)."""

    kind: str  # "file", "command", "raster" or "none"
    target: str | list[str] | None = None


def ask_kiosk_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The kiosk's own chooser: the computer's printers only, never a file (one seam,
    so tests can answer it)."""
    from cartapp.ui.kiosk.printer_choice import choose_physical_printer

    name = choose_physical_printer(parent)
    if name is None:
        return False
    printer.setPrinterName(name)
    return True


def choose_printer(
    parent: QWidget | None, *, direct: bool, kiosk: bool = False
) -> tuple[PrintPlan, QPrinter | None]:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setDocName(DOC_NAME)
    # Qt's print dialog offers "Print to file" and a file browser: never in a kiosk.
    ask = ask_kiosk_printer if kiosk else ask_printer
    if not direct and not ask(parent, printer):
        return PrintPlan("cancelled"), None
    if kiosk:
        printer.setOutputFileName("")
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return PrintPlan("file", printer.outputFileName()), printer
    command = print_command(printer.printerName(), printer.copyCount())
    if command:
        return PrintPlan("command", command), printer
    if not printer.printerName() and not QPrinterInfo.availablePrinters():
        return PrintPlan("none"), printer
    return PrintPlan("raster"), printer


def deliver(plan: PrintPlan, data: bytes, *, confirm_s: float = 0) -> PrintOutcome:
    """Send the bytes where the plan says; safe off the screen's thread except 'raster'."""
    if plan.kind == "cancelled":
        return PrintOutcome(0, translate("SheetOutput", CANCELLED))
    if plan.kind == "none":
        return PrintOutcome(0, translate("SheetOutput", NO_PRINTER))
    problem = (
        write_to_file(data, plan.target)
        if plan.kind == "file"
        else send_to_command(plan.target, data, confirm_s=confirm_s)
    )
    return PrintOutcome(0 if problem else count_pages(data), problem)


def print_pdf(data: bytes, parent: QWidget | None, *, direct: bool = False) -> PrintOutcome:
    """Ask for a printer (unless ``direct``) and print, all on this thread."""
    plan, printer = choose_printer(parent, direct=direct)
    if plan.kind == "raster":
        pages = render_to_printer(data, printer)
        return PrintOutcome(
            pages, "" if pages else translate("Printing", "The printer could not be started.")
        )
    return deliver(plan, data)
