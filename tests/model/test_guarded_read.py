"""Every bad file is refused in one plain line, quickly, before it is parsed."""

from __future__ import annotations

import errno
import os
import signal
import sys
import time
from pathlib import Path

import pytest

from cartapp.config import ConfigError, load_config
from cartapp.model import guarded_read
from cartapp.model.errors import ContentError
from cartapp.model.guarded_read import (
    FileRefusedError,
    check_depth,
    check_svg,
    load_content_toml,
    load_json,
    load_toml,
    nesting_depth,
    os_reason,
    read_bytes,
    read_content,
    read_text,
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
    # Opening a FIFO without O_NONBLOCK waits for a writer for ever: the alarm
    # turns that into a failure instead of a test run that never ends.
    signal.signal(signal.SIGALRM, _waited_too_long)
    signal.alarm(5)
    try:
        assert "not an ordinary file" in _one_line_within_2s(lambda: read_bytes(fifo))
        _one_line_within_2s(lambda: load_sheet(fifo))
    finally:
        signal.alarm(0)


def _waited_too_long(*_args):
    raise AssertionError("opening the FIFO waited for a writer")


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


def _counting_reads(monkeypatch) -> list[int]:
    sizes: list[int] = []
    real_read = os.read

    def read(fd, n):
        sizes.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", read)
    return sizes


def test_a_file_over_the_limit_is_refused_before_a_byte_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.json"
    big.write_bytes(b"x" * 2049)
    reads = _counting_reads(monkeypatch)
    with pytest.raises(FileRefusedError, match=r"too large \(over 2 kB\)"):
        read_bytes(big, max_bytes=2048)
    assert reads == []


def test_a_file_exactly_at_the_limit_is_read_whole(tmp_path, monkeypatch):
    data = bytes(range(256)) * 8
    path = tmp_path / "edge.bin"
    path.write_bytes(data)
    reads = _counting_reads(monkeypatch)
    assert read_bytes(path, max_bytes=len(data)) == data
    # One read asks for one byte more than the limit allows, so growth would show.
    assert reads[0] == len(data) + 1
    assert read_bytes(path, max_bytes=len(data) + 1) == data
    with pytest.raises(FileRefusedError, match="too large"):
        read_bytes(path, max_bytes=len(data) - 1)


def test_a_file_that_grows_while_it_is_read_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "growing.json"
    path.write_bytes(b"y" * 3000)
    real_fstat = os.fstat

    def fstat_before_growth(fd):
        info = real_fstat(fd)
        return os.stat_result((*info[:6], 10, *info[7:]))  # st_size said 10 bytes

    monkeypatch.setattr(os, "fstat", fstat_before_growth)
    assert str(_refused(lambda: read_bytes(path, max_bytes=2048))) == (
        f"{short(path)}: the file is too large (over 2 kB)"
    )
    assert read_bytes(path, max_bytes=3000) == b"y" * 3000


def test_large_files_are_read_in_chunks_of_a_megabyte(tmp_path, monkeypatch):
    data = b"z" * ((1 << 20) + 5)
    path = tmp_path / "two-chunks.bin"
    path.write_bytes(data)
    reads = _counting_reads(monkeypatch)
    assert read_bytes(path) == data
    assert reads[0] == 1 << 20 and len(reads) >= 2


def test_sizes_are_named_in_megabytes_or_kilobytes(tmp_path):
    path = tmp_path / "f.json"
    path.write_bytes(b"0" * 5000)
    with pytest.raises(FileRefusedError, match=r"over 4 kB\)"):
        read_bytes(path, max_bytes=4096)
    with pytest.raises(FileRefusedError, match=r"over 1 kB\)"):
        read_bytes(path, max_bytes=1024)
    with path.open("wb") as f:
        f.truncate(16 * 1024 * 1024 + 1)
    assert "over 16 MB" in _one_line_within_2s(lambda: read_bytes(path))


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOENT, "the file does not exist"),
        (errno.ENOTDIR, "a folder on the way to it is a file"),
        (errno.EACCES, "the app is not allowed to read it"),
        (errno.EPERM, "the app is not allowed to read it"),
        (errno.ENAMETOOLONG, "the name is too long"),
        (errno.ELOOP, "it is a link that points back to itself"),
        (errno.EISDIR, "this is a folder, not a file"),
        (errno.EIO, "the file could not be read"),
        (None, "the file could not be read"),
    ],
)
def test_each_file_system_error_in_plain_words(code, reason):
    assert os_reason(OSError(code, "x") if code is not None else OSError("x")) == reason


def test_short_keeps_a_name_at_the_limit_and_the_end_of_a_longer_one():
    assert short("a" * 80) == "a" * 80
    long = "s" * 26 + "m" * 2 + "e" * 53
    assert short(long) == "s" * 26 + "…" + "e" * 53  # a third from the start, the rest the end
    assert len(short(long)) == 80
    assert short("one\ntwo\r\nthree\rfour") == "one two  three four"
    assert short("x" * 12, limit=10) == "xxx…xxxxxx"


def test_the_refusal_names_the_file_and_keeps_its_path():
    error = FileRefusedError("/some/folder/sheet.json", "the file is too large")
    assert str(error) == "/some/folder/sheet.json: the file is too large"
    assert error.path == "/some/folder/sheet.json" and error.reason == "the file is too large"


def test_text_that_is_not_utf8_is_refused_in_words(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes("café".encode("latin-1"))
    with pytest.raises(FileRefusedError) as info:
        read_text(path)
    assert str(info.value) == (
        f"{short(path)}: the file is not plain text in UTF-8; save it again as UTF-8 text"
    )
    path.write_bytes(b"\xef\xbb\xbfcaf\xc3\xa9")
    assert read_text(path) == "café"


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("", 0),
        ("plain = 1", 0),
        ("[]", 1),
        ("[][]", 1),
        ("[[]]", 2),
        ("[{}]", 2),
        ("[[][[]]]", 3),
        ("]]]][", 1),
        ('"[[" [', 1),
        ('"" [', 1),
        ("X = [[1]]", 2),
        ("[X[", 2),
        ('"\\"[[" [', 1),  # an escaped quote does not end the string
        ('"\\\\" [', 1),  # an escaped backslash does not escape the quote
        ("'\\' [", 1),  # no escapes in single quotes (TOML literal strings)
        ("'[[' [", 1),
        ('"it\'s" [[', 2),
        ("'say \"[\"' [", 1),
    ],
)
def test_nesting_depth_counts_brackets_outside_strings(text, depth):
    assert nesting_depth(text) == depth


def test_depth_at_the_limit_is_allowed_one_more_is_refused(tmp_path):
    check_depth("x.json", "[" * 32 + "]" * 32)
    with pytest.raises(FileRefusedError) as info:
        check_depth("x.json", "[" * 33 + "]" * 33)
    assert str(info.value) == "x.json: values are nested more than 32 levels deep"
    path = tmp_path / "x.json"
    path.write_text("[[[1]]]")
    assert load_json(path, max_depth=3) == [[[1]]]
    with pytest.raises(FileRefusedError, match="more than 2 levels"):
        load_json(path, max_depth=2)
    with pytest.raises(FileRefusedError, match="too large"):
        load_json(path, max_bytes=6)


def test_damaged_json_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "sheet.json"
    path.write_text('{"a": ')
    with pytest.raises(FileRefusedError) as info:
        load_json(path)
    assert str(info.value) == f"{short(path)}: the file is not valid JSON, or it is damaged"


def _dotted(levels: int) -> str:
    return ".".join(f"k{i}" for i in range(levels)) + " = 1\n"


def test_dotted_keys_nest_up_to_the_limit_and_no_further(tmp_path):
    path = tmp_path / "d.toml"
    path.write_text(_dotted(33))  # 32 tables inside the top one
    assert load_toml(path)
    path.write_text(_dotted(34))
    with pytest.raises(FileRefusedError) as info:
        load_toml(path)
    assert str(info.value) == f"{short(path)}: values are nested more than 32 levels deep"
    path.write_text(_dotted(4))
    assert load_toml(path, max_depth=3)
    with pytest.raises(FileRefusedError, match="more than 2 levels"):
        load_toml(path, max_depth=2)
    with pytest.raises(FileRefusedError, match="more than 2 levels"):
        load_toml(path, max_depth=2)
    with pytest.raises(FileRefusedError, match="too large"):
        load_toml(path, max_bytes=10)
    path.write_text("a = 1\n")
    assert load_toml(path, max_depth=0) == {"a": 1}


def test_tables_inside_arrays_count_as_levels():
    assert guarded_read._dict_depth({"a": 1, "b": [1, 2]}) == 1
    assert guarded_read._dict_depth({"a": [{"b": [{"c": 1}]}]}) == 4
    assert guarded_read._dict_depth({}) == 0


def test_content_files_are_refused_as_content_errors_naming_the_file(tmp_path):
    path = tmp_path / "kit.toml"
    path.write_text(_dotted(40))
    with pytest.raises(ContentError) as info:
        load_content_toml(path)
    assert str(info.value) == "kit.toml: values are nested more than 32 levels deep"
    assert info.value.path == path
    path.write_text("a = 1\n" + "#" * 100)
    with pytest.raises(ContentError, match="^kit.toml: the file is too large"):
        load_content_toml(path, max_bytes=50)
    with pytest.raises(ContentError, match="^kit.toml: the file is too large"):
        read_content(path, max_bytes=50)
    with pytest.raises(ContentError, match="^gone.toml: the file is missing$"):
        read_content(tmp_path / "gone.toml")


SVG = b'<svg xmlns="http://www.w3.org/2000/svg">%s</svg>'


def _svg_refusal(data: bytes) -> str:
    with pytest.raises(FileRefusedError) as info:
        check_svg("logo.svg", data)
    assert info.value.path == "logo.svg"
    return str(info.value)


def test_svg_size_limit_at_its_boundary():
    padding = guarded_read.MAX_SVG_BYTES - len(SVG % b"")
    check_svg("logo.svg", SVG % (b" " * padding))
    assert _svg_refusal(SVG % (b" " * (padding + 1))) == (
        "logo.svg: the picture is too large (over 1 MB)"
    )


@pytest.mark.parametrize("trick", [b"<!ENTITY a 'b'>", b"<!DOCTYPE svg>", b"<!doctype svg>"])
def test_svg_with_entities_or_a_doctype_is_refused(trick):
    assert _svg_refusal(trick + SVG % b"") == (
        "logo.svg: the picture uses entities, which the app does not allow; "
        "export it again as plain SVG or PNG"
    )


def test_svg_shape_and_copy_limits_at_their_boundaries():
    # The <svg> element itself counts as one shape; closing tags do not.
    check_svg("logo.svg", SVG % (b"<g></g>" * 4999))
    assert _svg_refusal(SVG % (b"<g></g>" * 5000)) == (
        "logo.svg: the picture has too many shapes; save it as PNG"
    )
    check_svg("logo.svg", SVG % (b'<use href="#a"/>' * 64))
    assert _svg_refusal(SVG % (b'<use href="#a"/>' * 65)) == (
        "logo.svg: the picture copies its shapes too often; save it as PNG"
    )


@pytest.mark.parametrize(
    ("limit", "words"),
    [
        (1024 * 1024, "1 MB"),
        (1024 * 1024 - 1, "1023 kB"),
        (3 * 1024 * 1024 + 5, "3 MB"),
        (2047, "1 kB"),
    ],
)
def test_sizes_are_named_in_whole_megabytes_or_kilobytes(tmp_path, limit, words):
    path = tmp_path / "big.json"
    with path.open("wb") as f:
        f.truncate(limit + 1)
    assert str(_refused(lambda: read_bytes(path, max_bytes=limit))).endswith(f"(over {words})")


def _refused(call) -> FileRefusedError:
    with pytest.raises(FileRefusedError) as info:
        call()
    return info.value


def test_a_parser_that_runs_out_of_stack_is_refused_not_crashed(tmp_path, monkeypatch):
    import tomllib

    def too_deep(_text):
        raise RecursionError

    monkeypatch.setattr(tomllib, "loads", too_deep)
    path = tmp_path / "clinic.toml"
    path.write_text("a = 1\n")
    with pytest.raises(FileRefusedError, match="nested more than 32 levels deep$"):
        load_toml(path)


def test_every_refusal_names_the_file(tmp_path, monkeypatch):
    missing = tmp_path / "gone.json"
    assert (
        str(_refused(lambda: read_bytes(missing))) == f"{short(missing)}: the file does not exist"
    )
    assert (
        str(_refused(lambda: read_bytes(tmp_path)))
        == f"{short(tmp_path)}: this is a folder, not a file"
    )
    assert str(_refused(lambda: read_bytes("a\x00b"))) == "a\x00b: this is not a file name"
    big = tmp_path / "big.json"
    big.write_bytes(b"x" * 2000)
    assert str(_refused(lambda: read_bytes(big, max_bytes=1024))) == (
        f"{short(big)}: the file is too large (over 1 kB)"
    )
    deep = tmp_path / "deep.json"
    deep.write_text("[[[1]]]")
    assert str(_refused(lambda: load_json(deep, max_depth=2))) == (
        f"{short(deep)}: values are nested more than 2 levels deep"
    )
    toml = tmp_path / "deep.toml"
    toml.write_text("x = [[[1]]]\n")
    assert str(_refused(lambda: load_toml(toml, max_depth=2))) == (
        f"{short(toml)}: values are nested more than 2 levels deep"
    )


@posix_only
def test_a_device_is_refused_naming_it():
    assert str(_refused(lambda: read_bytes("/dev/null"))) == (
        "/dev/null: this is not an ordinary file"
    )


def test_an_error_while_reading_is_one_plain_line(tmp_path, monkeypatch):
    path = tmp_path / "sheet.json"
    path.write_text("{}")

    def broken(*_args):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "read", broken)
    assert str(_refused(lambda: read_bytes(path))) == f"{short(path)}: the file could not be read"


def test_the_callers_depth_limit_applies_to_the_text_too(tmp_path):
    # Brackets in a comment count: the text check is deliberately the cruder one.
    path = tmp_path / "c.toml"
    path.write_text("a = 1  # [[[\n")
    assert load_toml(path) == {"a": 1}
    with pytest.raises(FileRefusedError, match="more than 2 levels"):
        load_toml(path, max_depth=2)


def test_short_reads_of_a_growing_file_never_take_more_than_the_limit(tmp_path, monkeypatch):
    # Pipes and network folders may return less than asked; the file grows after fstat.
    path = tmp_path / "growing.json"
    path.write_bytes(b"g" * 3000)
    real_fstat, real_read = os.fstat, os.read
    got: list[int] = []

    def fstat_before_growth(fd):
        info = real_fstat(fd)
        return os.stat_result((*info[:6], 10, *info[7:]))

    def short_read(fd, n):
        chunk = real_read(fd, min(n, 1000))
        got.append(len(chunk))
        return chunk

    monkeypatch.setattr(os, "fstat", fstat_before_growth)
    monkeypatch.setattr(os, "read", short_read)
    with pytest.raises(FileRefusedError, match="too large"):
        read_bytes(path, max_bytes=2000)
    assert sum(got) == 2001
    assert read_bytes(path, max_bytes=3000) == b"g" * 3000
