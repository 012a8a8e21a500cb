"""A content page's body as printable flowables, for the clinicians' review pack.

The page's Markdown is turned into HTML by the same converter the app uses,
then walked here: headings, paragraphs, lists, tables, callouts as labelled
boxes and figures as "[Picture: ...]", so a reviewer reads what a family reads.
Every piece of text is escaped again before ReportLab sees it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cartapp.model.callout_styles import CALLOUTS
from cartapp.model.page_html import markdown_to_html
from cartapp.model.page_syntax import CALLOUT_LABELS
from cartapp.pdf.fonts import BOLD, ITALIC, REGULAR
from cartapp.pdf.styles import BORDER, SheetStyles

_VOID = {"img", "br", "hr", "input", "meta"}
_BLOCKS = {"h1", "h2", "h3", "h4", "p", "ul", "ol", "table", "div", "blockquote", "pre", "hr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self._stack[-1].children.append(node)
        if tag not in _VOID:
            self._stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def parse_html(markup: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    return builder.root


def picture_text(alt: str) -> str:
    return f"[Picture: {alt}]"


def inline(node: Node) -> str:
    """ReportLab paragraph markup for a node's inline content; all text escaped."""
    out = []
    for child in node.children:
        if isinstance(child, str):
            out.append(escape(child))
            continue
        inner = inline(child)
        tag = child.tag
        if tag in ("strong", "b"):
            out.append(f"<b>{inner}</b>")
        elif tag in ("em", "i"):
            out.append(f"<i>{inner}</i>")
        elif tag == "img":
            out.append(f"<i>{escape(picture_text(child.attrs.get('alt', '')))}</i>")
        elif tag == "br":
            out.append("<br/>")
        elif tag == "a":
            href = child.attrs.get("href", "")
            out.append(inner)
            if href.startswith(("http://", "https://")):
                out.append(f" ({escape(href)})")
            elif href.startswith("question:"):
                out.append(f" (adds question {escape(href[len('question:') :])})")
            elif href.startswith("page:"):
                out.append(f" (links to the page {escape(href[len('page:') :])})")
        elif tag in _BLOCKS or tag in ("ul", "ol", "li"):
            continue  # nested blocks are laid out by ``blocks``
        else:
            out.append(inner)
    return "".join(out).strip()


class BodyWriter:
    """Lays out one page's HTML for a frame ``width`` points wide."""

    def __init__(self, styles: SheetStyles, width: float) -> None:
        self.s = styles
        self.width = width
        self.h3 = ParagraphStyle(
            "h3",
            parent=styles.heading,
            fontSize=styles.body.fontSize + 1,
            leading=(styles.body.fontSize + 1) * 1.3,
            spaceBefore=8,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=styles.heading,
            fontSize=styles.body.fontSize + 3,
            leading=(styles.body.fontSize + 3) * 1.3,
        )
        self.label = ParagraphStyle("callout_label", parent=styles.body, fontName=BOLD)
        self.picture = ParagraphStyle("picture", parent=styles.body, fontName=ITALIC)

    def page_body(self, markdown_text: str) -> list[Flowable]:
        return self.blocks(parse_html(markdown_to_html(markdown_text)), self.width)

    def blocks(self, node: Node, width: float, indent: float = 0) -> list[Flowable]:
        flow: list[Flowable] = []
        loose: list[str | Node] = []  # inline content outside any paragraph (inside li)

        def flush() -> None:
            text = inline(Node("span", children=list(loose)))
            loose.clear()
            if text:
                flow.append(Paragraph(text, self._indented(self.s.body, indent)))

        for child in node.children:
            if isinstance(child, str) or child.tag not in _BLOCKS:
                loose.append(child)
                continue
            flush()
            flow.extend(self.block(child, width, indent))
        flush()
        return flow

    def block(self, node: Node, width: float, indent: float) -> list[Flowable]:
        tag = node.tag
        if tag in ("h1", "h2"):
            return [Paragraph(inline(node), self.h2)]
        if tag in ("h3", "h4"):
            return [Paragraph(inline(node), self.h3)]
        if tag == "p":
            text = inline(node)
            style = self.picture if _only_picture(node) else self.s.body
            return [Paragraph(text, self._indented(style, indent))] if text else []
        if tag in ("ul", "ol"):
            return self.list_items(node, width, indent, ordered=tag == "ol")
        if tag == "table":
            return [self.table(node, width - indent)]
        if tag == "div" and "admonition" in node.attrs.get("class", ""):
            return [self.callout(node, width - indent)]
        if tag == "hr":
            return [Spacer(1, self.s.space)]
        return self.blocks(node, width, indent + 12)

    def list_items(self, node: Node, width: float, indent: float, ordered: bool) -> Any:
        flow: list[Flowable] = []
        items = [c for c in node.children if isinstance(c, Node) and c.tag == "li"]
        for number, item in enumerate(items, start=1):
            bullet = f"{number}." if ordered else "\u2022"
            parts = self.blocks(item, width, indent + 16)
            if parts and isinstance(parts[0], Paragraph):
                first = parts[0]
                parts[0] = Paragraph(first.text, first.style, bulletText=bullet)
            flow.extend(parts)
        return flow

    def table(self, node: Node, width: float) -> Table:
        rows = []
        for row in _find_all(node, "tr"):
            cells = [c for c in row.children if isinstance(c, Node) and c.tag in ("td", "th")]
            rows.append(
                [
                    Paragraph(
                        inline(c), self.s.table_head if c.tag == "th" else _cell_style(self.s)
                    )
                    for c in cells
                ]
            )
        columns = max((len(r) for r in rows), default=1)
        for r in rows:
            r.extend([""] * (columns - len(r)))
        table = Table(rows or [[""]], colWidths=[width / columns] * columns, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, BORDER),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), HexColor("#F4F7F9")),
                ]
            )
        )
        return table

    def callout(self, node: Node, width: float) -> Table:
        kind = node.attrs.get("class", "").split()[-1]
        style = CALLOUTS.get(kind, CALLOUTS["note"])
        label = CALLOUT_LABELS.get(kind, kind)
        children = list(node.children)
        title = ""
        for child in children:
            if isinstance(child, Node) and "admonition-title" in child.attrs.get("class", ""):
                title = inline(child)
                children.remove(child)
                break
        small = self.s.body.fontSize - 2
        heading = f'{escape(label)} <font size="{small:g}">(box: {escape(kind)})</font>'
        content: list[Flowable] = [
            Paragraph(
                heading,
                ParagraphStyle(
                    "box_label", parent=self.label, textColor=HexColor(style.title_colour)
                ),
            )
        ]
        if title and title.rstrip(".:").lower() != label.lower():
            content.append(Paragraph(f"<b>{title}</b>", self.s.body))
        content += self.blocks(Node("div", children=children), width - 16)
        dashes = (4, 3) if style.border_style == "dashed" else None
        box = Table([[content]], colWidths=[width])
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.4, HexColor(style.border), None, dashes),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        box.spaceBefore = box.spaceAfter = self.s.space
        return box

    @staticmethod
    def _indented(style: ParagraphStyle, indent: float) -> ParagraphStyle:
        if not indent:
            return style
        return ParagraphStyle(
            f"{style.name}_{indent:g}",
            parent=style,
            leftIndent=indent,
            bulletIndent=max(0, indent - 12),
        )


def _only_picture(node: Node) -> bool:
    parts = [c for c in node.children if not (isinstance(c, str) and not c.strip())]
    return len(parts) == 1 and isinstance(parts[0], Node) and parts[0].tag == "img"


def _find_all(node: Node, tag: str) -> list[Node]:
    found = []
    for child in node.children:
        if isinstance(child, Node):
            if child.tag == tag:
                found.append(child)
            else:
                found.extend(_find_all(child, tag))
    return found


def _cell_style(styles: SheetStyles) -> ParagraphStyle:
    return ParagraphStyle("cell", parent=styles.table_head, fontName=styles.body.fontName)
