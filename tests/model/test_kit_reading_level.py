"""The kit's words read at about grade 6, like every page (content style guide)."""

from __future__ import annotations

import re

import pytest

textstat = pytest.importorskip("textstat")

from cartapp.model.kit_content import kit_content  # noqa: E402

MAX_GRADE = 8.0


def _sentences(section: str) -> str:
    content = kit_content()
    words = content.words(section)
    parts: list[str] = []
    for key, value in words.values.items():
        if key in ("title", "summary"):
            continue
        parts += [value] if isinstance(value, str) else list(value)
    if section == "call_sheet":
        parts += [sign.text for sign in content.signs]
    text = []
    for part in parts:
        part = re.sub(r"\{\{you:([^|{}]*)\|[^{}]*\}\}", r"\1", part)
        part = re.sub(r"\{[a-z_]+\}", "it", part)
        # A list item or a label is its own sentence, as it reads on paper.
        text.append(part if part.rstrip().endswith((".", "?", "!", ":")) else part + ".")
    return " ".join(text)


@pytest.mark.parametrize("section", ["wallet_card", "call_sheet", "log", "er_letter", "checklist"])
def test_each_printable_reads_at_grade_8_or_below(section):
    grade = textstat.flesch_kincaid_grade(_sentences(section))
    assert grade <= MAX_GRADE, f"{section}: grade {grade:.1f}"
