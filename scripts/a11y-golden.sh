#!/bin/sh
# Rewrites tests/gui/golden/*.txt and golden/atspi/*.txt, the roles and names a
# screen reader gets from each tab (in-process, and over AT-SPI), after a deliberate change; review `git diff tests/gui/golden` before
# committing it.
set -eu
cd "$(dirname "$0")/.."
CARTAPP_WRITE_GOLDEN=1 "${PYTHON:-.venv/bin/python}" -m pytest -q \
    tests/gui/test_accessibility.py tests/gui/test_atspi.py -k "golden or snapshot"
