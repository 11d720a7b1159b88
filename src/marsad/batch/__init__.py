"""Batch mode: raw inputs → sharded Parquet tables, on this machine or a Ray cluster.

``run(inputs, out, engine="local"|"ray")`` extracts every document into one Parquet file per
table per shard (articles, entities, mentions, quantities, times, statements, events,
failures), resumable through per-shard completion markers. Loading such a directory into the
store is the store's job (``marsad.store.bulk.load_parquet``); it is re-exported here because
``from marsad.batch import load_parquet`` is public API.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from marsad import limits
from marsad.batch.engine import DEFAULT_SHARD_SIZE, BatchSummary, run_batch
from marsad.batch.parquet import TABLES, read_table
from marsad.core import PipelineSpec
from marsad.executor import WorkerSettings
from marsad.store.bulk import load_parquet

__all__ = ["TABLES", "BatchSummary", "load_parquet", "read_table", "run"]


def run(inputs: list[str], out: str | os.PathLike[str], *, engine: str = "local",
        address: str | None = None, workers: int | None = None,
        shard_size: int = DEFAULT_SHARD_SIZE,
        progress: Callable[[str], None] | None = None,
        pipeline: PipelineSpec = None,
        doc_seconds: float | None = limits.DEFAULT_SECONDS,
        memory_mb: int | None = limits.DEFAULT_MEMORY_MB) -> BatchSummary:
    """Run (or resume) a batch over ``inputs`` into ``out`` with the chosen engine.

    As in ``marsad ingest``: each document gets ``doc_seconds`` (then it is a failure row,
    E031), each worker process ``memory_mb`` of address space, and ``pipeline`` (a Pipeline
    or a factory; default: the default pipeline) is what the workers extract with (see
    :mod:`marsad.executor` for when it must be picklable).
    """
    settings = WorkerSettings(pipeline, doc_seconds, memory_mb)
    if engine == "local":
        from marsad.batch.local import LocalExecutor

        with LocalExecutor(workers, settings) as local:
            return run_batch(inputs, out, local, shard_size=shard_size, progress=progress)
    if engine == "ray":
        from marsad.batch.ray_engine import RayExecutor

        with RayExecutor(address, workers, settings) as ray_exec:
            return run_batch(inputs, out, ray_exec, shard_size=shard_size, progress=progress)
    raise ValueError(f"engine must be local or ray, not {engine!r}")
