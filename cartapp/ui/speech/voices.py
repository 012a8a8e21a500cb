"""Which installed voice reads a language, chosen by language, never by exact tag.

Engines answer an exact locale request they cannot meet with some other voice,
silently (speech-dispatcher lists voices with the locale "C"; a request for
es_MX may get an English voice). So the choice is made here, from the voices
the engine lists: same language first, the system's own country among them
first; none at all is said plainly to the family.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QVoice

LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


def choose_voice(
    voices: Sequence[QVoice], language: str, prefer_territory: QLocale.Country | None = None
) -> QVoice | None:
    wanted = QLocale(language).language()
    same = [v for v in voices if v.locale().language() == wanted]
    if not same:
        return None
    territory = prefer_territory if prefer_territory is not None else QLocale.system().territory()
    local = [v for v in same if v.locale().territory() == territory]
    # A plain voice before its variants ("English (America)" before "…+Alex").
    return sorted(local or same, key=lambda v: ("+" in v.name(), v.name()))[0]


def no_voice_message(language: str) -> str:
    name = LANGUAGE_NAMES.get(language, language)
    return (
        f"No {name} voice is installed on this computer, so pages cannot be read "
        "aloud. Everything else works as usual."
    )
