"""The command line: version, language fallback, screenshots, self-test, errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cartapp import __version__, paths


def run_cartapp(*args: str, env_extra: dict | None = None, tmp_path: Path | None = None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if tmp_path is not None:
        env["CARTAPP_USER_DATA_DIR"] = str(tmp_path / "data")
        env["CARTAPP_USER_CONFIG_DIR"] = str(tmp_path / "config")
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "cartapp", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version():
    result = run_cartapp("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"CAR T Family Guide {__version__}"


@pytest.mark.gui  # starts the whole app in a process
def test_self_test_passes_and_prints_one_line(tmp_path):
    result = run_cartapp("--self-test", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and "self-test passed" in lines[0]
    assert "Traceback" not in result.stderr


def test_screenshots_are_distinct_and_not_blank(tmp_path, qapp):
    from PySide6.QtGui import QImage

    out = tmp_path / "shots"
    result = run_cartapp("--screenshot", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    tabs = sorted(out.glob("[0-9][0-9]-*.png"))
    assert [p.name.split("-", 1)[1] for p in tabs][:1] == ["overview.png"]
    assert len(tabs) >= 3
    digests = set()
    for png in tabs:
        image = QImage(str(png))
        assert (image.width(), image.height()) == (1280, 800)
        colours = {image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}
        assert len(colours) > 3, f"{png.name} looks blank"
        digests.add(bytes(image.constBits()))
    assert len(digests) == len(tabs)


@pytest.mark.gui  # starts the whole app in a process
def test_missing_language_falls_back_with_notice(tmp_path):
    result = run_cartapp("--lang", "zz", "--self-test", tmp_path=tmp_path)
    assert result.returncode == 0
    assert "not yet available in the language 'zz'" in result.stderr


@pytest.mark.gui  # starts the whole app in a process
def test_broken_content_gives_a_clear_error_not_a_traceback(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(paths.content_root(), content)
    (content / "en" / "overview.md").write_text("no front matter here\n", encoding="utf-8")
    result = run_cartapp(
        "--self-test", tmp_path=tmp_path, env_extra={"CARTAPP_CONTENT_DIR": str(content)}
    )
    assert result.returncode == 1
    assert "overview.md" in result.stderr and "front matter" in result.stderr
    assert "Traceback" not in result.stderr


def test_text_scale_out_of_range_is_refused(tmp_path):
    result = run_cartapp("--text-scale", "500", "--self-test", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "between 100 and 200" in result.stderr


def test_staff_sample_sheet_prints(tmp_path):
    out = tmp_path / "test.pdf"
    result = run_cartapp(
        "sheet", str(paths.resource("sample-sheet.json")), "-o", str(out), tmp_path=tmp_path
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    sample = json.loads(paths.resource("sample-sheet.json").read_text(encoding="utf-8"))
    for part in (sample["child_name"], sample["care_team"], sample["notes"]):
        assert part in text
    for question in sample["questions"]:
        assert question["text"] in text


def test_sheet_footer_names_the_content_review_date(tmp_path):
    from pypdf import PdfReader

    from cartapp.model.library import ContentLibrary

    out = tmp_path / "test.pdf"
    run_cartapp(
        "sheet", str(paths.resource("sample-sheet.json")), "-o", str(out), tmp_path=tmp_path
    )
    text = PdfReader(out).pages[0].extract_text()
    assert f"content {ContentLibrary('en').content_version()}" in text
