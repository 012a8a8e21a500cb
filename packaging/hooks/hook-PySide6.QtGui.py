"""PySide6.QtGui with only the Qt plugins the spec allows (see qt_plugin_filter)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from qt_plugin_filter import filtered_hook  # noqa: E402


def hook(hook_api):
    filtered_hook(hook_api, __file__)
