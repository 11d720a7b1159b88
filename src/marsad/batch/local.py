"""The local engine: ``run_shard`` in a process pool on this machine (or inline for 1 worker).

Processes, not threads: extraction is pure-Python CPU work that the GIL would serialise.
The pool is :class:`marsad.executor.WorkerPool`, the one ``marsad ingest`` uses: each process
is started with the run's settings (pipeline, per-document time limit, memory cap) and keeps
its pipeline (and NER/KB resources) for its whole life.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from marsad.batch.engine import Item, Shard, ShardResult, run_shard
from marsad.executor import WorkerPool, WorkerSettings


def _shard_task(shard: tuple[int, str, list[Item]], settings: WorkerSettings | None,
                ) -> ShardResult:
    return run_shard(*shard, settings)


class LocalExecutor:
    """``workers`` processes; ``1`` runs shards in the calling process (easy to profile)."""

    name = "local"

    def __init__(self, workers: int | None = None,
                 settings: WorkerSettings | None = None) -> None:
        self._pool = WorkerPool(workers, settings or WorkerSettings())
        self.slots = self._pool.slots

    def submit(self, shard: Shard) -> Future[ShardResult]:
        return self._pool.submit(_shard_task, (shard.index, shard.fingerprint, shard.items))

    def wait(self, pending: list[Any]) -> tuple[list[ShardResult], list[Any]]:
        return self._pool.wait_first(pending)

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
