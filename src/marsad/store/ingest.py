"""Ingest: raw inputs → extracted articles in the store, in parallel, idempotent, resumable.

Extraction (the expensive part) runs in worker processes; the main process is the only
writer and commits in batches, so a killed ingest loses at most one uncommitted batch and a
re-run skips everything already stored (by id, then by the hash of the normalised text).
Syndicated copies are kept but grouped: a small pure-Python MinHash over word 5-shingles with
LSH banding records them as clusters in ``near_duplicates``.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import gzip
import json
import os
import sqlite3
import sys
import threading
import time
import zlib
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad import limits
from marsad.core import extract
from marsad.model import RawDocument
from marsad.reader import SUFFIXES, InputProblem, iter_documents
from marsad.serialize import to_dict
from marsad.store.aggregates import Aggregates
from marsad.store.claim_groups import INSERT_CLAIM
from marsad.store.db import connect
from marsad.store.dedup import NEAR_DUP_THRESHOLD, band_keys, pack, similarity, unpack
from marsad.store.fetch import is_url
from marsad.store.migrations import INSERT_EVENT
from marsad.store.progress import IngestProgress
from marsad.store.rows import INSERT_FTS, ArticleRows, article_rows
from marsad.store.sources import WARC_SUFFIXES, SourceOptions, iter_source
from marsad.store.sources import handles as sources_handle

# LSH candidates compared per new article (see ``Writer._near_duplicates``)
_NEAR_DUP_CANDIDATES = 64
MAX_GZ_BYTES = 256 * 1024 * 1024  # decompressed .jsonl.gz cap: far above real dumps, below a bomb


# --- worker side --------------------------------------------------------------------------


@dataclass(slots=True)
class Extracted:
    """What a worker sends back: the article's prepared rows, or why there is none."""

    origin: str
    rows: ArticleRows | None = None
    error: str | None = None


def process(raw: RawDocument, doc_seconds: float | None = limits.DEFAULT_SECONDS,
            keep_raw: bool = True) -> Extracted:
    """Extract one document and prepare its rows (runs in a worker process).

    A pathological document is stopped at ``doc_seconds`` and recorded as failed (E031).
    """
    origin = raw.origin or "?"
    try:
        with limits.document_limits(doc_seconds):
            article = extract(raw)
            data = to_dict(article)
        content = raw.content if isinstance(raw.content, bytes) else raw.content.encode("utf-8")
    except Exception as exc:  # any extractor bug must fail one document, not the batch
        return Extracted(origin, error=f"{type(exc).__name__}: {exc}")
    if not (data.get("text") or "").strip():
        return Extracted(origin, error="no article text left after cleaning")
    return Extracted(origin, rows=article_rows(data, origin=origin, raw=content,
                                               raw_format=raw.format, keep_raw=keep_raw))


def _process_batch(batch: list[RawDocument],
                   doc_seconds: float | None = limits.DEFAULT_SECONDS,
                   keep_raw: bool = True) -> list[Extracted]:
    return [process(raw, doc_seconds, keep_raw) for raw in batch]


# --- inputs -------------------------------------------------------------------------------


def _expand(spec: str) -> list[str]:
    """Split a spec into paths so ``.jsonl.gz`` files can be decompressed here."""
    if spec == "-":
        return [spec]
    path = Path(spec)
    if path.is_dir():
        gz = sorted(str(p) for p in path.rglob("*") if p.is_file()
                    and p.name.lower().endswith((".jsonl.gz", *WARC_SUFFIXES)))
        plain = any(p.suffix.lower() in SUFFIXES for p in path.rglob("*") if p.is_file())
        return [spec, *gz] if plain or not gz else gz  # a dir of archives only is no problem
    if path.exists():
        return [spec]
    matches = sorted(p for p in glob.glob(spec, recursive=True) if Path(p).is_file())
    return matches or [spec]


def iter_inputs(specs: list[str], options: SourceOptions | None = None,
                ) -> Iterator[RawDocument | InputProblem]:
    """marsad.reader.iter_documents plus gzip-compressed JSONL, WARC, feeds and URLs."""
    for spec in specs:
        if is_url(spec):  # before globbing: '?' in a query string is not a wildcard
            yield from iter_source(spec, options)
            continue
        for item in _expand(spec):
            if sources_handle(item):
                yield from iter_source(item, options)
            elif item.lower().endswith(".jsonl.gz"):
                try:
                    with gzip.open(item, "rb") as handle:
                        data = handle.read(MAX_GZ_BYTES + 1)
                except (OSError, EOFError, zlib.error) as exc:
                    yield InputProblem(item, f"cannot read gzip: {exc}")
                    continue
                if len(data) > MAX_GZ_BYTES:
                    yield InputProblem(item, f"decompressed size exceeds {MAX_GZ_BYTES:,} bytes "
                                             "(a gzip bomb?)")
                    continue
                yield from _gz_documents(data, item)
            else:
                yield from iter_documents([item])


def _gz_documents(data: bytes, origin: str) -> Iterator[RawDocument | InputProblem]:
    from marsad.reader import _jsonl_documents  # the reader's own JSONL rules, verbatim

    yield from _jsonl_documents(data, origin)


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
        self.pending = 0
        self.aggregates = Aggregates()

    def begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.aggregates.flush(self.conn)
            s = self.summary
            self.conn.execute(
                "UPDATE ingest_runs SET read=?, new=?, duplicate=?, near_duplicate=?, failed=?, "
                "failures=? WHERE id=?",
                (s.read, s.new, s.duplicate, s.near_duplicate, s.failed,
                 json.dumps(s.failures[:1000], ensure_ascii=False), self.run_id))
            self.conn.execute("COMMIT")
        self.pending = 0

    def known_id(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id=?",
                                 (article_id,)).fetchone() is not None

    def add(self, item: Extracted) -> None:
        self.begin()
        self.pending += 1
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
        cur = c.execute(
            "INSERT INTO articles(id, title, published, source, url, language, text, text_hash, "
            "json, run_id) VALUES (?,?,?,?,?,?,?,?,?,?)", (*rows.article, self.run_id))
        c.execute(INSERT_FTS, (cur.lastrowid, *rows.fts))
        c.execute("INSERT INTO documents(article_id, origin, format, content, content_hash) "
                  "VALUES (?,?,?,?,?)", (rows.id, *rows.document))
        c.executemany(
            "INSERT INTO entities(id, type, name_ar, name_en, wikidata, category, country, "
            "lat, lon, in_kb) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
            "name_en=coalesce(entities.name_en, excluded.name_en), "
            "wikidata=coalesce(entities.wikidata, excluded.wikidata)", rows.entities)
        c.executemany('INSERT INTO mentions(article_id, entity_id, start, "end", text, how) '
                      "VALUES (?,?,?,?,?,?)", rows.mentions)
        c.executemany(
            'INSERT INTO quantities(article_id, start, "end", text, value, unit, counted, json) '
            "VALUES (?,?,?,?,?,?,?,?)", rows.quantities)
        c.executemany(
            'INSERT INTO times(article_id, start, "end", text, value, granularity, json) '
            "VALUES (?,?,?,?,?,?,?)", rows.times)
        c.executemany(
            'INSERT INTO statements(article_id, start, "end", speaker, speaker_entity, cue, '
            "stance, json) VALUES (?,?,?,?,?,?,?,?)", rows.statements)
        c.executemany(INSERT_EVENT, rows.events)
        c.executemany(INSERT_CLAIM, rows.claims)
        self.aggregates.add(c, rows)
        if rows.signature is not None:
            self._near_duplicates(rows.id, rows.signature)

    def _near_duplicates(self, aid: str, signature: tuple[int, ...]) -> None:
        c = self.conn
        keys = band_keys(signature)
        marks = ",".join("?" * len(keys))
        best: tuple[float, str] | None = None
        # Bounded: a story syndicated a thousand times must not make each new copy compare
        # with every earlier one; any member of its cluster is as good as the best.
        rows = c.execute(
            f"SELECT m.article_id, m.signature FROM minhashes m WHERE m.article_id IN ("
            f"SELECT article_id FROM lsh_buckets WHERE bucket IN ({marks}) LIMIT ?)",
            (*keys, _NEAR_DUP_CANDIDATES)).fetchall()
        for other, blob in rows:
            sim = similarity(signature, unpack(blob))
            if sim >= NEAR_DUP_THRESHOLD and (best is None or (sim, other) > best):
                best = (sim, other)
        c.execute("INSERT INTO minhashes(article_id, signature) VALUES (?,?)",
                  (aid, pack(signature)))
        c.executemany("INSERT INTO lsh_buckets(bucket, article_id) VALUES (?,?)",
                      [(k, aid) for k in keys])
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
             ) -> Iterator[list[RawDocument]]:
    """Group documents for the workers; input problems and known ids never reach them."""
    batch: list[RawDocument] = []
    for item in items:
        writer.summary.read += 1
        if isinstance(item, InputProblem):
            writer.add(Extracted(item.origin, error=item.message))
            continue
        if item.id and writer.known_id(item.id):
            writer.summary.duplicate += 1
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@contextlib.contextmanager
def ingest_run(db_path: str | os.PathLike[str] | None, sources: list[str]) -> Iterator[Writer]:
    """One recorded ingest run around a Writer: ``done`` when the block completes; otherwise
    what was written is committed (a re-run continues from it) and the run is ``interrupted``.
    """
    started = time.monotonic()
    conn = connect(db_path)
    conn.execute("UPDATE ingest_runs SET status='interrupted' WHERE status='running'")
    cur = conn.execute("INSERT INTO ingest_runs(sources) VALUES (?)",
                       (json.dumps(sources, ensure_ascii=False),))
    run_id = int(cur.lastrowid or 0)
    writer = Writer(conn, run_id, IngestSummary(run_id))
    try:
        yield writer
        writer.commit()
        writer.summary.seconds = time.monotonic() - started
        conn.execute("UPDATE ingest_runs SET status='done', "
                     "finished_at=strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id=?", (run_id,))
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # a full disk must not mask the cause
                writer.commit()
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
           keep_raw: bool = True) -> IngestSummary:
    """Extract and store every document of ``sources``; safe to re-run or resume.

    ``workers`` defaults to all cores; 1 extracts in this process. Results are written in
    input order, so a resumed run produces the same database as an uninterrupted one.
    ``options`` says how URLs and feeds are fetched (``--fetch-links``, ``--allow-private``).
    Each document gets ``doc_seconds``; each worker process at most ``memory_mb`` of address
    space, so one hostile page fails alone instead of hanging or exhausting the machine.
    ``keep_raw=False`` keeps each input's origin and hash but not its bytes.
    """
    n_workers = workers or os.cpu_count() or 1
    reporter = IngestProgress(progress, sources)
    try:
        with ingest_run(db_path, sources) as writer:
            summary = writer.summary

            def consume(results: list[Extracted]) -> None:
                for result in results:
                    writer.add(result)
                    if writer.pending >= batch_size:
                        writer.commit()
                reporter.update(summary)

            batches = _batches(iter_inputs(sources, options), chunk, writer)
            # The per-document deadline needs a main thread (SIGALRM); a caller on another
            # thread (a web request) gets a worker process even when it asked for one.
            if n_workers <= 1 and threading.current_thread() is threading.main_thread():
                for batch in batches:
                    consume(_process_batch(batch, doc_seconds, keep_raw))
            else:
                # headroom: a forked worker inherits the parent's address space (a server or
                # a long test run maps gigabytes), so the cap is counted on top of it.
                cap = functools.partial(limits.limit_memory, memory_mb, headroom=True)
                with ProcessPoolExecutor(max_workers=n_workers, initializer=cap) as pool:
                    window: deque[Future[list[Extracted]]] = deque()
                    for batch in batches:
                        window.append(pool.submit(_process_batch, batch, doc_seconds, keep_raw))
                        while len(window) >= n_workers * 3:
                            consume(window.popleft().result())
                    while window:
                        consume(window.popleft().result())
    finally:
        reporter.close()
    _log(f"done in {summary.seconds:.1f}s: {summary.read} read, {summary.new} new, "
         f"{summary.duplicate} duplicate, {summary.near_duplicate} near-duplicate, "
         f"{summary.failed} failed", progress)
    for origin, reason in summary.failures[:50]:
        _log(f"failed: {origin}: {reason}", progress)
    return summary
