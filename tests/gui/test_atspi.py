"""The app as Orca gets it on Linux: Qt's AT-SPI bridge on a virtual X screen, read
with pyatspi from the system Python in a D-Bus session of its own.

Needs the Debian packages that `scripts/system-deps.sh --extra` installs (make
test runs it): xvfb, dbus, at-spi2-core, python3-pyatspi. Skipped, saying which
is missing, where they are not installed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
GOLDEN = HERE / "golden" / "atspi"
WRITE = os.environ.get("CARTAPP_WRITE_GOLDEN") == "1"
TABS = ["overview", "mechanism", "conditions", "risks", "timeline", "life", "questions"]


def _missing() -> str:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is Linux's accessibility bus"
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (scripts/system-deps.sh --extra)"
    if not any(
        Path(d, "at-spi-bus-launcher").exists() for d in ("/usr/libexec", "/usr/lib/at-spi2-core")
    ):
        return "at-spi2-core is not installed (scripts/system-deps.sh --extra)"
    probe = (
        subprocess.run(
            ["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True, check=False
        )
        if Path("/usr/bin/python3").exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        return "python3-pyatspi is not installed (scripts/system-deps.sh --extra)"
    return ""


@pytest.fixture(scope="module")
def trees(tmp_path_factory):
    reason = _missing()
    if reason:
        pytest.skip(reason)
    home = tmp_path_factory.mktemp("atspi-home")
    env = dict(
        os.environ,
        CARTAPP_USER_DATA_DIR=str(home / "data"),
        CARTAPP_USER_CONFIG_DIR=str(home / "config"),
    )
    env["LC_PAPER"] = "en_US.UTF-8"  # as tests/gui/conftest.py: the paper menu's first choice
    env.pop("LC_ALL", None)
    env.pop("DISPLAY", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(HERE / "atspi" / "session.py"), *TABS],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no AT-SPI tree came back: {done.stdout[-800:]} {done.stderr[-800:]}"
    return json.loads(lines[-1])


def _links(tree: str) -> list[str]:
    return [line.strip() for line in tree.splitlines() if line.strip().startswith("link |")]


def _snapshot(tree: str) -> str:
    # The application's own line names the Python that runs it; it is not the app's.
    return "\n".join(line for line in tree.splitlines()[1:]) + "\n"


def test_every_tab_reaches_orca_with_named_controls_and_matches_its_snapshot(trees):
    for key in TABS:
        tree = trees[key]
        assert "frame | CAR T Family Guide" in tree, key
        for line in tree.splitlines():
            role, name = [part.strip() for part in line.split("|")[:2]]
            if line.rstrip().endswith("focusable") and role != "combo box":
                assert name, f"{key}: a focusable {role} with no name"
        path = GOLDEN / f"{key}.txt"
        if WRITE:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_snapshot(tree), encoding="utf-8")
        else:
            assert path.exists(), f"no AT-SPI snapshot {path.name}: run scripts/a11y-golden.sh"
            assert _snapshot(tree) == path.read_text(encoding="utf-8"), (
                f"the AT-SPI tree of {key} changed; if meant, run scripts/a11y-golden.sh"
            )


def test_page_links_reach_orca_as_links_with_words_and_a_press_action(trees):
    in_process = {
        key: (GOLDEN.parent / f"{key}.txt").read_text(encoding="utf-8")
        for key in ("overview", "conditions", "risks", "life")
    }
    for key, listing in in_process.items():
        links = _links(trees[key])
        assert len(links) == len(re.findall(r"^\s*Link: ", listing, re.M)) > 20, key
        for line in links:
            _role, name, description, actions = [p.strip() for p in line.split("|")[:4]]
            assert name and description, line
            assert actions.split(",")[0] == "Press", line


def test_pressing_a_glossary_link_over_atspi_opens_its_meaning(trees):
    pressed = trees["pressed"]
    word = pressed.splitlines()[0].split("|", 1)[1].strip()
    assert "panel | Word meaning" in pressed
    assert f"label | {word} " in pressed


def test_a_page_drawn_again_gives_orca_its_links_again(trees):
    assert len(_links(trees["rescaled"])) == len(_links(trees["overview"])) > 20
