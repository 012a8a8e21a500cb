"""``cartapp check-config FILE``: every problem of a clinic file and its folder, at once.

Opening the app stops at a clinic file's first problem; IT preparing many
machines wants the whole list, each with its line, and an exit code a script can
test: 0 when the file and its clinic folder are fine, 2 otherwise. No window.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

PROG = "cartapp check-config"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Check a clinic file (clinic.toml) and the clinic/ folder "
        "beside it, without opening a window.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the clinic file to check")
    return parser


def _line_of(text: str, section: str | None, key: str) -> int | None:
    """The line where ``key`` is set (in ``[section]``, or above every section)."""
    current = None
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"\s*\[\s*([A-Za-z0-9_-]+)\s*\]\s*(#.*)?$", line)
        if header:
            current = header.group(1)
            if section is None and current == key:
                return number
            continue
        if current == section and re.match(rf"\s*\"?{re.escape(key)}\"?\s*=", line):
            return number
    return None


def file_problems(path: Path) -> list[str]:
    """Every problem of one clinic file, each with its line where there is one."""
    from cartapp import config
    from cartapp.config_layers import locked_settings
    from cartapp.model.guarded_read import FileRefusedError, parse_toml, read_text

    try:
        text = read_text(path, max_bytes=config.MAX_CONFIG_BYTES)
        data = parse_toml(path, text)
    except FileRefusedError as exc:
        return [f"{path}: the file could not be read: {exc.reason}"]
    except tomllib.TOMLDecodeError as exc:
        return [f"{path}: not a valid TOML file: {exc}"]
    problems: list[str] = []

    def add(section: str | None, key: str, message: str) -> None:
        line = _line_of(text, section, key)
        problems.append(f"{path}, line {line}: {message}" if line else f"{path}: {message}")

    try:
        config._check_version(data)
    except config._BadValueError as exc:
        add(None, "schema_version", str(exc))
    folder = path.resolve().parent
    for name, value in data.items():
        if name in ("schema_version", config.LOCK_SECTION):
            continue
        if name not in config._SECTIONS or not isinstance(value, dict):
            try:
                config._parse({"schema_version": config.SCHEMA_VERSION, name: value}, folder)
            except config._BadValueError as exc:
                add(None, name, str(exc))
            continue
        for key, item in value.items():
            try:
                config._read_section(name, {key: item}, folder)
            except config._BadValueError as exc:
                add(name, key, str(exc))
    if config.LOCK_SECTION in data:
        try:
            locked_settings(data, path)
        except config.ConfigError as exc:
            add(None, config.LOCK_SECTION, str(exc).split(": ", 1)[-1])
    if not problems:  # what depends on two settings at once
        try:
            config.load_config(path)
        except config.ConfigError as exc:
            add(
                None if exc.key == "schema_version" else _section_of(data, exc.key),
                exc.key or "",
                str(exc).split(": ", 1)[-1],
            )
    return problems


def _section_of(data: dict, key: str | None) -> str | None:
    for name, value in data.items():
        if isinstance(value, dict) and key in value:
            return name
    return None


def folder_problems(path: Path, clinic_name: str = "") -> tuple[list[str], str]:
    """The clinic folder's problems, and a line saying what it holds."""
    from cartapp.model.clinic_content import clinic_folder_for, load_clinic_content
    from cartapp.model.library import ContentLibrary

    folder = clinic_folder_for([path])
    if folder is None:
        return [], "no clinic folder"
    library = ContentLibrary("en")
    taken = {q.id for q in library.bank.questions}
    content = load_clinic_content(folder, clinic_name=clinic_name, taken_ids=taken)
    library.attach_clinic(content)
    problems = content.problems + [p for p in library.link_problems() if p.startswith(str(folder))]
    pages = ", ".join(f"center page ({lang})" for lang in content.pages) or "no page"
    return problems, f"clinic folder: {pages}, {len(content.questions)} questions"


def reading_levels(path: Path) -> list[str]:
    """The clinic page's reading level, reported and never enforced."""
    from cartapp.model.clinic_content import clinic_folder_for, load_clinic_content
    from cartapp.model.page_html import plain_text

    folder = clinic_folder_for([path])
    if folder is None:
        return []
    lines = []
    for language, page in load_clinic_content(folder).pages.items():
        try:
            import textstat

            grade = textstat.flesch_kincaid_grade(plain_text(page))
        except ImportError:
            continue
        lines.append(
            f"reading level of center ({language}): grade {grade:.1f} "
            "(the app's own pages aim for 6, at most 8)"
        )
    return lines


def locked_notes(path: Path) -> list[str]:
    """Settings of this file that the machine-wide file's [lock] keeps from applying."""
    from cartapp.config import ConfigError
    from cartapp.config_layers import (
        ignored_settings,
        locked_settings,
        machine_config_path,
        read_raw,
    )

    machine = machine_config_path()
    try:
        if not machine.is_file() or machine.resolve() == path.resolve():
            return []
        locked = locked_settings(read_raw(machine), machine)
    except (OSError, ConfigError, ValueError):
        return []
    return [
        f"note: {name} is set by your clinic in {machine}; this file's value is not used"
        for name in ignored_settings(read_raw(path), locked)
    ]


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    path: Path = args.file
    problems = file_problems(path)
    name = ""
    if not problems:
        from cartapp.config import load_config

        name = load_config(path).clinic.name
    more, summary = folder_problems(path, name)
    problems += more
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) found in {path} and its clinic folder.", file=sys.stderr)
        return 2
    for line in reading_levels(path):
        print(line)
    for line in locked_notes(path):
        print(line)
    print(f"{path}: OK ({summary}).")
    return 0
