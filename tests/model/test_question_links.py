"""Every "Add to my questions" link on every page says which question it adds."""

from __future__ import annotations

import pytest

from cartapp.model.library import PAGE_NAMES, ContentLibrary
from cartapp.model.page_html import render_page
from cartapp.model.question_bank import BankQuestion, Category, QuestionBank
from cartapp.model.question_links import (
    LINK_LABEL,
    name_question_links,
    names_question,
    question_links,
    question_names,
)

LIB = ContentLibrary("en")
NAMES = question_names(LIB.bank, LIB.timeline.question_labels)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_link_on_every_page_names_its_question(name):
    page = LIB.page(name)
    links = question_links(render_page(page, LIB.glossary, questions=NAMES))
    assert [qid for qid, _ in links] == page.question_ids()
    for qid, text in links:
        question = LIB.bank.get(qid)
        assert question is not None, qid
        label = LIB.timeline.question_labels.get(qid, "")
        assert names_question(text, question.text, label), (name, qid, text)
        assert text.startswith(LINK_LABEL)


def test_some_page_links_needed_a_name():
    # The pages do write bare "Add to my questions" links; rendering names them.
    bare = [
        qid
        for name in PAGE_NAMES
        for qid, text in question_links(render_page(LIB.page(name), LIB.glossary))
        if text == LINK_LABEL
    ]
    assert bare


BANK = QuestionBank(
    (Category("a", "A"),),
    (
        BankQuestion("a.one", "Can my child's <team> & we talk?", "a"),
        BankQuestion("a.two", "Who do we call, day or night, if we are worried?", "a"),
    ),
)


@pytest.mark.parametrize(
    "link, kept",
    [
        ("Add to my questions", False),
        ("Add to my questions: who do we call, day or night, if we are worried", True),
        ("Add to my questions: WHO DO WE CALL, DAY OR NIGHT?", True),  # the short label
        ("Ask who to call", False),
    ],
)
def test_a_link_keeps_its_words_only_when_they_hold_the_question(link, kept):
    names = question_names(BANK, {"a.two": "Who do we call, day or night?"})
    html = f'<p><a href="question:a.two">{link}</a></p>'
    out = name_question_links(html, names)
    assert (out == html) is kept
    ((_, text),) = question_links(out)
    assert names_question(text, BANK.get("a.two").text, "Who do we call, day or night?")


def test_the_question_text_is_escaped_and_unknown_ids_are_left_alone():
    names = question_names(BANK)
    html = (
        '<a href="question:a.one">Add to my questions</a>'
        '<a href="question:nope">Add to my questions</a>'
    )
    out = name_question_links(html, names)
    assert "&lt;team&gt; &amp;" in out
    assert question_links(out) == [
        ("a.one", "Add to my questions: Can my child's <team> & we talk?"),
        ("nope", "Add to my questions"),
    ]
    assert name_question_links(html, None) == html


def test_names_are_hashable_so_pages_stay_cached():
    assert hash(NAMES) == hash(question_names(LIB.bank, LIB.timeline.question_labels))
