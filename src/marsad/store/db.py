"""Opening the store: one SQLite file in WAL mode, foreign keys on, schema migrated.

WAL lets any number of readers (search, export) run while the single writer (ingest)
commits batches; an interrupted writer loses only its uncommitted batch.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from marsad.store.migrations import migrate

DEFAULT_DB = "marsad.db"
ENV_DB = "MARSAD_DB"


def resolve_db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``$MARSAD_DB``, then ``./marsad.db``."""
    if path:
        return Path(path)
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


def connect(path: str | os.PathLike[str] | None = None, *, readonly: bool = False,
            migrate_schema: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), schema up to date."""
    target = resolve_db_path(path)
    if readonly:
        if not target.exists():
            raise FileNotFoundError(f"no marsad database at {target}")
        conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True, isolation_level=None,
                               timeout=30.0)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(target, isolation_level=None, timeout=30.0)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    if migrate_schema and not readonly:
        migrate(conn)
    return conn
