"""The languages the guide speaks: their own names, and which are offered.

Qt-free, so the headless commands, the kiosk start screen and the View menu
agree. A language is offered when its content folder exists; its interface
words come from ``resources/i18n/cartapp_<code>.qm`` (English needs none).
"""

from __future__ import annotations

# Each language's name in that language: a family looks for the word they read.
NATIVE_NAMES = {"en": "English", "es": "Español"}
SOURCE_LANGUAGE = "en"


def native_name(code: str) -> str:
    return NATIVE_NAMES.get(code, code)
