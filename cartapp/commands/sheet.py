"""``cartapp sheet SHEET.json -o OUT.pdf``: print a saved question list without a window.

For clinics that prepare sheets in bulk, and for checking a file a family sent.
A problem is reported in one line on stderr with exit status 2 (1 if the app's
own content is broken); no PDF is written unless it was built completely.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cartapp import __version__
from cartapp.commands.one_line_parser import OneLineParser, UsageError
from cartapp.commands.output_checks import output_problem, quote, write_target
from cartapp.model.errors import ContentError
from cartapp.model.guarded_read import short
from cartapp.model.question_bank import QuestionBank, load_bank_for
from cartapp.model.sheet import SheetError, is_language_tag
from cartapp.model.sheet_io import SheetFileError, atomic_write, load_sheet, write_problem
from cartapp.pdf.sheet_limits import build_within_limits
from cartapp.pdf.styles import system_paper

PROG = "cartapp sheet"


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG,
        description="Print a saved question sheet (JSON) as a PDF.",
    )
    parser.add_argument("sheet", type=Path, metavar="SHEET.json", help="the saved question list")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT.pdf",
        help="where to write the PDF (replaced if it exists)",
    )
    parser.add_argument("--large-print", action="store_true", help="16 pt text and larger")
    parser.add_argument(
        "--paper",
        choices=["letter", "a4"],
        default=None,
        help="paper size (default: from the system's locale)",
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        default=None,
        help="language of the question bank (default: the sheet's language)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="a clinic file: its name, phones, region and fever threshold",
    )
    parser.add_argument(
        "--region",
        choices=("us", "uk", "eu", "other"),
        default=None,
        help="whose emergency number and fever threshold to print "
        "(default: the clinic file's region, else every region's)",
    )
    parser.add_argument(
        "--reader",
        choices=("parent", "patient"),
        default="parent",
        help='who made the sheet: a parent or caregiver ("Child") or the patient ("Patient")',
    )
    parser.add_argument(
        "--bilingual",
        action="store_true",
        help="print each question from the bank in English too, under the sheet's language "
        "(for a team that reads English; no effect on an English sheet)",
    )
    parser.add_argument(
        "--follow-link",
        action="store_true",
        help="allow OUT.pdf to be a symbolic link and write to its target",
    )
    return parser


def _content_version(language: str) -> str:
    """The content's review date for the footer; a sheet still prints without it."""
    from cartapp.model.library import ContentLibrary

    try:
        return ContentLibrary(language).content_version()
    except ContentError:
        return ""


def main(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(f"{short(str(exc), 200)} (see '{PROG} --help')")
    if args.lang is not None and not is_language_tag(args.lang):
        return _fail(
            f"--lang: {quote(args.lang)} is not a language code (use a plain tag "
            "such as en, es or pt-BR)"
        )
    problem = output_problem(args.output, inputs=(args.sheet,), follow_link=args.follow_link)
    if problem:
        return _fail(problem)
    try:
        sheet = load_sheet(args.sheet)
    except SheetFileError as exc:
        return _fail(f"{short(args.sheet)}: {short(exc.message, 200)}")
    if args.lang:
        sheet.language = args.lang
    try:
        clinic_words = _clinic_words(args)
    except ValueError as exc:
        return _fail(short(str(exc), 300))
    try:
        bank = _bank_for(sheet.language)
        # Bank questions in the sheet's language, by id (a list made in another one).
        sheet = sheet.in_language(bank)
        pdf = build_within_limits(
            sheet,
            bank,
            bilingual_with=_bank_for("en") if args.bilingual else None,
            paper=args.paper or system_paper(),
            large_print=args.large_print,
            app_version=__version__,
            content_version=_content_version(sheet.language),
            reader=args.reader,
            **clinic_words,
        )
    except ContentError as exc:
        return _fail(f"the app's content has a problem: {exc}", status=1)
    except SheetError as exc:
        return _fail(f"{short(args.sheet)}: {short(str(exc), 200)}")
    try:
        target = write_target(args.output, follow_link=args.follow_link)
        atomic_write(target, pdf, make_folders=False)
    except OSError as exc:
        return _fail(short(write_problem(args.output, exc), 200))
    return 0


def _clinic_words(args) -> dict:
    """The clinic block, fever threshold and emergency number, as the window prints them."""
    from cartapp.model.rules import OTHER, Overrides, default_table

    overrides, region, words = Overrides(), args.region, {}
    if args.config:
        from pathlib import Path

        from cartapp.config import ConfigError, load_config
        from cartapp.pdf.question_sheet import ClinicBlock

        try:
            clinic = load_config(Path(args.config)).clinic
        except ConfigError as exc:
            raise ValueError(str(exc)) from None
        overrides, region = clinic.rule_overrides(), region or clinic.region
        if any((clinic.name, clinic.phone, clinic.urgent_phone)):
            words["clinic"] = ClinicBlock(
                clinic.name, clinic.phone, clinic.urgent_phone, clinic.website
            )
    region = region or OTHER
    try:
        table = default_table()
    except ContentError:  # the sheet still prints, with every region's numbers
        return words
    words["fever_threshold"] = table.value("fever", region, overrides)
    if region != OTHER or overrides.emergency_number:
        words["emergency_number"] = table.value("emergency", region, overrides)
    return words


def _bank_for(language: str) -> QuestionBank:
    # A sheet in a language the app has no questions for still prints: the
    # family's words come from the file, only group titles need the bank
    # (load_bank_for falls back to English).
    return load_bank_for(language)


def _fail(message: str, status: int = 2) -> int:
    sys.stderr.write(f"{PROG}: {message}\n")
    return status
