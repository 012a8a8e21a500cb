"""The pictures pages show with ``![alt](figure:NAME)``: SVG files in resources/figures.

Each SVG is drawn with a small fixed palette so the high-contrast theme can
swap it for light-on-black without a second set of files.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cartapp.model.errors import ContentError
from cartapp.model.page_syntax import figure_path

# Standard colour -> high-contrast colour. Okabe–Ito fills stay: they read on black too.
_HIGH_CONTRAST = {
    "#FFFFFF": "#000000",  # page background
    "#F4F7F9": "#000000",  # card surface
    "#1F2933": "#FFFFFF",  # text
    "#52606D": "#00FFFF",  # secondary text
    "#0B5C73": "#FFD700",  # headings, arrows, outlines
    "#9AA5B1": "#FFFFFF",  # thin rules
    "#B42318": "#FF8A80",  # the fever line
}
_VIEWBOX = re.compile(r'viewBox="\s*[-\d.]+\s+[-\d.]+\s+([\d.]+)\s+([\d.]+)\s*"')
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}\b")


@lru_cache(maxsize=16)
def _source(name: str) -> str:
    path = figure_path(name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(path, f"the figure '{name}' is missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(path, f"the figure '{name}' cannot be read ({exc})") from None


def figure_svg(name: str, *, high_contrast: bool = False) -> bytes:
    svg = _source(name)
    if high_contrast:
        svg = _COLOUR.sub(lambda m: _HIGH_CONTRAST.get(m[0].upper(), m[0]), svg)
    return svg.encode("utf-8")


def figure_aspect(name: str) -> float:
    """Height over width, from the SVG's viewBox."""
    match = _VIEWBOX.search(_source(name))
    if not match or float(match[1]) <= 0:
        raise ContentError(figure_path(name), f"the figure '{name}' has no usable viewBox")
    return float(match[2]) / float(match[1])
