"""Which of a family's fields hold characters the printed sheet has no font for.

Checked before a PDF is made, so a word is never dropped silently: the family
is told which question or field to change. What "covered" means is the PDF
layer's business (its fonts); it is passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cartapp.model.sheet import QuestionSheet, clean_text


@dataclass(frozen=True)
class Unprintable:
    field: str  # as the family sees it: "Question 3", "The note on question 3", ...
    characters: str  # the characters that cannot be printed, each once

    def message(self) -> str:
        shown = " ".join(f"{c} (U+{ord(c):04X})" for c in self.characters[:5])
        return (
            f"{self.field} has characters the printed sheet cannot show: {shown}. "
            "Please change or remove them."
        )


def unprintable_fields(sheet: QuestionSheet, covers: Callable[[str], bool]) -> list[Unprintable]:
    """Every field with characters ``covers`` refuses, in the order they appear on screen."""
    fields = [
        ("The child's name", sheet.child_name),
        ('"Prepared by"', sheet.prepared_by),
        ("The care team's name", sheet.care_team),
        ("The notes", sheet.notes),
    ]
    for number, q in enumerate(sheet.questions, start=1):
        fields.append((f"Question {number}", q.text))
        fields.append((f"The note on question {number}", q.note))
    found = []
    for label, value in fields:
        missing = _missing(clean_text(value) if isinstance(value, str) else "", covers)
        if missing:
            found.append(Unprintable(label, missing))
    return found


def _missing(text: str, covers: Callable[[str], bool]) -> str:
    seen: dict[str, None] = {}
    for char in text:
        if char not in seen and not covers(char):
            seen[char] = None
    return "".join(seen)
