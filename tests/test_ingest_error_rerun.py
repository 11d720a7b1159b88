"""A bulk load stopped by an exception in its writer, then run again, ends with the store an
unbroken load builds (issue #16): every table, rowids included, and every index. The failure
is met at a batch boundary, in mid-batch and during the end of the load (``finish_bulk``),
after a commit, with a repeated article, a copy of another's text and an empty one before it:
the rows the first run stored are skipped by the re-run, the others are written again."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyarrow")

from conftest import load_script
from marsad.batch import load_parquet, run
from marsad.store.aggregates import EntityRecount
from marsad.store.ingest import BULK_TABLE, Writer

PER_FILE = 60
BATCH = 8  # a commit every 40 rows (``bulk.COMMIT_BATCHES`` batches)


class WriterFailure(RuntimeError):
    """The injected failure (a full disk, a bug in a later stage)."""


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory, shared_article_files: list[Path]) -> Path:
    """A batch output of 120 shared articles, with early rows the first run stores nothing
    for or the re-run skips only once stored: an article again (same id), another's text under
    a new id, and one with no text (a failure row)."""
    root = tmp_path_factory.mktemp("error_rerun")
    records: list[dict[str, Any]] = []
    for path in shared_article_files:
        with path.open(encoding="utf-8") as handle:
            records.extend(json.loads(line) for line, _ in zip(handle, range(PER_FILE),
                                                               strict=False))
    records[5:5] = [records[1], records[2] | {"id": f"{records[2]['id']}-copy"},
                    records[3] | {"id": "empty-text", "text": "", "abstract": ""}]
    source = root / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    run([str(source)], root / "out", shard_size=25, workers=1)
    return root / "out"


def _failing(after: int) -> Callable[..., None]:
    """A stand-in that raises on its ``after``-th call."""
    calls = [0]

    def fail(*args: Any, **kwargs: Any) -> None:
        calls[0] += 1
        if calls[0] >= after:
            raise WriterFailure(f"call {calls[0]}")

    return fail


def _passing_then(original: Callable[..., Any], after: int) -> Callable[..., Any]:
    """``original`` for its first ``after - 1`` calls, then a failure."""
    fail = _failing(after)

    def call(*args: Any, **kwargs: Any) -> Any:
        fail()
        return original(*args, **kwargs)

    return call


POINTS: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    # the 5th stage: the batch of rows 41-48, after the first commit (row 40)
    "batch_boundary": lambda mp: mp.setattr(Writer, "stage", _passing_then(Writer.stage, 5)),
    # the 53rd article the writer is given: in mid-batch, after the first commit
    "mid_batch": lambda mp: mp.setattr(Writer, "add", _passing_then(Writer.add, 53)),
    # the end of the load: rows written, entity counts and claim groups recounted, indexes built
    "finish_bulk": lambda mp: mp.setattr(EntityRecount, "finish", staticmethod(_failing(1))),
}


def _store(db: Path) -> dict[str, Any]:
    """Every table (``scripts/compare_stores.py``) and every index of the store; not which
    run stored an article, nor the runs themselves (a re-run records two)."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET run_id = NULL")
    conn = sqlite3.connect(db)
    try:
        schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                              "ORDER BY name").fetchall()
    finally:
        conn.close()
    tables = load_script("compare_stores").dump(str(db))
    tables.pop("ingest_runs")
    return {"sqlite_master": schema, **tables}


@pytest.fixture(scope="module")
def unbroken(out: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("unbroken") / "store.db"
    load_parquet(out, db, workers=1, batch_size=BATCH)
    store = _store(db)
    assert len(store["claim_groups"]) > 20 and len(store["articles"]) == 2 * PER_FILE
    return store


@pytest.mark.parametrize("point", sorted(POINTS))
def test_load_failed_in_the_writer_reruns_to_the_unbroken_store(
        point: str, out: Path, tmp_path: Path, unbroken: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "store.db"
    with monkeypatch.context() as patched:
        POINTS[point](patched)
        with pytest.raises(WriterFailure):
            load_parquet(out, db, workers=1, batch_size=BATCH)
    conn = sqlite3.connect(db)
    try:  # the failure landed after a commit, the load unfinished
        stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        unfinished = conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = ?",
                                  (BULK_TABLE,)).fetchone()[0]
        statuses = [s for (s,) in conn.execute("SELECT status FROM ingest_runs")]
    finally:
        conn.close()
    assert stored > 0 and unfinished == 1
    assert statuses == ["interrupted"]
    load_parquet(out, db, workers=2, batch_size=BATCH)
    rerun = _store(db)
    assert [t for t in unbroken if rerun.get(t) != unbroken[t]] == []
    assert rerun.keys() == unbroken.keys()
