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
import hashlib
import json
import os
import sqlite3
import struct
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
from marsad.arabic.normalize import normalize, strip_diacritics
from marsad.arabic.tokenize import token_texts
from marsad.core import extract
from marsad.model import RawDocument
from marsad.reader import SUFFIXES, InputProblem, iter_documents
from marsad.serialize import to_dict
from marsad.store.analyzer import shadow
from marsad.store.db import connect
from marsad.store.fetch import is_url
from marsad.store.migrations import INSERT_EVENT, event_rows
from marsad.store.progress import IngestProgress
from marsad.store.sources import WARC_SUFFIXES, SourceOptions, iter_source
from marsad.store.sources import handles as sources_handle

# --- MinHash / LSH ------------------------------------------------------------------------

MAX_GZ_BYTES = 256 * 1024 * 1024  # decompressed .jsonl.gz cap: far above real dumps, below a bomb
NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS  # 4 rows per band: candidate pairs from Jaccard ≈ 0.5 up
SHINGLE = 5
NEAR_DUP_THRESHOLD = 0.5
_PRIME = (1 << 61) - 1
_MASK = (1 << 32) - 1


def _perms() -> list[tuple[int, int]]:
    """Fixed (a, b) pairs so signatures are comparable across runs and processes."""
    out = []
    for i in range(NUM_PERM):
        digest = hashlib.blake2b(f"marsad-minhash-{i}".encode(), digest_size=16).digest()
        a, b = struct.unpack("<QQ", digest)
        out.append(((a % (_PRIME - 1)) + 1, b % _PRIME))
    return out


_PERMS = _perms()


def shingles(text: str) -> set[int]:
    """Hashes of the word 5-shingles of the normalised text (empty for very short texts)."""
    words = [normalize(strip_diacritics(w)) for w in token_texts(text) if w[0].isalnum()]
    if len(words) < SHINGLE:
        return set()
    return {
        int.from_bytes(hashlib.blake2b(" ".join(words[i:i + SHINGLE]).encode(),
                                       digest_size=8).digest(), "little")
        for i in range(len(words) - SHINGLE + 1)
    }


def minhash(text: str) -> tuple[int, ...] | None:
    """A NUM_PERM-value signature, or None when the text has no 5-shingle."""
    hashes = shingles(text)
    if not hashes:
        return None
    return tuple(min(((a * h + b) % _PRIME) & _MASK for h in hashes) for a, b in _PERMS)


def band_keys(signature: tuple[int, ...]) -> list[int]:
    """One signed 64-bit bucket key per band (band number mixed in)."""
    keys = []
    for band in range(BANDS):
        chunk = signature[band * ROWS:(band + 1) * ROWS]
        digest = hashlib.blake2b(struct.pack(f"<I{ROWS}I", band, *chunk), digest_size=8).digest()
        keys.append(struct.unpack("<q", digest)[0])
    return keys


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / NUM_PERM


def _pack(signature: tuple[int, ...]) -> bytes:
    return struct.pack(f"<{NUM_PERM}I", *signature)


def _unpack(blob: bytes) -> tuple[int, ...]:
    return struct.unpack(f"<{NUM_PERM}I", blob)


# --- worker side --------------------------------------------------------------------------


@dataclass(slots=True)
class Extracted:
    """What a worker sends back: everything the writer needs, nothing it must recompute."""

    origin: str
    data: dict[str, Any] | None = None
    raw: bytes = b""
    raw_format: str = "auto"
    text_hash: str = ""
    title_shadow: str = ""
    body_shadow: str = ""
    signature: tuple[int, ...] | None = None
    error: str | None = None


def text_hash(text: str) -> str:
    """Hash of the exact normalised text: the key for exact-duplicate detection."""
    norm = " ".join(normalize(strip_diacritics(text)).split())
    return hashlib.sha256(norm.encode()).hexdigest()


def process(raw: RawDocument, doc_seconds: float | None = limits.DEFAULT_SECONDS) -> Extracted:
    """Extract one document and prepare its index data (runs in a worker process).

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
    text = data.get("text") or ""
    if not text.strip():
        return Extracted(origin, error="no article text left after cleaning")
    return Extracted(
        origin, data=data, raw=content, raw_format=raw.format, text_hash=text_hash(text),
        title_shadow=shadow(data.get("title") or ""), body_shadow=shadow(text),
        signature=minhash(text),
    )


def _process_batch(batch: list[RawDocument],
                   doc_seconds: float | None = limits.DEFAULT_SECONDS) -> list[Extracted]:
    return [process(raw, doc_seconds) for raw in batch]


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

    def begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        if self.conn.in_transaction:
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
        if item.error is not None or item.data is None:
            self.summary.failed += 1
            self.summary.failures.append((item.origin, item.error or "unknown"))
            return
        data = item.data
        aid = str(data["id"])
        dup = self.conn.execute("SELECT 1 FROM articles WHERE id=? OR text_hash=?",
                                (aid, item.text_hash)).fetchone()
        if dup is not None:
            self.summary.duplicate += 1
            return
        self._insert(aid, data, item)
        self.summary.new += 1

    def _insert(self, aid: str, data: dict[str, Any], item: Extracted) -> None:
        c = self.conn
        cur = c.execute(
            "INSERT INTO articles(id, title, published, source, url, language, text, text_hash, "
            "json, run_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (aid, data.get("title"), data.get("published"), data.get("source"), data.get("url"),
             data.get("language"), data["text"], item.text_hash,
             json.dumps(data, ensure_ascii=False), self.run_id))
        rowid = cur.lastrowid
        c.execute("INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)",
                  (rowid, item.title_shadow, item.body_shadow))
        c.execute("INSERT INTO documents(article_id, origin, format, content, content_hash) "
                  "VALUES (?,?,?,?,?)",
                  (aid, item.origin, item.raw_format, item.raw,
                   hashlib.sha256(item.raw).hexdigest()))
        self._insert_facts(aid, data)
        if item.signature is not None:
            self._near_duplicates(aid, item.signature)

    def _insert_facts(self, aid: str, data: dict[str, Any]) -> None:
        c = self.conn
        for ent in data.get("entities") or []:
            c.execute(
                "INSERT INTO entities(id, type, name_ar, name_en, wikidata, category, country, "
                "lat, lon, in_kb) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                "name_en=coalesce(entities.name_en, excluded.name_en), "
                "wikidata=coalesce(entities.wikidata, excluded.wikidata)",
                (ent["id"], ent.get("type") or "unknown", ent.get("name_ar"), ent.get("name_en"),
                 ent.get("wikidata"), ent.get("category"), ent.get("country"), ent.get("lat"),
                 ent.get("lon"), int(bool(ent.get("in_kb", True)))))
            c.executemany(
                'INSERT INTO mentions(article_id, entity_id, start, "end", text, how) '
                "VALUES (?,?,?,?,?,?)",
                [(aid, ent["id"], m["start"], m["end"], m.get("text"), m.get("how"))
                 for m in ent.get("mentions") or []])
        c.executemany(
            'INSERT INTO quantities(article_id, start, "end", text, value, unit, counted, json) '
            "VALUES (?,?,?,?,?,?,?,?)",
            [(aid, q["start"], q["end"], q.get("text"), q.get("value"), q.get("unit"),
              q.get("counted"), json.dumps(q, ensure_ascii=False))
             for q in data.get("quantities") or []])
        c.executemany(
            'INSERT INTO times(article_id, start, "end", text, value, granularity, json) '
            "VALUES (?,?,?,?,?,?,?)",
            [(aid, t["start"], t["end"], t.get("text"), t.get("value"), t.get("granularity"),
              json.dumps(t, ensure_ascii=False)) for t in data.get("times") or []])
        rows = []
        for st in data.get("statements") or []:
            speaker = st.get("speaker") or {}
            rows.append((aid, st.get("start"), st.get("end"), speaker.get("text"),
                         speaker.get("entity"), st.get("cue"), st.get("stance"),
                         json.dumps(st, ensure_ascii=False)))
        c.executemany(
            'INSERT INTO statements(article_id, start, "end", speaker, speaker_entity, cue, '
            "stance, json) VALUES (?,?,?,?,?,?,?,?)", rows)
        c.executemany(INSERT_EVENT, event_rows(aid, data))

    def _near_duplicates(self, aid: str, signature: tuple[int, ...]) -> None:
        c = self.conn
        keys = band_keys(signature)
        marks = ",".join("?" * len(keys))
        best: tuple[float, str] | None = None
        rows = c.execute(
            f"SELECT DISTINCT m.article_id, m.signature FROM lsh_buckets b JOIN minhashes m "
            f"ON m.article_id = b.article_id WHERE b.bucket IN ({marks})", keys).fetchall()
        for other, blob in rows:
            sim = similarity(signature, _unpack(blob))
            if sim >= NEAR_DUP_THRESHOLD and (best is None or (sim, other) > best):
                best = (sim, other)
        c.execute("INSERT INTO minhashes(article_id, signature) VALUES (?,?)",
                  (aid, _pack(signature)))
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
           memory_mb: int | None = limits.DEFAULT_MEMORY_MB) -> IngestSummary:
    """Extract and store every document of ``sources``; safe to re-run or resume.

    ``workers`` defaults to all cores; 1 extracts in this process. Results are written in
    input order, so a resumed run produces the same database as an uninterrupted one.
    ``options`` says how URLs and feeds are fetched (``--fetch-links``, ``--allow-private``).
    Each document gets ``doc_seconds``; each worker process at most ``memory_mb`` of address
    space, so one hostile page fails alone instead of hanging or exhausting the machine.
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
                    consume(_process_batch(batch, doc_seconds))
            else:
                # headroom: a forked worker inherits the parent's address space (a server or
                # a long test run maps gigabytes), so the cap is counted on top of it.
                cap = functools.partial(limits.limit_memory, memory_mb, headroom=True)
                with ProcessPoolExecutor(max_workers=n_workers, initializer=cap) as pool:
                    window: deque[Future[list[Extracted]]] = deque()
                    for batch in batches:
                        window.append(pool.submit(_process_batch, batch, doc_seconds))
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
