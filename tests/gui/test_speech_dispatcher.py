"""The Linux voice for real: Qt's speech-dispatcher engine, against a private
speech-dispatcher (installed by scripts/system-deps.sh) that speaks with espeak-ng
into libao's null driver, so no sound card is needed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="speech-dispatcher is the Linux engine"
)

CONFIG = """AudioOutputMethod "libao"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
LogLevel 2
"""


@pytest.fixture
def dispatcher(tmp_path, monkeypatch):
    binary = shutil.which("speech-dispatcher")
    assert binary, "speech-dispatcher is missing: run sh scripts/system-deps.sh --extra"
    conf, home = tmp_path / "conf", tmp_path / "home"
    (conf / "modules").mkdir(parents=True)
    home.mkdir()
    (conf / "speechd.conf").write_text(CONFIG, encoding="utf-8")
    module = Path("/etc/speech-dispatcher/modules/espeak-ng.conf")
    if module.exists():
        shutil.copy(module, conf / "modules")
    (home / ".libao").write_text("default_driver=null\n", encoding="utf-8")
    socket = tmp_path / "speechd.sock"
    env = dict(os.environ, HOME=str(home))
    # speech-dispatcher exits at start-up when a locale variable names a locale this
    # machine has not generated (tests/gui/conftest.py sets LC_PAPER for the paper menus).
    for variable in ("LC_PAPER", "LC_ALL"):
        env.pop(variable, None)
    process = subprocess.Popen(
        [binary, "-s", "-C", str(conf), "-S", str(socket), "-t", "0", "-c", "unix_socket"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{socket}")
    monkeypatch.setenv("CARTAPP_TTS_ENGINE", "speechd")
    yield socket
    process.terminate()
    process.wait(timeout=10)


def test_the_linux_engine_loads_and_finds_an_english_voice(qtbot, dispatcher):
    from PySide6.QtCore import QLocale
    from PySide6.QtTextToSpeech import QTextToSpeech

    from cartapp.ui.speech.speaker import Speaker

    assert dispatcher.exists(), "speech-dispatcher did not start"
    assert "speechd" in QTextToSpeech.availableEngines()
    voice = Speaker()
    assert voice.engine_name() == "speechd"
    qtbot.waitUntil(lambda: voice.engine().state() != QTextToSpeech.State.Error, timeout=5000)
    assert voice.problem_text() == ""
    chosen = voice.engine().voice()
    assert chosen.locale().language() == QLocale.Language.English
    # speech-dispatcher lists many voices under the locale "C": never chosen for English.
    assert chosen.locale().name() != "C"
    spoken = []
    voice.sentence.connect(spoken.append)
    from cartapp.model.sentences import sentences

    assert voice.read(sentences("Hello. This is a test."), owner=object())
    qtbot.waitUntil(lambda: spoken and spoken[-1] == -1, timeout=20000)
    assert spoken[:2] == [0, 1]
