"""Turn a content page into the HTML the reader view shows.

QTextBrowser understands a subset of HTML: boxes with borders and backgrounds
only work on tables, so callouts become one-cell tables. Glossary words become
``glossary:<id>`` links; "Add to my questions" links keep their
``question:<id>`` address for the view to handle.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import markdown

# CALLOUTS and HIGH_CONTRAST_CALLOUTS stay importable from here for the reader view.
from cartapp.model.callout_styles import CALLOUTS, HIGH_CONTRAST_CALLOUTS, CalloutStyle
from cartapp.model.content_words import ContentWords, content_words
from cartapp.model.glossary import Glossary
from cartapp.model.page_links import LinkTargets, unlink_missing
from cartapp.model.page_marks import (
    figures_html,
    link_markers,
    review_status_html,
    strip_markers,
)
from cartapp.model.pages import Page
from cartapp.model.question_links import QuestionNames, name_question_links

_ADMONITION = re.compile(
    r'<div class="admonition (?P<kind>[\w-]+)">\s*'
    r'<p class="admonition-title">(?P<title>.*?)</p>(?P<body>.*?)</div>',
    re.S,
)
_TAG_SPLIT = re.compile(r"(<[^>]+>)")
_NO_LINK_TAGS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre"}


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    # Extension objects rather than names: naming them makes markdown scan the
    # installed packages' entry points, a large part of the app's startup time.
    from markdown.extensions.admonition import AdmonitionExtension
    from markdown.extensions.attr_list import AttrListExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension

    return markdown.Markdown(
        extensions=[
            AdmonitionExtension(),
            AttrListExtension(),
            SaneListExtension(),
            TableExtension(),
        ],
        output_format="html",
    )


def markdown_to_html(text: str) -> str:
    converter = _converter()
    try:
        return converter.convert(text)
    finally:
        converter.reset()


def _callout_table(match: re.Match[str], styles: dict[str, CalloutStyle], icon_px: int) -> str:
    style = styles.get(match["kind"], styles["note"])
    title = match["title"].strip()
    title_html = (
        ""
        if title.rstrip(".:").lower() == style.label.lower()
        else f'<p class="callout-title" style="font-weight: bold;">{title}</p>'
    )
    return (
        f'<table class="callout callout-{match["kind"]}" width="100%" '
        f'border="{style.border_px}" cellspacing="0" cellpadding="14" '
        f'style="border-style: {style.border_style}; border-color: {style.border}; '
        f'background-color: {style.background}; margin-top: 12px; margin-bottom: 12px;">'
        f'<tr><td style="border-style: {style.border_style}; '
        f'border-color: {style.border};">'
        f'<p class="callout-label" style="color: {style.title_colour}; font-weight: bold;">'
        f'<img src="icon:{style.icon}" width="{icon_px}" height="{icon_px}" '
        f'alt="" style="vertical-align: middle;" />&nbsp;{html.escape(style.label)}</p>'
        f"{title_html}"
        f"{match['body']}</td></tr></table>"
    )


@lru_cache(maxsize=8)
def _term_matcher(glossary: Glossary) -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    by_spelling: dict[str, str] = {}
    exact_case: set[str] = set()
    for term in glossary.terms:
        for spelling in term.spellings:
            by_spelling.setdefault(spelling.lower(), term.id)
            # Abbreviations like CR or LP link only in capitals, not as everyday words.
            if spelling.isupper() and len(spelling) <= 5:
                exact_case.add(spelling)
    pattern = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(s) for s in sorted(by_spelling, key=len, reverse=True))
        + r")(?![\w-])",
        re.I,
    )
    return pattern, by_spelling, frozenset(exact_case)


def link_glossary_terms(body_html: str, glossary: Glossary | None) -> str:
    """Link the first use of each glossary word, outside headings and links."""
    if glossary is None or not glossary.terms:
        return body_html
    pattern, by_spelling, exact_case = _term_matcher(glossary)
    linked: set[str] = set()
    blocked = 0
    out: list[str] = []
    for part in _TAG_SPLIT.split(body_html):
        if part.startswith("<"):
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", part)
            if name and name[1].lower() in _NO_LINK_TAGS:
                blocked += -1 if part.startswith("</") else 1
            out.append(part)
            continue
        if blocked > 0 or not part.strip():
            out.append(part)
            continue

        def _link(match: re.Match[str]) -> str:
            term_id = by_spelling[match[1].lower()]
            if match[1].upper() in exact_case and match[1] not in exact_case:
                return match[0]
            if term_id in linked:
                return match[0]
            linked.add(term_id)
            return f'<a class="term" href="glossary:{term_id}">{match[0]}</a>'

        out.append(pattern.sub(_link, part))
    return "".join(out)


def format_date(value: Any, language: str = "en") -> str:
    return content_words(language).dates.long(value)


def sources_html(page: Page) -> str:
    words = content_words(page.language).page
    items: list[str] = []
    for source in page.sources:
        text = f"{html.escape(source.title)}. {html.escape(source.publisher)}, {source.year}."
        if source.url:
            url = html.escape(source.url, quote=True)
            text += f' <a href="{url}">{html.escape(source.url)}</a>'
        ids = [
            f"{label} {html.escape(value)}"
            for label, value in (("DOI", source.doi), ("PMID", source.pmid))
            if value
        ]
        if ids:
            text += f" ({'; '.join(ids)})"
        # The anchor a source marker in the text scrolls to.
        items.append(f'<li><a name="source-{len(items) + 1}"></a>{text}</li>')
    checked = words["last_checked"].format(date=format_date(page.reviewed, page.language))
    return (
        f'<h2 class="sources">{html.escape(words["sources_heading"])}</h2>'
        f'<ol class="sources">{"".join(items)}</ol>'
        f'<p class="reviewed">{html.escape(checked)}</p>'
    )


_H2 = re.compile(r'<h2(?: id="(?P<id>[^"]+)")?>(?P<text>.*?)</h2>', re.S)
TOC_MIN_SECTIONS = 4


def _with_contents(body: str, on_this_page: str = "On this page") -> str:
    """Anchor every section and, on longer pages, list them after the opening text.

    The short summary a page opens with is read first; the list then shows where
    each question is answered.
    """
    sections: list[tuple[str, str]] = []

    def _anchor(match: re.Match[str]) -> str:
        text = match["text"]
        plain = re.sub(r"<[^>]+>", "", text)
        anchor = match["id"] or re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
        sections.append((anchor, plain))
        # QTextBrowser scrolls to <a name>, not to an id on the heading.
        return f'<h2 id="{anchor}"><a name="{anchor}"></a>{text}</h2>'

    body = _H2.sub(_anchor, body)
    if len(sections) < TOC_MIN_SECTIONS:
        return body
    items = "".join(f'<li><a href="#{a}">{t}</a></li>' for a, t in sections)
    title = html.escape(on_this_page)
    contents = f'<p class="toc-title"><b>{title}</b></p><ul class="toc">{items}</ul>'
    first = body.index("<h2")
    return body[:first] + contents + body[first:]


@lru_cache(maxsize=32)
def render_page(
    page: Page,
    glossary: Glossary | None = None,
    *,
    high_contrast: bool = False,
    icon_px: int = 20,
    figure_px: int = 600,
    expand: Callable[[str], str] | None = None,
    questions: QuestionNames | None = None,
    links: LinkTargets | None = None,
) -> str:
    """``expand`` turns region and reader tokens into the reader's words; without it every
    region's rule is shown, never one country's rule as if it were the reader's.
    ``links``, when given, turns any page or question link with no target into words."""
    words = content_words(page.language)
    body = figures_html(_linked_body(page, glossary, expand, questions, links), figure_px)
    styles = _named(HIGH_CONTRAST_CALLOUTS if high_contrast else CALLOUTS, words.callouts)
    body = _ADMONITION.sub(lambda m: _callout_table(m, styles, icon_px), body)
    # A page that opens with its own title as a question needs it only once.
    opening = re.match(
        r"\s*<h2[^>]*>" + re.escape(html.escape(page.title, quote=False)) + "</h2>", body
    )
    if opening:
        body = body[opening.end() :]
    status = review_status_html(page.clinical_review, page.written_by, words)
    status += translation_status_html(page, words)
    contents = _with_contents(body, words.page["on_this_page"])
    return f"<h1>{html.escape(page.title)}</h1>{status}{contents}{sources_html(page)}"


@lru_cache(maxsize=32)
def _linked_body(
    page: Page,
    glossary: Glossary | None,
    expand: Callable[[str], str] | None,
    questions: QuestionNames | None,
    links: LinkTargets | None,
) -> str:
    """The page's words as HTML with their links, before pictures and callouts: a new
    window width or theme changes only those, so the markdown is converted once."""
    words = content_words(page.language)
    body = name_question_links(
        markdown_to_html((expand or expand_for_everyone)(page.body)),
        questions,
        words.page["add_question"],
    )
    body = unlink_missing(body, links)
    body = link_glossary_terms(body, glossary)
    return link_markers(body)


def _named(styles: dict[str, Any], labels: dict[str, str]) -> dict[str, Any]:
    """The callout styles with their names in the page's language."""
    from dataclasses import replace

    return {
        kind: replace(style, label=labels.get(kind, style.label)) for kind, style in styles.items()
    }


def translation_status_html(page: Page, words: ContentWords) -> str:
    """A translated page says, plainly, when no medical translator has checked it yet,
    and when the English page has changed since it was translated."""
    record = page.translation
    if record is None:
        return ""
    from cartapp import paths
    from cartapp.model.translation import is_out_of_date

    notes = []
    if not record.reviewed_by_translator:
        notes.append(words.page["translation_not_reviewed"])
    if is_out_of_date(record, paths.content_root()):
        notes.append(words.page["translation_out_of_date"])
    return "".join(f'<p class="review-status">{html.escape(n)}</p>' for n in notes)


def expand_for_everyone(text: str) -> str:
    from cartapp.model.rules import expand

    return expand(text)


def plain_text(page: Page, expand: Callable[[str], str] | None = None) -> str:
    """The page body as a reader meets it, for reading-level checks."""
    body = markdown_to_html((expand or expand_for_everyone)(page.body))
    # A callout title reads as its own sentence.
    body = re.sub(r'<p class="admonition-title">(.*?)</p>', r"<p>\1.</p>", body, flags=re.S)
    body = strip_markers(body)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return re.sub(r"\s+", " ", text).strip()
