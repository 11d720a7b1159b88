"""``marsad reindex``: rebuild what depends on the search analyser, from the stored articles.

The FTS index holds each article's title and text as analysed shadows
(``rows.search_shadows``), so a store indexed by another analyser version finds too little or
too much until its index is rebuilt with the current one. The index is contentless (migration
11: it keeps no copy of the shadows, so rows cannot be replaced one by one), so a reindex
starts from an empty index (which also converts an older store's index that kept a copy) and
fills it from the articles stored when it began, read in ``chunk`` rowid ranges, each in its
own transaction: memory stays flat at any store size and a concurrent ingest waits at most one
chunk (and indexes its own articles itself). The recorded analyser version is updated only
when every range is done: an interrupted reindex keeps warning, searches miss the articles
not yet re-indexed, and running it again starts over.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from marsad.store.db import ANALYZER, connect, record_versions, recorded_versions
from marsad.store.migrations import recreate_contentless_fts
from marsad.store.rows import INSERT_FTS, search_shadows
from marsad.versions import analyzer_version, component_versions

DEFAULT_CHUNK = 1_000


@dataclass(slots=True)
class ReindexSummary:
    articles: int = 0
    seconds: float = 0.0
    analyzer_before: str | None = None
    analyzer_after: str = ""
    # other components whose recorded version differs from this marsad's: the stored
    # articles' fields came from those; only re-extracting (re-ingesting) refreshes them
    other_changes: dict[str, tuple[str, str]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {"articles": self.articles, "seconds": round(self.seconds, 3),
                "search_analyzer": {"before": self.analyzer_before, "after": self.analyzer_after},
                "other_changes": {k: {"recorded": a, "running": b}
                                  for k, (a, b) in sorted(self.other_changes.items())}}


def _empty_index(conn: sqlite3.Connection) -> int:
    """Start from an empty contentless index; returns the last rowid stored now (articles
    after it are indexed by whoever writes them)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        recreate_contentless_fts(conn)
        upto = int(conn.execute("SELECT coalesce(MAX(rowid), 0) FROM articles").fetchone()[0])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return upto


def _reindex_range(conn: sqlite3.Connection, after: int, upto: int, chunk: int
                   ) -> tuple[int, int] | None:
    """Index the next ``chunk`` articles after rowid ``after`` (up to ``upto``); returns
    (articles done, last rowid), or None when no article is left."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        rows = conn.execute("SELECT rowid, title, unpacked(text) FROM articles WHERE rowid > ? "
                            "AND rowid <= ? ORDER BY rowid LIMIT ?", (after, upto, chunk)
                            ).fetchall()
        if not rows:
            conn.execute("COMMIT")
            return None
        last = int(rows[-1][0])
        prepared = [(rowid, *search_shadows(title, text or "")) for rowid, title, text in rows]
        conn.executemany(INSERT_FTS, prepared)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(rows), last


def reindex(db_path: str | os.PathLike[str] | None = None, *, chunk: int = DEFAULT_CHUNK,
            progress: Callable[[int], None] | None = None) -> ReindexSummary:
    """Rebuild the search index of every stored article with this marsad's analyser and
    record its version; ``progress`` is called with the running article count per chunk."""
    if chunk < 1:
        raise ValueError("chunk must be at least 1")
    began = time.monotonic()
    conn = connect(db_path, check_versions=False)
    try:
        before = recorded_versions(conn)
        summary = ReindexSummary(analyzer_before=before.get(ANALYZER),
                                 analyzer_after=analyzer_version())
        after, upto = 0, _empty_index(conn)
        while (done := _reindex_range(conn, after, upto, chunk)) is not None:
            summary.articles += done[0]
            after = done[1]
            if progress is not None:
                progress(summary.articles)
        conn.execute("BEGIN IMMEDIATE")
        try:
            record_versions(conn, {ANALYZER: summary.analyzer_after})
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
        running = component_versions()
        summary.other_changes = {
            name: (version, running[name]) for name, version in before.items()
            if name != ANALYZER and name in running and running[name] != version}
    finally:
        conn.close()
    summary.seconds = time.monotonic() - began
    return summary


def print_progress(count: int) -> None:
    print(f"\rmarsad reindex: {count:,} articles", end="", file=sys.stderr, flush=True)
