"""How a page reads on screen: its style sheet and its line height."""

from __future__ import annotations

from PySide6.QtGui import QPalette, QTextBlockFormat, QTextCursor, QTextDocument

LINE_HEIGHT_PERCENT = 150


def page_css(pal: QPalette, px: int) -> str:
    """The page's style at a body size of ``px``, in the theme's colours."""
    link = pal.color(pal.ColorRole.Link).name()
    text = pal.color(pal.ColorRole.Text).name()
    muted = pal.color(pal.ColorRole.PlaceholderText).name()
    return (
        f"body {{ color: {text}; }}"
        f"h1 {{ font-size: {round(px * 1.75)}px; color: {link}; margin-bottom: {px}px; }}"
        f"h2 {{ font-size: {round(px * 1.35)}px; color: {link};"
        f" margin-top: {round(px * 1.8)}px; margin-bottom: {px // 2}px; }}"
        f"h3 {{ font-size: {round(px * 1.15)}px; margin-top: {px}px; }}"
        f"p, li {{ margin-bottom: {px // 2}px; }}"
        f"a {{ color: {link}; text-decoration: underline; }}"
        f"a.term {{ color: {link}; text-decoration: underline; }}"
        f"ol.sources li, p.reviewed {{ color: {muted}; font-size: {round(px * 0.9)}px; }}"
        f"p.review-status {{ color: {muted}; font-size: {round(px * 0.9)}px; }}"
        f"p.figure-caption {{ color: {muted}; font-size: {round(px * 0.9)}px;"
        f" margin-bottom: {px}px; }}"
    )


def apply_line_height(doc: QTextDocument) -> None:
    """Lines at 150 %, for reading; a picture's line at its own height."""
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    fmt = QTextBlockFormat()
    fmt.setLineHeight(
        LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )
    cursor.mergeBlockFormat(fmt)
    # A picture's line is as tall as the picture: 150 % of it would leave a
    # large gap between the picture and its caption.
    block = doc.begin()
    while block.isValid():
        if block.text() == "\ufffc":
            single = QTextBlockFormat()
            single.setLineHeight(100, QTextBlockFormat.LineHeightTypes.SingleHeight.value)
            QTextCursor(block).mergeBlockFormat(single)
        block = block.next()
