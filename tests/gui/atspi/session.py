"""Runs inside its own D-Bus session (dbus-run-session): a virtual X screen, the
app with Qt's AT-SPI bridge on, and the system Python's pyatspi reading the tree
of each tab as Orca would. Prints JSON: {tab: listing}, and the result of pressing
a glossary link from AT-SPI."""

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"
APP_NAME = "CAR T Family Guide"


def walk(*extra: str) -> str:
    out = subprocess.run(
        [SYSTEM_PYTHON, str(HERE / "walk.py"), APP_NAME, *extra],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return out.stdout


def main() -> int:
    tabs = sys.argv[1:]
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    display = os.read(read_fd, 16).decode().strip()
    env = dict(
        os.environ,
        DISPLAY=f":{display}",
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
    )
    os.environ["DISPLAY"] = env["DISPLAY"]
    walk("--start-bus")  # the accessibility bus starts before the app asks for it
    app = subprocess.Popen(
        [sys.executable, str(HERE / "app.py")],
        env=env,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    result = {}
    try:
        app.stdout.readline()
        for key in tabs:
            app.stdin.write(f"tab {key}\n")
            app.stdin.flush()
            app.stdout.readline()
            result[key] = walk()
        if "overview" in tabs:
            app.stdin.write("tab overview\n")
            app.stdin.flush()
            app.stdout.readline()
            result["pressed"] = walk("--press-first", "glossary")
            # A page drawn again (a new text size) gives a screen reader its new links.
            app.stdin.write("scale 150\n")
            app.stdin.flush()
            app.stdout.readline()
            result["rescaled"] = walk()
    finally:
        try:
            app.stdin.write("quit\n")
            app.stdin.flush()
            app.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            app.kill()
        xvfb.terminate()
        xvfb.wait(10)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
