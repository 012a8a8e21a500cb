"""Closing the window never silently drops a list the app could not save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate

ELSEWHERE, RETRY, CLOSE, STAY = "elsewhere", "retry", "close", "stay"


def choose(parent: QWidget, problem: str) -> str:
    """Ask what to do with a list that could not be saved (one seam for tests)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("CloseGuard", "Your list is not saved"),
        translate(
            "CloseGuard", "Your question list could not be saved, so closing now would lose it."
        )
        + "\n\n"
        + problem,
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    elsewhere = box.addButton(
        translate("CloseGuard", "Save elsewhere…"), QMessageBox.ButtonRole.AcceptRole
    )
    retry = box.addButton(translate("CloseGuard", "Try again"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(
        translate("CloseGuard", "Close anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(elsewhere)
    box.exec()
    return {elsewhere: ELSEWHERE, retry: RETRY, close: CLOSE}.get(box.clickedButton(), STAY)


def may_close(parent: QWidget, autosave, save_elsewhere) -> bool:
    """True once the list is saved, saved elsewhere, or the family chose to close."""
    if autosave is None:
        return True
    if autosave.pending() or autosave.failed:
        autosave.save_now()
    while autosave.failed:
        answer = choose(parent, getattr(autosave, "last_problem", ""))
        if answer == CLOSE:
            return True
        if answer == STAY:
            return False
        if answer == ELSEWHERE and save_elsewhere():
            return True
        if answer == RETRY:
            autosave.save_now()
    return True
