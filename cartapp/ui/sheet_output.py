"""One PDF for preview, print and save, made off the screen's thread.

The sheet and its options are copied when the family asks, the PDF is built
in a worker thread (a long sheet takes seconds; the window keeps painting),
and the finished bytes are frozen: the preview shows them, and Print or Save
from the preview sends those same bytes. When an option or the sheet changes
while the preview is open, the preview is rebuilt and its Print button is off
until the new PDF is on screen, so it never prints something else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from shiboken6 import isValid

from cartapp.model.sheet import SheetError

translate = QCoreApplication.translate

SHOW_PROGRESS_AFTER_MS = 300
KIOSK_PRINTING = QT_TRANSLATE_NOOP(
    "SheetOutput", "Your pages are printing. You can pick them up at the printer."
)
KIOSK_NOT_PRINTED = QT_TRANSLATE_NOOP(
    "SheetOutput", "The printer did not respond. Please ask a staff member."
)


class _Signals(QObject):
    done = Signal(object)  # bytes, or a SheetError / Exception


_pool = None


def _worker_pool():
    """One worker thread for PDFs, made on first use. A Python pool rather than
    QThreadPool: a QRunnable kept for its result is never let go by the binding, and
    a kiosk that printed for months grew by every job it ever ran."""
    global _pool
    if _pool is None:
        from concurrent.futures import ThreadPoolExecutor

        _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cartapp-pdf")
    return _pool


def _run(work: Callable[[], object]) -> object:
    try:
        return work()
    except Exception as exc:  # noqa: BLE001 - handed back to the screen's thread
        return exc


def run_off_screen(
    parent: QWidget, work: Callable[[], object], then: Callable[[object], None], label: str
) -> None:
    """Run ``work`` off the screen's thread; ``then(result)`` on the screen's thread.

    A busy dialog appears if it takes longer than a moment.
    """
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    progress.setAutoClose(False)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    signals = _Signals()
    pending = getattr(parent, "_jobs", None)
    if pending is None:
        pending = parent._jobs = []
    pending.append(signals)

    def finished(result: object) -> None:
        pending.remove(signals)
        # Let go of the job's Qt object now, not whenever the cycle collector runs.
        signals.done.disconnect(finished)
        signals.deleteLater()
        QApplication.restoreOverrideCursor()
        if not isValid(progress):
            # The part that asked was deleted meanwhile (a new language builds every
            # tab again, with the family's list): what it would show has no place.
            return
        progress.reset()
        progress.deleteLater()
        then(result)

    signals.done.connect(finished, Qt.ConnectionType.QueuedConnection)
    # The worker holds only ``work`` and the signal to say it is done.
    _worker_pool().submit(lambda: signals.done.emit(_run(work)))


def is_busy(parent: QWidget) -> bool:
    return bool(getattr(parent, "_jobs", None))


@dataclass(frozen=True)
class OutputWords:
    """What the busy and error messages call the document (the sheet, the kit)."""

    making: str = QT_TRANSLATE_NOOP("SheetOutput", "Making your question sheet…")
    cannot: str = QT_TRANSLATE_NOOP("SheetOutput", "Cannot make the sheet")
    sending: str = QT_TRANSLATE_NOOP("SheetOutput", "Sending your sheet to the printer…")
    saved: str = QT_TRANSLATE_NOOP("SheetOutput", "Saved the sheet to %1")
    preview_title: str = QT_TRANSLATE_NOOP("SheetOutput", "Preview of my question sheet")
    problems: tuple[type[Exception], ...] = (SheetError,)


class SheetOutput(QObject):
    """Preview, print and save for the questions tab.

    ``make_builder()`` is called on the screen's thread and returns a function
    that builds the PDF from a copy of the sheet and options.
    """

    message = Signal(str)

    def __init__(
        self,
        tab: QWidget,
        make_builder: Callable[[], Callable[[], bytes]],
        *,
        print_directly: bool = False,
        warn: Callable[[str, str], None],
        kiosk_printing: bool = False,
        inform: Callable[[str, str], None] | None = None,
        words: OutputWords | None = None,
    ) -> None:
        super().__init__(tab)
        self.words = words or OutputWords()
        self._tab = tab
        self._make_builder = make_builder
        self._print_directly = print_directly
        self._warn = warn
        self._inform = inform or warn
        # A kiosk: the computer's printers only, the queue watched, the result said.
        self._kiosk = kiosk_printing
        self.preview = None
        self._closed_preview = None  # opened again next time (PdfPreview.reopen)
        self.last_printed: bytes | None = None
        self.last_problem: tuple[str, str] | None = None  # (time, what went wrong), for staff

    # -- building ---------------------------------------------------------------

    def _build(self, then: Callable[[bytes], None]) -> None:
        def handle(result: object) -> None:
            if isinstance(result, self.words.problems):
                self._warn(translate("SheetOutput", self.words.cannot), str(result))
            elif isinstance(result, Exception):
                raise result
            else:
                then(bytes(result))

        run_off_screen(
            self._tab, self._make_builder(), handle, translate("SheetOutput", self.words.making)
        )

    # -- preview ------------------------------------------------------------------

    def open_preview(self) -> None:
        self._build(self._show_preview)

    def _show_preview(self, data: bytes) -> None:
        from cartapp.ui.widgets.pdf_preview import PdfPreview

        self.close_preview()
        if self._closed_preview is not None:
            self.preview, self._closed_preview = self._closed_preview, None
            self.preview.reopen(data)
        else:
            self.preview = PdfPreview(
                data, self._tab, title=translate("SheetOutput", self.words.preview_title)
            )
            self.preview.print_requested.connect(lambda: self.print_bytes(self.preview.data))
            self.preview.finished.connect(lambda _result: self._on_preview_closed())
        self.preview.show()

    def _on_preview_closed(self) -> None:
        # Closed by the family (Close, Escape, the window's X): it holds no pages now.
        if self.preview is not None and not self.preview.isVisible():
            self._closed_preview, self.preview = self.preview, None

    def options_changed(self) -> None:
        """The sheet or an option changed: the open preview is rebuilt to match."""
        if self.preview is None:
            return
        self.preview.set_updating(True)
        preview = self.preview

        def update(data: bytes) -> None:
            if self.preview is preview:
                preview.set_data(data)

        QTimer.singleShot(0, lambda: self._build(update))

    def close_preview(self) -> None:
        """Closed, it keeps no pages (PdfPreview._release) and waits to be opened again."""
        if self.preview is not None:
            self.preview.close()
            self._closed_preview, self.preview = self.preview, None

    # -- print and save -----------------------------------------------------------

    def print_sheet(self) -> None:
        self._build(self.print_bytes)

    def print_bytes(self, data: bytes) -> None:
        from cartapp.ui import printing

        plan, printer = printing.choose_printer(
            self._tab, direct=self._print_directly, kiosk=self._kiosk
        )
        if plan.kind == "cancelled":
            self._printed(
                data,
                printing.PrintOutcome(0, translate("SheetOutput", printing.CANCELLED)),
            )
            return
        if plan.kind == "raster":  # Qt paints printers on the screen's thread only
            self._printed(data, printing.PrintOutcome(printing.render_to_printer(data, printer)))
            return
        confirm = printing.KIOSK_CONFIRM_S if self._kiosk else 0
        run_off_screen(
            self._tab,
            lambda: printing.deliver(plan, data, confirm_s=confirm),
            lambda outcome: self._printed(data, outcome),
            translate("SheetOutput", "Printing…")
            if self._kiosk
            else translate("SheetOutput", self.words.sending),
        )

    def _printed(self, data: bytes, outcome) -> None:
        from cartapp.ui.printing import CANCELLED

        if outcome.problem == translate("SheetOutput", CANCELLED):  # the family's own choice
            self.message.emit(outcome.problem)
            return
        if outcome.problem and self._kiosk:
            import datetime as dt

            # The details are for staff (behind the PIN); the family gets a plain way on.
            self.last_problem = (dt.datetime.now().strftime("%H:%M"), outcome.problem)
            self._warn(
                translate("SheetOutput", "Not printed"), translate("SheetOutput", KIOSK_NOT_PRINTED)
            )
            return
        if outcome.problem:
            self._warn(translate("SheetOutput", "Not printed"), outcome.problem)
            return
        self.last_printed = data
        if self._kiosk:
            self._inform(
                translate("SheetOutput", "Printing"), translate("SheetOutput", KIOSK_PRINTING)
            )
        pages = outcome.pages  # lupdate reads a plain name as the count, not an attribute
        self.message.emit(translate("SheetOutput", "Sent %n pages to the printer.", None, pages))

    def forget(self) -> None:
        """Kiosk reset: no copy of the family's sheet stays in memory."""
        self.close_preview()
        self.last_printed = None

    def save_pdf(self, ask_path: Callable[[], str | None], done: Callable[[bool], None]) -> None:
        def write(data: bytes) -> None:
            path = ask_path()
            if not path:
                done(False)
                return
            from cartapp.ui.printing import write_to_file

            problem = write_to_file(data, path)
            if problem:
                self._warn(translate("SheetOutput", "Not saved"), problem)
                done(False)
                return
            self.message.emit(translate("SheetOutput", self.words.saved).replace("%1", path))
            done(True)

        self._build(write)
