"""The local engine: ``run_shard`` in a process pool on this machine (or inline for 1 worker).

Processes, not threads: extraction is pure-Python CPU work that the GIL would serialise.
Each pool process keeps its pipeline (and NER/KB resources) for its whole life.
"""

from __future__ import annotations

import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from marsad.batch.engine import Shard, ShardResult, run_shard


class LocalExecutor:
    """``workers`` processes; ``1`` runs shards in the calling process (easy to profile)."""

    name = "local"

    def __init__(self, workers: int | None = None) -> None:
        self.slots = max(1, workers or os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = (
            ProcessPoolExecutor(max_workers=self.slots) if self.slots > 1 else None)

    def submit(self, shard: Shard) -> Any:
        if self._pool is None:
            return run_shard(shard.index, shard.fingerprint, shard.items)
        return self._pool.submit(run_shard, shard.index, shard.fingerprint, shard.items)

    def wait(self, pending: list[Any]) -> tuple[list[ShardResult], list[Any]]:
        if self._pool is None:
            return list(pending), []
        done, rest = wait(pending, return_when=FIRST_COMPLETED)
        finished: list[Future[ShardResult]] = sorted(done, key=pending.index)
        return [f.result() for f in finished], [f for f in pending if f in rest]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
