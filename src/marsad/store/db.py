"""Opening the store: one SQLite file in WAL mode, foreign keys on, schema migrated.

WAL lets any number of readers (search, export) run while the single writer (ingest)
commits batches; an interrupted writer loses only its uncommitted batch.

The store records the versions it was built with (``store_versions``, from
``marsad.versions``): a new store takes those of the first marsad that opens it for writing;
opening one whose search index another analyser built warns (``StaleIndexWarning``) and
``marsad reindex`` (``store/reindex.py``) rebuilds the index.
"""

from __future__ import annotations

import os
import sqlite3
import time
import warnings
from collections.abc import Mapping
from pathlib import Path

from marsad.store.codec import register as register_codec
from marsad.store.migrations import migrate
from marsad.versions import analyzer_version, component_versions

DEFAULT_DB = "marsad.db"
ENV_DB = "MARSAD_DB"
# How long a connection waits for another process's lock (busy handler and WAL switch).
BUSY_TIMEOUT_S = 30.0
ANALYZER = "search_analyzer"  # the ``store_versions`` component the search index depends on


class StaleIndexWarning(UserWarning):
    """The store's search index was built by another search analyser than this marsad's."""


def resolve_db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``$MARSAD_DB``, then ``./marsad.db``."""
    if path:
        return Path(path)
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, waiting out other processes doing the same.

    Why a loop: SQLite does not call the busy handler for a journal-mode change, so when
    two ingests open a NEW database at once, one of them gets "database is locked" at once
    (13 of 80 openings in a two-process race) instead of waiting like any other statement.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def connect(path: str | os.PathLike[str] | None = None, *, readonly: bool = False,
            migrate_schema: bool = True, check_versions: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), schema up to date.

    ``check_versions``: warn (``StaleIndexWarning``) when the search index was built by
    another analyser version, and record this marsad's versions in a store still empty.
    """
    target = resolve_db_path(path)
    if readonly:
        if not target.exists():
            raise FileNotFoundError(f"no marsad database at {target}")
        conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT_S)
        register_codec(conn)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        register_codec(conn)
        _enable_wal(conn)
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    if migrate_schema and not readonly:
        migrate(conn)
    if check_versions:
        _check_versions(conn, target, readonly)
    return conn


def recorded_versions(conn: sqlite3.Connection) -> dict[str, str]:
    """``{component: version}`` the store was built with; empty for a store older than that
    record (schema version 10) or one nobody has written to."""
    try:
        return dict(conn.execute("SELECT component, version FROM store_versions"))
    except sqlite3.OperationalError:  # no such table: an unmigrated store opened read-only
        return {}


def record_versions(conn: sqlite3.Connection, versions: Mapping[str, str]) -> None:
    """Record (or overwrite) the versions of ``versions``' components, in the open
    transaction if there is one."""
    conn.executemany(
        "INSERT INTO store_versions(component, version) VALUES (?, ?) ON CONFLICT(component) "
        "DO UPDATE SET version=excluded.version, recorded_at=excluded.recorded_at",
        sorted(versions.items()))


def _is_empty(conn: sqlite3.Connection) -> bool | None:
    try:
        return conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None
    except sqlite3.OperationalError:  # not a marsad store (yet): nothing to check
        return None


def _check_versions(conn: sqlite3.Connection, target: Path, readonly: bool) -> None:
    """One indexed lookup when the versions match, which is every open but the first."""
    current = analyzer_version()
    recorded = recorded_versions(conn).get(ANALYZER)
    if recorded == current:
        return
    empty = _is_empty(conn)
    if empty is None:
        return
    if empty:
        if not readonly:  # an empty index is valid for any analyser: it is built by this one
            conn.execute("BEGIN IMMEDIATE")
            try:
                if _is_empty(conn):
                    record_versions(conn, component_versions())
                conn.execute("COMMIT")
            except sqlite3.OperationalError:  # schema not migrated (``migrate_schema=False``)
                conn.execute("ROLLBACK")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return
    built = recorded or "unknown (the store predates version records)"
    warnings.warn(StaleIndexWarning(
        f"the search index of {target} was built by search analyser {built}, but this "
        f"marsad's analyser is {current}: searches may miss or mis-rank articles until you "
        f"run `marsad reindex {target}`"), stacklevel=3)
