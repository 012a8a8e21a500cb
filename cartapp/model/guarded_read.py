"""One guarded way to read every file the app opens.

Families, clinics and content editors hand the app files; any of them can be
a FIFO (which would block forever), a device such as /dev/zero (endless), a
folder, a symlink loop, a name too long for the file system, far too large,
or nested deeply enough to exhaust Python's recursion. Every such problem
becomes ``FileRefusedError`` with one plain line naming the file (shortened),
before a single byte is parsed.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import Any

# Far above any real sheet, clinic file or content page; stops a wrong file
# from filling memory.
# A path as the standard library takes one.
StrPath = os.PathLike[str] | str

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 32
NAME_CHARS = 80
# A clinic logo: any real one is a few hundred kB; a <use> chain of a few
# dozen levels already expands to billions of shapes.
MAX_SVG_BYTES = 1024 * 1024
MAX_SVG_ELEMENTS = 5000
MAX_SVG_USES = 64


class FileRefusedError(Exception):
    """A file could not be read safely; ``str()`` is one plain line naming it."""

    def __init__(self, path: StrPath, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{short(path)}: {reason}")


def short(value: object, limit: int = NAME_CHARS) -> str:
    """At most ``limit`` characters of a name or value, on one line."""
    text = str(value).replace("\n", " ").replace("\r", " ")
    if len(text) <= limit:
        return text
    keep = limit - 1
    # The end of a path (the file's name) says more than its start.
    return text[: keep // 3] + "…" + text[-(keep - keep // 3) :]


def os_reason(exc: OSError) -> str:
    """Plain words for a file-system error."""
    reasons = {
        errno.ENOENT: "the file does not exist",
        errno.ENOTDIR: "a folder on the way to it is a file",
        errno.EACCES: "the app is not allowed to read it",
        errno.EPERM: "the app is not allowed to read it",
        errno.ENAMETOOLONG: "the name is too long",
        errno.ELOOP: "it is a link that points back to itself",
        errno.EISDIR: "this is a folder, not a file",
    }
    if exc.errno is None:
        return "the file could not be read"
    return reasons.get(exc.errno, "the file could not be read")


def safe_exists(path: StrPath) -> bool:
    """``Path.exists()`` that answers False instead of raising (Python 3.11 raises
    on names that are too long and on folders the app may not search)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def safe_is_file(path: StrPath) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def safe_is_dir(path: StrPath) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def read_bytes(path: StrPath, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The whole file, if it is a regular file of at most ``max_bytes``."""
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileRefusedError(path, os_reason(exc)) from None
    except ValueError:  # a NUL character in the name
        raise FileRefusedError(path, "this is not a file name") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileRefusedError(path, "this is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise FileRefusedError(path, "this is not an ordinary file")
        if info.st_size > max_bytes:
            raise FileRefusedError(path, f"the file is too large (over {_size(max_bytes)})")
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:  # it grew while being read
            raise FileRefusedError(path, f"the file is too large (over {_size(max_bytes)})")
        return b"".join(chunks)
    except OSError as exc:
        raise FileRefusedError(path, os_reason(exc)) from None
    finally:
        os.close(fd)


def read_text(path: StrPath, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """UTF-8 text (a byte-order mark, as some editors save, is allowed)."""
    data = read_bytes(path, max_bytes=max_bytes)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefusedError(
            path, "the file is not plain text in UTF-8; save it again as UTF-8 text"
        ) from None


def nesting_depth(text: str) -> int:
    """The deepest run of open brackets outside quoted strings (JSON and TOML)."""
    depth = deepest = 0
    quote = ""
    escaped = False
    for c in text:
        if quote:
            if escaped:
                escaped = False
            elif c == "\\" and quote == '"':
                escaped = True
            elif c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth = max(0, depth - 1)
    return deepest


def check_depth(path: StrPath, text: str, max_depth: int = MAX_DEPTH) -> None:
    if nesting_depth(text) > max_depth:
        raise FileRefusedError(path, f"values are nested more than {max_depth} levels deep")


def load_json(
    path: StrPath, *, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = MAX_DEPTH
) -> object:
    import json

    text = read_text(path, max_bytes=max_bytes)
    check_depth(path, text, max_depth)
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise FileRefusedError(path, "the file is not valid JSON, or it is damaged") from None


def parse_toml(path: StrPath, text: str, max_depth: int = MAX_DEPTH) -> dict[str, Any]:
    """TOML text already read; ``tomllib.TOMLDecodeError`` passes through so
    callers can add the line and column they explain to their editors."""
    import tomllib

    check_depth(path, text, max_depth)
    try:
        data = tomllib.loads(text)
    except RecursionError:
        data = None
    # Dotted keys nest without brackets, so the parsed result is checked too.
    if data is None or _dict_depth(data) > max_depth:
        raise FileRefusedError(path, f"values are nested more than {max_depth} levels deep")
    return data


def load_toml(
    path: StrPath, *, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = MAX_DEPTH
) -> dict[str, Any]:
    return parse_toml(path, read_text(path, max_bytes=max_bytes), max_depth)


def check_svg(path: StrPath, data: bytes) -> None:
    """Refuse an SVG that could take the renderer minutes: entity tricks,
    too many elements, or a chain of ``<use>`` copies."""
    if len(data) > MAX_SVG_BYTES:
        raise FileRefusedError(path, f"the picture is too large (over {_size(MAX_SVG_BYTES)})")
    lowered = data.lower()
    if b"<!entity" in lowered or b"<!doctype" in lowered:
        raise FileRefusedError(
            path,
            "the picture uses entities, which the app does not allow; "
            "export it again as plain SVG or PNG",
        )
    if lowered.count(b"<") - lowered.count(b"</") > MAX_SVG_ELEMENTS:
        raise FileRefusedError(path, "the picture has too many shapes; save it as PNG")
    if lowered.count(b"<use") > MAX_SVG_USES:
        raise FileRefusedError(path, "the picture copies its shapes too often; save it as PNG")


def _dict_depth(value: object) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = (
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        )
        for child in children:
            if isinstance(child, dict | list):
                deepest = max(deepest, depth)
                if depth > MAX_DEPTH * 4:
                    return depth
                stack.append((child, depth + 1))
    return deepest


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n // 1024} kB"


def read_content(path: StrPath, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """A content file's text; ``ContentError`` (naming the file) for anything wrong."""
    from cartapp.model.errors import ContentError

    try:
        return read_text(path, max_bytes=max_bytes)
    except FileRefusedError as exc:
        reason = {"the file does not exist": "the file is missing"}.get(exc.reason, exc.reason)
        if "UTF-8" in reason:
            reason = "the file is not UTF-8 text"
        raise ContentError(path, reason) from None


def load_content_toml(path: StrPath, *, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """A content TOML file, parsed; ``ContentError`` for anything wrong."""
    import tomllib

    from cartapp.model.errors import ContentError

    text = read_content(path, max_bytes=max_bytes)
    try:
        return parse_toml(path, text)
    except FileRefusedError as exc:
        raise ContentError(path, exc.reason) from None
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, f"this is not valid TOML: {exc}") from None
