"""What must be the same in a translation as in English: everything but the words."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

_HEADING = re.compile(r"^(#{2,6})\s.*?(\{#[a-z0-9-]+\})?\s*$", re.M)
_LINK = re.compile(r"\]\(((?:page|question|glossary):[^)\s]*)\)")
_TOKEN = re.compile(r"\{\{\s*(rule|value|you)\s*:\s*([A-Za-z0-9_]*)")
_MARKER = re.compile(r"(?<![!\]])\[(\d+(?:\s*,\s*\d+)*)\](?![(:\[])")
_CALLOUT = re.compile(r"^\s*!!!\s*([a-z]+)", re.M)
_FIGURE = re.compile(r"figure:[a-z0-9-]+")


def split_page(text: str) -> tuple[dict[str, Any], str]:
    _, meta, body = text.split("+++", 2)
    return tomllib.loads(meta), body


def page_marks(body: str) -> dict[str, list[str]]:
    """Every mark a reader or the app relies on, in order."""
    return {
        "headings": [f"{m[1]}{m[2] or ''}" for m in _HEADING.finditer(body)],
        "links": _LINK.findall(body),
        # A {{you:A|B}} token's words are the translation's own; rules and values keep names.
        "tokens": [
            kind if kind == "you" else f"{kind}:{name}" for kind, name in _TOKEN.findall(body)
        ],
        "source markers": [re.sub(r"\s", "", m) for m in _MARKER.findall(body)],
        "callouts": _CALLOUT.findall(body),
        "figures": _FIGURE.findall(body),
    }


def glossary_ids(body: str) -> list[str]:
    from cartapp.model.glossary import _heading, slug

    ids = []
    for line in body.splitlines():
        if line.startswith("## "):
            word, given = _heading(line[3:])
            ids.append(given or slug(word))
    return ids


def shape(value: Any, where: str = "") -> list[str]:
    """Every key path, list length, id and non-text value; text itself is left out."""
    out: list[str] = []
    if isinstance(value, dict):
        for key in sorted(value):
            if key == "translation":
                continue
            out += shape(value[key], f"{where}.{key}")
        out.append(f"{where} keys={sorted(k for k in value if k != 'translation')}")
    elif isinstance(value, list):
        out.append(f"{where} len={len(value)}")
        for n, item in enumerate(value):
            out += shape(item, f"{where}[{n}]")
    elif isinstance(value, str):
        # Placeholders and tokens in a line are part of its shape.
        fields = sorted(re.findall(r"\{[a-z_]+\}|\{\{[^}]*?:", value))
        out.append(f"{where} text{fields}" if fields else f"{where} text")
    else:
        out.append(f"{where} = {value!r}")
    return out


def ids_in(value: Any, where: str = "") -> list[str]:
    """The ``id`` values (steps, scenes, questions, categories) in file order."""
    if isinstance(value, dict):
        found = [f"{where}:{value['id']}"] if isinstance(value.get("id"), str) else []
        for key, item in value.items():
            found += ids_in(item, f"{where}.{key}")
        return found
    if isinstance(value, list):
        return [i for item in value for i in ids_in(item, where)]
    return []


def toml_file(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))
