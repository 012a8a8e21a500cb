"""Figures drawn sharp at the column's width; a source marker scrolls to its source."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from cartapp.model.pages import load_page
from cartapp.ui.widgets.reader_view import ReaderView

PAGE = (
    """+++
title = "A page?"
summary = "For a test."
reviewed = 2026-11-26
[[sources]]
title = "One"
publisher = "P"
year = 2024
url = "https://pubmed.ncbi.nlm.nih.gov/29385370/"
[[sources]]
title = "Two"
publisher = "P"
year = 2025
url = "https://doi.org/10.1056/NEJMoa1709866"
+++

A fact [2].

![A thermometer at the fever line.](figure:thermometer)

"""
    + "\n\n".join(f"Paragraph {n} of filler text." for n in range(80))
    + "\n"
)


def test_figure_and_marker(qtbot, tmp_path):
    path = tmp_path / "page.md"
    path.write_text(PAGE, encoding="utf-8")
    view = ReaderView(load_page(path), None)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    image = view.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("figure:thermometer")
    )
    assert isinstance(image, QImage)
    logical = image.width() / image.devicePixelRatio()
    assert abs(logical - view._figure_width()) <= 1
    assert "#source-2" in view.link_targets()
    view.verticalScrollBar().setValue(0)
    view.anchorClicked.emit(QUrl("#source-2"))
    assert view.verticalScrollBar().value() > 0
