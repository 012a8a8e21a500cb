"""Where the clinic files are, and which of them exist.

Apart from the rest of the clinic-file code so that a start with no clinic file
(most homes) finds that out without importing the parser, the schema and the PIN
checks.
"""

from __future__ import annotations

from pathlib import Path

from cartapp import paths

CONFIG_FILE_NAME = "clinic.toml"


def machine_config_path() -> Path:
    return paths.machine_config_dir() / CONFIG_FILE_NAME


def user_config_path() -> Path:
    return paths.user_config_dir() / CONFIG_FILE_NAME


def config_files(explicit: Path | None = None) -> list[Path]:
    """The files to read, machine-wide first; only those that exist."""
    from cartapp.model.guarded_read import safe_exists

    found = [p for p in (machine_config_path(),) if safe_exists(p)]
    own = Path(explicit) if explicit is not None else user_config_path()
    if explicit is not None or safe_exists(own):
        found.append(own)  # a missing --config file is reported by load_config
    return found
