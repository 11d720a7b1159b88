"""Batch mode on a real two-worker Ray cluster: same rows as the local engine, kill + resume.

Each run is a ``marsad.batch`` subprocess that starts its own local Ray cluster of 2 CPUs
(no dashboard, no usage stats, nothing leaves the machine); it runs in its own process
group so a SIGKILL can take down the driver and the Ray processes it started, by id.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("ray")
pytest.importorskip("pyarrow")

from marsad.batch import TABLES, read_table, run
from marsad.batch.engine import MARKERS

pytestmark = pytest.mark.slow
QUIET = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_DISABLE_DOCKER_CPU_WARNING": "1",
         "HF_HUB_OFFLINE": "1", "NO_PROXY": "*"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, shared_article_files: list[Path]) -> str:
    """~100 shared articles: the first 50 of each shared JSONL file."""
    files = shared_article_files
    path = tmp_path_factory.mktemp("ray-in") / "articles.jsonl"
    lines: list[str] = []
    for f in files:
        lines += [ln for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()][:50]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def local_out(corpus: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local-out")
    run([corpus], out, engine="local", workers=2, shard_size=5)
    return out


def _batch_cmd(corpus: str, out: Path) -> list[str]:
    return [sys.executable, "-m", "marsad.cli", "batch", corpus, "--out", str(out),
            "--engine", "ray", "--workers", "2", "--shard-size", "5", "--quiet"]


def _env() -> dict[str, str]:
    return {**os.environ, **QUIET}


def _assert_same(a: Path, b: Path) -> None:
    for table in TABLES:
        left, right = read_table(a, table).to_pylist(), read_table(b, table).to_pylist()
        first = next((i for i, (x, y) in enumerate(zip(left, right, strict=False)) if x != y),
                     None)
        where = f"{table}: {len(left)} vs {len(right)} rows, first difference at {first}"
        assert left == right, where


def test_ray_two_workers_equals_local(corpus: str, local_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "ray"
    done = subprocess.run(_batch_cmd(corpus, out), env=_env(), capture_output=True, text=True,
                          timeout=150, start_new_session=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (out / "_SUCCESS").exists()
    assert read_table(out, "articles").num_rows >= 95
    _assert_same(local_out, out)


def test_ray_killed_midway_resumes_without_duplicates(corpus: str, local_out: Path,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "ray-kill"
    proc = subprocess.Popen(_batch_cmd(corpus, out), env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if len(list((out / MARKERS).glob("part-*.json"))) >= 3:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the run finished before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)  # the driver and the Ray cluster it started
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    finished = len(list((out / MARKERS).glob("part-*.json")))
    assert 3 <= finished < 20 and not (out / "_SUCCESS").exists()

    done = subprocess.run([*_batch_cmd(corpus, out), "--json"], env=_env(), capture_output=True,
                          text=True, timeout=150, start_new_session=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f'"skipped": {finished}' in done.stdout
    articles = read_table(out, "articles")
    assert len(set(articles.column("doc").to_pylist())) == articles.num_rows  # no duplicates
    _assert_same(local_out, out)
