"""The optional details printed at the top of the sheet, and the sheet's notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cartapp.model.sheet import MAX_FIELD_CHARS, MAX_NOTES_CHARS
from cartapp.ui.widgets.wrapping_buttons import WrappingCheckBox


class SheetDetails(QWidget):
    """Child's name, who prepared it, appointment date, care team, notes.

    Signals:
        changed(): any field changed.
    """

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.child_name = self._line(self.tr("Child's name"))
        self.prepared_by = self._line(self.tr("Prepared by"))
        self.care_team = self._line(self.tr("Doctor or care team"))
        self.has_date = WrappingCheckBox(self.tr("We have an appointment date"))
        self.has_date.setAccessibleName(self.tr("We have an appointment date"))
        self.appointment = QDateEdit()
        self.appointment.setCalendarPopup(True)
        self.appointment.setDisplayFormat("d MMMM yyyy")
        self.appointment.setAccessibleName(self.tr("Appointment date"))
        self.appointment.setDate(QDate.currentDate())
        self.appointment.setEnabled(False)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes for the sheet"))
        self.notes.setPlaceholderText(self.tr("Anything else you want the team to know"))
        self.notes.setTabChangesFocus(True)
        self.notes_count = QLabel()
        date_row = QVBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.appointment)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.name_label = QLabel(self.tr("Child's name:"))
        self.name_label.setBuddy(self.child_name)
        form.addRow(self.name_label, self.child_name)
        form.addRow(self.tr("Prepared by:"), self.prepared_by)
        form.addRow(self.tr("Appointment:"), date_row)
        form.addRow(self.tr("Doctor or care team:"), self.care_team)
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow("", self.notes_count)
        for line in (self.child_name, self.prepared_by, self.care_team):
            line.textChanged.connect(self.changed)
        self.has_date.toggled.connect(self.appointment.setEnabled)
        self.has_date.toggled.connect(self.changed)
        self.appointment.dateChanged.connect(self.changed)
        self.notes.textChanged.connect(self._on_notes_changed)
        self._on_notes_changed()

    def set_reader(self, reader: str) -> None:
        """The name field asks for the patient's name when the patient is reading."""
        patient = reader == "patient"
        self.name_label.setText(self.tr("Patient's name:") if patient else self.tr("Child's name:"))
        self.child_name.setAccessibleName(
            self.tr("Patient's name") if patient else self.tr("Child's name")
        )

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setMaxLength(MAX_FIELD_CHARS)
        line.setAccessibleName(name)
        line.setPlaceholderText(self.tr("Optional"))
        return line

    def _on_notes_changed(self) -> None:
        self._keep_notes_in_limit()
        used = len(self.notes.toPlainText())
        self.notes_count.setText(
            self.tr("%1 of %2 characters")
            .replace("%1", str(used))
            .replace("%2", str(MAX_NOTES_CHARS))
        )
        self.changed.emit()

    def _keep_notes_in_limit(self) -> None:
        """Over the limit the sheet could not be saved at all, so what was just
        typed or pasted past it is cut at the cursor, where it was added."""
        text = self.notes.toPlainText()
        if len(text) <= MAX_NOTES_CHARS:
            return
        cursor = self.notes.textCursor()
        # Qt counts UTF-16 units; Python counts characters.
        before = text.encode("utf-16-le")[: cursor.position() * 2].decode(
            "utf-16-le", errors="ignore"
        )
        after = text[len(before) :]
        room = MAX_NOTES_CHARS - len(after)
        before = before[:room] if room >= 0 else ""
        kept = (before + after)[:MAX_NOTES_CHARS]
        self.notes.blockSignals(True)
        self.notes.setPlainText(kept)
        cursor = self.notes.textCursor()
        cursor.setPosition(len(before.encode("utf-16-le")) // 2)
        self.notes.setTextCursor(cursor)
        self.notes.blockSignals(False)
        self.notes_count.setText(
            self.tr("The notes can hold %1 characters.").replace("%1", str(MAX_NOTES_CHARS))
        )

    def appointment_date(self) -> dt.date | None:
        if not self.has_date.isChecked():
            return None
        return self.appointment.date().toPython()

    def set_values(
        self,
        child_name: str,
        prepared_by: str,
        appointment: dt.date | None,
        care_team: str,
        notes: str,
    ) -> None:
        self.blockSignals(True)
        self.child_name.setText(child_name)
        self.prepared_by.setText(prepared_by)
        self.care_team.setText(care_team)
        self.has_date.setChecked(appointment is not None)
        self.appointment.setDate(QDate(appointment) if appointment else QDate.currentDate())
        self.notes.setPlainText(notes)
        self.blockSignals(False)
