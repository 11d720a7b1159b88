"""Opening the store: one SQLite file in WAL mode, foreign keys on, schema migrated.

WAL lets any number of readers (search, export) run while the single writer (ingest)
commits batches; an interrupted writer loses only its uncommitted batch.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from marsad.store.migrations import migrate

DEFAULT_DB = "marsad.db"
ENV_DB = "MARSAD_DB"
# How long a connection waits for another process's lock (busy handler and WAL switch).
BUSY_TIMEOUT_S = 30.0


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
            migrate_schema: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), schema up to date."""
    target = resolve_db_path(path)
    if readonly:
        if not target.exists():
            raise FileNotFoundError(f"no marsad database at {target}")
        conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT_S)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        _enable_wal(conn)
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    if migrate_schema and not readonly:
        migrate(conn)
    return conn
