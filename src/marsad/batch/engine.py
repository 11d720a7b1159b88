"""What every batch engine shares: input sharding, per-shard extraction, markers, resume.

A run is a list of shards (consecutive runs of ``shard_size`` documents in input order). A
worker turns one shard into sorted Arrow tables (``run_shard``); the driver alone writes the
shard's Parquet files and then its completion marker (``_markers/part-NNNNN.json``). A
re-run skips every shard whose marker exists and whose fingerprint (a hash of the shard's
documents) still matches, so a killed run resumes where it stopped and a shard is never
written twice. Engines differ only in *where* ``run_shard`` executes (``local.py``,
``ray_engine.py``); both feed the same driver loop, hence identical output row for row.

Inputs are read by :mod:`marsad.inputs` and documents extracted by :mod:`marsad.executor`,
exactly as ``marsad ingest`` does: same per-document time limit, same per-worker memory cap,
same pipeline argument, same failure reasons; this module is the Parquet sink.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from marsad.executor import WorkerSettings, extract_document, pipeline_for, settings_here
from marsad.inputs import InputProblem, iter_inputs
from marsad.model import RawDocument

MARKERS = "_markers"
MANIFEST = "_manifest.json"
DONE = "_SUCCESS"
DEFAULT_SHARD_SIZE = 100

# (doc index, document or problem): what a shard carries to a worker.
Item = tuple[int, RawDocument | InputProblem]


@dataclass(slots=True)
class Shard:
    index: int
    items: list[Item]
    fingerprint: str


@dataclass(slots=True)
class ShardResult:
    """A worker's answer: the shard's tables and its counts (no timestamps: reproducible)."""

    index: int
    fingerprint: str
    tables: dict[str, Any]
    articles: int
    failures: int
    seconds: float = 0.0


@dataclass(slots=True)
class BatchSummary:
    out: str
    engine: str
    shards: int = 0
    skipped: int = 0
    documents: int = 0
    articles: int = 0
    failures: int = 0
    seconds: float = 0.0
    shard_seconds: list[float] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("shard_seconds")
        data["seconds"] = round(self.seconds, 3)
        return data


# --- inputs -------------------------------------------------------------------------------


def iter_items(specs: list[str]) -> Iterator[RawDocument | InputProblem]:
    """The store's inputs (files, dirs, globs, .jsonl(.gz), WARC, feeds, stdin), with URLs
    opened through fsspec (``s3://``, ``gs://``, ``https://``, …) instead of fetched."""
    return iter_inputs(specs, remote="fsspec")


def _fingerprint(items: list[Item]) -> str:
    digest = hashlib.sha1()
    for doc, item in items:
        if isinstance(item, InputProblem):
            digest.update(f"{doc}\0problem\0{item.origin}\0{item.message}\0".encode())
            continue
        content = item.content if isinstance(item.content, bytes) else item.content.encode()
        digest.update(f"{doc}\0{item.origin}\0{item.id}\0{item.format}\0".encode())
        digest.update(hashlib.sha1(content).digest())
    return digest.hexdigest()


def iter_shards(specs: list[str], shard_size: int) -> Iterator[Shard]:
    """Shards in input order, lazily, so a 10-million-article input never sits in memory."""
    batch: list[Item] = []
    index = 0
    for doc, item in enumerate(iter_items(specs)):
        batch.append((doc, item))
        if len(batch) >= shard_size:
            yield Shard(index, batch, _fingerprint(batch))
            index += 1
            batch = []
    if batch:
        yield Shard(index, batch, _fingerprint(batch))


# --- worker side --------------------------------------------------------------------------


def run_shard(index: int, fingerprint: str, items: list[Item],
              settings: WorkerSettings | None = None) -> ShardResult:
    """Extract one shard into sorted tables (runs in a worker; never raises for a document).

    ``settings`` (pipeline and limits) default to those the worker was started with (see
    :mod:`marsad.executor`); the pipeline and the resources its stages load are built once
    per worker process, on its first document, and reused for every later shard.
    """
    from marsad.batch.parquet import empty_rows, flatten, to_tables

    here = settings_here(settings)
    pipeline = pipeline_for(here)
    began = time.perf_counter()
    rows = empty_rows()
    articles = failures = 0
    for doc, item in items:
        if isinstance(item, InputProblem):
            rows["failures"].append({"doc": doc, "origin": item.origin, "reason": item.message})
            failures += 1
            continue
        outcome = extract_document(item, pipeline, here.doc_seconds)
        if outcome.data is None or outcome.raw is None:
            # one bad document must never abort the shard or the run
            rows["failures"].append({"doc": doc, "origin": outcome.origin,
                                     "reason": outcome.error or "unknown"})
            failures += 1
            continue
        flatten(doc, outcome.origin, outcome.data, outcome.raw, item.format, rows)
        articles += 1
    return ShardResult(index, fingerprint, to_tables(rows), articles, failures,
                       time.perf_counter() - began)


# --- driver side --------------------------------------------------------------------------


def marker_path(out: Path, index: int) -> Path:
    return out / MARKERS / f"part-{index:05d}.json"


def is_done(out: Path, shard: Shard) -> bool:
    try:
        marker = json.loads(marker_path(out, shard.index).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(marker.get("fingerprint") == shard.fingerprint)


def commit_shard(out: Path, result: ShardResult) -> None:
    """Parquet files first, marker last: a marker always means a complete shard."""
    from marsad.batch.parquet import write_tables

    write_tables(out, result.index, result.tables)
    marker = marker_path(out, result.index)
    marker.parent.mkdir(parents=True, exist_ok=True)
    tmp = marker.with_name(f".{marker.name}.tmp")
    tmp.write_text(json.dumps({"shard": result.index, "fingerprint": result.fingerprint,
                               "articles": result.articles, "failures": result.failures}),
                   encoding="utf-8")
    os.replace(tmp, marker)


class Executor(Protocol):
    """Runs ``run_shard`` somewhere; ``submit`` returns a handle, ``wait`` finished results."""

    name: str
    slots: int

    def submit(self, shard: Shard) -> Any: ...

    def wait(self, pending: list[Any]) -> tuple[list[ShardResult], list[Any]]: ...


def _remove_stale(out: Path, last: int) -> None:
    """Shards past the end of the input (it shrank since the last run) must not linger."""
    from marsad.batch.parquet import TABLES

    for marker in (out / MARKERS).glob("part-*.json"):
        if int(marker.stem.split("-")[1]) > last:
            marker.unlink()
    for table in TABLES:
        for part in (out / table).glob("part-*.parquet"):
            if int(part.stem.split("-")[1]) > last:
                part.unlink()


def run_batch(specs: list[str], out_dir: str | os.PathLike[str], executor: Executor, *,
              shard_size: int = DEFAULT_SHARD_SIZE,
              progress: Callable[[str], None] | None = None) -> BatchSummary:
    """Drive one run: skip finished shards, keep ``2 × slots`` shards in flight, commit each
    as it finishes (any order), then write the manifest and ``_SUCCESS``."""
    started = time.monotonic()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / DONE).unlink(missing_ok=True)
    summary = BatchSummary(str(out), executor.name)
    pending: list[Any] = []
    window = max(1, executor.slots * 2)

    def collect(block_until: int) -> None:
        nonlocal pending
        while len(pending) > block_until:
            done, pending = executor.wait(pending)
            for result in done:
                commit_shard(out, result)
                summary.articles += result.articles
                summary.failures += result.failures
                summary.shard_seconds.append(result.seconds)
                if progress:
                    progress(f"shard {result.index} done: {result.articles} articles, "
                             f"{result.failures} failures")

    last = -1
    for shard in iter_shards(specs, shard_size):
        last = shard.index
        summary.shards += 1
        summary.documents += len(shard.items)
        if is_done(out, shard):
            summary.skipped += 1
            continue
        pending.append(executor.submit(shard))
        collect(window - 1)
    collect(0)
    _remove_stale(out, last)
    manifest = {"inputs": specs, "shard_size": shard_size, "shards": summary.shards,
                "documents": summary.documents}
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2),
                                encoding="utf-8")
    totals = _totals(out)
    summary.articles, summary.failures = totals
    (out / DONE).write_text(json.dumps({"articles": totals[0], "failures": totals[1]}) + "\n",
                            encoding="utf-8")
    summary.seconds = time.monotonic() - started
    return summary


def _totals(out: Path) -> tuple[int, int]:
    """Whole-run counts from the markers, so a resumed run reports the full total."""
    articles = failures = 0
    for marker in (out / MARKERS).glob("part-*.json"):
        data = json.loads(marker.read_text(encoding="utf-8"))
        articles += int(data.get("articles", 0))
        failures += int(data.get("failures", 0))
    return articles, failures


def log(message: str) -> None:
    print(f"marsad batch: {message}", file=sys.stderr, flush=True)
