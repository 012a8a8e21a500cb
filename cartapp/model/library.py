"""All the content of one language, loaded on first use and kept.

Asking for a language that is not there falls back to English and says so,
so the app still starts and can tell the family in plain words.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from cartapp import paths

if TYPE_CHECKING:  # loaded on first use: the window opens before any page is read
    from cartapp.model.clinic_content import ClinicContent
    from cartapp.model.glossary import Glossary
    from cartapp.model.page_links import LinkTargets
    from cartapp.model.pages import Page
    from cartapp.model.question_bank import QuestionBank
    from cartapp.model.story import Story
    from cartapp.model.timeline_file import Timeline

T = TypeVar("T")

DEFAULT_LANGUAGE = "en"
# The pages of the main navigation, then the "Life after CAR T" tab's own list.
MAIN_PAGES = ("overview", "conditions", "risks")
LIFE_PAGES = ("at-home", "after", "teens", "support")
PAGE_NAMES = MAIN_PAGES + LIFE_PAGES


def available_languages(root: Path | None = None) -> list[str]:
    from cartapp.model.guarded_read import safe_is_dir, safe_is_file

    root = root or paths.content_root()
    if not safe_is_dir(root):
        return []
    try:
        return sorted(p.name for p in root.iterdir() if safe_is_file(p / "overview.md"))
    except OSError:  # a folder the app may not list
        return []


class ContentLibrary:
    """Pages, glossary and other content of one language folder."""

    def __init__(self, requested: str = DEFAULT_LANGUAGE, root: Path | None = None) -> None:
        self.root = root or paths.content_root()
        self.language = requested
        self.notice = ""
        from cartapp.model.guarded_read import safe_is_dir
        from cartapp.model.language_tag import is_language_tag

        if not is_language_tag(requested) or not safe_is_dir(self.root / requested):
            self.language = DEFAULT_LANGUAGE
            self.notice = (
                f"The guide is not yet available in the language '{requested[:20]}'. "
                "It is shown in English."
            )
        self._pages: dict[str, Page] = {}
        # The clinic's own page and questions (attach_clinic).
        self.clinic: ClinicContent | None = None

    @property
    def folder(self) -> Path:
        return self.root / self.language

    def _read(self, name: str, load: Callable[[Path], T]) -> T:
        from cartapp.model.translated import read_in

        return read_in(self.language, name, load, root=self.root)

    def page(self, name: str) -> Page:
        if name not in self._pages:
            from cartapp.model.pages import load_page

            self._pages[name] = self._read(f"{name}.md", load_page)
        return self._pages[name]

    @cached_property
    def glossary(self) -> Glossary:
        from cartapp.model.glossary import load_glossary

        return self._read("glossary.md", load_glossary)

    def content_version(self) -> str:
        """The day the newest page was checked against its sources (printed on sheets)."""
        return max(self.page(name).reviewed for name in PAGE_NAMES).isoformat()

    def attach_clinic(self, content: ClinicContent) -> None:
        """Add the clinic's "Our center" page and questions (before the bank is read)."""
        self.clinic = content
        self.__dict__.pop("bank", None)
        self.__dict__.pop("link_targets", None)

    def clinic_page(self) -> Page | None:
        return self.clinic.page(self.language) if self.clinic is not None else None

    @cached_property
    def link_targets(self) -> LinkTargets:
        """Every page, place on a page and bank question a page link may point at."""
        from cartapp.model.page_links import LinkTargets

        pages = {name: self.page(name) for name in PAGE_NAMES}
        center = self.clinic_page()
        if center is not None:
            pages["center"] = center
        return LinkTargets.of(pages, (q.id for q in self.bank.questions))

    def link_problems(self) -> list[str]:
        """Links on any page whose target is missing, each naming its file and link."""
        from cartapp.model.page_links import link_problems

        problems = [
            problem
            for name in PAGE_NAMES
            for problem in link_problems(
                self.page(name), self.folder / f"{name}.md", self.link_targets
            )
        ]
        center = self.clinic_page()
        if center is not None and self.clinic is not None and self.clinic.folder is not None:
            problems += link_problems(center, self.clinic.folder / "center.md", self.link_targets)
        return problems

    @cached_property
    def bank(self) -> QuestionBank:
        from cartapp.model.question_bank import QuestionBank, load_bank

        bank = self._read("questions.toml", load_bank)
        if self.clinic is None or self.clinic.category is None or not self.clinic.questions:
            return bank
        return QuestionBank(
            bank.categories + (self.clinic.category,), bank.questions + self.clinic.questions
        )

    @cached_property
    def timeline(self) -> Timeline:
        from cartapp.model.timeline import load_timeline

        return self._read("timeline.toml", load_timeline)

    @cached_property
    def story(self) -> Story:
        from cartapp.model.story import load_story

        return self._read("story.toml", load_story)
