"""A bounded load test of the real server (``marsad serve`` on 127.0.0.1): 20 concurrent
clients for 15 s over a 300-article store while 200 more articles are ingested into the
same database. No 5xx, no connection errors or timeouts, no 'database is locked', each
route kind answered. Latencies are printed, not asserted (wall-clock bounds belong to the
benchmarks): the full-size run (whole shared corpus, 60 s) is ``benchmarks/bench_load.py``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
pytest.importorskip("uvicorn")

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_load.py"
CLIENTS, SECONDS, ARTICLES, INGEST = 20, 15.0, 300, 200

pytestmark = pytest.mark.slow


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("marsad_load_test", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["marsad_load_test"] = module
    spec.loader.exec_module(module)
    return module


def test_load_with_concurrent_ingest(tmp_path: Path) -> None:
    bench = _bench()
    if not bench.SHARED_ARTICLES.exists():
        pytest.fail(f"shared articles missing at {bench.SHARED_ARTICLES}")
    records = bench.corpus_records()
    db = bench.copy_db(bench.cached_db(records[:ARTICLES]), tmp_path / "work.db")
    results = bench.run(db, CLIENTS, SECONDS, records[ARTICLES:ARTICLES + INGEST], tmp_path)
    summary = results.summary()
    print("\n" + bench.report(summary))
    assert summary["requests"] > 100, summary
    assert summary["errors"] == 0, summary["error_samples"]
    assert summary["4xx"] == 0, summary["error_samples"]
    assert not summary["server_log_problems"], summary["server_log_problems"]
    ingest = summary["ingest"]
    assert ingest["returncode"] == 0, ingest
    # (near-duplicates are counted among the duplicates)
    assert ingest["failed"] == 0 and ingest["read"] == INGEST, ingest
    assert ingest["new"] + ingest["duplicate"] == INGEST and ingest["new"] > 0, ingest
    for kind, row in summary["kinds"].items():
        assert row["n"] > 0, kind
