"""Every fact can be traced: markers resolve, sources are cited, addresses are article-level.

These check the real content files, so they name the file and the source that fails.
"""

from __future__ import annotations

import re
import tomllib
from urllib.parse import urlsplit

import pytest

from cartapp import paths
from cartapp.model.library import PAGE_NAMES, ContentLibrary
from cartapp.model.page_syntax import marker_numbers

# Paths that are a site's search rather than one article or page.
_SEARCH_PATHS = {"/search", "/search/", "/results", "/dailymed/search.cfm", "/pmc/", "/pmc"}
_SEARCH_HOSTS_ROOT = {"pubmed.ncbi.nlm.nih.gov", "www.ncbi.nlm.nih.gov", "clinicaltrials.gov"}
_NUMBER = re.compile(r"\d")
# Short one-word paths that are nevertheless one page (checked by hand against the fact
# sheet's source list): the Children's Oncology Group family handbook's "Fever" page.
_ONE_PAGE = {"childrensoncologygroup.org/fever"}
_HAS_ID = re.compile(r"\d|[-_.]")


def address_problem(url: str) -> str | None:
    """Why ``url`` is not an article- or page-level address, or None when it is."""
    if not url:
        return "has no address"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "is not a web address"
    path = parts.path.rstrip("/")
    if not path:
        return "is a site's home page" + (" (a search query)" if parts.query else "")
    if parts.path in _SEARCH_PATHS or path.endswith("/search") or "search" in path.split("/")[-1]:
        return "is a search page"
    if parts.netloc in _SEARCH_HOSTS_ROOT and not re.search(r"\d", path):
        return "is a search or front page, not one article"
    segments = [s for s in path.split("/") if s]
    if f"{parts.netloc.removeprefix('www.')}{path}" in _ONE_PAGE:
        return None
    if len(segments) == 1 and len(segments[0]) <= 12 and not _HAS_ID.search(segments[0]):
        return "is a journal's or site's front page"
    return None


@pytest.mark.parametrize(
    ("url", "bad"),
    [
        ("", True),
        ("https://www.fda.gov", True),
        ("https://www.fda.gov/", True),
        ("https://pubmed.ncbi.nlm.nih.gov/", True),
        ("https://pubmed.ncbi.nlm.nih.gov/?term=car+t", True),
        ("https://www.nature.com/leu/", True),
        ("https://ashpublications.org/blood", True),
        ("https://www.wcgclinical.com/insights/", True),
        ("https://clinicaltrials.gov/search?cond=ALL", True),
        ("https://pubmed.ncbi.nlm.nih.gov/29385370/", False),
        ("https://doi.org/10.1056/NEJMoa1709866", False),
        ("https://www.nature.com/articles/s41408-024-01038-2", False),
        ("https://www.fda.gov/vaccines-blood-biologics/kymriah", False),
    ],
)
def test_address_check_itself(url, bad):
    assert (address_problem(url) is not None) is bad


def _pages():
    library = ContentLibrary("en")
    return [library.page(name) for name in PAGE_NAMES]


def _every_source():
    """(file, source number, title, url) for every source in every English content file."""
    folder = paths.content_dir("en")
    found = []
    for page in _pages():
        found += [
            (f"{page.name}.md", n, s.title, s.url) for n, s in enumerate(page.sources, start=1)
        ]
    story = ContentLibrary("en").story
    found += [("story.toml", n, s.title, s.url) for n, s in enumerate(story.sources, start=1)]
    timeline = tomllib.loads((folder / "timeline.toml").read_text(encoding="utf-8"))
    for step in timeline.get("steps", []):
        found += [
            (f"timeline.toml step '{step.get('id')}'", n, s.get("title", ""), s.get("url", ""))
            for n, s in enumerate(step.get("sources", []), start=1)
        ]
    glossary = (folder / "glossary.md").read_text(encoding="utf-8").split("+++")
    if len(glossary) > 2:
        head = tomllib.loads(glossary[1])
        found += [
            ("glossary.md", n, s.get("title", ""), s.get("url", ""))
            for n, s in enumerate(head.get("sources", []), start=1)
        ]
    return found


def test_every_source_has_an_article_or_page_address():
    problems = [
        f"{where} source {n} ('{title}') {problem}: {url!r}"
        for where, n, title, url in _every_source()
        if (problem := address_problem(url))
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_source_of_a_page_is_cited(name):
    page = ContentLibrary("en").page(name)
    cited = {n for _, numbers in marker_numbers(page.body) for n in numbers}
    uncited = [f"[{n}] {s.title}" for n, s in enumerate(page.sources, start=1) if n not in cited]
    assert not uncited, f"{name}.md lists sources no marker cites: {uncited}"


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_section_that_states_a_number_cites_a_source(name):
    page = ContentLibrary("en").page(name)
    bare = []
    for section in re.split(r"^## ", page.body, flags=re.M)[1:]:
        heading, _, text = section.partition("\n")
        without_markers = re.sub(r"\[\d+(?:\s*,\s*\d+)*\]", "", text)
        without_tokens = re.sub(
            r"\{\{[^}]*\}\}|\(question:[^)]*\)|\(figure:[^)]*\)", "", without_markers
        )
        if _NUMBER.search(without_tokens) and not marker_numbers(text):
            bare.append(heading.strip())
    assert not bare, f"{name}.md: sections with numbers but no source marker: {bare}"
