"""The pages' pictures: read once, recoloured for high contrast, sized by their viewBox."""

from __future__ import annotations

import pytest

from cartapp.model import figures
from cartapp.model.errors import ContentError
from cartapp.model.figures import figure_aspect, figure_svg


@pytest.fixture
def own_figures(tmp_path, monkeypatch):
    """Figures read from a temporary folder (the cache is emptied before and after)."""
    monkeypatch.setattr(figures, "figure_path", lambda name: tmp_path / f"{name}.svg")
    figures._source.cache_clear()
    yield tmp_path
    figures._source.cache_clear()


def test_the_shipped_figures_read_and_have_their_shape():
    svg = figure_svg("thermometer")
    assert svg.startswith(b"<svg") and b"#F4F7F9" in svg
    assert figure_aspect("thermometer") == pytest.approx(360 / 880)


def test_high_contrast_swaps_the_palette_in_any_case_and_keeps_the_rest(own_figures):
    (own_figures / "x.svg").write_text(
        '<svg viewBox="0 0 10 20"><rect fill="#ffffff" stroke="#1F2933"/>'
        '<path fill="#52606d" stroke="#0B5C73"/><line stroke="#9AA5B1"/>'
        '<line stroke="#B42318"/><rect fill="#F4F7F9"/><rect fill="#D55E00"/>'
        '<rect fill="#1F2933AA"/>é</svg>',
        encoding="utf-8",
    )
    assert (
        figure_svg("x")
        == (
            '<svg viewBox="0 0 10 20"><rect fill="#ffffff" stroke="#1F2933"/>'
            '<path fill="#52606d" stroke="#0B5C73"/><line stroke="#9AA5B1"/>'
            '<line stroke="#B42318"/><rect fill="#F4F7F9"/><rect fill="#D55E00"/>'
            '<rect fill="#1F2933AA"/>é</svg>'
        ).encode()
    )
    assert (
        figure_svg("x", high_contrast=True)
        == (
            '<svg viewBox="0 0 10 20"><rect fill="#000000" stroke="#FFFFFF"/>'
            '<path fill="#00FFFF" stroke="#FFD700"/><line stroke="#FFFFFF"/>'
            '<line stroke="#FF8A80"/><rect fill="#000000"/><rect fill="#D55E00"/>'
            '<rect fill="#1F2933AA"/>é</svg>'
        ).encode()
    )
    assert figure_aspect("x") == 2.0


@pytest.mark.parametrize("box", ['viewBox=" -5 -5.5  40.5  10.125 "', 'viewBox="0 0 40.5 10.125"'])
def test_the_aspect_reads_any_spacing_and_origin(own_figures, box):
    (own_figures / "y.svg").write_text(f"<svg {box}></svg>", encoding="utf-8")
    assert figure_aspect("y") == pytest.approx(0.25)


@pytest.mark.parametrize("svg", ["<svg></svg>", '<svg viewBox="0 0 0 10"></svg>'])
def test_a_figure_without_a_usable_view_box_is_refused_by_name(own_figures, svg):
    (own_figures / "z.svg").write_text(svg, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        figure_aspect("z")
    assert "the figure 'z' has no usable viewBox" in str(caught.value)
    assert caught.value.path == own_figures / "z.svg"


def test_a_missing_or_unreadable_figure_is_refused_by_name(own_figures):
    with pytest.raises(ContentError) as caught:
        figure_svg("gone")
    assert "the figure 'gone' is missing" in str(caught.value)
    assert caught.value.path == own_figures / "gone.svg"
    (own_figures / "bad.svg").write_bytes(b"\xff\xfe<svg")
    with pytest.raises(ContentError) as caught:
        figure_svg("bad")
    assert "the figure 'bad' cannot be read (" in str(caught.value)
    (own_figures / "dir.svg").mkdir()
    with pytest.raises(ContentError, match="the figure 'dir' cannot be read"):
        figure_svg("dir")
