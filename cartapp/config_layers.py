"""Where the clinic's settings come from when many computers share them.

The files are read machine-wide first, then the user's own (or the one given with
``--config``, which takes the user file's place). A later file changes a setting
an earlier one made, except where the machine-wide file locks it:

    [lock]
    settings = ["clinic.region", "clinic.urgent_phone", "kiosk"]

A whole section ("kiosk") or one setting ("clinic.region") can be locked. Each
file is checked on its own first, so a problem is reported with its own file's
name; a locked setting in a user's file is left out and said so by check-config.
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from cartapp.config import (
    LOCK_SECTION,
    MAX_CONFIG_BYTES,
    ClinicConfig,
    ClinicInfo,
    ConfigError,
    KioskSettings,
    KitSettings,
    idle_problem,
    load_config,
)

# Re-exported (the "as" marks it): the loaders below and check-config ask this module.
from cartapp.config_paths import config_files as config_files
from cartapp.config_paths import machine_config_path as machine_config_path
from cartapp.config_paths import user_config_path as user_config_path

_SECTIONS = {"clinic": ClinicInfo, "kiosk": KioskSettings, "kit": KitSettings}


def read_raw(path: Path) -> dict[str, Any]:
    """The file's TOML as a dict (after load_config has accepted it)."""
    from cartapp.model.guarded_read import parse_toml, read_text

    return parse_toml(path, read_text(path, max_bytes=MAX_CONFIG_BYTES))


def locked_settings(raw: dict[str, Any], path: Path) -> frozenset[str]:
    """The machine-wide file's [lock] list, checked: ConfigError naming the entry."""
    table = raw.get(LOCK_SECTION)
    if table is None:
        return frozenset()
    known = {
        f"{section}.{f.name}" for section, cls in _SECTIONS.items() for f in fields(cls)
    } | set(_SECTIONS)
    values = table.get("settings") if isinstance(table, dict) else None
    if (
        not isinstance(values, list)
        or not all(isinstance(v, str) for v in values)
        or (isinstance(table, dict) and set(table) - {"settings"})
    ):
        raise ConfigError(
            f'{path.name}: [lock] needs one line, settings = ["clinic.region", '
            "...], listing sections or section.setting names.",
            path=path,
            key="lock",
        )
    unknown = [v for v in values if v not in known]
    if unknown:
        raise ConfigError(
            f'{path.name}: [lock] settings lists "{unknown[0]}", which is not '
            "a section or setting the app knows; write names like "
            '"clinic.region" or "kiosk".',
            path=path,
            key="lock",
        )
    return frozenset(values)


def is_locked(locked: frozenset[str], section: str, key: str) -> bool:
    return section in locked or f"{section}.{key}" in locked


def load_layered(explicit: Path | None = None) -> ClinicConfig:
    """Every file merged in order; ConfigError for the first file with a problem."""
    files = config_files(explicit)
    if not files:
        return ClinicConfig()
    merged: ClinicConfig | None = None
    locked: frozenset[str] = frozenset()
    for index, path in enumerate(files):
        config = load_config(path)
        raw = read_raw(path)
        if index == 0 and path == machine_config_path():
            locked = locked_settings(raw, path)
        elif LOCK_SECTION in raw:
            raise ConfigError(
                f"{path.name}: [lock] belongs in the machine-wide file "
                f"({machine_config_path()}), not in a user's file.",
                path=path,
                key="lock",
            )
        merged = config if merged is None else _overlay(merged, config, raw, locked)
    assert merged is not None
    kiosk = merged.kiosk
    problem = idle_problem(kiosk.idle_timeout_seconds, kiosk.warning_seconds)
    if problem:
        raise ConfigError(
            f"{files[-1].name}: together with {files[0]}, {problem}",
            path=files[-1],
            key="warning_seconds",
        )
    if kiosk.enabled and not kiosk.admin_pin_hash:
        raise ConfigError(
            f"{files[-1].name}: kiosk mode is on but no file gives an "
            "admin_pin_hash; make one with 'cartapp hash-pin'.",
            path=files[-1],
            key="admin_pin_hash",
        )
    return replace(merged, locked=locked, files=tuple(files))


def ignored_settings(raw: dict[str, Any], locked: frozenset[str]) -> list[str]:
    """The settings of a user's file that a machine-wide lock keeps from applying."""
    return [
        f"{section}.{key}"
        for section in _SECTIONS
        for key in (raw.get(section) or {})
        if isinstance(raw.get(section), dict) and is_locked(locked, section, key)
    ]


def _overlay(
    base: ClinicConfig, top: ClinicConfig, raw: dict[str, Any], locked: frozenset[str]
) -> ClinicConfig:
    """``base`` with every setting ``top``'s file writes, unless it is locked."""
    parts = {}
    for section in _SECTIONS:
        table = raw.get(section)
        written: dict[str, Any] = table if isinstance(table, dict) else {}
        changes = {
            key: getattr(getattr(top, section), key)
            for key in written
            if not is_locked(locked, section, key) and hasattr(getattr(top, section), key)
        }
        parts[section] = replace(getattr(base, section), **changes)
    return replace(base, **parts, source=top.source)
