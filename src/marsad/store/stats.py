"""Corpus statistics: what a user wants to see first about a database."""

from __future__ import annotations

import os
from typing import Any

from marsad.store.db import connect

TOP_ENTITIES = 10


def corpus_stats(db_path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Article, source, entity and mention counts, the date range, and the top entities."""
    conn = connect(db_path, readonly=True)
    try:
        articles, first, last = conn.execute(
            "SELECT count(*), min(published), max(published) FROM articles").fetchone()
        sources = conn.execute(
            "SELECT source, count(*) FROM articles GROUP BY source ORDER BY 2 DESC").fetchall()
        entities = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
        # kept at write time (store/aggregates.py): no scan of the mentions table
        mentions = conn.execute("SELECT coalesce((SELECT value FROM corpus_counts "
                                "WHERE name = 'mentions'), 0)").fetchone()[0]
        clusters = conn.execute(
            "SELECT count(DISTINCT cluster_id) FROM near_duplicates").fetchone()[0]
        top = conn.execute(
            "SELECT e.id, e.name_ar, e.name_en, s.mentions, s.articles FROM entity_stats s"
            " JOIN entities e ON e.id = s.entity_id ORDER BY s.mentions DESC, s.entity_id"
            " LIMIT ?", (TOP_ENTITIES,)).fetchall()
    finally:
        conn.close()
    return {
        "articles": articles,
        "published_from": first,
        "published_to": last,
        "sources": {source or "-": count for source, count in sources},
        "entities": entities,
        "mentions": mentions,
        "near_duplicate_clusters": clusters,
        "top_entities": [
            {"id": i, "name_ar": ar, "name_en": en, "mentions": n, "articles": a}
            for i, ar, en, n, a in top
        ],
    }
