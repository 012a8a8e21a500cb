"""The home safety kit's words in the review pack: every line each printable can show.

Reviewers see the words as written, with the placeholders named ("[the 24-hour
number]"), the region notes for each region and the kit's numbered sources, so
the printables are signed off with the pages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer

from cartapp.model.errors import ContentError
from cartapp.model.kit_content import ITEMS, SECTION_OF, KitContent, kit_content
from cartapp.pdf.review_sections import Sections

PLACEHOLDER_NAMES = {
    "name": "the patient's name",
    "product": "the CAR T product",
    "infusion_date": "the infusion date",
    "center": "the centre's name",
    "phone": "the centre's number",
    "urgent_phone": "the 24-hour number",
    "emergency": "the region's emergency number",
    "fever": "the fever threshold",
    "driving_until": "the no-driving end date, only if the family or the clinic file sets it",
    "days": "the centre's or the region's number of days",
}
_PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_]+)\}(?!\})")


def _named(text: str) -> str:
    return _PLACEHOLDER.sub(lambda m: f"[{PLACEHOLDER_NAMES.get(m[1], m[1])}]", text)


def kit_section(
    sec: Sections,
    s: Any,
    width: float,
    expand: Callable[[str], str],
    language: str,
    sources: Callable[..., list[Flowable]],
    sign_off: Callable[[str, float, Any], Flowable],
) -> list[Flowable]:
    try:
        content: KitContent = kit_content(language)
    except ContentError as exc:
        return [
            *sec.heading("Home safety kit"),
            Paragraph(escape(f"The kit's words could not be read: {exc}"), s.body),
        ]
    story: list[Flowable] = [*sec.heading("Home safety kit (printables)")]
    story.append(
        Paragraph(
            escape(
                "Words in square brackets are filled in from the clinic file or the family's "
                "details; anything not given prints as a line to write on. File: "
                f"content/{language}/kit.toml, last checked {content.reviewed}."
            ),
            s.small,
        )
    )
    for item in ITEMS:
        words = content.words(SECTION_OF[item])
        story += sec.sub(content.title(item))
        for key, value in words.values.items():
            lines = [value] if isinstance(value, str) else list(value)
            for line in lines:
                story.append(
                    Paragraph(
                        f"<font color='#52606D'>{escape(key)}</font> "
                        f"{escape(expand(_named(line)))}",
                        s.body,
                    )
                )
        if item == "call-sheet":
            story += [
                Paragraph(
                    f"<font color='#52606D'>sign ({escape(sign.icon)})</font> "
                    f"{escape(expand(sign.text))}",
                    s.body,
                )
                for sign in content.signs
            ]
        notes = {"wallet-card": content.card_notes, "er-letter": content.letter_notes}
        for region, note in notes.get(item, {}).items():
            story.append(
                Paragraph(
                    f"<font color='#52606D'>region note ({region})</font> {escape(note)}", s.body
                )
            )
    story += sec.sub("Sources of the kit") + sources(content.sources, s)
    story += [Spacer(1, s.space * 2), sign_off("Home safety kit", width, s)]
    return story
