"""Help → "Review pack for clinicians…": save the review pack PDF where the user chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from cartapp import APP_NAME, __version__
from cartapp.model.errors import ContentError
from cartapp.model.library import ContentLibrary

translate = QCoreApplication.translate


def save_review_pack(parent: QWidget, library: ContentLibrary) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("ReviewPackExport", "Save the review pack for clinicians"),
        str(Path(folder or ".") / "CAR-T-guide-review-pack.pdf"),
        translate("ReviewPackExport", "PDF (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    from cartapp.model.sheet_io import atomic_write, write_problem
    from cartapp.pdf.review_pack import build_review_pack

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pdf = build_review_pack(library, app_version=__version__)
        atomic_write(path, pdf)
    except ContentError as exc:
        QMessageBox.warning(
            parent,
            APP_NAME,
            translate("ReviewPackExport", "The review pack could not be made: %s") % exc,
        )
        return None
    except OSError as exc:
        QMessageBox.warning(parent, APP_NAME, write_problem(path, exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    return path
