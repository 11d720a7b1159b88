"""Ingest: raw inputs → extracted articles in the store, in parallel, idempotent, resumable.

Extraction (the expensive part) runs in worker processes; the main process is the only
writer and commits in batches, so a killed ingest loses at most one uncommitted batch and a
re-run skips everything already stored (by id, then by the hash of the normalised text).
Syndicated copies are kept but grouped: a small pure-Python MinHash over word 5-shingles with
LSH banding records them as clusters in ``near_duplicates``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from marsad import limits
from marsad.core import PipelineSpec, as_pipeline
from marsad.executor import (
    WorkerPool,
    WorkerSettings,
    extract_document,
    pipeline_for,
    settings_here,
)
from marsad.inputs import InputProblem, SourceOptions, iter_inputs
from marsad.model import RawDocument
from marsad.store.aggregates import Aggregates, EntityRecount
from marsad.store.claim_groups import INSERT_CLAIM
from marsad.store.claim_groups import recount as recount_claim_groups
from marsad.store.db import connect
from marsad.store.dedup import most_similar
from marsad.store.migrations import INSERT_EVENT
from marsad.store.progress import IngestProgress
from marsad.store.rows import INSERT_FTS, ArticleRows, Row, article_rows

# LSH candidates compared per new article (see ``Writer._near_duplicates``)
_NEAR_DUP_CANDIDATES = 64
_UPSERT_ENTITY = (
    "INSERT INTO entities(id, type, name_ar, name_en, wikidata, category, country, lat, lon, "
    "in_kb) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
    "name_en=coalesce(entities.name_en, excluded.name_en), "
    "wikidata=coalesce(entities.wikidata, excluded.wikidata)")
# Input rows in one chunk for the workers at most (``_batches``), most of them stored ids
_CHUNK_ROWS = 1000
# Entity rows remembered as written (``Writer.entities_written``), a bound on its memory
_ENTITY_ROWS_KEPT = 200_000
_INSERT_DOCUMENT = ("INSERT INTO documents(article_id, origin, format, content, content_hash) "
                    "VALUES (?,?,?,?,?)")
# ``article`` is the article's rowid (migration 13); a mention listed twice is kept once
_INSERT_MENTION = ('INSERT OR IGNORE INTO mentions(article, entity_id, start, "end", how) '
                   "VALUES (?,?,?,?,?)")
_INSERT_QUANTITY = ('INSERT INTO quantities(article_id, start, "end", text, value, unit, counted, '
                    "json) VALUES (?,?,?,?,?,?,?,?)")
_INSERT_TIME = ('INSERT INTO times(article_id, start, "end", text, value, granularity, json) '
                "VALUES (?,?,?,?,?,?,?)")
_INSERT_STATEMENT = ('INSERT INTO statements(article_id, start, "end", speaker, speaker_entity, '
                     "cue, stance, json) VALUES (?,?,?,?,?,?,?,?)")
# A bulk load into an empty store builds the secondary indexes after its rows (``Writer.
# start_bulk``): this table holds the ones it dropped, and marks the load as unfinished.
BULK_TABLE = "bulk_load_indexes"
# Indexes the load itself reads (the claim groups' refresh names ``claims_group``): kept.
_BULK_KEPT_INDEXES = ("claims_group",)
_DEFERRED = (INSERT_FTS, _INSERT_DOCUMENT, _INSERT_MENTION, _INSERT_QUANTITY, _INSERT_TIME,
             _INSERT_STATEMENT, INSERT_EVENT, INSERT_CLAIM)


# --- worker side --------------------------------------------------------------------------


@dataclass(slots=True)
class Extracted:
    """What a worker sends back: the article's prepared rows, or why there is none."""

    origin: str
    rows: ArticleRows | None = None
    error: str | None = None


def process(raw: RawDocument, doc_seconds: float | None = limits.DEFAULT_SECONDS,
            keep_raw: bool = True, pipeline: PipelineSpec = None) -> Extracted:
    """Extract one document and prepare its rows (runs in a worker process).

    A pathological document is stopped at ``doc_seconds`` and recorded as failed (E031).
    """
    outcome = extract_document(raw, as_pipeline(pipeline), doc_seconds)
    return _rows(raw, outcome.origin, outcome.data, outcome.raw, outcome.error, keep_raw)


def _rows(raw: RawDocument, origin: str, data: dict[str, Any] | None, content: bytes | None,
          error: str | None, keep_raw: bool) -> Extracted:
    """The SQLite sink's worker half: an extraction outcome as the article's rows."""
    if error is not None or data is None or content is None:
        return Extracted(origin, error=error or "unknown")
    if not (data.get("text") or "").strip():
        return Extracted(origin, error="no article text left after cleaning")
    return Extracted(origin, rows=article_rows(data, origin=origin, raw=content,
                                               raw_format=raw.format, keep_raw=keep_raw))


def _process_batch(batch: list[RawDocument | Extracted | None], settings: WorkerSettings | None,
                   keep_raw: bool = True) -> list[Extracted | None]:
    """One chunk, in a worker of :class:`marsad.executor.WorkerPool` (or inline); the rows
    with nothing to extract (an input problem, ``None`` for a stored id) pass through, so the
    writer meets every input row in input order."""
    here = settings_here(settings)
    pipeline = pipeline_for(here)
    out: list[Extracted | None] = []
    for raw in batch:
        if not isinstance(raw, RawDocument):
            out.append(raw)
            continue
        outcome = extract_document(raw, pipeline, here.doc_seconds)
        out.append(_rows(raw, outcome.origin, outcome.data, outcome.raw, outcome.error,
                         keep_raw))
    return out


# --- writer side --------------------------------------------------------------------------


def stored_ids(conn: sqlite3.Connection, article_ids: list[str]) -> set[str]:
    """Which of ``article_ids`` the store holds already (one query per 500 ids)."""
    known: set[str] = set()
    for at in range(0, len(article_ids), 500):  # below SQLite's bound-parameter limit
        part = article_ids[at:at + 500]
        known.update(aid for (aid,) in conn.execute(
            f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(part))})", part))
    return known


@dataclass(slots=True)
class IngestSummary:
    """Counts for one run; ``near_duplicate`` articles are stored too (and counted in new)."""

    run_id: int
    read: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "read": self.read, "new": self.new,
                "duplicate": self.duplicate, "near_duplicate": self.near_duplicate,
                "failed": self.failed, "failures": [list(f) for f in self.failures],
                "seconds": round(self.seconds, 3)}


class Writer:
    """The single writer: dedup checks and inserts for a batch, one transaction per batch."""

    def __init__(self, conn: sqlite3.Connection, run_id: int, summary: IngestSummary) -> None:
        self.conn = conn
        self.run_id = run_id
        self.summary = summary
        self.aggregates = Aggregates()
        # Inserts deferred to the commit (``_write_deferred``); the articles, entities and
        # near-duplicate keys are written at once, since later articles' checks read them.
        self.deferred: dict[str, list[Row]] = {sql: [] for sql in _DEFERRED}
        # Entity rows this writer has upserted: the same row again would be a no-op upsert
        # (nothing in marsad deletes or rewrites entity rows, and a failed transaction ends
        # the run), so it is skipped. Cleared when it grows past ``_ENTITY_ROWS_KEPT``.
        self.entities_written: set[Row] = set()

    def begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")

    def start_bulk(self) -> None:
        """Write an empty store the fast way: the secondary indexes are dropped now and built
        once after the rows (a sort instead of a B-tree insert per row), and the entity
        counts are recounted once at the end (``aggregates.EntityRecount``) instead of
        per-article deltas, as are the claim groups' counts (``claim_groups.touch``). The
        dropped indexes are recorded in ``BULK_TABLE``, committed with the first rows, so a
        killed load resumes the same way and any other writer finishes it first
        (:meth:`finish_bulk`). A store that holds articles is written as always.
        """
        c = self.conn
        pending = bulk_pending(c)
        if not pending and c.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is not None:
            return
        self.begin()
        if not pending:
            kept = ",".join("?" * len(_BULK_KEPT_INDEXES))
            indexes = c.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND name NOT IN ({kept}) ORDER BY rowid", _BULK_KEPT_INDEXES).fetchall()
            c.execute(f"CREATE TABLE {BULK_TABLE}(name TEXT PRIMARY KEY, sql TEXT NOT NULL)")
            c.executemany(f"INSERT INTO {BULK_TABLE}(name, sql) VALUES (?,?)", indexes)
            for name, _ in indexes:
                c.execute(f'DROP INDEX "{name}"')
        self.aggregates.recount = EntityRecount(c)

    def finish_bulk(self) -> None:
        """End the fast way of :meth:`start_bulk` (a no-op when the store is not in it): the
        rows written so far, the entity counts recounted, the claim groups' counts made from
        their claims (``claim_groups.recount``: the batches gave them only rows and labels),
        the indexes built, in the open transaction; later articles are counted by deltas and
        their groups refreshed as always (those of the open batch at its stage or commit)."""
        c = self.conn
        if not bulk_pending(c):
            return
        self.begin()
        # Only the mentions, which the recount reads, are written ahead of the commit: an
        # index build flushes the search index's pending terms, which would split the
        # segments of a batch (the other tables' rowids keep their order either way).
        self._write_deferred(_INSERT_MENTION)
        if self.aggregates.recount is not None:
            self.aggregates.recount.flush(c)
            self.aggregates.recount = None
        EntityRecount.count_articles(c)
        # the groups touched so far, from their stored claims (those of the open batch are
        # refreshed with it, as the groups of any later batch)
        recount_claim_groups(c)
        for (sql,) in c.execute(f"SELECT sql FROM {BULK_TABLE} ORDER BY rowid").fetchall():
            c.execute(sql)
        EntityRecount.finish(c)
        c.execute(f"DROP TABLE {BULK_TABLE}")

    def stage(self) -> None:
        """Write the open transaction's deferred rows and refresh the claim groups they touch,
        without committing: a bulk load stages every ``batch_size`` articles (bounding the
        rows held in memory) and commits every few stages, so the count deltas of several
        stages collapse into one upsert per key. The groups are refreshed at the same article
        positions as a commit there would, and the search index's pending terms are written
        there too (FTS5 flushes them at a savepoint as at a commit): the store, down to the
        index's segments, is the one per-batch commits build.
        """
        if self.conn.in_transaction:
            self._write_deferred()
            self.conn.execute("SAVEPOINT stage")
            self.conn.execute("RELEASE stage")
            self.aggregates.refresh_claim_groups(self.conn)

    def commit(self) -> None:
        if self.conn.in_transaction:
            self._write_deferred()  # first: the claim groups' refresh reads the claims
            self.aggregates.flush(self.conn)
            s = self.summary
            self.conn.execute(
                "UPDATE ingest_runs SET read=?, new=?, duplicate=?, near_duplicate=?, failed=?, "
                "failures=? WHERE id=?",
                (s.read, s.new, s.duplicate, s.near_duplicate, s.failed,
                 json.dumps(s.failures[:1000], ensure_ascii=False), self.run_id))
            self.conn.execute("COMMIT")

    def known_id(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id=?",
                                 (article_id,)).fetchone() is not None

    def row(self, item: Extracted | None, batch_size: int) -> bool:
        """Write one input row (``None``: an article stored before this run, skipped unread)
        and say whether it ends a batch. A batch ends every ``batch_size`` input rows, counted
        from the input's first, stored or not: a re-run after a kill or a failure, which skips
        what the first run committed, ends its batches (commits, stages) where an unbroken run
        does, so the claim groups' rows and the search index's segments made there are the
        same. Counting the articles handed to ``add`` instead shifted every later batch by the
        skipped ones."""
        self.summary.read += 1
        if item is None:
            self.summary.duplicate += 1
        else:
            self.add(item)
        return self.summary.read % batch_size == 0

    def add(self, item: Extracted) -> None:
        self.begin()
        if item.error is not None or item.rows is None:
            self.summary.failed += 1
            self.summary.failures.append((item.origin, item.error or "unknown"))
            return
        rows = item.rows
        dup = self.conn.execute("SELECT 1 FROM articles WHERE id=? OR text_hash=?",
                                (rows.id, rows.text_hash)).fetchone()
        if dup is not None:
            self.summary.duplicate += 1
            return
        self._insert(rows)
        self.summary.new += 1

    def _insert(self, rows: ArticleRows) -> None:
        c = self.conn
        recount = self.aggregates.recount
        if recount is not None and not recount.exact(rows):
            self.finish_bulk()  # the articles so far recounted; this one counted by deltas
        cur = c.execute(
            "INSERT INTO articles(id, title, published, source, url, language, text, text_hash, "
            "json, run_id) VALUES (?,?,?,?,?,?,?,?,?,?)", (*rows.article, self.run_id))
        # An entity row this writer has upserted already would change nothing: skip it.
        written = self.entities_written
        fresh = [e for e in rows.entities if e not in written]
        if fresh:
            if len(written) > _ENTITY_ROWS_KEPT:
                written.clear()
            c.executemany(_UPSERT_ENTITY, fresh)
            written.update(fresh)
        deferred = self.deferred
        rowid = cur.lastrowid
        assert rowid is not None  # an INSERT that succeeded always sets it
        deferred[INSERT_FTS].append((rowid, *rows.fts))
        deferred[_INSERT_DOCUMENT].append((rows.id, *rows.document))
        deferred[_INSERT_MENTION].extend([(rowid, entity, start, end, how)
                                          for _, entity, start, end, how in rows.mentions])
        deferred[_INSERT_QUANTITY].extend(rows.quantities)
        deferred[_INSERT_TIME].extend(rows.times)
        deferred[_INSERT_STATEMENT].extend(rows.statements)
        deferred[INSERT_EVENT].extend(rows.events)
        deferred[INSERT_CLAIM].extend(rows.claims)
        self.aggregates.add(c, rows, rowid)
        if rows.signature is not None:
            self._near_duplicates(rows.id, rowid, rows.signature, rows.bands)

    def _write_deferred(self, *only: str) -> None:
        """The transaction's rows that nothing reads before the commit, one ``executemany``
        per table, in article order (so every table's rowids are those of row-by-row inserts);
        ``only``: those of these statements.
        """
        for sql, rows in self.deferred.items():
            if rows and (not only or sql in only):
                self.conn.executemany(sql, rows)
                rows.clear()

    def _near_duplicates(self, aid: str, rowid: int, signature: bytes, keys: list[int]) -> None:
        """Record the article's MinHash ``signature`` (packed) and LSH buckets ``keys``
        (``rowid``: its key) and put it in the cluster of its most similar earlier article, if
        any is similar enough."""
        c = self.conn
        marks = ",".join("?" * len(keys))
        # Bounded: a story syndicated a thousand times must not make each new copy compare
        # with every earlier one; any member of its cluster is as good as the best.
        rows = c.execute(
            f"SELECT m.article_id, m.signature FROM minhashes m WHERE m.article_id IN ("
            f"SELECT a.id FROM lsh_buckets b JOIN articles a ON a.rowid = b.article "
            f"WHERE b.bucket IN ({marks}) LIMIT ?)",
            (*keys, _NEAR_DUP_CANDIDATES)).fetchall()
        best = most_similar(signature, rows)
        c.execute("INSERT INTO minhashes(article_id, signature) VALUES (?,?)", (aid, signature))
        c.executemany("INSERT OR IGNORE INTO lsh_buckets(bucket, article) VALUES (?,?)",
                      [(k, rowid) for k in keys])
        if best is None:
            return
        sim, other = best
        row = c.execute("SELECT cluster_id FROM near_duplicates WHERE article_id=?",
                        (other,)).fetchone()
        cluster = row[0] if row else other
        if row is None:
            c.execute("INSERT INTO near_duplicates(article_id, cluster_id, similarity) "
                      "VALUES (?,?,1.0)", (other, cluster))
        c.execute("INSERT INTO near_duplicates(article_id, cluster_id, similarity) VALUES (?,?,?)",
                  (aid, cluster, sim))
        self.summary.near_duplicate += 1


def _log(message: str, enabled: bool) -> None:
    if enabled:
        print(f"marsad ingest: {message}", file=sys.stderr, flush=True)


def _batches(items: Iterator[RawDocument | InputProblem], size: int, writer: Writer,
             ) -> Iterator[list[RawDocument | Extracted | None]]:
    """Group the input rows for the workers, in order: a document to extract, an input
    problem as its failure, ``None`` for a stored id (nothing extracted for it). A chunk
    holds ``size`` documents, or ``_CHUNK_ROWS`` rows when few need extracting (a resumed
    run going over what it stored), so the workers get full chunks either way."""
    batch: list[RawDocument | Extracted | None] = []
    documents = 0
    for item in items:
        if isinstance(item, InputProblem):
            batch.append(Extracted(item.origin, error=item.message))
        elif item.id and writer.known_id(item.id):
            batch.append(None)
        else:
            batch.append(item)
            documents += 1
        if documents >= size or len(batch) >= _CHUNK_ROWS:
            yield batch
            batch, documents = [], 0
    if batch:
        yield batch


def bulk_pending(conn: sqlite3.Connection) -> bool:
    """Whether a bulk load into this store began the fast way and has not finished."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (BULK_TABLE,)).fetchone() is not None


@contextlib.contextmanager
def ingest_run(db_path: str | os.PathLike[str] | None, sources: list[str], *,
               bulk: bool = False) -> Iterator[Writer]:
    """One recorded ingest run around a Writer: ``done`` when the block completes; otherwise
    the open transaction is rolled back and the run is ``interrupted``. A failure thus leaves
    the store a kill would, its last commit, from which a re-run continues to the store an
    unbroken run builds: committing the open transaction instead ended it at an article no
    unbroken run commits at (the claim groups refreshed there, the search index's segments
    cut there) or, in ``finish_bulk``, half done (its counts written, its marker kept, so the
    re-run counted them twice).
    ``bulk``: write an empty store (or resume one) the fast way (:meth:`Writer.start_bulk`);
    without it, an unfinished bulk load is finished first.
    """
    started = time.monotonic()
    conn = connect(db_path)
    conn.execute("UPDATE ingest_runs SET status='interrupted' WHERE status='running'")
    cur = conn.execute("INSERT INTO ingest_runs(sources) VALUES (?)",
                       (json.dumps(sources, ensure_ascii=False),))
    run_id = int(cur.lastrowid or 0)
    writer = Writer(conn, run_id, IngestSummary(run_id))
    try:
        if bulk:
            writer.start_bulk()
        else:
            writer.finish_bulk()
        yield writer
        writer.finish_bulk()
        writer.commit()
        writer.summary.seconds = time.monotonic() - started
        conn.execute("UPDATE ingest_runs SET status='done', "
                     "finished_at=strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id=?", (run_id,))
    except BaseException:
        # A full disk, which may fail both, must not mask the cause (a run left 'running'
        # is marked interrupted by the next one).
        with contextlib.suppress(sqlite3.Error):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.execute("UPDATE ingest_runs SET status='interrupted' WHERE id=?", (run_id,))
        raise
    finally:
        conn.close()


def ingest(sources: list[str], db_path: str | os.PathLike[str] | None = None,
           workers: int | None = None, progress: bool = True, *,
           batch_size: int = 200, chunk: int = 16,
           options: SourceOptions | None = None,
           doc_seconds: float | None = limits.DEFAULT_SECONDS,
           memory_mb: int | None = limits.DEFAULT_MEMORY_MB,
           keep_raw: bool = True, pipeline: PipelineSpec = None) -> IngestSummary:
    """Extract and store every document of ``sources``; safe to re-run or resume.

    ``workers`` defaults to all cores; 1 extracts in this process. Results are written in
    input order, so a resumed run produces the same database as an uninterrupted one.
    ``options`` says how URLs and feeds are fetched (``--fetch-links``, ``--allow-private``).
    Each document gets ``doc_seconds``; each worker process at most ``memory_mb`` of address
    space, so one hostile page fails alone instead of hanging or exhausting the machine.
    ``keep_raw=False`` keeps each input's origin and hash but not its bytes. ``pipeline``
    (a Pipeline or a factory; default: the default pipeline) is what the workers extract
    with (see :mod:`marsad.executor` for when it must be picklable).
    """
    settings = WorkerSettings(pipeline, doc_seconds, memory_mb)
    reporter = IngestProgress(progress, sources)
    try:
        with ingest_run(db_path, sources) as writer, WorkerPool(workers, settings) as pool:
            summary = writer.summary
            batches = _batches(iter_inputs(sources, options), chunk, writer)
            task = partial(_process_batch, keep_raw=keep_raw)
            for results in pool.map_ordered(task, batches):
                for result in results:
                    if writer.row(result, batch_size):
                        writer.commit()
                reporter.update(summary)
    finally:
        reporter.close()
    _log(f"done in {summary.seconds:.1f}s: {summary.read} read, {summary.new} new, "
         f"{summary.duplicate} duplicate, {summary.near_duplicate} near-duplicate, "
         f"{summary.failed} failed", progress)
    for origin, reason in summary.failures[:50]:
        _log(f"failed: {origin}: {reason}", progress)
    return summary
