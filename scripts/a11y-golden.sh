#!/bin/sh
# Rewrites tests/gui/golden/*.txt, the roles and names a screen reader gets from
# each tab, after a deliberate change; review `git diff tests/gui/golden` before
# committing it.
set -eu
cd "$(dirname "$0")/.."
CARTAPP_WRITE_GOLDEN=1 "${PYTHON:-.venv/bin/python}" -m pytest -q \
    tests/gui/test_accessibility.py -k golden
