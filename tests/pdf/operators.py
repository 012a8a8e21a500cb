"""A PDF's drawing, as text a person can review: one operator a line, page by page.

Each page's content stream is decompressed (pypdf) and written out with numbers rounded
to two decimals, fonts by their own names instead of the file's F1, F2, and the text
decoded back to Unicode (through each font's ToUnicode map). A moved line, a changed
colour, size or font then shows as a one-line diff next to the words it belongs to.
"""

from __future__ import annotations

import difflib
import io
import os
import re
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ArrayObject, ContentStream, NameObject, NumberObject

WRITE = os.environ.get("CARTAPP_WRITE_GOLDEN") == "1"
_PAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")


def _number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _unicode_map(font) -> dict[int, str]:
    """byte -> text, from the font's ToUnicode CMap (ReportLab writes one per subset)."""
    if "/ToUnicode" not in font:
        return {}
    data = font["/ToUnicode"].get_object().get_data()
    found = {}
    for code, text in _PAIR.findall(data.split(b"endcodespacerange")[-1]):
        chars = bytes.fromhex(text.decode()).decode("utf-16-be") if text else ""
        found[int(code, 16)] = chars if chars != "\0" else "?"
    return found


def _fonts(page) -> dict[str, tuple[str, dict[int, str]]]:
    resources = page.get("/Resources") or {}
    fonts = resources.get("/Font") or {}
    named = {}
    for key, ref in fonts.items():
        font = ref.get_object()
        base = str(font.get("/BaseFont", key)).lstrip("/").partition("+")[2] or str(key)
        named[str(key)] = (base, _unicode_map(font))
    return named


def _operand(value, font: dict[int, str] | None) -> str:
    if isinstance(value, bytes | str) and not isinstance(value, NameObject):
        raw = value if isinstance(value, bytes) else value.get_original_bytes()
        if font is not None:
            return repr("".join(font.get(b, f"\\x{b:02x}") for b in raw))
        return repr(raw)
    if isinstance(value, ArrayObject):
        return "[" + " ".join(_operand(v, font) for v in value) + "]"
    if isinstance(value, int | float | NumberObject) and not isinstance(value, bool):
        return _number(float(value))
    return str(value)


def pages_operators(pdf: bytes, wanted: Callable[[int, bytes], bool] | None = None) -> list[str]:
    """Each page's operators, one a line, after a line naming the page and its size;
    only the pages ``wanted(number, raw content)`` keeps, when it is given (text in the
    Latin alphabet stands as it is in the raw content of a ReportLab page)."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = []
    for number, page in enumerate(reader.pages, 1):
        if wanted is not None and not wanted(number, page.get_contents().get_data()):
            continue
        box = page.mediabox
        out = [f"=== page {number}: {_number(float(box.width))} x {_number(float(box.height))}"]
        fonts = _fonts(page)
        current: dict[int, str] | None = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            op = operator.decode("latin-1")
            if op == "Tf" and operands:
                name, current = fonts.get(str(operands[0]), (str(operands[0]), None))
                out.append(f"{name} {' '.join(_operand(v, None) for v in operands[1:])} Tf")
                continue
            text_font = current if op in ("Tj", "TJ", "'", '"') else None
            out.append(" ".join([*(_operand(v, text_font) for v in operands), op]))
        pages.append("\n".join(out) + "\n")
    return pages


def check_golden(pdf: bytes | list[str], path: Path) -> None:
    """The PDF's operators (or these pages of them) equal the reviewed file's, or the
    assertion shows the diff."""
    drawn = "".join(pages_operators(pdf) if isinstance(pdf, bytes) else pdf)
    if WRITE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(drawn, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    if drawn != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), drawn.splitlines(), str(path.name), "drawn now", n=2, lineterm=""
        )
        lines = list(diff)
        shown = "\n".join(lines[:80]) + (f"\n... {len(lines) - 80} more" if len(lines) > 80 else "")
        raise AssertionError(f"{path.name} is drawn differently:\n{shown}")
