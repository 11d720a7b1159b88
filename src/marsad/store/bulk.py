"""Bulk load: a ``marsad batch`` output directory into the store, streamed, in bounded memory.

The Parquet already holds each article's extraction, so loading is writing. The costs that
remain per article — parsing its JSON, the dedup keys, the search shadows and the fact rows —
are prepared in worker processes (:func:`marsad.store.rows.article_rows`); the one writer only
checks duplicates and inserts. Shards are read one row batch at a time and at most a few
chunks are in flight, so memory does not grow with the input. Rows are written in input order
(shard by shard, ``doc`` order inside a shard), through the ingest writer, so the database is
the one ``marsad ingest`` would build; articles already stored are skipped before any work,
which makes a re-load add nothing and a load killed or stopped by an error resume where its
last commit ended, to the store an unbroken load builds (batches end at the same input rows).
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from marsad.store import prepared
from marsad.store.db import connect, resolve_db_path
from marsad.store.ingest import Extracted, IngestSummary, ingest_run, stored_ids
from marsad.store.progress import IngestProgress
from marsad.store.rows import article_rows, document_row

ARTICLE_COLUMNS = ["doc", "id", "origin", "raw", "raw_format", "json"]
PREPARED = "prepared"  # the rows ``marsad batch`` prepared, when its output has them
EMPTY_TEXT = "no article text left after cleaning"
# The writer's page cache while loading: index pages of the fact tables stay in memory instead
# of being re-read for every insert (the load ran 1.6× faster with it on 2,500 articles).
CACHE_KIB = 256 * 1024
# A transaction holds this many batches of ``batch_size`` articles (each batch's rows are
# written when it ends, see ``Writer.stage``), or fewer when its count deltas pass
# ``AGGREGATE_KEYS`` keys (a few hundred bytes each): the deltas of one key collapse over the
# whole transaction (entity pairs: 1.1 million upserts for 10,000 articles in batches of
# 2,000, 0.26 million in one transaction).
COMMIT_BATCHES = 5
AGGREGATE_KEYS = 1_000_000


@dataclass(slots=True, frozen=True)
class _Task:
    """One row group of one shard's ``articles`` file, prepared by one worker."""

    file: Path
    row_group: int
    db: Path
    keep_raw: bool


def _prepare(task: _Task) -> list[tuple[int, Extracted | None]]:
    """Worker side: (doc, rows) for each article of the row group; ``None`` for an id the store
    holds already (checked on a read-only connection, so a re-load prepares nothing). Rows
    ``marsad batch`` prepared for this very ``json`` are decoded (``store/prepared.py``);
    the others (an older output, a rewritten row) are prepared here."""
    if task.row_group < 0:  # a shard whose every document failed has no article rows
        return []
    shard = pq.ParquetFile(task.file)
    columns = [*ARTICLE_COLUMNS, *(c for c in (PREPARED,) if c in shard.schema_arrow.names)]
    table = shard.read_row_group(task.row_group, columns=columns)
    # the JSON as UTF-8 bytes (no decoding): the prepared rows' stamp is over them
    table = table.set_column(columns.index("json"), "json", table["json"].cast(pa.binary()))
    records = table.to_pylist()
    known = _stored_ids(task.db, [r["id"] for r in records if r["id"] is not None])
    out: list[tuple[int, Extracted | None]] = []
    for r in records:
        if r["id"] in known:
            out.append((r["doc"], None))
            continue
        raw = r["raw"] or b""
        document = document_row(r["origin"], raw, r["raw_format"], task.keep_raw)
        rows = prepared.decode(r.get(PREPARED), r["json"], document)
        if rows is None:
            payload = r["json"].decode()
            data = json.loads(payload)
            if not (data.get("text") or "").strip():
                out.append((r["doc"], Extracted(r["origin"], error=EMPTY_TEXT)))
                continue
            rows = article_rows(data, origin=r["origin"], raw=raw, raw_format=r["raw_format"],
                                keep_raw=task.keep_raw, payload=payload)
        out.append((r["doc"], Extracted(r["origin"], rows=rows)))
    return out


def _tasks(root: Path, db: Path, keep_raw: bool) -> Iterator[_Task]:
    """Every row group of every shard, in input order (at least one task per shard)."""
    for article_file in sorted((root / "articles").glob("part-*.parquet")):
        groups = pq.ParquetFile(article_file).num_row_groups
        for group in range(groups) if groups else [-1]:
            yield _Task(article_file, group, db, keep_raw)


def _in_order(tasks: Iterator[_Task], workers: int
              ) -> Iterator[tuple[_Task, list[tuple[int, Extracted | None]]]]:
    """Each task with its prepared rows, in task order; at most ``3 × workers`` in flight."""
    if workers <= 1:
        for task in tasks:
            yield task, _prepare(task)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        window: deque[tuple[_Task, Future[list[tuple[int, Extracted | None]]]]] = deque()
        for task in tasks:
            window.append((task, pool.submit(_prepare, task)))
            if len(window) >= workers * 3:
                done, future = window.popleft()
                yield done, future.result()
        while window:
            done, future = window.popleft()
            yield done, future.result()


def _stored_ids(db: Path, ids: list[str]) -> set[str]:
    """The writer's duplicate check, made early on the worker's own read-only connection."""
    conn = connect(db, readonly=True)
    try:
        return stored_ids(conn, ids)
    finally:
        conn.close()


def _failures(root: Path, article_file: Path) -> deque[tuple[int, Extracted]]:
    path = root / "failures" / article_file.name
    if not path.is_file():
        return deque()
    rows = pq.read_table(path, columns=["doc", "origin", "reason"]).to_pylist()
    return deque(sorted(((r["doc"], Extracted(r["origin"], error=r["reason"])) for r in rows),
                        key=lambda pair: pair[0]))


def load_parquet(out_dir: str | os.PathLike[str], db_path: str | os.PathLike[str] | None = None,
                 *, workers: int | None = None, batch_size: int = 2000,
                 keep_raw: bool = False, progress: bool = False,
                 fast: bool = True) -> IngestSummary:
    """Load a batch output directory into the store; returns the run's ``IngestSummary``.

    ``workers`` processes prepare rows (default: all cores; 1 prepares in this process);
    ``batch_size`` articles are written at a time and ``COMMIT_BATCHES`` such batches go in
    one transaction (a killed load redoes at most that); ``keep_raw`` also stores each input's
    bytes (its hash and origin are always kept). Duplicates and near-duplicates are handled by
    the ingest writer, exactly as for ``marsad ingest``. Memory is bounded by a few row groups
    (a shard, 100 documents by default) per worker, whatever the size of the directory.
    ``fast``: a load into an empty store (or one resuming such a load) builds the indexes
    and the entity counts once at the end (:meth:`Writer.start_bulk`); the store is the same
    either way, ``False`` keeps them current after every commit.
    """
    root = Path(out_dir)
    if not (root / "articles").is_dir():
        raise FileNotFoundError(f"no batch output (articles/) under {root}")
    n_workers = workers or os.cpu_count() or 1
    reporter = IngestProgress(progress, None)
    try:
        with ingest_run(db_path, [f"parquet:{root}"], bulk=fast) as writer:
            writer.conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            summary = writer.summary
            staged = [0]  # batches written in the open transaction

            def write(item: Extracted | None) -> None:
                """Write ``item`` (``None``: an article stored before this run); a batch
                (``Writer.row``: every ``batch_size`` input rows) is staged or committed."""
                if writer.row(item, batch_size):
                    staged[0] += 1
                    if staged[0] >= COMMIT_BATCHES or writer.aggregates.size() > AGGREGATE_KEYS:
                        writer.commit()
                        staged[0] = 0
                    else:
                        writer.stage()

            shard: Path | None = None
            failures: deque[tuple[int, Extracted]] = deque()
            for task, prepared in _in_order(_tasks(root, resolve_db_path(db_path), keep_raw),
                                            n_workers):
                if task.file != shard:  # a new shard: the last one's late failures first
                    while failures:
                        write(failures.popleft()[1])
                    shard, failures = task.file, _failures(root, task.file)
                for doc, item in prepared:
                    while failures and failures[0][0] < doc:
                        write(failures.popleft()[1])
                    write(item)
                reporter.update(summary)
            while failures:
                write(failures.popleft()[1])
    finally:
        reporter.close()
    return summary
