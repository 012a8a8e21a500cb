"""How each callout kind looks, in the standard and the high-contrast theme.

Meaning never rests on colour alone: every kind has its own word and icon too.
"Research only" also has a dashed border, so it cannot be mistaken for
"Approved treatment" in print, in grey or with a colour-vision deficiency.
"""

from __future__ import annotations

from dataclasses import dataclass

from cartapp.model.page_syntax import CALLOUT_LABELS


@dataclass(frozen=True)
class CalloutStyle:
    label: str  # the word that carries the meaning beside the colour
    icon: str  # resource name of the icon, ``icon:<name>``
    border: str
    background: str
    title_colour: str
    border_style: str = "solid"
    border_px: int = 2


def _style(
    kind: str,
    border: str,
    background: str,
    title: str,
    *,
    border_style: str = "solid",
    border_px: int = 2,
) -> CalloutStyle:
    return CalloutStyle(
        CALLOUT_LABELS[kind], kind, border, background, title, border_style, border_px
    )


# Colours from the design palette (visual-design.md); each title colour and the
# body text #1F2933 reach 4.5:1 on their background (tests/model/test_contrast.py).
CALLOUTS = {
    "short": _style("short", "#0B5C73", "#EEF6F8", "#0B5C73", border_px=3),
    "call": _style("call", "#B42318", "#FEF3F2", "#B42318", border_px=3),
    "soon": _style("soon", "#B54708", "#FFFAEB", "#93370D"),
    "note": _style("note", "#175CD3", "#EFF6FF", "#175CD3"),
    "do": _style("do", "#067647", "#ECFDF3", "#067647"),
    "approved": _style("approved", "#3538CD", "#EEF4FF", "#3538CD"),
    "research": _style("research", "#9F1AB1", "#FDF4FF", "#86198F", border_style="dashed"),
    "more": _style("more", "#98A2B3", "#F9FAFB", "#475467", border_px=1),
}

# On black, light tints of the same hues keep the kinds apart; all pass 4.5:1 on black.
HIGH_CONTRAST_CALLOUTS = {
    "short": _style("short", "#FFD700", "#000000", "#FFD700", border_px=3),
    "call": _style("call", "#FF8A80", "#000000", "#FF8A80", border_px=3),
    "soon": _style("soon", "#FFB74D", "#000000", "#FFB74D"),
    "note": _style("note", "#00FFFF", "#000000", "#00FFFF"),
    "do": _style("do", "#69F0AE", "#000000", "#69F0AE"),
    "approved": _style("approved", "#A5B4FC", "#000000", "#A5B4FC"),
    "research": _style("research", "#F0ABFC", "#000000", "#F0ABFC", border_style="dashed"),
    "more": _style("more", "#FFFFFF", "#000000", "#FFFFFF", border_px=1),
}
