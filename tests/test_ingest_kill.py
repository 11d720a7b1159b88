"""A SIGKILLed ingest loses nothing committed, and a re-run ends where an unbroken run ends:
the same store, every table and index compared row by row (not counts)."""

from __future__ import annotations

import itertools
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import store_tables

SUBSET = 300


def _subset(tmp_path: Path, files: list[Path]) -> Path:
    out = tmp_path / "subset.jsonl"
    lines: list[str] = []
    for path in files:
        with path.open(encoding="utf-8") as handle:
            lines.extend(itertools.islice(handle, SUBSET // 2))
    out.write_text("".join(lines), encoding="utf-8")
    return out


def _ingest_cmd(src: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "marsad.cli", "ingest", str(src), "--db", str(db),
            "--workers", "2", "--batch-size", "10", "--quiet"]


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_sigkill_then_rerun_equals_uninterrupted(
    tmp_path: Path, shared_article_files: list[Path]
) -> None:
    src = _subset(tmp_path, shared_article_files)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    reference = tmp_path / "reference.db"
    subprocess.run(_ingest_cmd(src, reference), check=False, env=env, timeout=60,
                   capture_output=True)
    assert _count(reference) > 250
    expected = store_tables(reference)

    killed = tmp_path / "killed.db"
    proc = subprocess.Popen(_ingest_cmd(src, killed), env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while _count(killed) < 30 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole group: the writer and its workers
    proc.wait(timeout=10)
    at_kill = _count(killed)
    assert 0 < at_kill < len(expected["articles"]), "the kill must land mid-run"

    subprocess.run(_ingest_cmd(src, killed), check=False, env=env, timeout=60,
                   capture_output=True)
    conn = sqlite3.connect(killed)
    statuses = [r[0] for r in conn.execute("SELECT status FROM ingest_runs ORDER BY id")]
    conn.close()
    assert statuses == ["interrupted", "done"]
    got = store_tables(killed)
    assert [table for table in expected if got.get(table) != expected[table]] == []
    assert got.keys() == expected.keys()
