"""Corpus-wide counts kept at write time, so that pages read a few rows instead of scanning.

An entity page used to count an entity's mentions per day, its outlets and the actors it
shares articles with by scanning every mention of it (7 s for Syria at 10,000 articles, and
linear in the corpus). These tables hold those counts and are updated in the writer's
transaction, per affected key only, so they are always consistent with the articles and a
killed ingest rolls them back together:

- ``entity_stats``: mentions and articles per entity (the entity index, sorted by mentions);
- ``entity_articles``: one row per (entity, article) with the article's day, so "latest
  articles about X" and per-day counts are index range scans;
- ``entity_days`` and ``entity_sources``: per-day and per-outlet counts of each entity;
- ``entity_pairs``: in how many articles two entities appear together (the other one an
  actor: person, organisation, state, group), for "co-mentioned";
- ``corpus_counts``: totals for the home page;
- ``event_day_counts``, ``event_place_counts`` and ``entity_event_days``: events per day, per
  place, or per entity and day, with type and status (at the default confidence), for the
  timelines, event totals and the events map;
- ``claim_groups``: each touched group of claims is refreshed from its stored claims
  (``store/claim_groups.py``).

The writer accumulates the deltas of a transaction in memory and flushes them as one
``executemany`` upsert per table just before it commits: the pairs of two thousand articles
collapse to far fewer distinct keys than per-article upserts would write.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from operator import itemgetter
from typing import Any

from marsad.store.claim_groups import refresh as refresh_groups
from marsad.store.migrations import ACTOR_TYPES, TIMELINE_MIN_CONFIDENCE, UNDATED
from marsad.store.rows import ArticleRows

_UPSERTS = {
    "stats": "INSERT INTO entity_stats(entity_id, mentions, articles) VALUES (?,?,?) "
             "ON CONFLICT(entity_id) DO UPDATE SET mentions = mentions + excluded.mentions, "
             "articles = articles + excluded.articles",
    "days": "INSERT INTO entity_days(entity_id, day, mentions, articles) VALUES (?,?,?,?) "
            "ON CONFLICT(entity_id, day) DO UPDATE SET mentions = mentions + excluded.mentions, "
            "articles = articles + excluded.articles",
    "sources": "INSERT INTO entity_sources(entity_id, source, articles) VALUES (?,?,?) "
               "ON CONFLICT(entity_id, source) DO UPDATE SET "
               "articles = articles + excluded.articles",
    "pairs": "INSERT INTO entity_pairs(entity_id, other, articles) VALUES (?,?,?) "
             "ON CONFLICT(entity_id, other) DO UPDATE SET articles = articles + excluded.articles",
    "counts": "INSERT INTO corpus_counts(name, value) VALUES (?,?) "
              "ON CONFLICT(name) DO UPDATE SET value = value + excluded.value",
    "event_days": "INSERT INTO event_day_counts(day, type, status, events) VALUES (?,?,?,?) "
                  "ON CONFLICT(day, type, status) DO UPDATE SET "
                  "events = events + excluded.events",
    "event_places": "INSERT INTO event_place_counts(place, type, status, events) "
                    "VALUES (?,?,?,?) ON CONFLICT(place, type, status) DO UPDATE SET "
                    "events = events + excluded.events",
    "entity_event_days": "INSERT INTO entity_event_days(entity_id, day, type, status, events) "
                         "VALUES (?,?,?,?,?) ON CONFLICT(entity_id, day, type, status) DO "
                         "UPDATE SET events = events + excluded.events",
}
# ``article`` is the article's rowid (migration 14)
_INSERT_ENTITY_ARTICLE = ("INSERT INTO entity_articles(entity_id, day, article, mentions) "
                          "VALUES (?,?,?,?)")
_ENTITY = itemgetter(1)  # a ``mentions`` row's entity id
# Positions in an ``events`` row (``migrations.INSERT_EVENT`` order).
EVENT_TYPE, EVENT_ACTOR, EVENT_TARGET, EVENT_LOCATION = 3, 5, 6, 7
EVENT_CONFIDENCE, EVENT_STATUS, EVENT_DAY = 10, 13, 18
PLACE_TYPES = ("GPE", "LOC", "FAC")


class Aggregates:
    """The count deltas of the writer's open transaction."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.mentions: Counter[str] = Counter()
        self.articles: Counter[str] = Counter()
        self.days: Counter[tuple[str, str]] = Counter()
        self.day_articles: Counter[tuple[str, str]] = Counter()
        self.sources: Counter[tuple[str, str]] = Counter()
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.counts: Counter[str] = Counter()
        self.claim_groups: set[str] = set()  # refreshed from their stored claims at flush
        self.event_days: Counter[tuple[str, str, str]] = Counter()
        self.event_places: Counter[tuple[str, str, str]] = Counter()
        self.entity_event_days: Counter[tuple[str, str, str, str]] = Counter()
        self.entity_articles: list[tuple[str, str, int, int]] = []

    def add(self, conn: sqlite3.Connection, rows: ArticleRows, rowid: int) -> None:
        """Count one inserted article, whose key is ``rowid`` (its (entity, article) rows are
        written at the flush: nothing reads them before the commit, and their table has no
        rowid to keep)."""
        per_entity = Counter(map(_ENTITY, rows.mentions))
        published, source = rows.article[2], rows.article[3]
        day = str(published)[:10] if published else UNDATED
        self.entity_articles.extend([(entity, day, rowid, n) for entity, n in per_entity.items()])
        # the same counts as one update per entity, a table at a time (and in the same key
        # order: ``entity_stats`` is written in ``mentions``' order and keeps rowids)
        self.mentions.update(per_entity)
        self.articles.update(per_entity.keys())
        if day != UNDATED:
            self.days.update({(entity, day): n for entity, n in per_entity.items()})
            self.day_articles.update([(entity, day) for entity in per_entity])
        if source:
            outlet = str(source)
            self.sources.update([(entity, outlet) for entity in per_entity])
        actors = [e[0] for e in rows.entities if e[1] in ACTOR_TYPES and e[0] in per_entity]
        if actors:
            self.pairs.update([(entity, other) for entity in per_entity
                               for other in actors if other != entity])
        self.claim_groups.update(row[1] for row in rows.claims)
        detected = [ev for ev in rows.events
                    if (ev[EVENT_CONFIDENCE] or 0) >= TIMELINE_MIN_CONFIDENCE]
        self.event_days.update((ev[EVENT_DAY] or UNDATED, ev[EVENT_TYPE], ev[EVENT_STATUS] or "new")
                               for ev in detected)
        types = {e[0]: e[1] for e in rows.entities}
        for ev in detected:  # the event's place: its location, else a target that is a place
            place, target = ev[EVENT_LOCATION], ev[EVENT_TARGET]
            if place is None and target is not None:
                # the article says what its target is; the store is asked only about a
                # target the article does not list (hand-made JSON)
                kind = types[target] if target in types else self._stored_type(conn, target)
                place = target if kind in PLACE_TYPES else None
            if place is not None:
                self.event_places[place, ev[EVENT_TYPE], ev[EVENT_STATUS] or "new"] += 1
            for named in {ev[EVENT_ACTOR], ev[EVENT_TARGET], ev[EVENT_LOCATION]} - {None}:
                self.entity_event_days[named, ev[EVENT_DAY] or UNDATED, ev[EVENT_TYPE],
                                       ev[EVENT_STATUS] or "new"] += 1
        self.counts.update({"articles": 1, "mentions": len(rows.mentions),
                            "statements": len(rows.statements),
                            "quantities": len(rows.quantities), "events": len(rows.events)})

    @staticmethod
    def _stored_type(conn: sqlite3.Connection, entity_id: str) -> str | None:
        row = conn.execute("SELECT type FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return None if row is None else str(row[0])

    def flush(self, conn: sqlite3.Connection) -> None:
        """Write the deltas (inside the caller's transaction) and start afresh."""
        batches: dict[str, list[tuple[Any, ...]]] = {
            "stats": [(e, n, self.articles[e]) for e, n in self.mentions.items()],
            "days": [(e, d, n, self.day_articles[e, d]) for (e, d), n in self.days.items()],
            "sources": [(e, s, n) for (e, s), n in self.sources.items()],
            "pairs": [(e, o, n) for (e, o), n in self.pairs.items()],
            "counts": list(self.counts.items()),
            "event_days": [(*key, n) for key, n in self.event_days.items()],
            "event_places": [(*key, n) for key, n in self.event_places.items()],
            "entity_event_days": [(*key, n) for key, n in self.entity_event_days.items()],
        }
        if self.entity_articles:
            conn.executemany(_INSERT_ENTITY_ARTICLE, self.entity_articles)
        for name, values in batches.items():
            if values:
                conn.executemany(_UPSERTS[name], values)
        self.refresh_claim_groups(conn)
        self.clear()

    def refresh_claim_groups(self, conn: sqlite3.Connection) -> None:
        """Refresh the claim groups touched since the last refresh (their claims written)."""
        refresh_groups(conn, self.claim_groups)
        self.claim_groups.clear()

    def size(self) -> int:
        """Keys held: what the deltas cost in memory (the pairs are most of them)."""
        return (len(self.pairs) + len(self.days) + len(self.sources) + len(self.mentions)
                + len(self.entity_event_days) + len(self.entity_articles))
