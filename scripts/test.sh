#!/usr/bin/env bash
# Sets everything up (including Debian's Chromium for the browser tests) and runs the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-browser
.venv/bin/python -m pytest -q "$@"
