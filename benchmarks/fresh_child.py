"""Time a snippet in a fresh interpreter on a given source tree.

Shared by the benchmarks that print this tree's figures beside another tree's: one fresh
process per figure, so that no import, cache or allocator state of one tree leaks into the
other's timing, and a check that the child really imported the tree it was given (an
installed marsad would otherwise shadow it silently).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run_on_tree(source: Path, code: str, *args: str) -> dict[str, float]:
    """Run ``code`` (which prints a JSON line with ``source`` = ``marsad.__file__`` last) with
    ``source`` first on the path; its JSON."""
    env = dict(os.environ, PYTHONPATH=str(source), PYTHONHASHSEED="0")
    done = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True,
                          text=True, env=env)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if not str(result["source"]).startswith(str(source)):
        raise SystemExit(f"the child imported {result['source']}, not the tree at {source}")
    return result
