"""The honest note under a tab's opening line while its words are a translation no
medical translator has checked yet (the pages carry the same note in their text)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def add_translation_note(label: QLabel, language: str, file_name: str) -> None:
    """Add the note for ``file_name`` of ``language`` below ``label``'s text, if it needs one."""
    from cartapp.model.translation import unreviewed_note
    from cartapp.paths import content_file

    note = unreviewed_note(content_file(language, file_name))
    if note:
        label.setText(f"{label.text()}\n{note}")
