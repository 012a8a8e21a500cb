"""The kit's shared context on its own: the words it fills in and the line that says
who made a printout."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cartapp.model.kit import FamilyDetails, facts_for
from cartapp.model.kit_content import kit_content
from cartapp.pdf.kit.common import Context, kit_styles


@pytest.fixture
def ctx() -> Context:
    return Context(facts_for(FamilyDetails()), kit_content("en"), kit_styles(), 400, 600)


def test_a_value_given_for_one_line_fills_that_line(ctx):
    assert ctx.text("checklist", "rota_rule_other", days="123") == (
        "Rows for the first 123 days. Your center tells you how long."
    )


def test_a_reviewed_language_says_who_made_it_and_nothing_more(ctx):
    assert ctx.translation_note == ""
    assert ctx.made_by() == ctx.text("common", "made_by")
    ctx.translation_note = "(Not yet checked by a medical translator.)"
    assert ctx.made_by() == (
        ctx.text("common", "made_by") + " (Not yet checked by a medical translator.)"
    )


@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize("checks", [1, 3, 4, 6])
def test_the_log_keeps_room_for_notes_however_many_checks_a_day(checks, large_print):
    from reportlab.lib.pagesizes import LETTER, landscape
    from reportlab.lib.units import mm

    from cartapp.pdf.kit.log import _table
    from cartapp.pdf.styles import MARGIN

    width = landscape(LETTER)[0] - 2 * MARGIN
    facts = replace(facts_for(FamilyDetails()), checks_per_day=checks)
    ctx = Context(facts, kit_content("en"), kit_styles(large_print), width, 400)
    table = _table(ctx, large_print, ctx.content.words("log"))
    widths = table._colWidths
    assert sum(widths) == pytest.approx(width)
    assert widths[-1] >= 30 * mm - 0.01  # the notes column
    checks_w = widths[2 : 2 + checks]
    assert len(set(checks_w)) == 1 and checks_w[0] <= (26 if large_print else 24) * mm + 0.01
