"""Per-document time and memory limits, so one hostile input cannot stall or sink a batch.

Extraction cost grows with the input (the entity stage is super-linear on long single-line
texts, trafilatura walks every node of a page), and a batch of a million articles must not
wait an hour on one of them or be killed by the OOM killer because of it. Two ways to bound
a document, for two situations:

* :func:`run_with_limits` forks a child per call, caps its address space with
  ``RLIMIT_AS`` and kills it at the deadline. It is the only form that also stops C code
  (lxml parsing, regex engines) and leaves the caller untouched whatever happens, at the
  price of one ``fork`` per document (a few milliseconds). Use it for one-off calls, the
  CLI and tests.
* :func:`limit_memory` + :func:`document_limits` are for code that already runs in a
  worker process (the workers of :mod:`marsad.executor`, which ingest and batch share): the
  memory cap is set once when the worker starts, and each document runs under a ``SIGALRM``
  deadline in the worker's main thread. Cheaper, but the deadline fires only between Python
  bytecodes.

Every breach becomes a coded :class:`~marsad.errors.ResourceLimitError`, so callers record
it like any other bad input.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import resource
import select
import signal
import threading
import time
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any, TypeVar

from marsad.errors import MemoryLimitError, TimeLimitError, WorkerCrashError

__all__ = [
    "DEFAULT_MEMORY_MB",
    "DEFAULT_SECONDS",
    "document_limits",
    "limit_memory",
    "run_with_limits",
]

T = TypeVar("T")

DEFAULT_SECONDS = 60.0  # a real article takes well under a second; 60 s is pathological
DEFAULT_MEMORY_MB = 2048  # address space, not RSS: the models and lexicons map ~0.5 GB


class _Deadline(BaseException):
    """Raised by the alarm handler; a BaseException so library ``except Exception`` blocks
    (trafilatura has several) cannot swallow it before :func:`document_limits` sees it."""


def _mapped_bytes() -> int:
    """Address space this process maps now (what ``RLIMIT_AS`` counts)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def limit_memory(memory_mb: int | None, *, headroom: bool = False) -> None:
    """Cap this process's address space (``RLIMIT_AS``); use as a pool ``initializer``.

    Over the cap, allocations fail with ``MemoryError`` instead of the kernel OOM killer
    taking down the machine or the parent. With ``headroom`` the cap is ``memory_mb`` on top
    of what is already mapped (a forked child inherits its parent's whole address space,
    which in a long test run or a server can itself exceed any fixed figure). Never raises
    the hard limit.
    """
    if memory_mb is None:
        return
    limit = int(memory_mb) * 1024 * 1024 + (_mapped_bytes() if headroom else 0)
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


@contextlib.contextmanager
def document_limits(seconds: float | None = DEFAULT_SECONDS) -> Iterator[None]:
    """Run the block under a wall-clock deadline; breaches become coded MarsadErrors.

    ``TimeLimitError`` when ``seconds`` pass, ``MemoryLimitError`` when the block runs out of
    memory (under :func:`limit_memory`). Uses ``SIGALRM``, so it must run in the main thread
    (true for ``ProcessPoolExecutor`` workers); elsewhere use :func:`run_with_limits`.
    """
    if seconds is not None and threading.current_thread() is not threading.main_thread():
        raise RuntimeError("document_limits needs the main thread (SIGALRM); "
                           "use marsad.limits.run_with_limits elsewhere")
    previous: Any = None
    if seconds is not None:
        def _alarm(signum: int, frame: FrameType | None) -> None:
            raise _Deadline

        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, max(float(seconds), 0.001))
    try:
        yield
    except _Deadline:
        raise TimeLimitError(f"document took longer than the {seconds:g} s limit") from None
    except MemoryError:
        raise MemoryLimitError("document needed more memory than the per-document limit"
                               ) from None
    finally:
        if seconds is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def run_with_limits(func: Callable[..., T], *args: Any, seconds: float | None = DEFAULT_SECONDS,
                    memory_mb: int | None = DEFAULT_MEMORY_MB, **kwargs: Any) -> T:
    """Return ``func(*args, **kwargs)`` computed in a forked child under time/memory caps.

    Whatever ``func`` raises is re-raised here unchanged (a ``MarsadError`` stays one). The
    child is killed at the deadline (``TimeLimitError``); allocating more than ``memory_mb``
    beyond what the caller had already mapped gives ``MemoryLimitError``; dying from a
    signal gives ``WorkerCrashError``. ``func`` and its arguments need not be picklable (the
    child is a fork); the result must be.
    """
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into the caller's stack
        os.close(read_fd)
        status = 0
        try:
            limit_memory(memory_mb, headroom=True)
            try:
                payload = pickle.dumps(("ok", func(*args, **kwargs)), pickle.HIGHEST_PROTOCOL)
            except MemoryError:
                payload = pickle.dumps(("memory", None))
            except BaseException as exc:
                try:
                    payload = pickle.dumps(("raise", exc), pickle.HIGHEST_PROTOCOL)
                except Exception:
                    payload = pickle.dumps(("raise", RuntimeError(
                        f"{type(exc).__name__}: {exc}")))
            with os.fdopen(write_fd, "wb") as out:
                out.write(payload)
        except BaseException:
            status = 70
        finally:
            os._exit(status)
    os.close(write_fd)
    chunks: list[bytes] = []
    deadline = None if seconds is None else time.monotonic() + seconds
    timed_out = False
    try:
        while True:
            wait = None if deadline is None else deadline - time.monotonic()
            if wait is not None and wait <= 0:
                timed_out = True
                break
            ready, _, _ = select.select([read_fd], [], [], wait)
            if not ready:
                continue
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_fd)
        if timed_out:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        _, wait_status = os.waitpid(pid, 0)
    if timed_out:
        raise TimeLimitError(f"document took longer than the {seconds:g} s limit")
    if not chunks:
        if os.WIFSIGNALED(wait_status):
            name = signal.Signals(os.WTERMSIG(wait_status)).name
            raise WorkerCrashError(f"extraction worker died from {name}")
        code = os.waitstatus_to_exitcode(wait_status)
        raise MemoryLimitError(f"extraction worker exited ({code}) without a result: "
                               "most likely out of memory")
    kind, value = pickle.loads(b"".join(chunks))  # our own child wrote it: trusted
    if kind == "ok":
        return value
    if kind == "memory":
        raise MemoryLimitError(f"document needed more than the {memory_mb} MB memory limit")
    raise value
