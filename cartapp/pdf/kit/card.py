"""The wallet card: two credit-card-size cards on one page, front and back side by side.

Each card is ISO/IEC 7810 ID-1 (85.6 x 54 mm), drawn at its true size, so it fits
a wallet's card slot once cut out and folded. The front and the back share the
fold line; the outer edge is a solid line with crop marks outside each corner.

Type size: never below 7.5 pt. At 7.5 pt Noto Sans has an x-height of 1.42 mm,
above the 1.4 mm floor that EU guidance on the readability of medicine labels
sets for small print, and well within what a 600 dpi office printer renders
cleanly. The text starts larger and steps down only as far as it must.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from cartapp.model.kit import WRITE_IN, KitError
from cartapp.pdf.fonts import BOLD, REGULAR
from cartapp.pdf.kit.common import BODY_SIZES, Context, KitStyles, kit_styles, largest_that_fits
from cartapp.pdf.styles import PRIMARY, TEXT
from cartapp.pdf.typed_text import TypedParagraph

CARD_W, CARD_H = 85.6 * mm, 54.0 * mm
PAD = 3.0 * mm
MIN_POINTS = 7.5
COPIES = 2
_MARK, _MARK_GAP = 4 * mm, 1.5 * mm


def _style(
    size: float, bold: bool = False, colour: Color = TEXT, space: float = 0.0
) -> ParagraphStyle:
    return ParagraphStyle(
        f"card{size}{bold}",
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        leading=size * 1.22,
        textColor=colour,
        spaceBefore=space,
    )


def _front(ctx: Context, size: float) -> list[TypedParagraph]:
    words = ctx.content.words("wallet_card")
    out = [
        TypedParagraph(
            ctx.fill(words.text("front_heading")),
            _style(size * 1.2, True, PRIMARY),
            align_start=True,
        ),
        TypedParagraph(ctx.fill(words.text("front_sub")), _style(size), align_start=True),
    ]
    for label, key in (
        ("label_name", "name"),
        ("label_product", "product"),
        ("label_infusion", "infusion_date"),
        ("label_center", "center"),
        ("label_phone", "urgent_phone"),
    ):
        bold_value = key == "urgent_phone"
        out.append(
            TypedParagraph(
                [
                    (f"{ctx.fill(words.text(label))}: ", BOLD),
                    (ctx.values[key] or WRITE_IN, BOLD if bold_value else REGULAR),
                ],
                _style(size, space=size * 0.3),
                align_start=True,
            )
        )
    return out


def _back(ctx: Context, size: float) -> list[TypedParagraph]:
    words = ctx.content.words("wallet_card")
    out = [
        TypedParagraph(
            ctx.fill(words.text("back_heading")),
            _style(size * 1.1, True, PRIMARY),
            align_start=True,
        )
    ]
    for risk in words.items("risks"):
        out.append(
            TypedParagraph(
                ctx.fill(risk), _style(size, space=size * 0.3), bullet="\u2022", align_start=True
            )
        )
        out[-1].style.leftIndent = size * 0.9
    out.append(
        TypedParagraph(
            ctx.fill(words.text("contact")), _style(size, True, space=size * 0.4), align_start=True
        )
    )
    out.append(
        TypedParagraph(
            ctx.fill(words.text("driving")), _style(size, space=size * 0.3), align_start=True
        )
    )
    out.append(
        TypedParagraph(
            ctx.content.card_notes[ctx.facts.region],
            _style(size, space=size * 0.3),
            align_start=True,
        )
    )
    return out


def _height(parts: list[TypedParagraph], width: float) -> float:
    return sum(p.wrap(width, CARD_H)[1] + p.getSpaceBefore() for p in parts)


def card_size(ctx: Context, start: float) -> float:
    """The largest size from ``start`` down to MIN_POINTS at which both sides fit."""
    inner_w, inner_h = CARD_W - 2 * PAD, CARD_H - 2 * PAD
    size = start
    while size >= MIN_POINTS - 1e-6:
        if all(_height(side(ctx, size), inner_w) <= inner_h for side in (_front, _back)):
            return size
        size -= 0.25
    raise KitError(
        "The wallet card has more text than fits at its smallest type; please "
        "shorten the name, the product or the centre's name."
    )


class CardPage(Flowable):
    """The cards, drawn centred on the page whatever the margins."""

    def __init__(self, ctx: Context, page_width: float, frame_left: float, size: float) -> None:
        super().__init__()
        self.ctx, self.page_width, self.frame_left, self.size = ctx, page_width, frame_left, size
        self.gap = 12 * mm
        self.origins: list[tuple[float, float]] = []  # each card pair's lower left, on the page

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, COPIES * CARD_H + (COPIES - 1) * self.gap + 2 * _MARK

    def draw(self) -> None:
        canvas = self.canv
        left = (self.page_width - 2 * CARD_W) / 2 - self.frame_left
        for copy in range(COPIES):
            bottom = _MARK + (COPIES - 1 - copy) * (CARD_H + self.gap)
            self._pair(canvas, left, bottom)

    def _pair(self, canvas: Canvas, x: float, y: float) -> None:
        canvas.saveState()
        canvas.setStrokeColor(TEXT)
        canvas.setLineWidth(0.5)
        canvas.rect(x, y, 2 * CARD_W, CARD_H)  # cut line
        canvas.setDash(3, 2)
        canvas.line(x + CARD_W, y, x + CARD_W, y + CARD_H)  # fold line
        canvas.line(x + CARD_W, y - _MARK - _MARK_GAP, x + CARD_W, y - _MARK_GAP)
        canvas.line(x + CARD_W, y + CARD_H + _MARK_GAP, x + CARD_W, y + CARD_H + _MARK + _MARK_GAP)
        canvas.setDash()
        for cx in (x, x + 2 * CARD_W):
            for cy in (y, y + CARD_H):
                dx = -1 if cx == x else 1
                dy = -1 if cy == y else 1
                canvas.line(cx + dx * _MARK_GAP, cy, cx + dx * (_MARK_GAP + _MARK), cy)
                canvas.line(cx, cy + dy * _MARK_GAP, cx, cy + dy * (_MARK_GAP + _MARK))
        canvas.restoreState()
        for offset, side in ((0.0, _front), (CARD_W, _back)):
            top = y + CARD_H - PAD
            for part in side(self.ctx, self.size):
                _w, h = part.wrap(CARD_W - 2 * PAD, CARD_H)
                top -= part.getSpaceBefore() + h
                part.drawOn(canvas, x + offset + PAD, top)


class ScaleBar(Flowable):
    """A 50 mm line with end ticks, to check the page printed at 100 %."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 50 * mm, 8 * mm

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(1)
        canvas.setStrokeColor(TEXT)
        canvas.line(0, 3 * mm, 50 * mm, 3 * mm)
        for x in (0, 50 * mm):
            canvas.line(x, 1.5 * mm, x, 4.5 * mm)
        canvas.setFont(REGULAR, 9)
        canvas.setFillColor(TEXT)
        canvas.drawString(52 * mm, 2.2 * mm, self.label)
        canvas.restoreState()


# The cards and their marks keep their size; the steps above them step down only as far
# as keeps the page one page (a long language at large print pushed the cards over).


def wallet_card(ctx: Context, page_width: float, frame_left: float) -> list[Flowable]:
    large_print = ctx.styles.body.fontSize > 12
    size = card_size(ctx, 10.5 if large_print else 9.5)
    return largest_that_fits(
        lambda body: _card_page(
            ctx, kit_styles(large_print, body=body), page_width, frame_left, size
        ),
        BODY_SIZES[large_print],
        ctx.width,
        ctx.height,
    )


def _card_page(
    ctx: Context, styles: KitStyles, page_width: float, frame_left: float, size: float
) -> list[Flowable]:
    words = ctx.content.words("wallet_card")
    story: list[Flowable] = [ctx.para(ctx.fill(words.text("page_heading")), styles.title)]
    story += [
        ctx.para(step, styles.body, bullet=f"{n}.")
        for n, step in enumerate(ctx.items("wallet_card", "steps"), start=1)
    ]
    for part in story[1:]:
        part.style = _indented(part.style, styles.body.fontSize * 1.4)
    story += [
        ScaleBar(ctx.fill(words.text("scale_label"))),
        CardPage(ctx, page_width, frame_left, size),
    ]
    if ctx.translation_note:  # under the cards, not on them: they are full
        story.append(ctx.para(ctx.translation_note, styles.small))
    return story


def _indented(style: ParagraphStyle, indent: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_indent", parent=style, leftIndent=indent)
