"""``cartapp sheet``: a saved list to PDF without a window, and one clear line when it can't."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cartapp import cli
from cartapp.model.guarded_read import short

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = FIXTURES / "sheet-good.json"
SHEET_WORDS = Path(__file__).parent.parent / "content" / "en" / "sheet.toml"


@pytest.fixture(autouse=True)
def fixture_content(tmp_path, monkeypatch):
    """The small fixture bank stands in for the real content."""
    content = tmp_path / "content"
    (content / "en").mkdir(parents=True)
    shutil.copy(FIXTURES / "questions.toml", content / "en" / "questions.toml")
    # The sheet's own words (headings, "When to call") are content too.
    shutil.copy(SHEET_WORDS, content / "en" / "sheet.toml")
    shutil.copy(SHEET_WORDS.with_name("words.toml"), content / "en" / "words.toml")
    monkeypatch.setenv("CARTAPP_CONTENT_DIR", str(content))
    return content


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(["sheet", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_good_file_becomes_a_pdf(tmp_path, capsys):
    out_pdf = tmp_path / "sheet.pdf"
    status, out, err = run(capsys, str(GOOD), "-o", str(out_pdf), "--paper", "a4")
    assert (status, err) == (0, "")
    assert len(out.splitlines()) <= 1
    text = pdf_text(out_pdf)
    assert text.index("1. Who do we call at night") < text.index("2. When can my child go back")
    assert "3. Can her brother visit her in hospital?" in text
    assert "Zoë" in text
    reader = PdfReader(io.BytesIO(out_pdf.read_bytes()))
    assert round(float(reader.pages[0].mediabox.width)) == 595


def test_large_print_and_letter(tmp_path, capsys):
    normal, large = tmp_path / "n.pdf", tmp_path / "l.pdf"
    assert run(capsys, str(GOOD), "-o", str(normal), "--paper", "letter")[0] == 0
    assert run(capsys, str(GOOD), "-o", str(large), "--paper", "letter", "--large-print")[0] == 0
    n, lg = (PdfReader(io.BytesIO(p.read_bytes())) for p in (normal, large))
    assert len(lg.pages) >= len(n.pages)
    assert lg.pages[0].extract_text() != n.pages[0].extract_text()
    assert round(float(n.pages[0].mediabox.height)) == 792


@pytest.mark.parametrize(
    ("environment", "paper"),
    [
        ({"LC_ALL": "", "LC_PAPER": "", "LANG": "en_US.UTF-8"}, "letter"),
        ({"LC_ALL": "", "LC_PAPER": "", "LANG": "en_GB.UTF-8"}, "a4"),
        ({"LC_ALL": "", "LC_PAPER": "en_GB.UTF-8", "LANG": "en_US.UTF-8"}, "a4"),
        ({"LC_ALL": "es_MX.UTF-8", "LC_PAPER": "en_GB.UTF-8", "LANG": ""}, "letter"),
    ],
)
def test_paper_follows_the_locale(monkeypatch, environment, paper):
    from cartapp.pdf.styles import system_paper

    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    # One rule for the window and every command.
    assert system_paper() == paper
    assert system_paper(environment) == paper


@pytest.mark.parametrize(("process_locale", "paper"), [("en_US", "letter"), ("de_DE", "a4")])
def test_without_locale_variables_the_process_locale_decides(monkeypatch, process_locale, paper):
    import locale

    from cartapp.pdf.styles import system_paper

    monkeypatch.setattr(locale, "getlocale", lambda: (process_locale, "UTF-8"))
    assert system_paper({}) == paper


def test_unknown_language_falls_back_to_english_questions(tmp_path, capsys):
    out_pdf = tmp_path / "s.pdf"
    status, _, err = run(capsys, str(GOOD), "-o", str(out_pdf), "--lang", "es")
    assert (status, err) == (0, "")
    # The words printed are English, so the PDF says so (a screen reader reads it as English).
    assert PdfReader(io.BytesIO(out_pdf.read_bytes())).trailer["/Root"]["/Lang"] == "en"


def write_json(path: Path, data) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.json", "The file does not exist."),
        (lambda d: d, "This is a folder, not a question sheet."),
        (
            lambda d: (d / "bad.json").write_text("{oops") and d / "bad.json",
            "This file is not a question sheet, or it is damaged.",
        ),
        (lambda d: write_json(d / "list.json", [1]), "This file is not a question sheet."),
        (
            lambda d: write_json(d / "v3.json", {"format": "cartapp.question-sheet", "version": 3}),
            "This file was made by a newer version of CAR T Family Guide (version 3). "
            "Please update the app to open it.",
        ),
        (
            lambda d: write_json(
                d / "long.json",
                {"format": "cartapp.question-sheet", "version": 1, "child_name": "x" * 201},
            ),
            "The child's name can be up to 200 characters. This one has 201.",
        ),
    ],
)
def test_bad_file_gives_one_line_and_no_pdf(tmp_path, capsys, make, message):
    folder = tmp_path / "in"
    folder.mkdir()
    sheet_path = make(folder)
    out_pdf = tmp_path / "out.pdf"
    status, out, err = run(capsys, str(sheet_path), "-o", str(out_pdf))
    assert status == 2
    assert out == ""
    # A long folder name is shortened in the middle (a parallel run's folders are long).
    assert err == f"cartapp sheet: {short(sheet_path)}: {message}\n"
    assert not out_pdf.exists()
    assert sorted(os.listdir(tmp_path)) == ["content", "in"]


def test_bad_language_code(tmp_path, capsys):
    status, _, err = run(capsys, str(GOOD), "-o", str(tmp_path / "o.pdf"), "--lang", "../x")
    assert status == 2 and err.count("\n") == 1 and "not a language code" in err


def test_unwritable_output(tmp_path, capsys, monkeypatch):
    out_pdf = tmp_path / "out.pdf"
    out_pdf.write_bytes(b"old")

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    status, _, err = run(capsys, str(GOOD), "-o", str(out_pdf))
    assert status == 2
    assert err == f"cartapp sheet: Could not save to {out_pdf}: the folder is read-only.\n"
    assert out_pdf.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == ["content", "out.pdf"]


def test_broken_content_is_reported_as_the_app_s_problem(tmp_path, capsys, fixture_content):
    (fixture_content / "en" / "questions.toml").write_text("[[broken")
    status, _, err = run(capsys, str(GOOD), "-o", str(tmp_path / "o.pdf"))
    assert status == 1
    assert err.startswith("cartapp sheet: the app's content has a problem: questions.toml:")
    assert err.count("\n") == 1


def test_as_a_separate_process(tmp_path):
    out_pdf = tmp_path / "sheet.pdf"
    ok = subprocess.run(
        [sys.executable, "-m", "cartapp", "sheet", str(GOOD), "-o", str(out_pdf)],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
    )
    assert ok.returncode == 0, ok.stderr
    assert ok.stderr == ""
    assert "Who do we call at night" in pdf_text(out_pdf)


def test_usage_mistake_is_one_line(capsys):
    status, out, err = run(capsys, str(GOOD))
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "-o/--output" in err and err.startswith("cartapp sheet: ")


def test_text_no_font_has_exits_2_naming_the_field(tmp_path, capsys):
    from cartapp.model.sheet import QuestionSheet
    from cartapp.model.sheet_io import save_sheet

    sheet = QuestionSheet()
    sheet.add_own("Fine question?")
    sheet.add_own("Can we bring her \U0001f9f8?")
    path = tmp_path / "emoji.json"
    save_sheet(sheet, path)
    out_pdf = tmp_path / "never.pdf"
    status, _out, err = run(capsys, str(path), "-o", str(out_pdf))
    assert status == 2
    assert "Question 2 has characters the printed sheet cannot show" in err
    assert not out_pdf.exists()


def test_arabic_and_chinese_sheet_prints(tmp_path, capsys):
    from cartapp.model.sheet import QuestionSheet
    from cartapp.model.sheet_io import save_sheet

    sheet = QuestionSheet(child_name="ليلى")
    sheet.add_own("متى يمكننا العودة إلى البيت؟")
    sheet.add_own("治疗后多久可以回家？")
    path = tmp_path / "scripts.json"
    save_sheet(sheet, path)
    out_pdf = tmp_path / "scripts.pdf"
    assert run(capsys, str(path), "-o", str(out_pdf))[0] == 0
    assert "治疗后多久可以回家" in pdf_text(out_pdf).replace(" ", "")


def test_the_clinic_file_and_region_reach_the_printed_sheet(tmp_path, fixture_content):
    shutil.copy(SHEET_WORDS.parent / "rules.toml", fixture_content / "en" / "rules.toml")

    from pypdf import PdfReader

    from cartapp.commands.sheet import main as sheet_main

    sheet = tmp_path / "sheet.json"
    sheet.write_text(
        json.dumps(
            {
                "format": "cartapp.question-sheet",
                "version": 1,
                "questions": [
                    {"text": "Who do we call?", "category": "own", "ask_first": False, "note": ""}
                ],
            }
        ),
        encoding="utf-8",
    )
    clinic = tmp_path / "clinic.toml"
    clinic.write_text(
        'schema_version = 1\n[clinic]\nname = "Riverside"\n'
        'urgent_phone = "0300 555 0199"\nregion = "uk"\n'
        "fever_threshold_c = 37.5\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.pdf"
    assert sheet_main([str(sheet), "-o", str(out), "--config", str(clinic)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Riverside" in text and "0300 555 0199" in text
    assert "37.5" in text and "999" in text and "911" not in text

    bad = tmp_path / "bad.toml"
    bad.write_text('schema_version = 1\n[clinic]\nregion = "mars"\n', encoding="utf-8")
    out.unlink()
    assert sheet_main([str(sheet), "-o", str(out), "--config", str(bad)]) == 2
    assert not out.exists()
