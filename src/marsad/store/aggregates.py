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

A bulk load into an empty store counts the entity tables once, at its end
(:class:`EntityRecount`): their deltas cost the writer 0.37 ms of CPU an article, the
recount 0.15 (10,000 replicated articles).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from operator import itemgetter
from typing import Any

import numpy as np

from marsad.model import PLACE_TYPES
from marsad.store.claim_groups import refresh as refresh_groups
from marsad.store.claim_groups import touch as touch_groups
from marsad.store.migrations import (
    ACTOR_TYPES,
    ENTITY_ARTICLES_BACKFILL,
    ENTITY_BREAKDOWNS_BACKFILL,
    TIMELINE_MIN_CONFIDENCE,
    UNDATED,
    run_script,
)
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
_ID, _ID_TYPE = itemgetter(0), itemgetter(0, 1)  # an ``entities`` row's id (and type)
_GROUP = itemgetter(1)  # a ``claims`` row's group id
# Positions in an ``events`` row (``migrations.INSERT_EVENT`` order).
EVENT_TYPE, EVENT_ACTOR, EVENT_TARGET, EVENT_LOCATION = 3, 5, 6, 7
EVENT_CONFIDENCE, EVENT_STATUS, EVENT_DAY = 10, 13, 18
# Distinct entity pairs a bulk load's recount holds in memory before writing them (about 100
# bytes each, see ``count_pairs``).
PAIR_KEYS = 1_000_000


class Aggregates:
    """The count deltas of the writer's open transaction."""

    def __init__(self) -> None:
        # set while a bulk load defers the entity counts to one recount (``EntityRecount``)
        self.recount: EntityRecount | None = None
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
        if self.recount is not None:
            self.recount.note(rows)
        else:
            self._add_entities(rows, rowid)
        self.claim_groups.update(map(_GROUP, rows.claims))
        # One pass over the article's events, each counter filled in event order as before;
        # the article's entity types are read only for an event whose place is its target.
        types: dict[str, str] | None = None
        event_days, event_places = self.event_days, self.event_places
        entity_event_days = self.entity_event_days
        for ev in rows.events:
            if (ev[EVENT_CONFIDENCE] or 0) < TIMELINE_MIN_CONFIDENCE:
                continue
            day, kind, status = ev[EVENT_DAY] or UNDATED, ev[EVENT_TYPE], ev[EVENT_STATUS] or "new"
            event_days[day, kind, status] += 1
            # the event's place: its location, else a target that is a place
            location, target = ev[EVENT_LOCATION], ev[EVENT_TARGET]
            place = location
            if place is None and target is not None:
                if types is None:
                    types = dict(map(_ID_TYPE, rows.entities))
                # the article says what its target is; the store is asked only about a
                # target the article does not list (hand-made JSON)
                held = types[target] if target in types else self._stored_type(conn, target)
                place = target if held in PLACE_TYPES else None
            if place is not None:
                event_places[place, kind, status] += 1
            for named in {ev[EVENT_ACTOR], target, location} - {None}:
                entity_event_days[named, day, kind, status] += 1
        counts = self.counts  # in this key order, as the upsert has always written them
        counts["articles"] += 1
        counts["mentions"] += len(rows.mentions)
        counts["statements"] += len(rows.statements)
        counts["quantities"] += len(rows.quantities)
        counts["events"] += len(rows.events)

    def _add_entities(self, rows: ArticleRows, rowid: int) -> None:
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
        if self.recount is not None:
            self.recount.flush(conn)
        for name, values in batches.items():
            if values:
                conn.executemany(_UPSERTS[name], values)
        self.refresh_claim_groups(conn)
        self.clear()

    def refresh_claim_groups(self, conn: sqlite3.Connection) -> None:
        """Refresh the claim groups touched since the last refresh (their claims written); in
        a bulk load's recount, only their rows and labels (``claim_groups.touch``), and their
        counts once at its end (``Writer.finish_bulk``)."""
        if self.recount is not None:
            touch_groups(conn, self.claim_groups)
        else:
            refresh_groups(conn, self.claim_groups)
        self.claim_groups.clear()

    def size(self) -> int:
        """Keys held: what the deltas cost in memory (the pairs are most of them)."""
        return (len(self.pairs) + len(self.days) + len(self.sources) + len(self.mentions)
                + len(self.entity_event_days) + len(self.entity_articles))


class EntityRecount:
    """The entity counts of a bulk load into an empty store, made once at its end.

    ``entity_articles``, ``entity_days``, ``entity_sources``, ``entity_pairs`` and the counts
    of ``entity_stats`` are recounted from ``mentions`` by the migrations' backfill SQL
    (:meth:`finish`), which is what the per-article deltas sum to for every article
    :meth:`exact` accepts. Only ``entity_stats`` keeps rowids, in the order entities were
    first mentioned: each entity's row is written (counts 0) in the transaction that first
    mentions it, as the deltas would, so a killed load keeps that order too.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.seen = {str(e) for (e,) in conn.execute("SELECT entity_id FROM entity_stats")}
        self.types: dict[str, str] = dict(conn.execute("SELECT id, type FROM entities"))
        self.new: list[str] = []

    def exact(self, rows: ArticleRows) -> bool:
        """Whether the recount counts this article as its deltas would (the caller counts it
        by deltas otherwise). The deltas count each listed mention, an actor once per time it
        is listed, with the article's own entity types, and the outlet and day only when
        truthy; the SQL counts stored rows, stored types and non-NULL values: they agree
        unless a mention or an entity is listed twice, an entity's type differs from the one
        stored for it, or the date or outlet is not a string or NULL (or an empty outlet)."""
        published, source = rows.article[2], rows.article[3]
        if not isinstance(published, str | None) or not isinstance(source, str | None):
            return False
        mentions = rows.mentions  # keyed by (entity, start, end) once stored
        if source == "" or len({(e, a, b) for _, e, a, b, _ in mentions}) != len(mentions):
            return False
        if len(set(map(_ID, rows.entities))) != len(rows.entities):
            return False
        types = self.types
        return all(types.setdefault(eid, kind) == kind
                   for eid, kind in map(_ID_TYPE, rows.entities))

    def note(self, rows: ArticleRows) -> None:
        """Remember the entities this article mentions first (in ``mentions``' order)."""
        for entity in dict.fromkeys(map(_ENTITY, rows.mentions)):
            if entity not in self.seen:
                self.seen.add(entity)
                self.new.append(entity)

    def flush(self, conn: sqlite3.Connection) -> None:
        if self.new:
            conn.executemany("INSERT INTO entity_stats(entity_id, mentions, articles) "
                             "VALUES (?, 0, 0)", [(e,) for e in self.new])
            self.new.clear()

    @staticmethod
    def count_articles(conn: sqlite3.Connection) -> None:
        """``entity_articles`` from the stored mentions (the first step of :meth:`finish`,
        before the index the rest joins on is built)."""
        run_script(conn, ENTITY_ARTICLES_BACKFILL)

    @staticmethod
    def finish(conn: sqlite3.Connection, keys_kept: int = PAIR_KEYS) -> None:
        """The remaining entity tables from ``entity_articles`` (inside the caller's
        transaction); the pairs by :func:`count_pairs`."""
        conn.execute(
            "UPDATE entity_stats SET mentions = t.mentions, articles = t.articles FROM ("
            "SELECT entity_id, SUM(mentions) AS mentions, COUNT(*) AS articles "
            "FROM entity_articles GROUP BY entity_id) AS t "
            "WHERE t.entity_id = entity_stats.entity_id")
        run_script(conn, ENTITY_BREAKDOWNS_BACKFILL)
        count_pairs(conn, keys_kept)


def count_pairs(conn: sqlite3.Connection, keys_kept: int = PAIR_KEYS,
                chunk_rows: int = 200_000) -> None:
    """``entity_pairs`` from ``entity_articles``: what the migrations' SQL counts (per
    article, each entity with each other one whose stored type is an actor's), 4× sooner.

    The SQL sorts every (entity, other) occurrence to group them, about 210 an article at
    1.4 µs each; here each entity is a number given in id order, so a pair is one integer
    whose order is the table's key order, and numpy makes and counts a chunk's pairs at
    once (:func:`_chunk_pairs`). Past ``keys_kept`` distinct pairs the counts so far are
    added to the table and counting starts afresh, so memory stays bounded whatever the
    corpus; ``chunk_rows`` (entity, article) rows are read at a time.
    """
    names: list[str] = []
    numbers: dict[str, int] = {}
    actor: list[bool] = []
    for eid, kind in conn.execute("SELECT id, type FROM entities ORDER BY id"):
        numbers[eid] = len(names)
        names.append(eid)
        actor.append(kind in ACTOR_TYPES)
    width = len(names) + 1
    is_actor = np.array(actor, dtype=bool)
    keys = counts = np.empty(0, dtype=np.int64)

    def write() -> None:
        conn.executemany(_UPSERTS["pairs"], [
            (names[key // width], names[key % width], n)
            for key, n in zip(keys.tolist(), counts.tolist(), strict=True)])

    rows = conn.execute("SELECT article, entity_id FROM entity_articles INDEXED BY "
                        "entity_articles_article ORDER BY article")
    pending: list[tuple[int, str]] = []
    while batch := rows.fetchmany(chunk_rows):
        pending += batch
        cut = len(pending)  # the articles before the last one are complete
        while cut and pending[cut - 1][0] == pending[-1][0]:
            cut -= 1
        if cut:
            done, pending = pending[:cut], pending[cut:]
            keys, counts = _chunk_pairs(done, numbers, is_actor, width, keys, counts)
            if len(keys) > keys_kept:
                write()
                keys = counts = keys[:0]
    if pending:
        keys, counts = _chunk_pairs(pending, numbers, is_actor, width, keys, counts)
    write()


def _chunk_pairs(rows: list[tuple[int, str]], numbers: dict[str, int], is_actor: np.ndarray,
                 width: int, keys: np.ndarray, counts: np.ndarray,
                 ) -> tuple[np.ndarray, np.ndarray]:
    """``keys`` and ``counts`` (sorted distinct pairs) with the pairs of the whole articles of
    ``rows`` (article, entity id) added. Each article's rows are put actors first, so its
    actors are the first ``n`` of its rows: every row is repeated ``n`` times and paired
    with those, itself left out."""
    article = np.fromiter((a for a, _ in rows), dtype=np.int64, count=len(rows))
    entity = np.fromiter((numbers[e] for _, e in rows), dtype=np.int64, count=len(rows))
    actor = is_actor[entity]
    order = np.lexsort((~actor, article))
    article, entity, actor = article[order], entity[order], actor[order]
    first = np.r_[True, article[1:] != article[:-1]]
    starts = np.flatnonzero(first)
    group = np.cumsum(first) - 1
    per_row = np.add.reduceat(actor.astype(np.int64), starts)[group]
    xs = np.repeat(entity, per_row)
    # row i's partners are rows starts[group[i]] … + per_row[i] − 1, in one arange
    offset = np.repeat(starts[group] - (np.cumsum(per_row) - per_row), per_row)
    ys = entity[offset + np.arange(len(xs))]
    keep = xs != ys
    found, n = np.unique(xs[keep] * width + ys[keep], return_counts=True)
    merged, inverse = np.unique(np.r_[keys, found], return_inverse=True)
    return merged, np.bincount(inverse, weights=np.r_[counts, n]).astype(np.int64)
