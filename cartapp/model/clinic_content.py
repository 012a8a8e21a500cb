"""The clinic's own words: an "Our center" page and its own questions.

They live in a ``clinic/`` folder beside the clinic file:

    clinic/center.md          the page (same Markdown and front matter as the app's;
    clinic/center.es.md       [[sources]] may be left out: the center is the source)
    clinic/questions.toml     the center's questions ([[questions]] id, text, why)
    clinic/parking.png        pictures the page shows with ![words](parking.png)

Each item is checked on its own. A broken one is reported by file (and line where
the file has one) and left out; everything else still shows.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

from cartapp.model.errors import ContentError
from cartapp.model.pages import Page, Source
from cartapp.model.question_bank import BankQuestion, Category

FOLDER_NAME = "clinic"
PAGE_NAME = "center"
CATEGORY_ID = "clinic"
MAX_PAGE_BYTES = 512 * 1024
MAX_QUESTIONS_BYTES = 256 * 1024
MAX_PICTURE_BYTES = 8 * 1024 * 1024
MAX_QUESTIONS = 60
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
PICTURE_SCHEME = "clinic-picture"
_PICTURE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)\)")
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,40}")


@dataclass
class ClinicContent:
    folder: Path | None = None
    pages: dict[str, Page] = field(default_factory=dict)  # language -> page
    category: Category | None = None
    questions: tuple[BankQuestion, ...] = ()
    problems: list[str] = field(default_factory=list)

    def page(self, language: str) -> Page | None:
        """The page in ``language``, else in the clinic's first language."""
        return (
            self.pages.get(language)
            or self.pages.get("en")
            or next(iter(self.pages.values()), None)
        )

    def picture(self, name: str) -> Path | None:
        """A picture the page may show: a plain name in the folder, nothing else."""
        if self.folder is None or "/" in name or "\\" in name or name.startswith("."):
            return None
        path = self.folder / name
        return path if path.suffix.lower() in PICTURE_SUFFIXES and path.is_file() else None


def clinic_folder_for(config_files: list[Path] | tuple[Path, ...]) -> Path | None:
    """The ``clinic/`` folder beside the most specific clinic file that has one."""
    for path in reversed(list(config_files)):
        folder = Path(path).parent / FOLDER_NAME
        if folder.is_dir():
            return folder
    return None


def load_clinic_content(
    folder: Path | None,
    *,
    clinic_name: str = "",
    taken_ids: set[str] | frozenset[str] = frozenset(),
) -> ClinicContent:
    content = ClinicContent(folder=folder)
    if folder is None:
        return content
    for path in sorted(folder.glob(f"{PAGE_NAME}*.md")):
        language = _language_of(path)
        if language is None:
            content.problems.append(
                f"{path}: name the page center.md, or center.LANG.md (like center.es.md)"
            )
            continue
        try:
            content.pages[language] = _load_page(path, clinic_name, content)
        except ContentError as exc:
            content.problems.append(f"{exc} — the page is left out")
    questions = folder / "questions.toml"
    if questions.exists():
        try:
            content.category, content.questions = _load_questions(
                questions, taken_ids, content.problems
            )
        except ContentError as exc:
            content.problems.append(f"{exc} — the center's questions are left out")
    return content


def _language_of(path: Path) -> str | None:
    parts = path.name.split(".")
    if parts == [PAGE_NAME, "md"]:
        return "en"
    if len(parts) == 3 and parts[0] == PAGE_NAME and re.fullmatch(r"[a-z]{2,3}", parts[1]):
        return parts[1]
    return None


def _load_page(path: Path, clinic_name: str, content: ClinicContent) -> Page:
    from cartapp.model.guarded_read import read_content
    from cartapp.model.page_syntax import check_body, parse_clinical_review
    from cartapp.model.pages import (
        _require_str,
        check_reviewed_and_body,
        parse_sources,
        split_front_matter,
    )
    from cartapp.model.rules import check_tokens

    text = read_content(path, max_bytes=MAX_PAGE_BYTES)
    meta, body = split_front_matter(text, path)
    reviewed = check_reviewed_and_body(meta, body, path)
    if "sources" in meta:
        sources = parse_sources(meta, path)
    else:
        sources = (
            Source(
                title="Written by the center for its families",
                publisher=clinic_name or "The center",
                year=reviewed.year,
            ),
        )
    check_tokens(body, path)
    check_body(body, len(sources), path)
    body = _pictures(body, path, content, text[: text.rindex(body)].count("\n"))
    return Page(
        name=PAGE_NAME,
        title=_require_str(meta, "title", path),
        summary=_require_str(meta, "summary", path),
        reviewed=reviewed,
        sources=sources,
        body=body.strip() + "\n",
        clinical_review=parse_clinical_review(meta, path),
        written_by=clinic_name or "your center",
    )


def _pictures(body: str, path: Path, content: ClinicContent, first_line: int) -> str:
    """Point each picture at the clinic folder; a missing or unusable one becomes its
    words in italics, and is reported."""

    def _one(match: re.Match[str]) -> str:
        alt, src = match["alt"].strip(), match["src"]
        line = first_line + body.count("\n", 0, match.start()) + 1
        picture = content.picture(src)
        problem = ""
        if picture is None:
            problem = (
                f"the picture '{src}' is not in the clinic folder (or is not a PNG, "
                "JPEG or SVG file)"
            )
        elif picture.stat().st_size > MAX_PICTURE_BYTES:
            problem = f"the picture '{src}' is larger than 8 MB"
        elif not alt:
            problem = f"the picture '{src}' needs words that say what it shows: ![words]({src})"
        if problem:
            content.problems.append(f"{path}, line {line}: {problem} — it is left out")
            return f"*{alt}*" if alt else ""
        return f"![{alt}]({PICTURE_SCHEME}:{src})"

    return _PICTURE.sub(_one, body)


def _load_questions(
    path: Path, taken_ids: AbstractSet[str], problems: list[str]
) -> tuple[Category, tuple[BankQuestion, ...]]:
    from cartapp.model.guarded_read import load_content_toml

    data = load_content_toml(path, max_bytes=MAX_QUESTIONS_BYTES)
    unknown = set(data) - {"version", "title", "questions"}
    if unknown:
        raise ContentError(
            path,
            f"'{sorted(unknown)[0]}' is not a setting of this file; it "
            "has version, title and [[questions]]",
        )
    if data.get("version", 1) != 1:
        raise ContentError(path, f"'version' is {data.get('version')!r}; this app reads 1")
    title = data.get("title", "Questions about our center")
    if not isinstance(title, str) or not title.strip():
        raise ContentError(path, "'title' must be non-empty text")
    raw = data.get("questions")
    if not isinstance(raw, list) or not raw:
        raise ContentError(path, "there is no [[questions]] list")
    found: list[BankQuestion] = []
    for number, entry in enumerate(raw[:MAX_QUESTIONS], start=1):
        problem = _question_problem(entry, taken_ids, {q.id for q in found})
        if problem:
            problems.append(f"{path}: question {number}: {problem} — it is left out")
            continue
        found.append(
            BankQuestion(
                f"{CATEGORY_ID}.{entry['id']}",
                entry["text"].strip(),
                CATEGORY_ID,
                entry.get("why", "").strip(),
            )
        )
    if len(raw) > MAX_QUESTIONS:
        problems.append(f"{path}: only the first {MAX_QUESTIONS} questions are used")
    return Category(CATEGORY_ID, title.strip()), tuple(found)


def _question_problem(entry: object, taken_ids: AbstractSet[str], seen: set[str]) -> str:
    if not isinstance(entry, dict):
        return "it is not a table"
    extra = set(entry) - {"id", "text", "why"}
    if extra:
        return f"'{sorted(extra)[0]}' is not a question setting (id, text, why)"
    qid, text, why = entry.get("id"), entry.get("text"), entry.get("why", "")
    if isinstance(qid, str) and qid in taken_ids:
        return (
            f"the id '{qid}' is already a question of the app's bank; give the "
            "center's question an id of its own, like parking"
        )
    if not isinstance(qid, str) or not _SLUG.fullmatch(qid):
        return "'id' must be a short name of small letters, digits and dashes, like parking"
    full = f"{CATEGORY_ID}.{qid}"
    if full in taken_ids or full in seen:
        return f"the id '{qid}' is used twice"
    if not isinstance(text, str) or not text.strip() or len(text) > 200:
        return "'text' must be the question, up to 200 characters"
    if not isinstance(why, str) or len(why) > 400:
        return "'why' must be text, up to 400 characters"
    return ""
