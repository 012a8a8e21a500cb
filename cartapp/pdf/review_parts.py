"""The review pack's parts: cover, pages with their sources and sign-off boxes,
glossary, rules, questions, steps and scenes, as ReportLab flowables."""

import datetime
from collections.abc import Callable, Iterable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cartapp import APP_NAME
from cartapp.model.library import ContentLibrary
from cartapp.model.page_marks import NOT_REVIEWED
from cartapp.model.pages import Page, Source
from cartapp.pdf.fonts import REGULAR
from cartapp.pdf.review_body import BodyWriter
from cartapp.pdf.review_sections import Bookmark, Sections
from cartapp.pdf.styles import BORDER, sheet_styles

TITLE = "Content review pack"


class ReviewParts:
    """The pack's sections, each built from the library as flowables."""

    def __init__(
        self,
        library: ContentLibrary,
        pages: list[Page],
        expand: Callable[[str], str],
        rule_rows: list[Any],
        paper: str,
    ) -> None:
        self.library, self.pages, self.expand = library, pages, expand
        self.rule_rows, self.paper = rule_rows, paper
        self.s = sheet_styles()
        # Bullets and list numbers default to Helvetica, which is not embedded.
        for style in vars(self.s).values():
            if isinstance(style, ParagraphStyle):
                style.bulletFontName = REGULAR

    def story(self, width: float, made_on: datetime.date, content_date: str) -> list[Flowable]:
        s = self.s
        sec = Sections(s)
        story: list[Flowable] = self.cover(made_on, content_date)
        writer = BodyWriter(s, width)
        for page in self.pages:
            story += [PageBreak(), *sec.heading(page.title)]
            story += self.page_facts(page)
            story += writer.page_body(self.expand(page.body))
            story += sec.sub("Sources of this page") + sources(page.sources, s)
            story += [Spacer(1, s.space * 2), sign_off_box(page.title, width, s)]
        story += [PageBreak(), *sec.heading("Region rules")]
        story += self.rules_table(width)
        story += [PageBreak(), *sec.heading("Words to know (glossary)")]
        for term in self.library.glossary.terms:
            also = (
                f" <font color='#52606D'>(also: {escape(', '.join(term.aliases))})</font>"
                if term.aliases
                else ""
            )
            story += [
                Paragraph(f"<b>{escape(term.word)}</b>{also}", s.detail_label),
                Paragraph(escape(self.expand(term.definition)), s.body),
            ]
        story += self.questions(sec)
        story += self.steps(sec)
        story += self.scenes(sec)
        from cartapp.pdf.review_kit import kit_section

        story += [
            PageBreak(),
            *kit_section(sec, s, width, self.expand, self.library.language, sources, sign_off_box),
        ]
        return story

    def cover(self, made_on: datetime.date, content_date: str) -> list[Flowable]:
        s = self.s
        reviewed = [p.title for p in self.pages if p.clinical_review]
        lines = [
            f"This pack holds every page, glossary word, question (with its \u201cwhy\u201d), "
            f"treatment step, animation caption and home safety kit printable of {APP_NAME}, "
            "exactly as the app shows "
            "them in English, with each page's numbered sources and their full addresses.",
            f"Content date: {content_date} (the newest \u201clast checked\u201d date of "
            f"the pages). Made on {made_on.isoformat()}.",
            "How to review: read each section, check each numbered marker such as [3] against "
            "the source with that number at the end of the page, write corrections in the "
            "margin or the comments lines, and complete the sign-off box under each page.",
            "Rules that differ by region (staying near the centre, driving, the emergency "
            "number, the fever threshold) are shown for every region, as a family that "
            "chose \u201cOther / not sure\u201d sees them; the table is in the region rules "
            "section.",
            "No clinical review is recorded for a page unless its section says "
            "\u201cReviewed by \u2026\u201d. Signing this pack does not change the app: the "
            "review is recorded by adding it to the page's file.",
        ]
        status = f"Pages with a recorded clinical review: {len(reviewed)} of {len(self.pages)}."
        return [
            Bookmark("Cover", 0),
            Spacer(1, 40),
            Paragraph(escape(APP_NAME), s.heading),
            Paragraph(TITLE, s.title),
            Spacer(1, s.space * 2),
            *[Paragraph(escape(t), s.body) for t in lines],
            Spacer(1, s.space),
            Paragraph(f"<b>{escape(status)}</b>", s.body),
        ]

    def page_facts(self, page: Page) -> list[Flowable]:
        s = self.s
        review = page.clinical_review
        status = (
            NOT_REVIEWED
            if review is None
            else (
                f"Reviewed by {review.role}, {review.organisation}, on {review.date.isoformat()}."
            )
        )
        rows = [
            ("Summary", page.summary),
            ("Last checked against sources", page.reviewed.isoformat()),
            ("Clinical review", status),
            ("File", f"content/{self.library.language}/{page.name}.md"),
        ]
        return [Paragraph(f"<b>{escape(k)}:</b> {escape(v)}", s.small) for k, v in rows] + [
            Spacer(1, s.space)
        ]

    def rules_table(self, width: float) -> list[Flowable]:
        s = self.s
        if not self.rule_rows:
            return [
                Paragraph(
                    "The region rules table is not available in this build; "
                    "pages show each rule by its name, like [region rule: "
                    "no_driving].",
                    s.body,
                )
            ]
        cell = ParagraphStyle("rule_cell", parent=s.small, textColor=s.body.textColor)
        head = ["Rule", "Region", "What the app says", "Sources"]
        data = [[Paragraph(f"<b>{h}</b>", cell) for h in head]]
        for title, region, text, titles in self.rule_rows:
            data.append(
                [
                    Paragraph(escape(str(v)), cell)
                    for v in (title, region, text, "; ".join(map(str, titles)))
                ]
            )
        table = Table(data, colWidths=[w * width for w in (0.18, 0.14, 0.43, 0.25)], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, BORDER),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return [table]

    def questions(self, sec: Sections) -> list[Flowable]:
        s, bank = self.s, self.library.bank
        story: list[Flowable] = [PageBreak(), *sec.heading("Questions for the care team")]
        for category in bank.categories:
            story += sec.sub(category.title)
            for q in bank.in_category(category.id):
                teen = " (a teen's own question)" if getattr(q, "for_teens", False) else ""
                lines = [
                    Paragraph(f"<font color='#52606D'>{escape(q.id)}</font>{teen}", s.small),
                    Paragraph(escape(self.expand(q.text)), s.detail_label),
                ]
                if q.why:
                    lines.append(Paragraph(f"<i>Why:</i> {escape(self.expand(q.why))}", s.body))
                story.append(KeepTogether(lines))
        return story

    def steps(self, sec: Sections) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [PageBreak(), *sec.heading("Treatment steps (timeline)")]
        for step in self.library.timeline:
            story += sec.sub(step.title)
            # {days} is filled from the clinic's or family's days in the app.
            when = step.when.replace("{days}", "[the centre's number of]")
            fields = [
                ("When", when),
                ("What", step.what),
                ("How long", step.duration),
                ("Where", step.where),
                ("Who", step.who),
                ("Bring", "; ".join(step.bring)),
                ("Changed in 2025", step.changed_2025),
            ]
            story += [
                Paragraph(f"<b>{k}:</b> {escape(self.expand(v))}", s.body) for k, v in fields if v
            ]
            if step.sources:
                story += [Paragraph("<b>Sources:</b>", s.body), *sources(step.sources, s)]
        return story

    def scenes(self, sec: Sections) -> list[Flowable]:
        s, story_file = self.s, self.library.story
        story: list[Flowable] = [PageBreak(), *sec.heading("How it works (animation)")]
        story.append(Paragraph(escape(story_file.intro), s.body))
        for scene in story_file.scenes:
            story += sec.sub(scene.title)
            story += [
                Paragraph(f"<b>Caption:</b> {escape(scene.caption)}", s.body),
                Paragraph(f"<b>Description:</b> {escape(scene.description)}", s.body),
            ]
        story += sec.sub("Sources of the animation") + sources(story_file.sources, s)
        return story


def sources(items: Iterable[Source], s: Any) -> list[Flowable]:
    """Numbered, with every address written out so a reviewer can type it."""
    flow = []
    for number, source in enumerate(items, start=1):
        parts = [source.title]
        publisher = getattr(source, "publisher", "")
        year = getattr(source, "year", None)
        if publisher or year:
            parts.append(", ".join(str(p) for p in (publisher, year) if p))
        text = ". ".join(escape(p) for p in parts) + "."
        if isinstance(source, Source):
            ids = [f"{k} {escape(v)}" for k, v in (("DOI", source.doi), ("PMID", source.pmid)) if v]
            text += f" {'; '.join(ids)}." if ids else ""
        url = getattr(source, "url", "")
        text += (
            f" <font color='#0B5C73'>{escape(url)}</font>" if url else " <b>No address given.</b>"
        )
        flow.append(Paragraph(text, s.small, bulletText=f"[{number}]"))
    return flow


def sign_off_box(title: str, width: float, s: Any) -> Flowable:
    cell = ParagraphStyle("sign", parent=s.small, textColor=s.body.textColor)
    label = [Paragraph(f"<b>Sign-off: {escape(title)}</b>", cell), ""]
    rows = [label] + [
        [Paragraph(k, cell), ""] for k in ("Reviewer", "Role", "Date", "Signature", "Comments")
    ]
    heights = [None, 26, 26, 26, 30, 96]
    table = Table(rows, colWidths=[0.22 * width, 0.78 * width], rowHeights=heights)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, BORDER),
                ("INNERGRID", (0, 1), (-1, -1), 0.6, BORDER),
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ]
        )
    )
    return KeepTogether([table])
