"""The two themes' colours, without Qt: the contrast tests and the PDF read them too.

Widgets read colours from the palette that cartapp.ui.theme makes of these.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    surface: str
    text: str
    secondary_text: str
    primary: str
    on_primary: str
    focus: str
    border: str
    selection: str
    on_selection: str
    link: str

    def pairs_to_check(self) -> dict[str, tuple[str, str]]:
        """Foreground/background pairs that carry text, for contrast checks."""
        return {
            "body text": (self.text, self.background),
            "body text on surface": (self.text, self.surface),
            "secondary text": (self.secondary_text, self.background),
            "secondary text on surface": (self.secondary_text, self.surface),
            "headings and links": (self.primary, self.background),
            "links on surface": (self.link, self.surface),
            "button text": (self.on_primary, self.primary),
            "selected item": (self.on_selection, self.selection),
        }


STANDARD = Theme(
    name="standard",
    background="#FFFFFF",
    surface="#F4F7F9",
    text="#1F2933",
    secondary_text="#52606D",
    primary="#0B5C73",
    on_primary="#FFFFFF",
    focus="#0B5C73",
    border="#9AA5B1",
    selection="#0B5C73",
    on_selection="#FFFFFF",
    link="#0B5C73",
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    background="#000000",
    surface="#000000",
    text="#FFFFFF",
    secondary_text="#00FFFF",
    primary="#FFD700",
    on_primary="#000000",
    focus="#FFD700",
    border="#FFFFFF",
    selection="#FFD700",
    on_selection="#000000",
    link="#FFD700",
)


def theme_for(high_contrast: bool) -> Theme:
    return HIGH_CONTRAST if high_contrast else STANDARD


def all_themes() -> list[Theme]:
    return [STANDARD, HIGH_CONTRAST]
