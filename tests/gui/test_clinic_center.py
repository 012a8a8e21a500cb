"""A clinic folder's "Our center" page and questions in the window, the builder and
on the sheet; a kiosk shows them too."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QUrl

from cartapp.config_layers import load_layered
from cartapp.model.library import ContentLibrary
from cartapp.policy import KioskPolicy
from cartapp.ui.app import attach_clinic_content
from cartapp.ui.main_window import MainWindow
from cartapp.ui.preferences import Preferences

SITE = Path(__file__).parent.parent / "fixtures" / "clinic-site"


def _window(qtbot, config_file, *, kiosk=False):
    policy = KioskPolicy(load_layered(config_file), kiosk=kiosk)
    library = ContentLibrary("en")
    problems = attach_clinic_content(library, policy)
    window = MainWindow(library, Preferences(persist=False), policy=policy)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window, problems


def test_the_center_page_and_questions_show_and_print(qtbot, user_dirs):
    window, problems = _window(qtbot, SITE / "clinic.toml")
    assert problems == []
    assert "center" in window.tab_keys()
    assert window.tab_keys().index("center") == window.tab_keys().index("questions") - 1
    center = window.show_tab("center")
    text = center.reader.toPlainText()
    assert "Garage B" in text.replace("garage B", "Garage B")
    assert "Written by Riverside Children's Hospital for its families." in text
    assert center.self_check() == []
    links = dict(center.reader.question_links())
    assert "clinic.parking" in links and "free pass" in links["clinic.parking"]
    center.reader.anchorClicked.emit(QUrl("question:clinic.parking"))
    questions = window.tab("questions")
    assert questions.sheet().has_question("clinic.parking")
    assert "Questions about our center" in questions.finder.headings()
    center.reader.anchorClicked.emit(QUrl("page:at-home#fever"))
    assert window.current_key() == "life"
    pdf = questions.pdf_bytes()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "with information from Riverside Children's Hospital" in text
    assert "Where do we park, and is there a free pass?" in text


def test_a_broken_clinic_page_is_left_out_and_the_app_runs(qtbot, user_dirs, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    (site / "clinic" / "center.md").write_text("no front matter", encoding="utf-8")
    window, problems = _window(qtbot, site / "clinic.toml")
    assert any("center.md" in p and "left out" in p for p in problems)
    assert "center" not in window.tab_keys()
    assert window.library.bank.get("clinic.lodging") is not None  # the questions stay


def test_without_a_clinic_folder_nothing_changes(qtbot, user_dirs, tmp_path):
    plain = tmp_path / "clinic.toml"
    plain.write_text('schema_version = 1\n[clinic]\nname = "Plain"\n', encoding="utf-8")
    window, problems = _window(qtbot, plain)
    assert problems == [] and "center" not in window.tab_keys()
    assert window.library.bank.categories[-1].id != "clinic"
