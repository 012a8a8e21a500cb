"""``cartapp calendar``: write a family's estimated treatment plan to an .ics file.

Runs without Qt. Any problem with what was typed, or with writing the file, ends with
exit status 2 and one line on stderr, and nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cartapp.commands.one_line_parser import OneLineParser, UsageError, iso_day
from cartapp.model.calendar_export import plan_to_ics, save_ics
from cartapp.model.errors import ContentError
from cartapp.model.guarded_read import short
from cartapp.model.timeline import (
    MAX_DAYS,
    PlanError,
    PlanInputs,
    compute_plan,
    load_timeline_for,
)

PROG = "cartapp calendar"


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of days") from None
    if not 1 <= value <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"{value} days is out of range (1 to {MAX_DAYS})")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG,
        description="Write the typical CAR T treatment steps, dated from one day you know, "
        "to an iCalendar (.ics) file. The dates are estimates; your care team sets the real plan.",
    )
    known = parser.add_mutually_exclusive_group(required=True)
    known.add_argument(
        "--infusion-date",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="the day of the CAR T infusion (Day 0)",
    )
    known.add_argument(
        "--collection-date",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="the day the cells are collected; Day 0 is estimated from it",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PLAN.ics",
        help="the file to write ('-' writes to standard output)",
    )
    # No default days: the rule differs by region, and an invented end date could tell
    # a teen to drive too soon. Without them the period is one event on Day 0.
    parser.add_argument(
        "--stay-near-days",
        type=_days,
        default=None,
        metavar="N",
        help="days your center asks you to stay near it (no end date if left out)",
    )
    parser.add_argument(
        "--no-driving-days",
        type=_days,
        default=None,
        metavar="N",
        help="days without driving your team asks for (no end date if left out)",
    )
    parser.add_argument(
        "--region",
        choices=("us", "uk", "eu", "other"),
        default=None,
        help="whose rules the event text gives (default: the clinic file's "
        "region, else every region's)",
    )
    parser.add_argument(
        "--config", metavar="FILE", help="a clinic file whose region, days and numbers to use"
    )
    parser.add_argument(
        "--lang",
        default="en",
        metavar="CODE",
        help="language of the event text (falls back to English)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(short(str(exc), 200))
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    from cartapp.commands.output_checks import output_problem, quote
    from cartapp.model.language_tag import is_language_tag

    if not is_language_tag(args.lang):
        return _fail(
            f"--lang: {quote(args.lang)} is not a language code (use a plain tag "
            "such as en, es or pt-BR)"
        )
    if args.output != "-":
        problem = output_problem(Path(args.output))
        if problem:
            return _fail(problem)
    try:
        inputs = PlanInputs(
            infusion_date=args.infusion_date,
            collection_date=args.collection_date,
            stay_near_days=args.stay_near_days,
            no_driving_days=args.no_driving_days,
        )
        from cartapp.model.rules import OTHER, Overrides, default_table

        overrides, region = Overrides(), args.region
        if args.config:
            from cartapp.config import ConfigError, load_config

            try:
                clinic = load_config(Path(args.config)).clinic
            except ConfigError as exc:
                return _fail(str(exc))
            overrides, region = clinic.rule_overrides(), region or clinic.region
        region = region or OTHER
        table = default_table()
        minimum = {k: table.minimum_days(k, region) for k in ("stay_near", "no_driving")}
        plan = compute_plan(
            load_timeline_for(args.lang), inputs.with_defaults(overrides), minimum_days=minimum
        )

        def expand(text: str) -> str:
            return table.expand(text, region, overrides)

        if args.output == "-":
            sys.stdout.buffer.write(plan_to_ics(plan, expand=expand))
            sys.stdout.flush()
        else:
            save_ics(plan, args.output, expand=expand)
    except PlanError as exc:
        return _fail(str(exc))
    except ContentError as exc:
        return _fail(f"the treatment steps cannot be read ({exc})", status=1)
    except OSError as exc:
        return _fail(f"cannot write {quote(args.output)}: {exc.strerror or exc}")
    return 0


def _fail(message: str, *, status: int = 2) -> int:
    sys.stderr.write(f"{PROG}: {' '.join(message.split())}\n")
    return status
