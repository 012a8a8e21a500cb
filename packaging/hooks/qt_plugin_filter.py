"""Shared by the PySide6 hooks here: Qt plugins filtered to the spec's allow-list.

PyInstaller's own hooks collect every plugin a Qt module may load, and with them
the libraries they link: QtGui's virtual-keyboard plugin alone brings QtQuick and
QtQml, QtMultimedia's FFmpeg back end brings FFmpeg, QtTextToSpeech brings its
mock engine. Filtering the plugin list in the hook, before PyInstaller follows
their links, keeps those libraries out; filtering after Analysis would not.
The allow-list lives in the spec (hooksconfig "cartapp", key "qt_plugins").
"""

from pathlib import PurePath

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import add_qt6_dependencies


def _plugin_id(src: str, dest: str) -> tuple[str, str] | None:
    """('platforms', 'qxcb') for .../plugins/platforms/libqxcb.so; None if not a plugin."""
    parts = PurePath(dest).parts
    if "plugins" not in parts:
        return None
    kind = "/".join(parts[parts.index("plugins") + 1 :])
    name = PurePath(src).name.split(".")[0]
    return kind, name.removeprefix("lib")


def filtered_hook(hook_api, hook_file: str) -> None:
    allowed = get_hook_config(hook_api, "cartapp", "qt_plugins")
    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    if allowed is not None:
        kept = []
        for src, dest in binaries:
            plugin = _plugin_id(src, dest)
            if plugin is None or plugin[1] in allowed.get(plugin[0], ()):
                kept.append((src, dest))
        binaries = kept
    hook_api.add_imports(*hiddenimports)
    hook_api.add_binaries(binaries)
    hook_api.add_datas(datas)
