#!/usr/bin/env bash
# The library alone installs and runs: `pip install .` (no extras) in a fresh venv, then
# `marsad extract` on the seed must print JSON with its events. Catches a dependency that only
# an extra (dev, batch) happened to pull in.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="$(mktemp -d)/venv"
trap 'rm -rf "$(dirname "$VENV")"' EXIT
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet .
"$VENV/bin/marsad" extract ../shared/seed/step-news-interview.txt \
    | "$VENV/bin/python" -c 'import json, sys; d = json.load(sys.stdin); assert d["text"] and d["events"]; print("library install: ok,", len(d["events"]), "events on the seed")'
