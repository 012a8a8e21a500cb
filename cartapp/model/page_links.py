"""Links from one page to another page, a place on it, or a bank question.

A page writes ``[words](page:NAME)``, ``[words](page:NAME#anchor)`` or
``[words](question:ID)``. A link whose target is missing is a content error,
named by file and link so a writer can fix it; and should one reach a family
anyway, it is shown as plain words, never as a link that does nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from cartapp.model.pages import Page

_PAGE_LINK = re.compile(r"\]\(page:([^)\s#]*)(?:#([^)\s]*))?\)")
_QUESTION_LINK = re.compile(r"\]\(question:([^)\s]*)\)")
_HEADING_ID = re.compile(r"\{#([A-Za-z0-9_-]+)\}")
_HTML_LINK = re.compile(r'<a href="(?P<href>(?:page|question):[^"]*)">(?P<text>.*?)</a>', re.S)


def anchors(page: Page) -> frozenset[str]:
    """The places on a page another page may link to (headings with an ``{#id}``)."""
    return frozenset(_HEADING_ID.findall(page.body))


@dataclass(frozen=True)
class LinkTargets:
    """Every address a page link may point at: ``page:NAME``, ``page:NAME#anchor`` and
    ``question:ID``. Hashable, so a rendered page can be cached with it."""

    hrefs: frozenset[str]

    @classmethod
    def of(cls, pages: Mapping[str, Page], question_ids: Iterable[str]) -> LinkTargets:
        hrefs = {f"question:{qid}" for qid in question_ids}
        for name, page in pages.items():
            hrefs.add(f"page:{name}")
            hrefs.update(f"page:{name}#{anchor}" for anchor in anchors(page))
        return cls(frozenset(hrefs))

    def __contains__(self, href: str) -> bool:
        return href in self.hrefs


def link_problems(page: Page, path: Path | str, targets: LinkTargets) -> list[str]:
    """Every page or question link on ``page`` whose target does not exist."""
    problems = []
    for name, anchor in _PAGE_LINK.findall(page.body):
        href = f"page:{name}" + (f"#{anchor}" if anchor else "")
        if f"page:{name}" not in targets:
            problems.append(f"{path}: the link '{href}' points to a page that does not exist")
        elif anchor and href not in targets:
            problems.append(
                f"{path}: the link '{href}' points to a place "
                f"('#{anchor}') that the page '{name}' does not have"
            )
    for qid in _QUESTION_LINK.findall(page.body):
        if f"question:{qid}" not in targets:
            problems.append(
                f"{path}: the link 'question:{qid}' points to a question "
                "that is not in the question bank"
            )
    return problems


def unlink_missing(body_html: str, targets: LinkTargets | None) -> str:
    """Turn page and question links whose target is missing into their plain words."""
    if targets is None:
        return body_html
    return _HTML_LINK.sub(lambda m: m.group(0) if m["href"] in targets else m["text"], body_html)
