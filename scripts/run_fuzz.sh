#!/usr/bin/env bash
# Bounded fuzzing of marsad.extract for CI: atheris/libFuzzer for FUZZ_SECONDS (default 60).
#
#   scripts/run_fuzz.sh            # 60 s
#   FUZZ_SECONDS=600 scripts/run_fuzz.sh
#
# Seeds are the small cases of the hostile corpus (tests/hostile/generate.py), written to a
# temporary directory; new interesting inputs stay there for the run only (nothing is
# committed). A crash writes crash-* / timeout-* / oom-* beside the working directory and
# exits non-zero. Per-input limits: 20 s and 3 GB RSS. Falls back to the hypothesis byte
# property (tests/test_fuzz_properties.py, ci profile) when atheris is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
SECONDS_BUDGET=${FUZZ_SECONDS:-60}
ARTIFACTS=${FUZZ_ARTIFACTS:-fuzz-artifacts}
if ! "$PY" -c "import atheris" 2>/dev/null; then
    echo "run_fuzz: atheris not installed; running the hypothesis byte fuzzer instead" >&2
    MARSAD_HYPOTHESIS_PROFILE=ci exec "$PY" -m pytest -q -p no:cacheprovider \
        tests/test_fuzz_properties.py -k arbitrary_bytes
fi
CORPUS=$(mktemp -d)
trap 'rm -rf "$CORPUS"' EXIT
"$PY" - "$CORPUS" <<'PY'
import sys
from pathlib import Path
sys.path.insert(0, "tests")
from hostile.generate import cases
out = Path(sys.argv[1])
for i, case in enumerate(cases(big_mb=1)):
    if len(case.data) <= 20_000:
        for j, fmt in enumerate((b"\x00", b"\x01")):  # auto, html
            (out / f"{i:03d}-{j}-{case.name}").write_bytes(fmt + case.data)
PY
mkdir -p "$ARTIFACTS"
exec "$PY" fuzz/fuzz_extract.py -max_total_time="$SECONDS_BUDGET" -timeout=20 \
    -rss_limit_mb=3072 -max_len=20000 -print_final_stats=1 \
    -artifact_prefix="$ARTIFACTS/" "$CORPUS"
