"""The Ray engine: one plain Ray task per shard, on a local or an existing cluster.

Plain tasks over shards rather than Ray Data: our unit of resumability is the shard, with a
completion marker written by the driver, and tasks map onto that one to one; Ray Data's own
``write_parquet`` names files itself and has no skip-finished-blocks notion. Tasks return
Arrow tables to the driver, which writes them, so workers need no shared filesystem with
the output directory (any node of a remote cluster can run a shard). Ray reuses worker
processes between tasks, so each worker builds the pipeline and loads the NER model and KB
automaton once, on its first shard. The run's settings (pipeline, per-document time limit,
memory cap: :mod:`marsad.executor`) are put in the object store once and passed to every
task, so a custom pipeline must be picklable here (or given as a module-level factory).
"""

from __future__ import annotations

import logging
import os
from typing import Any

from marsad.batch.engine import Item, Shard, ShardResult, run_shard
from marsad.executor import WorkerSettings, cap_worker_memory

# Quiet and offline: no usage-stats ping, no dashboard, no log streaming to the driver.
QUIET_ENV = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_DISABLE_DOCKER_CPU_WARNING": "1",
             "RAY_DEDUP_LOGS": "0"}


def _require_ray() -> Any:
    for key, value in QUIET_ENV.items():
        os.environ.setdefault(key, value)
    try:
        import ray
    except ImportError as exc:
        raise RuntimeError('the ray engine needs Ray: pip install "ray[data]"') from exc
    return ray


def _ray_shard(index: int, fingerprint: str, items: list[Item],
               settings: WorkerSettings) -> ShardResult:
    """A Ray task: the worker's memory cap (once per worker process), then the shard."""
    cap_worker_memory(settings.memory_mb)
    return run_shard(index, fingerprint, items, settings)


class RayExecutor:
    """Connects to ``address`` (``auto``, ``ray://…``, ``host:port``) or starts a local
    cluster of ``workers`` CPUs that lives as long as this executor."""

    name = "ray"

    def __init__(self, address: str | None = None, workers: int | None = None,
                 settings: WorkerSettings | None = None) -> None:
        ray = _require_ray()
        self._ray = ray
        self._owned = False
        if not ray.is_initialized():
            options: dict[str, Any] = {
                "include_dashboard": False, "log_to_driver": False,
                "logging_level": logging.WARNING, "configure_logging": True,
            }
            if address:
                ray.init(address=address, **options)
            else:
                ray.init(num_cpus=workers or os.cpu_count() or 1, **options)
            self._owned = True
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self.slots = max(1, min(workers, cpus) if workers else cpus)
        self._task = ray.remote(num_cpus=1, max_retries=2)(_ray_shard)
        self._settings = ray.put(settings or WorkerSettings())

    def submit(self, shard: Shard) -> Any:
        return self._task.remote(shard.index, shard.fingerprint, shard.items, self._settings)

    def wait(self, pending: list[Any]) -> tuple[list[ShardResult], list[Any]]:
        done, rest = self._ray.wait(pending, num_returns=1)
        return list(self._ray.get(done)), list(rest)

    def close(self) -> None:
        if self._owned:
            self._ray.shutdown()
            self._owned = False

    def __enter__(self) -> RayExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
