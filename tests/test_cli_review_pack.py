"""``cartapp review-pack``: the PDF, and one plain line with exit 2 on bad input."""

from __future__ import annotations

import io
import shutil

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import LETTER

from cartapp import cli, paths


def run(capsys, *argv: str) -> tuple[int, str]:
    status = cli.main(["review-pack", *argv])
    return status, capsys.readouterr().err


def test_writes_the_pack(tmp_path, capsys):
    out = tmp_path / "REVIEW.pdf"
    status, err = run(capsys, "-o", str(out), "--lang", "en", "--region", "us")
    assert (status, err) == (0, "")
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert [round(v) for v in reader.pages[0].mediabox[2:]] == [round(v) for v in LETTER]
    assert "Content review pack" in reader.pages[0].extract_text()


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        ((), "required: -o/--output"),
        (("-o", "{out}", "--region", "fr"), "invalid choice: 'fr'"),
        (("-o", "{out}", "--lang", "not a code!"), "is not a language code"),
        (("-o", "{out}", "--lang", "zz"), "no content in the language 'zz'"),
        (
            (
                "-o",
                "{dir}/review.txt",
            ),
            "should end in .pdf",
        ),
        (
            (
                "-o",
                "{dir}/file.pdf/inside.pdf",
            ),
            "file.pdf",
        ),
        (("-o", "{out}", "--paper", "a3"), "unrecognized arguments: --paper"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, capsys, argv, problem):
    (tmp_path / "file.pdf").write_bytes(b"not a folder")
    out = tmp_path / "REVIEW.pdf"
    argv = tuple(a.format(out=out, dir=tmp_path) for a in argv)
    status, err = run(capsys, *argv)
    assert status == 2
    assert err.startswith("cartapp review-pack: ") and err.count("\n") == 1
    assert problem in err
    assert not out.exists() and not (tmp_path / "review.txt").exists()


def test_broken_content_exits_1(tmp_path, capsys, monkeypatch):
    # Every file as shipped but one: the refusal names that one, whichever was read first
    # (the rules table is remembered once read, so it must not be the missing one).
    shutil.copytree(paths.content_dir("en"), tmp_path / "en")
    (tmp_path / "en" / "overview.md").write_text("no front matter\n", encoding="utf-8")
    monkeypatch.setenv("CARTAPP_CONTENT_DIR", str(tmp_path))
    status, err = run(capsys, "-o", str(tmp_path / "R.pdf"))
    assert status == 1 and "overview.md" in err and not (tmp_path / "R.pdf").exists()
