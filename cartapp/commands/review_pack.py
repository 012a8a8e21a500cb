"""``cartapp review-pack -o REVIEW.pdf``: the whole content in one PDF for clinical sign-off.

Runs without Qt. Bad input ends with exit status 2 and one line on stderr (1 if
the app's own content is broken), and nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cartapp import __version__
from cartapp.commands.one_line_parser import OneLineParser, UsageError
from cartapp.commands.output_checks import output_problem, write_target
from cartapp.model.errors import ContentError
from cartapp.model.language_tag import is_language_tag
from cartapp.model.sheet_io import atomic_write, write_problem

PROG = "cartapp review-pack"
REGIONS = ("us", "uk", "eu", "other")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG,
        description="Write every page, glossary word, question, treatment step and "
        "animation caption, with sources and a sign-off box per page, to one PDF.",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="REVIEW.pdf",
        help="where to write the PDF (replaced if it exists)",
    )
    parser.add_argument(
        "--lang", default="en", metavar="CODE", help="language of the content (default: en)"
    )
    parser.add_argument(
        "--region",
        choices=REGIONS,
        default="other",
        help="sets the paper (Letter for us, A4 otherwise); the pack "
        "always shows every region's rules",
    )
    parser.add_argument(
        "--follow-link",
        action="store_true",
        help="allow REVIEW.pdf to be a symbolic link and write to its target",
    )
    return parser


def main(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(f"{exc} (see '{PROG} --help')")
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    if not is_language_tag(args.lang):
        return _fail(f"--lang: {args.lang!r} is not a language code")
    if args.output.suffix.lower() != ".pdf":
        return _fail(f"-o: {args.output} should end in .pdf")
    # Before the second it takes to build a hundred pages, as the other commands do.
    problem = output_problem(args.output, follow_link=args.follow_link)
    if problem:
        return _fail(problem)
    from cartapp.model.library import ContentLibrary
    from cartapp.pdf.review_pack import build_review_pack

    library = ContentLibrary(args.lang)
    if library.notice:
        return _fail(f"--lang: there is no content in the language '{args.lang}'")
    try:
        pdf = build_review_pack(
            library, paper="letter" if args.region == "us" else "a4", app_version=__version__
        )
    except ContentError as exc:
        return _fail(f"the app's content has a problem: {exc}", status=1)
    try:
        target = write_target(args.output, follow_link=args.follow_link)
        atomic_write(target, pdf, make_folders=False)
    except OSError as exc:
        return _fail(write_problem(args.output, exc))
    return 0


def _fail(message: str, status: int = 2) -> int:
    sys.stderr.write(f"{PROG}: {' '.join(message.split())}\n")
    return status
