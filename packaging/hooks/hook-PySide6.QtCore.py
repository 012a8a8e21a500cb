"""PySide6.QtCore with only the Qt translations the spec allows.

PyInstaller's own hook bundles Qt's translations for every language (about
7 MB, a hundred files). The app's words come from content/<lang>/; Qt's own
strings (the file dialog's buttons and such) are needed only for the
languages the app ships. The spec lists them (hooksconfig "cartapp", key
"qt_translation_languages"); English needs none, since it is Qt's own language.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import add_qt6_dependencies


def _language(src: str) -> str | None:
    """'de' for qtbase_de.qm, 'pt_BR' for qt_pt_BR.qm; None if not a translation."""
    path = PurePath(src)
    if path.suffix != ".qm":
        return None
    return path.stem.split("_", 1)[1] if "_" in path.stem else ""


def hook(hook_api):
    languages = get_hook_config(hook_api, "cartapp", "qt_translation_languages")
    hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
    if languages is not None:
        datas = [
            (src, dest)
            for src, dest in datas
            if _language(src) is None or _language(src) in languages
        ]
    hook_api.add_imports(*hiddenimports)
    hook_api.add_binaries(binaries)
    hook_api.add_datas(datas)
