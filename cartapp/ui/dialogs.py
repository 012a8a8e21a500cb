"""About and "Sources and review dates": plain dialogs from the Help menu."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from cartapp import APP_NAME, __version__
from cartapp.model.errors import ContentError
from cartapp.model.library import PAGE_NAMES, ContentLibrary
from cartapp.model.page_html import format_date


def _text_dialog(parent: QWidget, title: str, body_html: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    view = QTextBrowser()
    view.setOpenLinks(False)
    view.setHtml(body_html)
    view.setAccessibleName(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(760, 560)
    return dialog


def _clinic_html(clinic) -> str:
    if clinic is None or not any((clinic.name, clinic.phone, clinic.urgent_phone)):
        return ""
    lines = [f"<b>{html.escape(clinic.name)}</b>"] if clinic.name else []
    if clinic.phone:
        lines.append(f"Phone: {html.escape(clinic.phone)}")
    if clinic.urgent_phone:
        lines.append(f"After hours or urgent: {html.escape(clinic.urgent_phone)}")
    if clinic.website:
        lines.append(html.escape(clinic.website))
    return "<h3>Contact your care team</h3><p>" + "<br/>".join(lines) + "</p>"


def about_html(library: ContentLibrary, clinic=None) -> str:
    return (
        f"<h2>{APP_NAME} {html.escape(__version__)}</h2>"
        "<p>A plain-language guide to CAR T-cell therapy for children, teens and young "
        "adults and their families. It works without the internet and sends nothing "
        "anywhere.</p>"
        "<p>The information comes from published sources listed on every page. It has not "
        "been reviewed by a clinician for your child. Your care team knows your child and "
        "makes the decisions.</p>"
        f"<p>Content language: {html.escape(library.language)}.</p>"
        "<p>Type: Noto Sans, SIL Open Font License 1.1. Icons: Lucide, ISC License.</p>"
        + _clinic_html(clinic)
    )


def sources_html(library: ContentLibrary) -> str:
    parts = ["<h2>Sources and review dates</h2>"]
    for name in PAGE_NAMES:
        try:
            page = library.page(name)
        except ContentError as exc:
            parts.append(f"<p>{html.escape(str(exc))}</p>")
            continue
        parts.append(
            f"<h3>{html.escape(page.title)}</h3>"
            f"<p>Last checked: {format_date(page.reviewed)}</p><ol>"
        )
        for source in page.sources:
            parts.append(
                f"<li>{html.escape(source.title)}. {html.escape(source.publisher)}, "
                f"{source.year}. {html.escape(source.url)}</li>"
            )
        parts.append("</ol>")
    parts.extend(_other_sources(library))
    return "".join(parts)


def _source_line(source) -> str:
    publisher = getattr(source, "publisher", "")
    bits = [html.escape(source.title)]
    if publisher:
        bits.append(html.escape(publisher))
    if getattr(source, "year", None):
        bits.append(str(source.year))
    return f"<li>{'. '.join(bits)}. {html.escape(source.url)}</li>"


def _other_sources(library: ContentLibrary) -> list[str]:
    """The treatment steps' and the animation's sources, each listed once."""
    parts: list[str] = []
    for title, load in (
        ("Treatment steps", lambda: library.timeline),
        ("How it works", lambda: library.story),
    ):
        try:
            content = load()
        except ContentError as exc:
            parts.append(f"<p>{html.escape(str(exc))}</p>")
            continue
        sources = getattr(content, "sources", None)
        if sources is None:  # the steps carry their sources one by one
            sources = [src for step in content for src in step.sources]
        unique = list({(s.title, s.url): s for s in sources}.values())
        reviewed = getattr(content, "reviewed", None)
        when = (
            format_date(reviewed) if hasattr(reviewed, "year") else html.escape(str(reviewed or ""))
        )
        parts.append(
            f"<h3>{title}</h3>"
            + (f"<p>Last checked: {when}</p>" if when else "")
            + "<ol>"
            + "".join(_source_line(s) for s in unique)
            + "</ol>"
        )
    return parts


def glossary_html(library: ContentLibrary) -> str:
    glossary = library.glossary
    items = "".join(
        f"<p><b>{html.escape(term.word)}</b>: {html.escape(term.definition)}</p>"
        for term in sorted(glossary.terms, key=lambda t: t.word.casefold())
    )
    return f"<h2>{html.escape(glossary.title)}</h2>{items}"


def show_glossary(parent: QWidget, library: ContentLibrary) -> None:
    try:
        body = glossary_html(library)
    except ContentError as exc:
        body = f"<p>{html.escape(str(exc))}</p>"
    _text_dialog(parent, library_glossary_title(library), body).exec()


def library_glossary_title(library: ContentLibrary) -> str:
    try:
        return library.glossary.title
    except ContentError:
        return "Words to know"


def show_about(parent: QWidget, library: ContentLibrary, clinic=None) -> None:
    _text_dialog(parent, f"About {APP_NAME}", about_html(library, clinic)).exec()


def show_sources(parent: QWidget, library: ContentLibrary) -> None:
    _text_dialog(parent, "Sources and review dates", sources_html(library)).exec()
