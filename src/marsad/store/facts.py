"""A stored fact's full JSON, read from its article: one copy of every extraction.

The fact tables (``statements``, ``quantities``, ``times``, ``events``) keep the columns pages
filter, sort and count by. Their complete records — the speaker's offsets, the content span,
a quantity's qualifiers — are the article's own JSON (``articles.json``, packed by
:mod:`marsad.store.codec`), so the tables no longer keep a second copy in their ``json``
column (written empty since schema version 12; 8 KB of every article). A fact row is the
``ordinal``-th item of its article's list of that kind: rows are written in list order
(``store/rows.py``), so the ordinal is the number of rows of the same article before it.
Rows written before version 12 still hold their JSON; it is used when present.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from marsad.store.codec import article_json, unpack

FACT_TABLES = ("statements", "quantities", "times", "events")


def ordinal(table: str, alias: str) -> str:
    """SQL for the row's position in its article's list (one index range per row)."""
    if table not in FACT_TABLES:
        raise ValueError(f"not a fact table: {table}")
    return (f"(SELECT COUNT(*) FROM {table} prior WHERE prior.article_id = {alias}.article_id "
            f"AND prior.id < {alias}.id)")


class ArticleFacts:
    """Facts of a few articles, each article's JSON decoded once however many rows ask."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._articles: dict[str, dict[str, Any]] = {}

    def article(self, article_id: str) -> dict[str, Any]:
        if article_id not in self._articles:
            if len(self._articles) >= 256:  # an export walks every article: keep a few
                self._articles.clear()
            row = self.conn.execute("SELECT json, text FROM articles WHERE id = ?",
                                    (article_id,)).fetchone()
            self._articles[article_id] = article_json(*row) if row else {}
        return self._articles[article_id]

    def fact(self, table: str, article_id: str, position: int,
             stored: str | bytes | None = None) -> dict[str, Any]:
        """The ``position``-th ``table`` item of the article (``stored``: the row's own JSON,
        kept by rows older than schema version 12, wins when present)."""
        if stored:
            data = json.loads(unpack(stored) or "{}")
            return data if isinstance(data, dict) else {}
        items = self.article(article_id).get(table) or []
        item = items[position] if 0 <= position < len(items) else {}
        return item if isinstance(item, dict) else {}


def fact_json(conn: sqlite3.Connection, table: str,
              rows: Sequence[tuple[str, int, str | bytes | None]]) -> list[dict[str, Any]]:
    """The JSON of each (article id, ordinal, stored json) row, articles decoded once."""
    facts = ArticleFacts(conn)
    return [facts.fact(table, aid, int(n), stored) for aid, n, stored in rows]
