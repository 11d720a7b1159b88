"""Read results cached per store state: a page asked again before the next write is not
recomputed.

Under load the same few reads come back again and again (the popular searches, the top
entities' pages, the home page's timeline), and each costs 20–150 ms of CPU at 100,000
articles. :class:`ResultCache` keeps the latest results (least recently used dropped past
``size``) keyed by the read and its arguments *and* the store's version, so a result is
served only while the store is exactly as it was read: never stale. The version is SQLite's
``PRAGMA data_version`` on one long-lived read-only connection, which changes whenever any
other connection (an ingest in this or another process) commits: a check costs
microseconds, not a query. Concurrent requests for the same missing result wait for one
computation (no thundering herd). Results are shared between threads: callers must not
mutate them (the read model's rows are tuples and lists the web layer only reads).
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

from marsad.store.db import BUSY_TIMEOUT_S

T = TypeVar("T")
DEFAULT_SIZE = 512  # results kept per process (each a page of at most 100 rows)


class StoreVersion:
    """A counter that changes whenever another connection commits to the store."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def current(self) -> int:
        with self._lock:
            try:
                if self._conn is None:
                    self._conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True,
                                                 isolation_level=None, timeout=BUSY_TIMEOUT_S,
                                                 check_same_thread=False)
                return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error:
                self.close()  # reopened on the next call
                raise

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class ResultCache:
    """The latest results of reads over one store, valid for one store version each."""

    def __init__(self, version: Callable[[], int], size: int = DEFAULT_SIZE) -> None:
        self._version = version
        self.size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._pending: dict[Hashable, tuple[int, threading.Event]] = {}
        self.hits = self.misses = 0

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The result of ``compute()`` for ``key`` at the store's current version: cached,
        being computed by another thread (then waited for), or computed here. Exceptions
        are not cached."""
        version = self._version()
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == version:
                self._entries.move_to_end(key)
                self.hits += 1
                value: T = entry[1]
                return value
            flight = self._pending.get(key)
            leader = flight is None or flight[0] != version
            if leader:
                done = threading.Event()
                self._pending[key] = (version, done)
            else:
                assert flight is not None
                done = flight[1]
            self.misses += 1
        if not leader:
            done.wait()
            with self._lock:
                entry = self._entries.get(key)
            if entry is not None and entry[0] == version:
                value = entry[1]
                return value
            return compute()  # the other computation failed (or was superseded)
        try:
            value = compute()
            with self._lock:
                self._entries[key] = (version, value)
                self._entries.move_to_end(key)
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
            return value
        finally:
            with self._lock:
                if self._pending.get(key, (None, None))[1] is done:
                    del self._pending[key]
            done.set()

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def freeze(value: Any) -> Hashable:
    """``value`` as a hashable key part (lists and dicts as tuples)."""
    if isinstance(value, list | tuple):
        return tuple(freeze(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((str(k), freeze(v)) for k, v in value.items()))
    if isinstance(value, set | frozenset):
        return tuple(sorted(map(repr, value)))
    return value if isinstance(value, Hashable) else repr(value)
