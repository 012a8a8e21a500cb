"""A pseudo-translation: every interface string accented and about 40 % longer.

Loaded like a real language, it shows which words are not translated (they stay
plain) and which do not fit or wrap (they are cut off). Placeholders, tags and
keyboard letters are kept so the app still works with it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.i18n.ts_files import ts_path

_ACCENTS = str.maketrans("aeiouAEIOUcnysCNYS", "áéîõüÁÉÎÕÜçñýšÇÑÝŠ")
# Kept as they are: {fields}, %n/%1, tags, entities, and the letter after "&".
_KEEP = re.compile(r"(\{[a-z_0-9]+\}|%[n0-9s]|<[^>]+>|&[a-z]+;|&\w)")
START, END = "«", "»"


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    out = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    letters = sum(1 for c in text if c.isalpha())
    padding = "·" * max(1, round(letters * 0.4))
    return f"{START}{out}{padding}{END}"


def is_pseudo(text: str) -> bool:
    return START in text and END in text


def build_pseudo_qm(folder: Path) -> Path:
    """cartapp_xx.qm in ``folder``, made from the English .ts's sources."""
    tree = ET.parse(ts_path("en"))
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            for form in tr.findall("numerusform"):
                form.text = pseudo(source)
        else:
            tr.text = pseudo(source)
    ts = folder / "cartapp_xx.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "cartapp_xx.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm
