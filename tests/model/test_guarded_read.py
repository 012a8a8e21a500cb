"""Every bad file is refused in one plain line, quickly, before it is parsed."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from cartapp.config import ConfigError, load_config
from cartapp.model.guarded_read import (
    FileRefusedError,
    load_json,
    load_toml,
    read_bytes,
    safe_exists,
    safe_is_dir,
    short,
)
from cartapp.model.sheet_io import SheetFileError, load_sheet

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file kinds")


def _one_line_within_2s(call) -> str:
    start = time.monotonic()
    with pytest.raises((FileRefusedError, SheetFileError, ConfigError)) as info:
        call()
    assert time.monotonic() - start < 2
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    assert len(message) < 300
    return message


@posix_only
def test_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "list.json"
    os.mkfifo(fifo)
    assert "not an ordinary file" in _one_line_within_2s(lambda: read_bytes(fifo))
    _one_line_within_2s(lambda: load_sheet(fifo))


@posix_only
def test_dev_zero_is_refused():
    assert "not an ordinary file" in _one_line_within_2s(lambda: read_bytes("/dev/zero"))
    _one_line_within_2s(lambda: load_sheet(Path("/dev/zero")))


@posix_only
def test_symlink_loop_is_refused(tmp_path):
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    assert "points back to itself" in _one_line_within_2s(lambda: read_bytes(loop))
    assert not safe_exists(loop)


def test_name_too_long_is_refused_and_shortened(tmp_path):
    long_name = tmp_path / ("x" * 300 + ".json")
    message = _one_line_within_2s(lambda: read_bytes(long_name))
    assert "too long" in message
    assert len(message) < 160
    assert not safe_exists(long_name)
    assert "…" in short("y" * 1000) and len(short("y" * 1000)) == 80


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads all")
def test_unreadable_folder_is_refused(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "sheet.json").write_text("{}")
    folder.chmod(0)
    try:
        assert not safe_exists(folder / "sheet.json")
        assert safe_is_dir(folder)
        assert "not allowed" in _one_line_within_2s(lambda: read_bytes(folder / "sheet.json"))
    finally:
        folder.chmod(0o700)


def test_permission_denied_is_one_line(tmp_path, monkeypatch):
    # Root reads every folder, so the refusal from the file system is simulated.
    target = tmp_path / "sheet.json"
    target.write_text("{}")

    def denied(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", denied)
    monkeypatch.setattr(os, "stat", denied)
    assert not safe_exists(target)
    assert "not allowed" in _one_line_within_2s(lambda: read_bytes(target))
    _one_line_within_2s(lambda: load_sheet(target))


def test_100_mb_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as f:
        f.truncate(100 * 1024 * 1024)
    assert "too large" in _one_line_within_2s(lambda: read_bytes(big))
    _one_line_within_2s(lambda: load_sheet(big))


def test_folder_is_refused(tmp_path):
    assert "folder" in _one_line_within_2s(lambda: read_bytes(tmp_path))


def test_deep_nesting_is_refused(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    assert "nested" in _one_line_within_2s(lambda: load_json(deep))
    _one_line_within_2s(lambda: load_sheet(deep))
    toml = tmp_path / "deep.toml"
    toml.write_text("x = " + "[" * 50_000 + "]" * 50_000 + "\n")
    assert "nested" in _one_line_within_2s(lambda: load_toml(toml))
    dotted = tmp_path / "dotted.toml"
    dotted.write_text(".".join(f"k{i}" for i in range(200)) + " = 1\n")
    assert "nested" in _one_line_within_2s(lambda: load_toml(dotted))


def test_brackets_inside_strings_do_not_count(tmp_path):
    ok = tmp_path / "ok.json"
    ok.write_text('{"a": "' + "[" * 500 + '"}')
    assert load_json(ok) == {"a": "[" * 500}


def _clinic(tmp_path: Path, logo: str) -> Path:
    path = tmp_path / "clinic.toml"
    path.write_text(f'schema_version = 1\n[clinic]\nname = "X"\nlogo = "{logo}"\n')
    return path


def test_clinic_file_with_bom_is_read(tmp_path):
    path = tmp_path / "clinic.toml"
    path.write_bytes(b'\xef\xbb\xbfschema_version = 1\n[clinic]\nname = "Ward 5"\n')
    assert load_config(path).clinic.name == "Ward 5"


@posix_only
@pytest.mark.parametrize("make", ["loop", "long", "fifo", "zero", "bomb", "deep", "folder"])
def test_clinic_file_refuses_bad_logos_and_tables_in_one_line(tmp_path, make):
    if make == "loop":
        (tmp_path / "logo.svg").symlink_to(tmp_path / "logo.svg")
        path = _clinic(tmp_path, "logo.svg")
    elif make == "long":
        path = _clinic(tmp_path, "l" * 300 + ".png")
    elif make == "fifo":
        os.mkfifo(tmp_path / "logo.png")
        path = _clinic(tmp_path, "logo.png")
    elif make == "zero":
        path = _clinic(tmp_path, "/dev/zero.png")
        (tmp_path / "z.png").symlink_to("/dev/zero")
        path = _clinic(tmp_path, "z.png")
    elif make == "bomb":
        uses = "".join(
            f'<g id="g{i}"><use href="#g{i - 1}"/><use href="#g{i - 1}"/></g>' for i in range(1, 60)
        )
        (tmp_path / "logo.svg").write_text(
            f'<svg xmlns="http://www.w3.org/2000/svg"><g id="g0"><rect/></g>{uses}</svg>'
        )
        path = _clinic(tmp_path, "logo.svg")
    elif make == "deep":
        path = tmp_path / "clinic.toml"
        path.write_text("schema_version = 1\nx = " + "{a = " * 5000 + "1" + "}" * 5000)
    else:
        path = tmp_path / "clinic.toml"
        path.mkdir()
    _one_line_within_2s(lambda: load_config(path))


@posix_only
def test_clinic_file_that_is_dev_zero_is_refused():
    assert "could not be read" in _one_line_within_2s(lambda: load_config(Path("/dev/zero")))
