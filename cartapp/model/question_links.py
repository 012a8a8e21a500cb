""" "Add to my questions" links that say which question they add.

A page may write a link as just "Add to my questions"; read aloud out of context,
or scanned by eye, that does not say what lands on the family's list. When a link's
own words do not hold the question (or the timeline's short label for it), the
rendered link becomes "Add to my questions: <the question>".
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

from cartapp.model.question_bank import QuestionBank, fold

LINK_LABEL = "Add to my questions"
_LINK = re.compile(r'<a href="question:(?P<id>[A-Za-z0-9_.-]+)">(?P<text>.*?)</a>', re.S)


@dataclass(frozen=True)
class QuestionNames:
    """Each bank question's words: (id, full text, short label). Hashable, so a
    rendered page can be cached with it."""

    entries: tuple[tuple[str, str, str], ...]

    def words(self, question_id: str) -> tuple[str, str] | None:
        for qid, text, label in self.entries:
            if qid == question_id:
                return text, label
        return None


def question_names(bank: QuestionBank, labels: Mapping[str, str] | None = None) -> QuestionNames:
    labels = labels or {}
    return QuestionNames(tuple((q.id, q.text, labels.get(q.id, "")) for q in bank.questions))


def _comparable(text: str) -> str:
    plain = html.unescape(re.sub(r"<[^>]+>", "", text))
    plain = plain.replace("\u2019", "'")
    return " ".join(fold(plain).strip(" ?.!:").split())


def names_question(link_text: str, question_text: str, short_label: str = "") -> bool:
    """Whether a link's words hold the question's text or its short label."""
    said = _comparable(link_text)
    return any(
        words and words in said for words in (_comparable(question_text), _comparable(short_label))
    )


def name_question_links(
    body_html: str, names: QuestionNames | None, template: str = LINK_LABEL + ": {question}"
) -> str:
    """Give every "Add to my questions" link that does not say its question the
    question's own words. A link to an id the bank does not have is left alone."""
    if names is None:
        return body_html

    def _name(match: re.Match[str]) -> str:
        found = names.words(match["id"])
        if found is None or names_question(match["text"], *found):
            return match[0]
        text = html.escape(template.format(question=found[0]), quote=False)
        return f'<a href="question:{match["id"]}">{text}</a>'

    return _LINK.sub(_name, body_html)


def question_links(body_html: str) -> list[tuple[str, str]]:
    """(id, plain link text) of every question link in rendered HTML, in order."""
    return [
        (m["id"], html.unescape(re.sub(r"<[^>]+>", "", m["text"])))
        for m in _LINK.finditer(body_html)
    ]
