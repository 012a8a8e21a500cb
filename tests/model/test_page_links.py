"""Links between pages and to bank questions: a missing target is a content error
naming the file and the link, and is never shown as a link that does nothing."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from cartapp.model.library import LIFE_PAGES, MAIN_PAGES, PAGE_NAMES, ContentLibrary
from cartapp.model.page_html import render_page
from cartapp.model.page_links import LinkTargets, anchors, link_problems, unlink_missing
from cartapp.model.pages import Page, Source

_SOURCES = (Source("A", "B", 2025, "https://example.org/a"),)


def _page(name: str, body: str) -> Page:
    return Page(name, name.title(), "Summary.", dt.date(2026, 12, 1), _SOURCES, body)


@pytest.fixture(scope="module")
def library() -> ContentLibrary:
    return ContentLibrary("en")


def test_the_life_pages_are_pages_and_every_page_is_listed_once():
    assert set(LIFE_PAGES) == {"at-home", "after", "teens", "support"}
    assert PAGE_NAMES == MAIN_PAGES + LIFE_PAGES
    assert len(set(PAGE_NAMES)) == len(PAGE_NAMES)


def test_no_page_of_the_app_links_to_a_missing_page_place_or_question(library):
    assert library.link_problems() == []


def test_the_pages_link_to_each_other(library):
    """The new pages are reached from the pages families read first, not only the tab."""
    bodies = "".join(library.page(name).body for name in PAGE_NAMES)
    linked = set(re.findall(r"\]\(page:([a-z-]+)", bodies))
    assert set(LIFE_PAGES) & linked, linked


def test_a_missing_page_a_missing_place_and_a_missing_question_are_each_named():
    target = _page("risks", "## Fever {#fever}\n\nText.")
    targets = LinkTargets.of({"risks": target}, ["home.fever"])
    page = _page(
        "after",
        "See [risks](page:risks#fever) and [x](page:nowhere), "
        "[y](page:risks#nope) and [Add](question:home.nothing) "
        "but [ok](question:home.fever).",
    )
    problems = link_problems(page, "content/en/after.md", targets)
    assert len(problems) == 3
    assert all(p.startswith("content/en/after.md: the link '") for p in problems)
    assert "'page:nowhere'" in problems[0] and "does not exist" in problems[0]
    assert "'page:risks#nope'" in problems[1] and "'#nope'" in problems[1]
    assert "'question:home.nothing'" in problems[2] and "question bank" in problems[2]


def test_a_broken_content_file_is_reported_by_the_library(tmp_path, library):
    folder = tmp_path / "en"
    folder.mkdir()
    for item in library.folder.iterdir():
        (folder / item.name).write_bytes(item.read_bytes())
    teens = folder / "teens.md"
    teens.write_text(
        teens.read_text(encoding="utf-8") + "\n[Read more](page:at-home#no-such-place)\n",
        encoding="utf-8",
    )
    problems = ContentLibrary("en", root=tmp_path).link_problems()
    assert problems == [
        f"{teens}: the link 'page:at-home#no-such-place' points to a place "
        "('#no-such-place') that the page 'at-home' does not have"
    ]


def test_anchors_are_the_heading_ids():
    assert anchors(_page("x", "## One {#one}\n\n### Two {#two-b}\n\nNo {#}")) == {"one", "two-b"}


def test_a_link_with_no_target_is_shown_as_its_words():
    targets = LinkTargets(frozenset({"page:risks", "question:a.b"}))
    html = (
        '<a href="page:risks">Risks</a> <a href="page:gone#x">Gone</a> '
        '<a href="question:a.b">Add</a> <a href="question:a.c">Add <b>c</b></a> '
        '<a href="https://example.org">out</a>'
    )
    assert unlink_missing(html, targets) == (
        '<a href="page:risks">Risks</a> Gone <a href="question:a.b">Add</a> Add <b>c</b> '
        '<a href="https://example.org">out</a>'
    )
    assert unlink_missing(html, None) == html


def test_a_rendered_page_has_no_dead_links(library):
    for name in PAGE_NAMES:
        html = render_page(library.page(name), library.glossary, links=library.link_targets)
        for href in re.findall(r'<a href="((?:page|question):[^"]*)"', html):
            assert href in library.link_targets, (name, href)
