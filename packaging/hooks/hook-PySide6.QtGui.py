"""PySide6.QtGui with only the Qt plugins the spec allows.

PyInstaller's own hook collects every plugin type QtGui may load (input
methods, image formats, platform themes, Wayland and EGL back ends...), and
with them the libraries they link: the virtual-keyboard plugin alone brings
QtQuick and QtQml. Filtering the plugin list here, before PyInstaller follows
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
    kind = "/".join(parts[parts.index("plugins") + 1:])
    name = PurePath(src).name.split(".")[0]
    return kind, name.removeprefix("lib")


def hook(hook_api):
    allowed = get_hook_config(hook_api, "cartapp", "qt_plugins")
    hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
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
