"""Command line entry: starts the window or runs a headless command.

``cartapp``                   the window
``cartapp --screenshot DIR``  render every tab to PNG and exit
``cartapp --self-test``       open every tab, run its check, print one line
``cartapp sheet ...``         question sheet JSON -> PDF, no window
``cartapp calendar ...``      treatment plan -> .ics, no window
``cartapp kit ITEM ...``      the home safety kit -> PDF, no window
``cartapp hash-pin``          make the staff PIN hash for a kiosk's configuration
``cartapp review-pack ...``   all content in one PDF for clinical sign-off
"""

from __future__ import annotations

import argparse
import importlib
import sys

from cartapp import APP_NAME, __version__

# Sub-commands run without Qt; each module exposes ``main(argv) -> int``.
_COMMANDS = {
    "sheet": "cartapp.commands.sheet",
    "calendar": "cartapp.commands.calendar",
    "hash-pin": "cartapp.commands.hash_pin",
    "review-pack": "cartapp.commands.review_pack",
    "check-config": "cartapp.commands.check_config",
    "kit": "cartapp.commands.kit",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cartapp",
        description=f"{APP_NAME}: an offline guide to CAR T-cell therapy for families.",
        epilog="Headless commands: " + ", ".join(f"'cartapp {c} --help'" for c in _COMMANDS),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--lang",
        default=None,
        metavar="CODE",
        help="language of the guide, e.g. en or es (default: the one chosen last time, "
        "or English; falls back to English if missing)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        help="render every tab to DIR/NN-<tab>.png at 1280x800 and exit",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, check every tab, print one line, exit 0 or 1",
    )
    parser.add_argument(
        "--text-scale",
        type=int,
        default=None,
        metavar="PERCENT",
        help="start with this text size (100 to 200)",
    )
    parser.add_argument(
        "--high-contrast",
        action="store_true",
        help="start in the high-contrast theme",
    )
    parser.add_argument(
        "--region",
        choices=("us", "uk", "eu", "other"),
        default=None,
        help="whose rules after the infusion to show (at home; a clinic file's region wins)",
    )
    parser.add_argument(
        "--reader",
        choices=("parent", "patient"),
        default=None,
        help="who is reading: a parent or caregiver, or the patient (a teen or young adult)",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="waiting-room kiosk: fullscreen, nothing kept, reset after each family",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="the clinic's configuration file (TOML); see packaging/clinic.example.toml",
    )
    return parser


def _attach_windows_console() -> None:
    """A windowed Windows build has no console, so typed commands would print nothing.

    WORKAROUND for PyInstaller windowed builds (sys.stdout is None there): when
    started from a command prompt, write to that prompt's console instead.
    """
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # -1: the parent process's console
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115


def main(argv: list[str] | None = None) -> int:
    _attach_windows_console()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in _COMMANDS:
        module = importlib.import_module(_COMMANDS[argv[0]])
        return int(module.main(argv[1:]))
    args = build_parser().parse_args(argv)
    if args.text_scale is not None and not 100 <= args.text_scale <= 200:
        print("cartapp: --text-scale must be between 100 and 200", file=sys.stderr)
        return 2
    # Qt is imported only here, so headless commands start fast and need no display.
    from cartapp.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
