"""``cartapp review-pack``: the PDF, and one plain line with exit 2 on bad input."""

from __future__ import annotations

import io
import shutil
import sys

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


def _no_pack(monkeypatch):
    """The command's own checks, without the second a hundred pages take to build."""
    import cartapp.pdf.review_pack as review_pack

    built = []
    monkeypatch.setattr(
        review_pack, "build_review_pack", lambda *a, **k: built.append(1) or b"%PDF-1.4 pack"
    )
    return built


_LINKS = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")


@pytest.mark.parametrize("kind", [pytest.param("link", marks=_LINKS), "folder", "missing folder"])
def test_a_bad_output_is_refused_before_the_pack_is_built(tmp_path, capsys, monkeypatch, kind):
    built = _no_pack(monkeypatch)
    target = tmp_path / "keep.pdf"
    target.write_text("keep me")
    out = {"link": tmp_path / "link.pdf", "folder": tmp_path / "dir.pdf"}.get(
        kind, tmp_path / "new" / "R.pdf"
    )
    if kind == "link":
        out.symlink_to(target)
    elif kind == "folder":
        out.mkdir()
    status, err = run(capsys, "-o", str(out))
    wanted = {"link": "--follow-link", "folder": "it is a folder", "missing folder": "make it"}
    assert status == 2 and wanted[kind] in err and out.name in err
    assert not built, "refused before the work"
    assert target.read_text() == "keep me" and not (tmp_path / "new").exists()


@_LINKS
def test_follow_link_writes_through_the_link(tmp_path, capsys, monkeypatch):
    _no_pack(monkeypatch)
    target = tmp_path / "keep.pdf"
    target.write_text("old")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    assert run(capsys, "-o", str(link), "--follow-link") == (0, "")
    assert link.is_symlink() and target.read_bytes() == b"%PDF-1.4 pack"
