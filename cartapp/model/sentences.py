"""Text cut into sentences with their places, for reading aloud one at a time.

A sentence is spoken, then highlighted text moves on: the reader needs to know
where each one starts and ends in the text as shown. Abbreviations common in
the content ("e.g.", "Dr.", "approx.") and decimals ("38.0") do not end one;
a line break always does (headings, list items and table cells are lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NOT_AN_END = re.compile(
    r"(?:\b(?:e\.g|i\.e|Dr|Mr|Mrs|Ms|St|vs|approx|etc|No)\.$)|(?:\d\.$)", re.IGNORECASE
)
_END = re.compile(r"[.!?…。！？]+[\"'”’)\]]*(?=\s|$)")
# Longer than this is split at a comma or semicolon, so the highlight keeps moving.
MAX_CHARS = 400


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int  # one past the last character
    text: str


def sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` with its start and end; blank stretches are skipped."""
    out: list[Sentence] = []
    line_start = 0
    for line in text.split("\n"):
        _line(line, line_start, out)
        line_start += len(line) + 1
    return out


def _line(line: str, offset: int, out: list[Sentence]) -> None:
    start = 0
    for match in _END.finditer(line):
        end = match.end()
        if _NOT_AN_END.search(line[start : match.start() + 1]) and end < len(line):
            continue
        _add(line, offset, start, end, out)
        start = end
    _add(line, offset, start, len(line), out)


def _skipped(char: str) -> bool:
    # U+FFFC stands for a picture (a callout's icon) in a text view's plain text.
    return char.isspace() or char == "\ufffc"


def _add(line: str, offset: int, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and _skipped(line[start]):
        start += 1
    while end > start and _skipped(line[end - 1]):
        end -= 1
    if end <= start or not any(c.isalnum() for c in line[start:end]):
        return
    while end - start > MAX_CHARS:
        cut = max(
            line.rfind(", ", start, start + MAX_CHARS), line.rfind("; ", start, start + MAX_CHARS)
        )
        if cut > start:  # keep the comma, skip the space after it
            stop, resume = cut + 1, cut + 2
        else:  # no comma: cut at a space, which belongs to neither part
            cut = line.rfind(" ", start, start + MAX_CHARS)
            if cut <= start:
                break
            stop, resume = cut, cut + 1
        out.append(Sentence(offset + start, offset + stop, line[start:stop]))
        start = resume
    out.append(Sentence(offset + start, offset + end, line[start:end]))
