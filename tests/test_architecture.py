"""The layers stay apart, and only paths.py knows where files live."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_layer_contracts_hold():
    tool = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.skip("import-linter is not installed")
    result = subprocess.run([tool], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "0 broken" in result.stdout


def test_only_paths_module_builds_paths_from_the_package_location():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "cartapp").rglob("*.py")
        if path.name != "paths.py"
        and (
            "__file__" in path.read_text(encoding="utf-8")
            or "_MEIPASS" in path.read_text(encoding="utf-8")
        )
    ]
    assert offenders == []


def test_no_module_is_over_300_lines():
    """Small rooms: a module that grows past 300 lines is doing more than one job."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "cartapp"
    big = {
        str(p.relative_to(root)): n
        for p in root.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 300
    }
    assert not big, f"split these: {big}"
