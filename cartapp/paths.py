"""The one place that knows where files live.

Content and resources sit in the repository root when running from source,
and beside the executable inside a PyInstaller bundle. User data goes to the
platform's user data folder. Tests and kiosks can override each location with
an environment variable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

IS_FROZEN = bool(getattr(sys, "frozen", False))

_APP_DIR_NAME = "cartapp"


def _bundle_root() -> Path:
    if IS_FROZEN:
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def content_root() -> Path:
    """Folder holding one sub-folder per language (``en``, ``es``...)."""
    override = os.environ.get("CARTAPP_CONTENT_DIR")
    return Path(override) if override else _bundle_root() / "content"


FALLBACK_LANGUAGE = "en"


def content_dir(lang: str) -> Path:
    return content_root() / lang


def content_file(lang: str, name: str, root: Path | None = None) -> Path:
    """``name`` in ``lang``'s folder, or in English's when that language has none yet:
    the one place content falls back to English (a translation may lag behind).
    ``root`` is a content folder other than the app's own (a library given one)."""
    from cartapp.model.guarded_read import safe_exists

    base = root if root is not None else content_root()
    path = base / lang / name
    if lang != FALLBACK_LANGUAGE and not safe_exists(path):
        return base / FALLBACK_LANGUAGE / name
    return path


def resources_dir() -> Path:
    override = os.environ.get("CARTAPP_RESOURCES_DIR")
    return Path(override) if override else _bundle_root() / "resources"


def resource(*parts: str) -> Path:
    """A file under ``resources/``; refuses absolute names and ``..``."""
    for part in parts:
        if Path(part).is_absolute() or ".." in Path(part).parts:
            raise ValueError(f"not a resource name: {part!r}")
    return resources_dir().joinpath(*parts)


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def user_data_dir() -> Path:
    """Where a family's saved sheet and settings live (created on demand)."""
    override = os.environ.get("CARTAPP_USER_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # loaded on first use: most starts never ask before first paint

    return Path(platformdirs.user_data_dir(_APP_DIR_NAME, appauthor=False))


def user_config_dir() -> Path:
    override = os.environ.get("CARTAPP_USER_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(_APP_DIR_NAME, appauthor=False))


def machine_config_dir() -> Path:
    """The folder hospital IT fills for every user of a computer (read only to the app):
    /etc/cartapp, %ProgramData%\\cartapp, or /Library/Application Support/cartapp."""
    override = os.environ.get("CARTAPP_MACHINE_CONFIG_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / _APP_DIR_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / _APP_DIR_NAME
    return Path("/etc") / _APP_DIR_NAME


def state_dir() -> Path:
    """Where the app keeps what is not a family's (the kiosk's PIN lockout): the
    platform's user state folder."""
    override = os.environ.get("CARTAPP_STATE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_state_dir(_APP_DIR_NAME, appauthor=False))


def settings_file() -> Path:
    """The INI file behind QSettings (never the Windows registry)."""
    return user_config_dir() / "settings.ini"


def autosave_file() -> Path:
    return user_data_dir() / "current-sheet.json"
