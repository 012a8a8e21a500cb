"""The headless commands' edges: each refused in one short line, nothing written."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from cartapp import cli

GOOD = Path(__file__).parent / "fixtures" / "sheet-good.json"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file kinds")


def run(capsys, *argv: str) -> tuple[int, str]:
    status = cli.main(list(argv))
    err = capsys.readouterr().err
    assert err.count("\n") <= 1 and len(err) < 400, err[:500]
    return status, err


def test_output_equal_to_input_is_refused(tmp_path, capsys):
    sheet = tmp_path / "list.json"
    shutil.copy(GOOD, sheet)
    before = sheet.read_bytes()
    status, err = run(capsys, "sheet", str(sheet), "-o", str(sheet))
    assert status == 2 and "it is the input file" in err
    assert sheet.read_bytes() == before


def test_missing_folder_is_not_created(tmp_path, capsys):
    status, err = run(capsys, "sheet", str(GOOD), "-o", str(tmp_path / "new" / "x.pdf"))
    assert status == 2 and "does not exist" in err
    assert not (tmp_path / "new").exists()


@posix_only
def test_symlink_output_is_refused_unless_asked(tmp_path, capsys):
    target = tmp_path / "elsewhere.pdf"
    target.write_text("keep me")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    status, err = run(capsys, "sheet", str(GOOD), "-o", str(link))
    assert status == 2 and "link" in err
    assert target.read_text() == "keep me" and link.is_symlink()
    assert run(capsys, "sheet", str(GOOD), "-o", str(link), "--follow-link")[0] == 0
    # Through the link, as its help says: the link stays, its target is the sheet.
    assert link.is_symlink() and target.read_bytes().startswith(b"%PDF-")


@posix_only
def test_follow_link_never_makes_the_target_s_folder(tmp_path, capsys):
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "gone" / "sheet.pdf")
    status, err = run(capsys, "sheet", str(GOOD), "-o", str(link), "--follow-link")
    assert status == 2 and "does not exist" in err and "gone" in err
    assert not (tmp_path / "gone").exists() and link.is_symlink()


@posix_only
def test_fifo_input_is_refused_at_once(tmp_path, capsys):
    fifo = tmp_path / "in.json"
    os.mkfifo(fifo)
    status, err = run(capsys, "sheet", str(fifo), "-o", str(tmp_path / "x.pdf"))
    assert status == 2 and "not an ordinary file" in err


@pytest.mark.parametrize("command", ["sheet", "calendar"])
@pytest.mark.parametrize("tag", ["../x", "e" * 255, "en-" + "a" * 8 * 40])
def test_bad_language_tags_are_refused_in_one_line(tmp_path, capsys, command, tag):
    args = [str(GOOD)] if command == "sheet" else ["--infusion-date", "2028-03-01"]
    status, err = run(capsys, command, *args, "-o", str(tmp_path / "out"), "--lang", tag)
    assert status == 2 and "is not a language code" in err
    assert list(tmp_path.iterdir()) == []


def test_a_huge_bad_value_is_quoted_briefly(tmp_path, capsys):
    huge = "x" * 1_000_000
    status, err = run(capsys, "sheet", str(GOOD), "-o", str(tmp_path / huge))
    assert status == 2 and len(err) < 400
    status, err = run(capsys, "calendar", "--infusion-date", huge, "-o", str(tmp_path / "p"))
    assert status == 2 and len(err) < 400
