"""Output-identity harness for performance work on the non-NER stages.

Speed changes must not change output. Script mode records, for a fixed sample of the shared
corpus (every 6th article, first 400), a SHA-256 of the full ``marsad.to_dict`` JSON per
article plus a hash per top-level field (so a difference can be traced to one stage), and
per-stage timings::

    .venv/bin/python tests/test_perf_regression.py record /tmp/before.json
    .venv/bin/python tests/test_perf_regression.py compare /tmp/before.json
    .venv/bin/python tests/test_perf_regression.py time [--limit 300]

Keep baselines outside the repository: they depend on the models and lexicons of the day.
The slow test compares against a baseline named by ``MARSAD_PERF_BASELINE`` when set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

from conftest import SHARED_ARTICLES, iter_shared_articles

STEP = 6
LIMIT = 400


def sample(limit: int = LIMIT, step: int = STEP) -> list[dict[str, Any]]:
    rows = list(islice(iter_shared_articles(), 0, step * limit, step))
    if not rows:
        raise FileNotFoundError(f"no shared articles under {SHARED_ARTICLES}")
    return rows


def document(row: dict[str, Any]) -> Any:
    from marsad.model import RawDocument

    return RawDocument(row["text"], title=row.get("title"), id=row.get("id"),
                       published=row.get("published") or row.get("date_extracted"))


def _digest(value: Any) -> str:
    blob = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


def fingerprints(rows: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    import marsad

    out: dict[str, dict[str, str]] = {}
    for index, row in enumerate(rows):
        data = marsad.to_dict(marsad.extract(document(row)))
        entry = {"*": _digest(data)}
        entry.update({key: _digest(value) for key, value in data.items()})
        out[f"{index}:{row.get('id')}"] = entry
    return out


def compare(before: dict[str, dict[str, str]],
            after: dict[str, dict[str, str]]) -> list[str]:
    problems: list[str] = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old is None or new is None:
            problems.append(f"{key}: present only {'after' if old is None else 'before'}")
        elif old["*"] != new["*"]:
            fields = sorted(f for f in old if f != "*" and old.get(f) != new.get(f))
            problems.append(f"{key}: fields differ: {', '.join(fields)}")
    return problems


def stage_timings(limit: int) -> dict[str, float]:
    """Milliseconds per article per stage over the sample (one process, cold caches)."""
    import marsad
    from marsad.core import default_pipeline

    docs = [document(row) for row in sample(limit)]
    marsad.extract("تهيئة.")  # load models and lexicons; caches stay cold for the sample
    pipeline = default_pipeline()
    pipeline.timings.clear()
    began = time.perf_counter()
    for doc in docs:
        marsad.extract(doc)
    elapsed = time.perf_counter() - began
    result = {name: 1000 * seconds / len(docs) for name, seconds in pipeline.timings.items()}
    result["TOTAL(wall)"] = 1000 * elapsed / len(docs)
    return result


@pytest.mark.slow
def test_outputs_match_recorded_baseline() -> None:
    baseline = os.environ.get("MARSAD_PERF_BASELINE")
    if not baseline or not Path(baseline).exists():
        pytest.skip("set MARSAD_PERF_BASELINE to a file written by `record`")
    before = json.loads(Path(baseline).read_text(encoding="utf-8"))
    problems = compare(before, fingerprints(sample()))
    assert not problems, "\n".join(problems[:20])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["record", "compare", "time"])
    parser.add_argument("path", nargs="?")
    parser.add_argument("--limit", type=int, default=LIMIT)
    args = parser.parse_args()
    if args.mode == "time":
        for name, ms in stage_timings(args.limit).items():
            print(f"{name:<12} {ms:8.3f} ms/article")
        return
    if not args.path:
        parser.error("record/compare need a path")
    began = time.perf_counter()
    current = fingerprints(sample(args.limit))
    print(f"{len(current)} articles in {time.perf_counter() - began:.1f}s")
    if args.mode == "record":
        Path(args.path).write_text(json.dumps(current, indent=0), encoding="utf-8")
        print(f"wrote {args.path}")
        return
    problems = compare(json.loads(Path(args.path).read_text(encoding="utf-8")), current)
    for line in problems[:40]:
        print(line)
    print(f"{len(problems)} of {len(current)} articles differ")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    main()
