"""The executor ingest and batch share: documents → extracted JSON in worker processes,
each document under the same time limit, each worker under the same memory cap, with the
caller's pipeline.

``marsad ingest`` (SQLite sink, :mod:`marsad.store.ingest`) and ``marsad batch`` (Parquet
sink, :mod:`marsad.batch.engine`) differ only in what they do with an :class:`Outcome`;
reading inputs is :mod:`marsad.inputs`, limits are :mod:`marsad.limits`. So a document that
fails, times out or runs out of memory fails the same way, with the same reason, in both.

Pipelines: :class:`WorkerSettings` carries a :data:`~marsad.core.PipelineSpec` — ``None``
(the default pipeline), a :class:`~marsad.pipeline.Pipeline`, or a zero-argument factory
returning one. A process-pool worker receives the settings once, when it starts (through
the pool initializer: with the ``fork`` start method, Linux's default, nothing is pickled);
Ray ships them to each task, so there the pipeline must be picklable (stage functions
defined at module level) — or give a factory defined at module level. Either way each
worker process resolves the pipeline once (a factory is called once per process) and
reuses it, and with it the resources its stages load, for every later document.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, TypeVar

from marsad import limits
from marsad.core import PipelineSpec, as_pipeline
from marsad.model import RawDocument
from marsad.pipeline import Pipeline
from marsad.serialize import to_dict

__all__ = ["Outcome", "WorkerPool", "WorkerSettings", "cap_worker_memory", "extract_document",
           "pipeline_for"]

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    """What every worker needs besides its documents: the pipeline and the limits."""

    pipeline: PipelineSpec = None
    doc_seconds: float | None = limits.DEFAULT_SECONDS
    memory_mb: int | None = limits.DEFAULT_MEMORY_MB
    # identifies one run's pipeline in a worker process that serves several tasks (Ray)
    key: str = field(default_factory=lambda: uuid.uuid4().hex)


@dataclass(slots=True)
class Outcome:
    """One document's result: its ``to_dict`` JSON and input bytes, or why there is none."""

    origin: str
    data: dict[str, Any] | None = None
    raw: bytes | None = None
    error: str | None = None


# --- worker-process state: set once per process ---------------------------------------------

_installed: WorkerSettings | None = None  # what the pool initializer handed this worker
_resolved: tuple[str, Pipeline] | None = None  # (settings key, its pipeline), one run at a time
_memory_capped = False


def _init_worker(settings: WorkerSettings) -> None:
    """Pool initializer: cap this worker's memory and remember the run's settings."""
    global _installed, _memory_capped
    _installed = settings
    limits.limit_memory(settings.memory_mb, headroom=True)  # once: this runs at worker start
    _memory_capped = True


def cap_worker_memory(memory_mb: int | None) -> None:
    """Cap this (worker) process's address space, once; never call it in a caller's process.

    ``headroom``: a forked worker inherits the parent's address space (a server or a long test
    run maps gigabytes), so the cap is counted on top of it.
    """
    global _memory_capped
    if not _memory_capped:
        limits.limit_memory(memory_mb, headroom=True)
        _memory_capped = True


def settings_here(settings: WorkerSettings | None) -> WorkerSettings:
    """The settings passed to a task, else those installed in this worker (else defaults)."""
    if settings is not None:
        return settings
    return _installed if _installed is not None else WorkerSettings()


def pipeline_for(settings: WorkerSettings) -> Pipeline:
    """The run's pipeline in this process, resolved (a factory called) once per run."""
    global _resolved
    if _resolved is None or _resolved[0] != settings.key:
        _resolved = (settings.key, as_pipeline(settings.pipeline))
    return _resolved[1]


def _extract_dict(pipeline: Pipeline, raw: RawDocument) -> dict[str, Any]:
    return to_dict(pipeline(raw))


def extract_document(raw: RawDocument, pipeline: Pipeline,
                     doc_seconds: float | None = limits.DEFAULT_SECONDS) -> Outcome:
    """Extract one document under the time limit; never raises for a bad document.

    In a main thread the deadline is a ``SIGALRM`` (cheap); elsewhere (a Ray actor thread, a
    web request) the document runs in a forked child under :func:`limits.run_with_limits`.
    A breach is a failed document: ``TimeLimitError: [E031] …``, ``MemoryLimitError: [E032] …``.
    """
    origin = raw.origin or "?"
    try:
        if doc_seconds is not None and threading.current_thread() is not threading.main_thread():
            data = limits.run_with_limits(_extract_dict, pipeline, raw, seconds=doc_seconds,
                                          memory_mb=None)
        else:
            with limits.document_limits(doc_seconds):
                data = _extract_dict(pipeline, raw)
        content = raw.content if isinstance(raw.content, bytes) else raw.content.encode("utf-8")
    except Exception as exc:  # any extractor bug must fail one document, not the batch
        return Outcome(origin, error=f"{type(exc).__name__}: {exc}")
    return Outcome(origin, data=data, raw=content)


# --- the driver side ------------------------------------------------------------------------


class WorkerPool:
    """``workers`` processes running ``fn(payload, settings)`` tasks under ``settings``.

    One worker in the main thread runs tasks inline, in this process and without the memory
    cap (easy to profile); a caller on another thread (a web request) gets a worker process
    even when it asked for one, because the per-document deadline needs a main thread.
    """

    def __init__(self, workers: int | None, settings: WorkerSettings) -> None:
        self.settings = settings
        self.slots = max(1, workers or os.cpu_count() or 1)
        self.inline = self.slots <= 1 and threading.current_thread() is threading.main_thread()
        self._pool: ProcessPoolExecutor | None = None
        if not self.inline:
            self._pool = ProcessPoolExecutor(max_workers=self.slots, initializer=_init_worker,
                                             initargs=(settings,))

    def submit(self, fn: Callable[[T, WorkerSettings | None], R], payload: T) -> Future[R]:
        if self._pool is not None:
            return self._pool.submit(fn, payload, None)  # the worker has the settings
        done: Future[R] = Future()
        try:
            done.set_result(fn(payload, self.settings))
        except BaseException as exc:
            done.set_exception(exc)
        return done

    @staticmethod
    def wait_first(pending: list[Future[R]]) -> tuple[list[R], list[Future[R]]]:
        """Results of the tasks finished now (at least one; in submission order), and the rest."""
        done, rest = wait(pending, return_when=FIRST_COMPLETED)
        finished = [f for f in pending if f in done]
        return [f.result() for f in finished], [f for f in pending if f in rest]

    def map_ordered(self, fn: Callable[[T, WorkerSettings | None], R], payloads: Iterable[T],
                    window: int | None = None) -> Iterator[R]:
        """``fn`` over ``payloads``, results in input order, at most ``window`` in flight
        (default three per worker), so memory does not grow with the input."""
        limit = window or self.slots * 3
        flight: deque[Future[R]] = deque()
        for payload in payloads:
            flight.append(self.submit(fn, payload))
            while len(flight) >= limit:
                yield flight.popleft().result()
        while flight:
            yield flight.popleft().result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
