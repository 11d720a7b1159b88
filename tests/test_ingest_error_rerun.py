"""A load stopped by an exception in its writer, then run again, ends with the store an
unbroken load builds (issue #16): every table, rowids included, and every index. The failure
is met at a batch boundary, in mid-batch and (a bulk load) during the end of the load
(``finish_bulk``), after a commit, with a repeated article, a copy of another's text and an
empty one before it: the rows the first run stored are skipped by the re-run, the others are
written again. Both loads are covered: ``marsad ingest --parquet`` (``load_parquet``) and
plain ``marsad ingest`` of a JSONL file (``ingest``)."""

from __future__ import annotations

import importlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyarrow")

from conftest import store_tables
from marsad.batch import load_parquet, run
from marsad.store.aggregates import EntityRecount
from marsad.store.ingest import BULK_TABLE, Writer, ingest, ingest_run

PER_FILE = 60
BATCH = 8  # a commit every 40 rows (``bulk.COMMIT_BATCHES`` batches)


class WriterFailure(RuntimeError):
    """The injected failure (a full disk, a bug in a later stage)."""


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory, shared_article_files: list[Path]) -> Path:
    """A JSONL file of 120 shared articles, with early rows the first run stores nothing
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
    return source


@pytest.fixture(scope="module")
def out(source: Path) -> Path:
    """The batch output of ``source``."""
    run([str(source)], source.parent / "out", shard_size=25, workers=1)
    return source.parent / "out"


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


@pytest.fixture(scope="module")
def unbroken(out: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("unbroken") / "store.db"
    load_parquet(out, db, workers=1, batch_size=BATCH)
    store = store_tables(db)
    assert len(store["claim_groups"]) > 20 and len(store["articles"]) == 2 * PER_FILE
    return store


def _failed_run(db: Path) -> tuple[int, int, list[str]]:
    """The store a failed first run left: its articles, whether a bulk load is unfinished,
    the runs' statuses."""
    conn = sqlite3.connect(db)
    try:
        stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        unfinished = conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = ?",
                                  (BULK_TABLE,)).fetchone()[0]
        statuses = [s for (s,) in conn.execute("SELECT status FROM ingest_runs")]
    finally:
        conn.close()
    return stored, unfinished, statuses


def _same_store(rerun: dict[str, Any], unbroken: dict[str, Any]) -> None:
    assert [t for t in unbroken if rerun.get(t) != unbroken[t]] == []
    assert rerun.keys() == unbroken.keys()


@pytest.mark.parametrize("point", sorted(POINTS))
def test_load_failed_in_the_writer_reruns_to_the_unbroken_store(
        point: str, out: Path, tmp_path: Path, unbroken: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "store.db"
    with monkeypatch.context() as patched:
        POINTS[point](patched)
        with pytest.raises(WriterFailure):
            load_parquet(out, db, workers=1, batch_size=BATCH)
    stored, unfinished, statuses = _failed_run(db)
    # the failure landed after a commit, the load unfinished
    assert stored > 0 and unfinished == 1
    assert statuses == ["interrupted"]
    load_parquet(out, db, workers=2, batch_size=BATCH)
    _same_store(store_tables(db), unbroken)


def _ingest(source: Path, db: Path, workers: int) -> None:
    ingest([str(source)], db, workers=workers, progress=False, batch_size=BATCH, chunk=5)


@pytest.fixture(scope="module")
def unbroken_plain(source: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("unbroken_plain") / "store.db"
    _ingest(source, db, workers=1)
    store = store_tables(db)
    assert len(store["claim_groups"]) > 20 and len(store["articles"]) == 2 * PER_FILE
    return store


# The writer's ``add`` is given every input row of a plain ingest but the ids found stored
# before extraction: its 41st call is the first row of a batch, its 45th in mid-batch.
PLAIN_POINTS = {"batch_boundary": 41, "mid_batch": 45}


@pytest.mark.parametrize("point", sorted(PLAIN_POINTS))
def test_ingest_failed_in_the_writer_reruns_to_the_unbroken_store(
        point: str, source: Path, tmp_path: Path, unbroken_plain: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A re-run of plain ``marsad ingest`` skips the stored ids before extraction; it commits
    (refreshing the claim groups, flushing the search index) at the unbroken run's rows."""
    db = tmp_path / "store.db"
    with monkeypatch.context() as patched:
        patched.setattr(Writer, "add", _passing_then(Writer.add, PLAIN_POINTS[point]))
        with pytest.raises(WriterFailure):
            _ingest(source, db, workers=1)
    stored, _, statuses = _failed_run(db)
    assert 0 < stored < 2 * PER_FILE and statuses == ["interrupted"]
    _ingest(source, db, workers=2)
    _same_store(store_tables(db), unbroken_plain)


def test_a_failure_to_mark_the_run_interrupted_leaves_the_cause_raised(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The run's ``interrupted`` mark is written after the failure; when it cannot be (a full
    disk), the failure that stopped the run is still the one raised."""
    module = importlib.import_module("marsad.store.ingest")  # ``marsad.store.ingest`` is
    real_connect = module.connect  # also the name of a function, which ``import`` would get

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)
        conn.execute("CREATE TEMP TRIGGER no_mark BEFORE UPDATE OF status ON ingest_runs "
                     "WHEN NEW.status = 'interrupted' BEGIN SELECT RAISE(ABORT, 'disk full'); "
                     "END")
        return conn

    monkeypatch.setattr(module, "connect", connect)
    with pytest.raises(WriterFailure), ingest_run(tmp_path / "store.db",
                                                   ["test:failing"]) as writer:
        writer.begin()
        raise WriterFailure("the cause")
