"""``cartapp kit ITEM -o OUT.pdf``: print the home safety kit without a window.

For a clinic preparing kits before discharge, and for scripts. ``ITEM`` is one of
the five printables or ``all``. Anything wrong is one line on stderr with exit
status 2 (1 if the app's own content is broken), and nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cartapp import __version__
from cartapp.commands.one_line_parser import OneLineParser, UsageError, iso_day
from cartapp.commands.output_checks import output_problem, write_target
from cartapp.model.errors import ContentError
from cartapp.model.guarded_read import short
from cartapp.model.kit_content import ITEMS

PROG = "cartapp kit"


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG,
        description=(
            "Print the home safety kit: a wallet card, a 'when to call' sheet, a temperature "
            "and symptom log, a letter for another doctor and a caregiver checklist."
        ),
    )
    parser.add_argument(
        "item", choices=[*ITEMS, "all"], metavar="ITEM", help=f"one of {', '.join(ITEMS)}, or all"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT.pdf",
        help="where to write the PDF (replaced if it exists)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="a clinic file: the centre's name, numbers, region and rules",
    )
    parser.add_argument(
        "--infusion-date",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="Day 0: dates the log, the rota and the driving end date",
    )
    parser.add_argument("--name", default="", metavar="TEXT", help="the patient's name")
    parser.add_argument(
        "--product", default="", metavar="TEXT", help="the CAR T product, for example Kymriah"
    )
    parser.add_argument(
        "--no-driving-until",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="the date your team gave for driving again",
    )
    parser.add_argument(
        "--region",
        choices=("us", "uk", "eu", "other"),
        default=None,
        help="whose rules to print (default: the clinic file's, else every region's)",
    )
    parser.add_argument(
        "--reader",
        choices=("parent", "patient"),
        default="parent",
        help="who will read it: a parent or caregiver, or the patient",
    )
    parser.add_argument("--large-print", action="store_true", help="larger type throughout")
    parser.add_argument(
        "--paper",
        choices=["letter", "a4"],
        default=None,
        help="paper size (default: from the system's locale)",
    )
    parser.add_argument(
        "--follow-link",
        action="store_true",
        help="allow OUT.pdf to be a symbolic link and write to its target",
    )
    return parser


def main(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(f"{short(str(exc), 200)} (see '{PROG} --help')")
    inputs = (Path(args.config),) if args.config else ()
    problem = output_problem(args.output, inputs=inputs, follow_link=args.follow_link)
    if problem:
        return _fail(problem)
    from cartapp.model.kit import FamilyDetails, KitError, facts_for
    from cartapp.pdf.fonts import covers
    from cartapp.pdf.kit import build_kit_pdf
    from cartapp.pdf.styles import system_paper

    clinic = kit = None
    if args.config:
        from cartapp.config import ConfigError, load_config

        try:
            config = load_config(Path(args.config))
        except ConfigError as exc:
            return _fail(short(str(exc), 300))
        clinic, kit = config.clinic, config.kit
    items = list(ITEMS) if args.item == "all" else [args.item]
    try:
        facts = facts_for(
            FamilyDetails(args.name, args.infusion_date, args.product, args.no_driving_until),
            clinic=clinic,
            kit=kit,
            region=args.region or "",
            reader=args.reader,
            covers=covers,
        )
        pdf = build_kit_pdf(
            items,
            facts,
            paper=args.paper or system_paper(),
            large_print=args.large_print,
            app_version=__version__,
            content_version=_content_version(),
        )
    except KitError as exc:
        return _fail(short(str(exc), 300))
    except ContentError as exc:
        return _fail(f"the app's content has a problem: {exc}", status=1)
    from cartapp.model.sheet_io import atomic_write, write_problem

    try:
        target = write_target(args.output, follow_link=args.follow_link)
        atomic_write(target, pdf, make_folders=False)
    except OSError as exc:
        return _fail(short(write_problem(args.output, exc), 200))
    return 0


def _content_version() -> str:
    from cartapp.model.kit_content import kit_content

    try:
        return kit_content().reviewed
    except ContentError:
        return ""


def _fail(message: str, status: int = 2) -> int:
    sys.stderr.write(f"{PROG}: {message}\n")
    return status
