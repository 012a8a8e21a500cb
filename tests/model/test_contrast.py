"""Both themes reach WCAG AA contrast (4.5:1) for every text colour pair."""

from __future__ import annotations

import pytest

from cartapp.model.contrast import contrast_ratio
from cartapp.model.page_html import CALLOUTS, HIGH_CONTRAST_CALLOUTS
from cartapp.ui.theme_colors import all_themes  # the colours alone: no Qt

AA = 4.5


def test_known_ratios():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#1F2933", "#FFFFFF") == pytest.approx(14.8, abs=0.1)
    assert contrast_ratio("#777777", "#FFFFFF") < AA  # the check can fail


@pytest.mark.parametrize("theme", all_themes(), ids=lambda t: t.name)
def test_theme_text_pairs_reach_aa(theme):
    for role, (fg, bg) in theme.pairs_to_check().items():
        ratio = contrast_ratio(fg, bg)
        assert ratio >= AA, f"{theme.name}: {role} {fg} on {bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("styles", [CALLOUTS, HIGH_CONTRAST_CALLOUTS])
def test_callouts_reach_aa(styles):
    body_text = "#1F2933" if styles is CALLOUTS else "#FFFFFF"
    for kind, style in styles.items():
        assert contrast_ratio(style.title_colour, style.background) >= AA, kind
        assert contrast_ratio(body_text, style.background) >= AA, kind


def test_every_callout_kind_has_a_style_in_both_themes():
    from cartapp.model.page_syntax import CALLOUT_LABELS

    assert set(CALLOUTS) == set(HIGH_CONTRAST_CALLOUTS) == set(CALLOUT_LABELS)


@pytest.mark.parametrize("theme", all_themes(), ids=lambda t: t.name)
def test_links_and_markers_inside_callouts_reach_aa(theme):
    styles = HIGH_CONTRAST_CALLOUTS if theme.name == "high-contrast" else CALLOUTS
    for kind, style in styles.items():
        ratio = contrast_ratio(theme.link, style.background)
        assert ratio >= AA, f"{theme.name}: links in '{kind}' are {ratio:.2f}:1"


def test_research_never_looks_like_approved():
    for styles in (CALLOUTS, HIGH_CONTRAST_CALLOUTS):
        research, approved = styles["research"], styles["approved"]
        assert research.border_style != approved.border_style
        assert research.icon != approved.icon
        assert research.border != approved.border
