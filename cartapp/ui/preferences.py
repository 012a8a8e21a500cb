"""What the app remembers between runs at home: window, text size, theme.

Stored in an INI file at ``paths.settings_file()`` (never the Windows
registry). A kiosk passes ``persist=False`` and nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from cartapp import paths
from cartapp.ui.theme import MAX_SCALE, MIN_SCALE, clamp_scale

MAX_SETTINGS_BYTES = 1024 * 1024


class Preferences:
    def __init__(self, *, persist: bool = True) -> None:
        self.persist = persist
        self._settings: QSettings | None = None
        self._memory: dict[str, object] = {}
        self.notice = ""
        # Checked before QSettings opens it: Qt would wait forever on a FIFO.
        if persist and self._file_is_usable():
            self._settings = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)

    def _file_is_usable(self) -> bool:
        """A settings file that is not a small plain file is left alone and the
        app runs on defaults, saying so once: a broken file never disables a tab."""
        from cartapp.model.guarded_read import FileRefusedError, read_bytes, safe_exists

        path = paths.settings_file()
        if not safe_exists(path):
            return True
        try:
            read_bytes(path, max_bytes=MAX_SETTINGS_BYTES)
        except FileRefusedError as exc:
            # Settings then live in memory; the family's list is still autosaved.
            self.notice = f"Your settings could not be read ({exc.reason}); using the defaults."
            return False
        return True

    def _get(self, key: str, default):
        if self._settings is None:
            return self._memory.get(key, default)
        # A missing key gives the caller's default, whatever its type.
        if not self._settings.contains(key):
            return default
        return self._settings.value(key)

    def _set(self, key: str, value) -> None:
        if self._settings is None:
            self._memory[key] = value
        else:
            self._settings.setValue(key, value)

    @property
    def text_scale(self) -> int:
        try:
            value = int(self._get("view/text_scale", MIN_SCALE))
        except (TypeError, ValueError):
            value = MIN_SCALE
        return clamp_scale(value)

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        self._set("view/text_scale", max(MIN_SCALE, min(MAX_SCALE, int(value))))

    @property
    def high_contrast(self) -> bool:
        return str(self._get("view/high_contrast", "false")).lower() in ("true", "1")

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._set("view/high_contrast", bool(value))

    @property
    def reduced_motion(self) -> bool | None:
        value = self._get("view/reduced_motion", None)
        return None if value is None else str(value).lower() in ("true", "1")

    @reduced_motion.setter
    def reduced_motion(self, value: bool) -> None:
        self._set("view/reduced_motion", bool(value))

    def plan_inputs(self) -> dict | None:
        import json

        from cartapp.model.guarded_read import MAX_DEPTH, nesting_depth

        raw = self._get("plan/inputs", "")
        if not isinstance(raw, str) or len(raw) > MAX_SETTINGS_BYTES:
            return None
        if nesting_depth(raw) > MAX_DEPTH:  # would exhaust the parser's recursion
            return None
        try:
            value = json.loads(raw) if raw else None
        except (TypeError, ValueError, RecursionError):
            return None
        return value if isinstance(value, dict) else None

    def set_plan_inputs(self, value: dict | None) -> None:
        import json

        self._set("plan/inputs", json.dumps(value) if value else "")

    @property
    def region(self) -> str:
        """The family's answer to "Where is your child treated?"; "" until asked."""
        value = self._get("rules/region", "")
        return value if value in ("us", "uk", "eu", "other") else ""

    @region.setter
    def region(self, value: str) -> None:
        self._set("rules/region", value)

    @property
    def language(self) -> str:
        """The language chosen under View > Language; "" until chosen."""
        from cartapp.model.language_tag import is_language_tag

        value = self._get("view/language", "")
        return value if is_language_tag(value) else ""

    @language.setter
    def language(self, value: str) -> None:
        self._set("view/language", value)

    @property
    def reader(self) -> str:
        """The answer to "Who is reading?" ("parent" or "patient"); "" until asked."""
        value = self._get("reader/who", "")
        return value if value in ("parent", "patient") else ""

    @reader.setter
    def reader(self, value: str) -> None:
        self._set("reader/who", value)

    def geometry(self) -> QByteArray | None:
        value = self._get("window/geometry", None)
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    def sync(self) -> None:
        if self._settings is not None:
            self._settings.sync()
