"""The story's keys on How it works: Space plays or pauses, the arrows step a
scene, Home and End go to the first and the last."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt


class StoryKeys:
    """Mixed into the tab, before QWidget; the tab supplies the actions."""

    _STORY_KEYS = (
        Qt.Key.Key_Space,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
    )

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        # Keys on the picture drive the story; the scroll area around it would
        # otherwise take the arrows for scrolling.
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in self._STORY_KEYS
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            self.keyPressEvent(event)
            return True
        return False

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Space:
            self._on_play_toggled()
        elif key == Qt.Key.Key_Left:
            self._on_previous()
        elif key == Qt.Key.Key_Right:
            self._on_next()
        elif key == Qt.Key.Key_Home:
            self.go_to_scene(0)
        elif key == Qt.Key.Key_End:
            self.go_to_scene(len(self._story.scenes) - 1)
        else:
            super().keyPressEvent(event)
