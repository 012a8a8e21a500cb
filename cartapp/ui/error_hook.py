"""What a family is told when something goes wrong inside the app: never a
traceback, a log only at home, and in a kiosk a fresh start screen."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from cartapp import APP_NAME, paths


def plain_error(title: str, message: str, *, headless: bool) -> None:
    if headless:
        print(f"cartapp: {message}", file=sys.stderr)
    else:
        from cartapp.ui.plain_text import critical

        critical(None, title, message)


def for_maintainers(message: str) -> None:
    """A problem in the guide's own files: on the console for whoever keeps them,
    while the family gets a plain line on screen."""
    print(f"cartapp: {message}", file=sys.stderr)


KIOSK_ERROR = "Something went wrong. Please ask a staff member."
window = None  # the window the hook may reset (kiosk) or ask about (home)


def unexpected_error_message(*, kiosk: bool, window=None) -> str:
    """What the family is told; it claims the list is saved only when it is."""
    if kiosk:
        return KIOSK_ERROR
    autosave = getattr(window, "autosave", None)
    # Saved now, so the message can be true rather than hopeful.
    saved = autosave is not None and autosave.save_now()
    if saved:
        return (
            "Something went wrong inside the app. Your question list is saved. "
            "Please close the app and open it again."
        )
    return (
        "Something went wrong inside the app. Your question list may not be saved: "
        "use File, then Save my list as, to keep a copy, then close the app and open "
        "it again."
    )


def install(headless: bool, *, keep_log: bool = True, kiosk: bool = False) -> None:
    """An unexpected error is logged and explained, never shown as a traceback.

    A kiosk keeps no log and writes nothing about the error that could carry
    what a family typed (exception messages can quote it): only its type goes to
    stderr, and the kiosk returns to its start screen.
    """

    def hook(exc_type, exc, tb):
        import traceback

        if kiosk or not keep_log:
            print(f"cartapp: unexpected {exc_type.__name__}", file=sys.stderr)
        else:
            log = paths.user_data_dir() / "error.log"
            try:
                log.parent.mkdir(parents=True, exist_ok=True)
                with log.open("a", encoding="utf-8") as handle:
                    handle.write("".join(traceback.format_exception(exc_type, exc, tb)))
            except OSError:
                pass
        try:
            message = unexpected_error_message(kiosk=kiosk, window=window)
        except Exception:  # noqa: BLE001 - the hook itself must never fail
            message = KIOSK_ERROR if kiosk else "Something went wrong inside the app."
        session = getattr(window, "kiosk_session", None)
        if kiosk and session is not None:
            from cartapp.ui.plain_text import critical

            QTimer.singleShot(0, session.reset)  # the next family starts clean
            QTimer.singleShot(0, lambda: critical(None, APP_NAME, message))
            return
        plain_error(APP_NAME, message, headless=headless)

    sys.excepthook = hook
