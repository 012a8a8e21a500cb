"""The glossary: plain-language definitions, linked from every page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from cartapp.model.errors import ContentError
from cartapp.model.pages import split_front_matter


@dataclass(frozen=True)
class Term:
    id: str
    word: str
    aliases: tuple[str, ...]
    definition: str

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.word, *self.aliases)


def slug(word: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", word.lower()).strip("-")


@dataclass(frozen=True)
class Glossary:
    title: str
    terms: tuple[Term, ...]

    def get(self, term_id: str) -> Term | None:
        return next((t for t in self.terms if t.id == term_id), None)


_ID = re.compile(r"^(.*?)\s*\{#([a-z0-9-]+)\}\s*$")


def _heading(line: str) -> tuple[str, str]:
    """ "Aféresis {#apheresis}" -> ("Aféresis", "apheresis"); a plain heading has no id."""
    found = _ID.match(line.strip())
    return (found[1], found[2]) if found else (line.strip(), "")


def parse_glossary(text: str, path: Path) -> Glossary:
    meta, body = split_front_matter(text, path)
    terms: list[Term] = []
    seen: set[str] = set()
    for block in re.split(r"^## +", body, flags=re.M)[1:]:
        lines = [line.strip() for line in block.strip().splitlines()]
        word, given_id = _heading(lines[0])
        rest = [line for line in lines[1:] if line]
        aliases: tuple[str, ...] = ()
        if rest and rest[0].lower().startswith("also:"):
            aliases = tuple(a.strip() for a in rest[0][5:].split(",") if a.strip())
            rest = rest[1:]
        if not rest:
            raise ContentError(path, f"the word '{word}' has no definition")
        # A translation keeps the English word's id, so both languages name one term.
        term_id = given_id or slug(word)
        if term_id in seen:
            raise ContentError(path, f"the word '{word}' is defined twice")
        seen.add(term_id)
        terms.append(Term(term_id, word, aliases, " ".join(rest)))
    if not terms:
        raise ContentError(path, "no words found (each starts with a '## ' heading)")
    return Glossary(title=str(meta.get("title", "Words to know")), terms=tuple(terms))


def load_glossary(path: Path) -> Glossary:
    from cartapp.model.guarded_read import read_content

    return parse_glossary(read_content(path), path)
