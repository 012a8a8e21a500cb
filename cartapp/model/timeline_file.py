"""The treatment steps as ``content/<lang>/timeline.toml`` holds them, and how it is read.

Each ``[[steps]]`` table has:
``id``, ``title``, ``short_title`` (for the track), ``phase`` (before | around | after),
``when`` (spoken timing; ``{days}`` is replaced for the two periods), ``what``,
``duration``, ``where``, ``who``, ``bring`` (list), ``start_day`` and ``end_day``
(whole days from Day 0), and optionally ``kind`` (step | stay_near | no_driving),
``follows`` (an earlier step id this one starts after), ``optional``, ``changed_2025``,
``day_text`` (a template with ``{start}``/``{end}``), ``calendar`` (span | start),
``calendar_title``, ``questions`` (question-bank ids) and ``sources``.
Top-level tables hold the tab's sentences (``texts``), the phase titles, the words
for days and dates, and a short label for each linked question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from cartapp.model.day_words import DayWords
from cartapp.model.errors import ContentError
from cartapp.model.guarded_read import load_content_toml
from cartapp.model.pages import Source

PHASES = ("before", "around", "after")
KINDS = ("step", "stay_near", "no_driving")
REQUIRED_TEXTS = (
    "intro",
    "day_zero",
    "typical",
    "dates_intro",
    "calendar_note",
    "need_date",
    "saved",
    "save_failed",
)
_QUESTION_ID = re.compile(r"^[a-z0-9-]+\.[a-z0-9-]+$")


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    short_title: str
    phase: str
    when: str
    what: str
    duration: str
    where: str
    who: str
    bring: tuple[str, ...]
    start_day: int
    end_day: int
    kind: str = "step"
    follows: str = ""
    optional: bool = False
    changed_2025: str = ""
    day_text: str = ""
    calendar_span: bool = True
    calendar_title: str = ""
    # The reminder that goes with every estimated date; copied from the file's texts so
    # a plan can be exported on its own.
    calendar_note: str = ""
    questions: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, eq=False)
class Timeline(Sequence[Step]):
    """The loaded file: the steps in order (iterate or index it) and the tab's words."""

    steps: tuple[Step, ...]
    texts: Mapping[str, str]
    phase_titles: Mapping[str, str]
    question_labels: Mapping[str, str]
    words: DayWords = field(default_factory=DayWords)
    reviewed: date | None = None

    def __getitem__(self, index: Any) -> Any:
        return self.steps[index]

    def __len__(self) -> int:
        return len(self.steps)

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)


def load_timeline_for(lang: str) -> Timeline:
    """The steps in ``lang``, falling back to English when that language has none yet."""
    from cartapp.model.translated import read_in

    return read_in(lang, "timeline.toml", load_timeline)


def load_timeline(path: Path | str) -> Timeline:
    path = Path(path)

    return _Reader(path).timeline(load_content_toml(path))


class _Reader:
    """Turns the parsed TOML into a Timeline, naming the exact place of any problem."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, problem: str) -> ContentError:
        return ContentError(self.path, problem)

    def table(self, data: Mapping[str, Any], key: str, where: str) -> dict[str, str]:
        value = data.get(key)
        if not isinstance(value, dict) or not all(
            isinstance(v, str) and v.strip() for v in value.values()
        ):
            raise self.fail(f"{where}[{key}] must be a table of non-empty text values")
        return dict(value)

    def timeline(self, data: Mapping[str, Any]) -> Timeline:
        texts = self.table(data, "texts", "")
        missing = [k for k in REQUIRED_TEXTS if k not in texts]
        if missing:
            raise self.fail(f"[texts] is missing {', '.join(missing)}")
        phases = self.table(data, "phases", "")
        if set(phases) != set(PHASES):
            raise self.fail(f"[phases] must name exactly: {', '.join(PHASES)}")
        labels = self.table(data, "question_labels", "")
        words = self.words(data.get("words", {}))
        raw_steps = data.get("steps")
        if not isinstance(raw_steps, list) or not raw_steps:
            raise self.fail("there are no [[steps]]")
        steps: list[Step] = []
        for number, raw in enumerate(raw_steps, start=1):
            step = self.step(raw, number, [s.id for s in steps], labels)
            steps.append(replace(step, calendar_note=texts["calendar_note"]))
        if not any(s.id == "collection" and s.start_day < 0 for s in steps):
            raise self.fail('a step with id "collection" before Day 0 is needed')
        reviewed = data.get("reviewed")
        return Timeline(
            steps=tuple(steps),
            texts=texts,
            phase_titles=phases,
            question_labels=labels,
            words=words,
            reviewed=reviewed if isinstance(reviewed, date) else None,
        )

    def words(self, raw: Any) -> DayWords:
        if not isinstance(raw, dict):
            raise self.fail("[words] must be a table")
        months = raw.get("months", DayWords.months)
        if len(months) != 12 or not all(isinstance(m, str) for m in months):
            raise self.fail("[words] months must list 12 month names")
        given = {
            k: raw[k]
            for k in ("day", "range", "date", "short_date", "open_when", "open_dates", "open_short")
            if k in raw
        }
        words = DayWords(**given, months=tuple(months))
        self.template(words.day, "[words] day", n="+1")
        self.template(words.range, "[words] range", start="", end="")
        for key in ("open_when", "open_dates", "open_short"):
            self.template(getattr(words, key), f"[words] {key}", start="")
        for key in ("date", "short_date"):
            self.template(getattr(words, key), f"[words] {key}", month="", day=1, year=1)
        return words

    def template(self, text: Any, where: str, **values: Any) -> None:
        """A template with a stray or unknown {name} would fail only when shown; fail now."""
        try:
            str(text).format(**values)
        except (KeyError, IndexError, ValueError):
            names = ", ".join("{" + k + "}" for k in values)
            raise self.fail(f"{where} may only use {names}") from None

    def step(self, raw: Any, number: int, earlier: list[str], labels: Mapping[str, str]) -> Step:
        if not isinstance(raw, dict):
            raise self.fail(f"step {number} is not a table")
        where = f'step {number} ("{raw.get("id", "?")}")'

        def text(key: str, default: str | None = None) -> str:
            value = raw.get(key, default)
            if not isinstance(value, str) or (default is None and not value.strip()):
                raise self.fail(f"{where}: '{key}' must be non-empty text")
            return value.strip()

        def whole(key: str) -> int:
            value = raw.get(key)
            if not isinstance(value, int) or isinstance(value, bool):
                raise self.fail(f"{where}: '{key}' must be a whole number of days")
            return value

        def text_list(key: str) -> tuple[str, ...]:
            value = raw.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise self.fail(f"{where}: '{key}' must be a list of text")
            return tuple(v.strip() for v in value)

        step_id = text("id")
        if step_id in earlier:
            raise self.fail(f"{where}: the id is used twice")
        phase, kind = text("phase"), text("kind", "step")
        if phase not in PHASES:
            raise self.fail(f"{where}: phase must be one of {', '.join(PHASES)}")
        if kind not in KINDS:
            raise self.fail(f"{where}: kind must be one of {', '.join(KINDS)}")
        start, end = whole("start_day"), whole("end_day")
        if end < start:
            raise self.fail(f"{where}: end_day comes before start_day")
        follows = text("follows", "")
        if follows and follows not in earlier:
            raise self.fail(f"{where}: follows '{follows}', which is not an earlier step")
        questions = text_list("questions")
        for qid in questions:
            if not _QUESTION_ID.match(qid):
                raise self.fail(f"{where}: '{qid}' is not a question id")
            if qid not in labels:
                raise self.fail(f"{where}: question '{qid}' has no entry in [question_labels]")
        self.template(raw.get("day_text", ""), f"{where}: day_text", start="", end="")
        calendar = text("calendar", "span")
        if calendar not in ("span", "start"):
            raise self.fail(f"{where}: calendar must be 'span' or 'start'")
        return Step(
            id=step_id,
            title=text("title"),
            short_title=text("short_title"),
            phase=phase,
            when=text("when"),
            what=" ".join(text("what").split()),
            duration=text("duration"),
            where=text("where"),
            who=text("who"),
            bring=text_list("bring"),
            start_day=start,
            end_day=end,
            kind=kind,
            follows=follows,
            optional=bool(raw.get("optional", False)),
            changed_2025=" ".join(text("changed_2025", "").split()),
            day_text=text("day_text", ""),
            calendar_span=calendar == "span",
            calendar_title=text("calendar_title", raw.get("title", "")),
            questions=questions,
            sources=self.sources(raw.get("sources", []), where),
        )

    def sources(self, raw: Any, where: str) -> tuple[Source, ...]:
        if not isinstance(raw, list):
            raise self.fail(f"{where}: 'sources' must be a list")
        result = []
        for item in raw:
            if not isinstance(item, dict) or not isinstance(item.get("title"), str):
                raise self.fail(f"{where}: every source needs a title")
            year = item.get("year")
            result.append(
                Source(
                    title=item["title"],
                    year=year if isinstance(year, int) else None,
                    url=str(item.get("url", "")),
                )
            )
        return tuple(result)
