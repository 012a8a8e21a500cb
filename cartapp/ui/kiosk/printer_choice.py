"""A kiosk's printer chooser: the computer's printers as large buttons, nothing else.

Shown only when a clinic sets print_to_default_printer = false. Qt's print dialog
would offer "Print to File" and a file browser with Rename and Delete; this one
lists the print queues the computer is set up with, and a way back.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from cartapp.ui.kiosk.targets import set_min_target


def physical_printers() -> list[str]:
    """The computer's print queues (Qt lists no file printer among them)."""
    return [name for name in QPrinterInfo.availablePrinterNames() if name.strip()]


class PrinterChoice(QDialog):
    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Choose a printer"))
        self.setAccessibleName(self.tr("Choose a printer"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        heading = QLabel(
            self.tr("Which printer?")
            if names
            else self.tr("No printer is set up here. Please ask a staff member.")
        )
        heading.setObjectName("sectionHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.buttons: list[QPushButton] = []
        default = QPrinterInfo.defaultPrinterName()
        for name in names:
            label = name + (self.tr(" (usual printer)") if name == default else "")
            button = QPushButton(label)
            button.setAccessibleName(label)
            button.setAutoDefault(False)
            set_min_target(button, height=56)
            button.clicked.connect(lambda _=False, n=name: self._choose(n))
            self.buttons.append(button)
            layout.addWidget(button)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back, without printing"))
        self.back_button.setAutoDefault(False)
        set_min_target(self.back_button, height=56)
        self.back_button.clicked.connect(self.reject)
        layout.addWidget(self.back_button)
        self.setMinimumWidth(480)

    def _choose(self, name: str) -> None:
        self.chosen = name
        self.accept()


def choose_physical_printer(parent: QWidget | None) -> str | None:
    dialog = PrinterChoice(physical_printers(), parent)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
