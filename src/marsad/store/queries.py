"""The read model: every query the web pages, the JSON API and ``marsad search`` read the store
with, over one database file.

Why here and not in the web layer: the store owns its SQL. The web modules parse parameters,
convert what this returns into their schemas and render it; they never see a connection.
What is returned are plain typed rows declared once below (NamedTuples, ``Counted`` pages) or
the records of :mod:`marsad.store.views` / :mod:`marsad.claims`; nothing here knows HTTP.

Reads open a fresh read-only SQLite connection per call: WAL lets them run beside an ingest,
and a read-only handle cannot corrupt anything whatever a request asks. Article facts are
read back from the stored ``to_dict`` JSON, so fields added by later extractor stages show up
without a schema change. Where an article's stored text and JSON live is known to
``_SUMMARY_COLUMNS``, ``_EVENT_SENTENCE`` and ``_article_json`` only.
"""

from __future__ import annotations

import logging
import math
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from pathlib import Path
from typing import Any, Concatenate, Generic, NamedTuple, ParamSpec, TypeVar

from marsad.claims.grouping import ClaimGroup, EventGroup
from marsad.store import claim_groups, views
from marsad.store.codec import article_json
from marsad.store.cursor import Key, after, decode, encode
from marsad.store.db import connect
from marsad.store.facts import fact_json, ordinal
from marsad.store.migrations import TIMELINE_MIN_CONFIDENCE, UNDATED
from marsad.store.readcache import ResultCache, StoreVersion, freeze
from marsad.store.search import SearchResult, article_filters, find, resolve_entity

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")

DEFAULT_STATUS = "new"  # events an article reports as news (lists and timelines default)
# ORDER BY clauses of the event list, by sort key (fixed strings: the key never reaches SQL).
# ``day DESC`` alone already puts undated events (NULL) last and can walk an index.
# Each event sort as its keys (expression, descending); ties end on the event's place in its
# article, so every order is total and a cursor (store/cursor.py) can resume it.
_EVENT_TIES: tuple[Key, ...] = (("ev.article_id", False), ("ev.start", False), ("ev.id", False))
EVENT_KEYS: dict[str, tuple[Key, ...]] = {
    name: (*keys, *_EVENT_TIES) for name, keys in {
        "date": (("ev.day", True),),
        "date_asc": (("ev.day IS NULL", False), ("ev.day", False)),
        "confidence": (("ev.confidence", True), ("ev.day", True)),
        "type": (("ev.type", False), ("ev.day", True)),
        "fatalities": (("ev.fatalities IS NULL", False), ("ev.fatalities", True),
                       ("ev.day", True)),
        "source": (("a.source IS NULL", False), ("a.source", False), ("ev.day", True)),
    }.items()}
EVENT_ORDER = tuple(EVENT_KEYS)  # the sort names the API accepts
_ARTICLE_KEYS: tuple[Key, ...] = (("a.published", True), ("a.rowid", True))
MAX_SENTENCE_CHARS = 600  # an event's sentence as listed/exported (the article has it all)
# Incidents reported by several outlets are grouped over the latest this many articles (the
# grouping reads every article's JSON; incremental incident groups are left to do).
EVENT_GROUP_ARTICLES = 3000
# While the store changes, a page that accepts slightly old incident groups (the claims page)
# gets the cached ones at once and a background thread regroups, at most once per
# EVENT_REGROUP_MIN_S seconds or EVENT_REGROUP_DUTY times the last regrouping's CPU time,
# whichever is longer: a continuous ingest costs a server process at most about a tenth of a
# core for it, and those groups lag the store by about that long.
EVENT_REGROUP_MIN_S = 10.0
EVENT_REGROUP_DUTY = 10.0
# A claim group lists its latest claims only (a toll followed for years has thousands).
CLAIMS_PER_GROUP = 50
MAX_NAMED = 20  # KB entities one entity-index name filter adds by alias
# A search of more hits than this (an export) is not kept in the result cache.
CACHED_MAX_HITS = 100


# --- rows -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Counted(Generic[T]):
    """One page of rows and how many rows match in all; ``names`` (entity id → Arabic name)
    where the rows name entities by id only."""

    total: int
    items: list[T]
    names: dict[str, str] = field(default_factory=dict)
    next: str | None = None  # the cursor of the page after this one (None on the last page)


class ArticleRow(NamedTuple):
    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    language: str | None
    chars: int


class EntityRow(NamedTuple):
    """A stored entity with its mention counts; coordinates the store lacks come from the
    KB."""

    id: str
    type: str
    name_ar: str | None
    name_en: str | None
    category: str | None
    country: str | None
    lat: float | None
    lon: float | None
    in_kb: bool
    mentions: int
    articles: int


class StatementFact(NamedTuple):
    article_id: str
    published: str | None
    speaker: str | None
    speaker_entity: str | None
    cue: str | None
    stance: str | None
    statement: dict[str, Any]


class QuantityFact(NamedTuple):
    article_id: str
    published: str | None
    quantity: dict[str, Any]


class EntityRecord(NamedTuple):
    """One entity as its page shows it: the row, KB names, mentions per day, recent articles
    and its latest statements."""

    entity: EntityRow
    wikidata: str | None
    aliases_ar: list[str]
    aliases_en: list[str]
    per_day: list[tuple[str, int]]
    recent: list[ArticleRow]
    statements: list[StatementFact]


class EventFact(NamedTuple):
    """One coded event with its roles' display names, its article and its sentence."""

    id: int
    article_id: str
    title: str | None
    source: str | None
    published: str | None
    day: str | None
    type: str
    mode: str | None
    actor: str | None
    actor_name: str | None
    target: str | None
    target_name: str | None
    location: str | None
    location_name: str | None
    trigger: str | None
    trigger_start: int | None
    trigger_end: int | None
    fatalities: float | None
    confidence: float | None
    status: str
    time_precision: str | None
    injured: float | None
    arrested: float | None
    displaced: float | None
    sentence: str | None


class AlsoReported(NamedTuple):
    """Other articles carrying an article's story: its near-duplicate cluster, and the
    incidents it reports that other articles report too (``names``: places in Arabic)."""

    siblings: list[views.Sibling]
    incidents: list[EventGroup]
    names: dict[str, str]


class UnsearchableQuery(ValueError):
    """A search query FTS5 refuses (a syntax the analyser let through)."""


# --- where an article's text and JSON are stored ---------------------------------------------

_SUMMARY_COLUMNS = (
    "a.id, a.title, a.published, a.source, a.url, a.language, length(unpacked(a.text))")
_EVENT_SENTENCE = (
    "CASE WHEN ev.start >= 0 AND ev.\"end\" > ev.start THEN "
    f"substr(unpacked(a.text), ev.start + 1, min(ev.\"end\" - ev.start, {MAX_SENTENCE_CHARS})) END")


def _article_json(c: sqlite3.Connection, rowids: str, params: Sequence[Any],
                  ) -> Iterator[dict[str, Any]]:
    """The stored ``to_dict`` JSON of the articles whose rowids the query ``rowids``
    selects, in store (rowid) order: the one place an article's JSON is read."""
    for raw, text in c.execute(f"SELECT json, text FROM articles WHERE rowid IN ({rowids}) "
                               "ORDER BY rowid", params):
        yield article_json(raw, text)


_ENTITY_COLUMNS = "e.id, e.type, e.name_ar, e.name_en, e.category, e.country, e.lat, e.lon, e.in_kb"
_EVENT_COLUMNS = (
    "ev.id, ev.article_id, a.title, a.source, a.published, ev.day, ev.type, ev.mode, ev.actor, "
    "(SELECT name_ar FROM entities WHERE id = ev.actor), ev.target, "
    "(SELECT name_ar FROM entities WHERE id = ev.target), ev.location, "
    "(SELECT name_ar FROM entities WHERE id = ev.location), ev.trigger, ev.trigger_start, "
    "ev.trigger_end, "
    "ev.fatalities, ev.confidence, ev.status, ev.time_precision, ev.injured, ev.arrested, "
    f"ev.displaced, {_EVENT_SENTENCE}")


def prepare(db_path: Path) -> None:
    """Create and migrate the database once (a server at startup), so reads never hit a
    missing file."""
    if not db_path.exists():
        os.makedirs(db_path.parent, exist_ok=True)
    connect(db_path).close()


def _cached(method: Callable[Concatenate[ReadModel, P], R],
            ) -> Callable[Concatenate[ReadModel, P], R]:
    """A read whose results the model's :class:`ResultCache` keeps (if it has one), keyed by
    the read's name and arguments and the store's version."""
    name = method.__name__

    @wraps(method)
    def read(self: ReadModel, /, *args: P.args, **kwargs: P.kwargs) -> R:
        if self.results is None:
            return method(self, *args, **kwargs)
        return self.results.get((name, freeze(args), freeze(kwargs)),
                                lambda: method(self, *args, **kwargs))
    return read


class ReadModel:
    """Read queries over one database file (the pages, the API and the CLI share them).

    ``cache=True`` (a server) keeps the results of the costly reads per store version
    (:mod:`marsad.store.readcache`): asked again before the next write, they are not
    recomputed."""

    def __init__(self, db_path: Path, *, cache: bool = False) -> None:
        self.db_path = db_path
        self.version = StoreVersion(db_path) if cache else None
        self.results = ResultCache(self.version.current) if self.version else None
        self._cache_lock = threading.Lock()
        self._compute_lock = threading.Lock()  # one event grouping at a time
        self._cache: tuple[tuple[Any, ...], tuple[list[EventGroup], dict[str, str]]] | None = None
        self._regrouper: threading.Thread | None = None  # the background regrouping, if any
        self._next_regroup = 0.0  # time.monotonic() before which the background waits

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        conn = connect(self.db_path, readonly=True)
        try:
            yield conn
        finally:
            conn.close()

    def entity_id(self, value: str | None) -> str | None:
        """An entity filter's value as an id: a stored id as is, a name in either script
        («قسد», "SDF", "Syrian Democratic Forces") through the KB; unknown values as given
        (they match nothing)."""
        if not value:
            return value
        with self.read() as c:
            try:
                return resolve_entity(c, value) or value
            except sqlite3.Error:
                raise
            except Exception:  # a broken KB must not take the filters down: match as given
                return value

    # -- articles --------------------------------------------------------------------------

    def article_count(self) -> int:
        """Every stored article, counted (what /health reports)."""
        with self.read() as c:
            return int(c.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    @_cached
    def stats(self) -> dict[str, Any]:
        with self.read() as c:
            counts = dict(c.execute("SELECT name, value FROM corpus_counts").fetchall())
            # MIN/MAX over the indexed column and DISTINCT over the source index: index ends
            # and one entry per outlet, not a scan of the articles.
            first = c.execute("SELECT MIN(published) FROM articles").fetchone()[0]
            last = c.execute("SELECT MAX(published) FROM articles").fetchone()[0]
            return {
                "articles": counts.get("articles", 0), "first": first, "last": last,
                "entities": c.execute("SELECT COUNT(*) FROM entity_stats").fetchone()[0],
                "mentions": counts.get("mentions", 0),
                "sources": c.execute("SELECT COUNT(*) FROM (SELECT DISTINCT source FROM "
                                     "articles WHERE source IS NOT NULL)").fetchone()[0],
                "statements": counts.get("statements", 0),
                "quantities": counts.get("quantities", 0),
            }

    @_cached
    def dense_range(self, low: float = 0.02, high: float = 0.98) -> tuple[str, str] | None:
        """The days between the ``low`` and ``high`` quantiles of the articles' publication
        dates: where the corpus is, without the odd article dated decades away (timelines
        default to it). None when no article has a date."""
        with self.read() as c:
            n = c.execute("SELECT COUNT(*) FROM articles WHERE published IS NOT NULL"
                          ).fetchone()[0]
            if not n:
                return None
            days = []
            for k in (math.floor(low * (n - 1)), min(n - 1, math.ceil(high * (n - 1)))):
                days.append(str(c.execute(
                    "SELECT substr(published, 1, 10) FROM articles WHERE published IS NOT NULL "
                    "ORDER BY published LIMIT 1 OFFSET ?", (k,)).fetchone()[0]))
        return days[0], days[1]

    def articles(self, limit: int, offset: int, source: str | None = None,
                 date_from: str | None = None, date_to: str | None = None,
                 cursor: str | None = None) -> Counted[ArticleRow]:
        """Stored articles, newest first (``cursor``: after the page that handed it out)."""
        conditions, params = article_filters(source, date_from, date_to)
        where = _where(conditions)
        with self.read() as c:
            total = (_kept_count(c, "articles") if not where else c.execute(
                f"SELECT COUNT(*) FROM articles a {where}", params).fetchone()[0])
            # ``published DESC`` already puts undated articles (NULL) last, along the index
            rows, after_last = _page(c, _SUMMARY_COLUMNS, "articles a", where, params,
                                     _ARTICLE_KEYS, limit, offset, cursor)
        return Counted(total, [_article_row(r) for r in rows], next=after_last)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article's full JSON."""
        with self.read() as c:
            return next(_article_json(c, "SELECT rowid FROM articles WHERE id = ?",
                                      (article_id,)), None)

    def run_article_ids(self, run_id: Any) -> list[str]:
        """Ids of the articles one ingest run stored, in store order."""
        with self.read() as c:
            return [r[0] for r in c.execute("SELECT id FROM articles WHERE run_id = ? "
                                            "ORDER BY rowid", (run_id,))]

    @_cached
    def sources(self) -> list[str]:
        with self.read() as c:
            return [r[0] for r in c.execute("SELECT DISTINCT source FROM articles WHERE source "
                                            "IS NOT NULL ORDER BY source")]

    def find(self, q: str, *, limit: int, offset: int = 0, facets: bool = False,
             **filters: Any) -> SearchResult:
        """:func:`marsad.store.search.find` over this store (``filters`` are its keywords); a
        query FTS5 refuses raises :class:`UnsearchableQuery`. A page of results (not an
        export) is cached."""
        if self.results is None or limit > CACHED_MAX_HITS:
            return self._find(q, limit=limit, offset=offset, facets=facets, **filters)
        return self.results.get(("find", q, limit, offset, facets, freeze(filters)),
                                lambda: self._find(q, limit=limit, offset=offset,
                                                   facets=facets, **filters))

    def _find(self, q: str, *, limit: int, offset: int = 0, facets: bool = False,
              **filters: Any) -> SearchResult:
        try:
            return find(self.db_path, q, limit=limit, offset=offset, facets=facets, **filters)
        except sqlite3.OperationalError as exc:  # an FTS5 syntax the analyser let through
            raise UnsearchableQuery(f"cannot search for this query: {exc}") from exc

    # -- entities --------------------------------------------------------------------------

    def entities(self, limit: int, offset: int, entity_type: str | None = None,
                 q: str | None = None, country: str | None = None,
                 category: str | None = None) -> Counted[EntityRow]:
        """Mentioned entities, most mentioned first; ``q`` is a substring of the Arabic or
        English name or the id, or a KB name or alias (or the start of one) in either
        script («قسد» finds «قوات سوريا الديمقراطية»), ``country`` an ISO code,
        ``category`` a KB category."""
        where: list[str] = []
        params: list[Any] = []
        for column, value in (("e.type", entity_type), ("e.country", country),
                              ("e.category", category)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if q:
            named = _kb_named(q)
            marks = ",".join("?" * len(named))
            where.append("(e.name_ar LIKE ? OR e.name_en LIKE ? OR e.id LIKE ?"
                         + (f" OR e.id IN ({marks}))" if named else ")"))
            params.extend([*[f"%{q}%"] * 3, *named])
        clause = _where(where)
        with self.read() as c:
            total = c.execute("SELECT COUNT(*) FROM entity_stats s JOIN entities e "
                              f"ON e.id = s.entity_id {clause}", params).fetchone()[0]
            rows = c.execute(
                f"SELECT {_ENTITY_COLUMNS}, s.mentions, s.articles FROM entity_stats s "
                f"JOIN entities e ON e.id = s.entity_id {clause} "
                "ORDER BY s.mentions DESC, s.entity_id LIMIT ? OFFSET ?",
                [*params, limit, offset]).fetchall()
        return Counted(total, [_entity_row(r) for r in rows])

    @_cached
    def entity_facets(self) -> dict[str, list[tuple[str, int]]]:
        """The values the entity index can be filtered by, each with how many mentioned
        entities have it (most first): ``type``, ``country``, ``category``."""
        out: dict[str, list[tuple[str, int]]] = {}
        with self.read() as c:
            for key in ("type", "country", "category"):
                rows = c.execute(
                    f"SELECT e.{key}, COUNT(*) AS n FROM entity_stats s JOIN entities e "
                    f"ON e.id = s.entity_id WHERE e.{key} IS NOT NULL "
                    f"GROUP BY e.{key} ORDER BY n DESC, e.{key}").fetchall()
                out[key] = [(str(v), int(n)) for v, n in rows]
        return out

    @_cached
    def entity(self, entity_id: str) -> EntityRecord | None:
        """One entity with its KB names, mentions per day, latest articles and statements."""
        with self.read() as c:
            row = c.execute(
                f"SELECT {_ENTITY_COLUMNS}, coalesce(s.mentions, 0), coalesce(s.articles, 0), "
                "e.wikidata FROM entities e LEFT JOIN entity_stats s ON s.entity_id = e.id "
                "WHERE e.id = ?", (entity_id,)).fetchone()
            if row is None:
                return None
            per_day = c.execute(
                "SELECT day, mentions FROM entity_days WHERE entity_id = ? ORDER BY day",
                (entity_id,)).fetchall()
            recent = _latest_articles(c, entity_id, 20)
        statements = self.statements(20, 0, entity=entity_id).items
        kb_entity = _kb_get(entity_id)
        return EntityRecord(
            _entity_row(row[:-1]), row[-1] or (kb_entity.wikidata if kb_entity else None),
            list(kb_entity.aliases_ar) if kb_entity else [],
            list(kb_entity.aliases_en) if kb_entity else [],
            [(str(d), int(n)) for d, n in per_day], recent, statements)

    def places(self) -> list[EntityRow]:
        """Every mentioned GPE/LOC/FAC entity with its mention counts (for the map)."""
        with self.read() as c:
            rows = c.execute(
                f"SELECT {_ENTITY_COLUMNS}, s.mentions, s.articles FROM entity_stats s "
                "JOIN entities e ON e.id = s.entity_id "
                "WHERE e.type IN ('GPE', 'LOC', 'FAC') ORDER BY s.mentions DESC").fetchall()
        return [_entity_row(r) for r in rows]

    def entity_exists(self, entity_id: str) -> bool:
        with self.read() as c:
            return views.entity_exists(c, entity_id)

    @_cached
    def entity_context(self, entity_id: str, limit: int = 15) -> dict[str, Any]:
        """What an entity page shows beside the entity itself: co-mentioned actors, the
        outlets that cover it, statements about it, and who it acts on / is acted on by."""
        with self.read() as c:
            return {"neighbours": views.co_mentioned(c, entity_id, limit),
                    "sources": views.top_sources(c, entity_id, limit),
                    "about": views.statements_about(c, entity_id, limit),
                    "relations": views.event_relations(c, entity_id, TIMELINE_MIN_CONFIDENCE)}

    @_cached
    def coverage(self, entity_id: str, date_from: str | None = None,
                 date_to: str | None = None) -> list[views.MonthShare]:
        """The entity's share of each month's articles (``views.monthly_coverage``)."""
        with self.read() as c:
            return views.monthly_coverage(c, entity_id, date_from, date_to)

    def entity_articles(self, entity_id: str, limit: int, date_from: str | None = None,
                        date_to: str | None = None) -> list[ArticleRow]:
        """The latest articles that mention the entity, within a (zoomed) date range."""
        with self.read() as c:
            return _latest_articles(c, entity_id, limit, date_from, date_to)

    # -- facts -----------------------------------------------------------------------------

    def statements(self, limit: int, offset: int, entity: str | None = None,
                   article: str | None = None, cursor: str | None = None,
                   ) -> Counted[StatementFact]:
        """Attributed statements, newest first, by speaker entity (id or name) or article."""
        where, params = _fact_filters("s", article, ("s.speaker_entity", self.entity_id(entity)))
        with self.read() as c:
            total = (_kept_count(c, "statements") if not where else c.execute(
                f"SELECT COUNT(*) FROM statements s {where}", params).fetchone()[0])
            rows, after_last = _page(
                c, "s.article_id, a.published, s.speaker, s.speaker_entity, s.cue, s.stance, "
                f"{ordinal('statements', 's')}, s.json", _newest_first('statements s', 's', where),
                where, params, (("a.published", True), ("s.id", False)), limit, offset, cursor)
            full = fact_json(c, "statements", [(r[0], r[6], r[7]) for r in rows])
        return Counted(total, [StatementFact(r[0], r[1], r[2], r[3], r[4], r[5], data)
                               for r, data in zip(rows, full, strict=True)], next=after_last)

    def quantities(self, limit: int, offset: int, article: str | None = None,
                   unit: str | None = None, cursor: str | None = None) -> Counted[QuantityFact]:
        """Claimed figures, newest first, by article or unit."""
        where, params = _fact_filters("q", article, ("q.unit", unit))
        with self.read() as c:
            total = (_kept_count(c, "quantities") if not where else c.execute(
                f"SELECT COUNT(*) FROM quantities q {where}", params).fetchone()[0])
            rows, after_last = _page(
                c, f"q.article_id, a.published, {ordinal('quantities', 'q')}, q.json",
                _newest_first('quantities q', 'q', where), where, params,
                (("a.published", True), ("q.id", False)), limit, offset, cursor)
            full = fact_json(c, "quantities", [(r[0], r[2], r[3]) for r in rows])
        return Counted(total, [QuantityFact(r[0], r[1], data)
                               for r, data in zip(rows, full, strict=True)], next=after_last)

    # -- events and claims -----------------------------------------------------------------

    @staticmethod
    def _event_where(event_type: str | None, entity: str | None, date_from: str | None,
                     date_to: str | None, min_confidence: float, status: str | None,
                     place: str | None = None, event_id: int | None = None,
                     ) -> tuple[str, list[Any]]:
        """The WHERE clause every event read shares (list, export, timeline, map), over
        ``events`` aliased ``ev`` (its ``day`` is written at ingest); ``entity`` and ``place``
        are resolved ids."""
        where = ["ev.confidence >= ?"]
        params: list[Any] = [min_confidence]
        if event_id is not None:
            where.append("ev.id = ?")
            params.append(event_id)
        if place:
            where.append("ev.location = ?")
            params.append(place)
        if status and status != "all":
            where.append("ev.status = ?")
            params.append(status)
        if event_type:
            where.append("ev.type = ?")
            params.append(event_type)
        if entity:
            where.append("(ev.actor = ? OR ev.target = ? OR ev.location = ?)")
            params.extend([entity] * 3)
        if date_from:
            where.append("ev.day >= ?")
            params.append(date_from)
        if date_to:
            where.append("ev.day <= ?")
            params.append(date_to)
        return "WHERE " + " AND ".join(where), params

    @_cached
    def events(self, limit: int, offset: int, event_type: str | None = None,
               entity: str | None = None, date_from: str | None = None,
               date_to: str | None = None, min_confidence: float = TIMELINE_MIN_CONFIDENCE,
               status: str | None = DEFAULT_STATUS, sort: str = "date",
               place: str | None = None, event_id: int | None = None,
               cursor: str | None = None) -> Counted[EventFact]:
        """Coded events, newest day first (``sort``: a key of EVENT_ORDER, e.g.
        ``confidence`` — most confident first); ``entity`` (an id or a name) matches actor,
        target or location, ``place`` (id or name) the location only; ``status`` one of
        EVENT_STATUSES, or ``all`` (or None) for every status."""
        where, params = self._event_where(event_type, self.entity_id(entity), date_from, date_to,
                                          min_confidence, status, self.entity_id(place),
                                          event_id)
        kept = not (place or event_id is not None) and min_confidence == TIMELINE_MIN_CONFIDENCE
        with self.read() as c:
            total = (views.corpus_event_total(c, status, event_type, date_from, date_to,
                                              self.entity_id(entity)) if kept else None)
            if total is None:
                total = c.execute(f"SELECT COUNT(*) FROM events ev {where}",
                                  params).fetchone()[0]
            rows, after_last = _page(c, _EVENT_COLUMNS, "events ev JOIN articles a ON a.id = "
                                     "ev.article_id", where, params,
                                     EVENT_KEYS.get(sort, EVENT_KEYS["date"]), limit, offset,
                                     cursor)
        return Counted(total, [_event_fact(r) for r in rows], next=after_last)

    def event(self, event_id: int) -> EventFact | None:
        """One coded event by id, whatever its confidence or status (the event page)."""
        items = self.events(1, 0, min_confidence=0.0, status="all", event_id=event_id).items
        return items[0] if items else None

    @_cached
    def event_days(self, entity: str | None = None,
                   min_confidence: float = TIMELINE_MIN_CONFIDENCE,
                   status: str | None = DEFAULT_STATUS, date_from: str | None = None,
                   date_to: str | None = None) -> list[tuple[str, str, int]]:
        """(day, PLOVER type, count) of coded events (``new`` ones by default), for the event
        timeline."""
        entity_id = self.entity_id(entity)
        with self.read() as c:
            if min_confidence == TIMELINE_MIN_CONFIDENCE:
                return views.corpus_event_days(c, status, date_from, date_to, entity_id)
            where, params = self._event_where(None, entity_id, date_from, date_to,
                                              min_confidence, status)
            rows = c.execute(
                f"SELECT ev.day, ev.type, COUNT(*) FROM events ev {where} "
                "AND ev.day IS NOT NULL GROUP BY ev.day, ev.type ORDER BY ev.day",
                params).fetchall()
        return [(str(d), str(t), int(n)) for d, t, n in rows]

    def event_places(self, event_type: str | None = None, entity: str | None = None,
                     date_from: str | None = None, date_to: str | None = None,
                     min_confidence: float = TIMELINE_MIN_CONFIDENCE,
                     status: str | None = DEFAULT_STATUS, place: str | None = None,
                     ) -> list[tuple[EntityRow, str, int]]:
        """(place, PLOVER type, events) of the events the filters of ``events`` select,
        places with coordinates (their own or the KB's) only: the events map."""
        entity_id, place_id = self.entity_id(entity), self.entity_id(place)
        where, params = self._event_where(event_type, entity_id, date_from, date_to,
                                          min_confidence, status, place_id)
        kept = not (event_type or entity_id or date_from or date_to or place_id) \
            and min_confidence == TIMELINE_MIN_CONFIDENCE
        with self.read() as c:
            rows = (views.corpus_event_places(c, status) if kept
                    else views.event_places(c, where, params))
            ids = sorted({p for p, _, _ in rows})
            marks = ",".join("?" * len(ids))
            places = {r[0]: _entity_row((*r, 0, 0)) for r in c.execute(
                f"SELECT {_ENTITY_COLUMNS} FROM entities e WHERE e.id IN ({marks})", ids)}
        return [(places[p], t, n) for p, t, n in rows if p in places]

    def also_reported(self, article_id: str) -> AlsoReported:
        """Other articles carrying the same story: its near-duplicate cluster, and the other
        reports of the incidents it reports (by incident, as on the claims page)."""
        from marsad.claims import group_events

        with self.read() as c:
            siblings = views.near_duplicates(c, article_id)
            near = views.incident_candidates(c, article_id)
            marks = ",".join("?" * len(near))
            # store order: an incident is named by its first report
            articles = list(_article_json(
                c, f"SELECT rowid FROM articles WHERE id IN ({marks})", near))
            names = {str(i): str(n) for i, n in c.execute(
                "SELECT id, name_ar FROM entities WHERE name_ar IS NOT NULL AND id IN (SELECT "
                f"location FROM events WHERE article_id IN ({marks}))", near)}
        # The incident rule (events/incidents.py) applied to the reports that could share an
        # incident with this article's, not to the whole store.
        incidents = [g for g in group_events(articles)
                     if len(g.articles) > 1 and article_id in g.articles]
        return AlsoReported(siblings, incidents, names)

    def event_groups(self, min_sources: int = 2, event_type: str | None = None,
                     entity: str | None = None, *, fresh: bool = True,
                     ) -> tuple[list[EventGroup], dict[str, str]]:
        """Events (type, place, day) reported by at least ``min_sources`` outlets, most
        reported first; ``entity`` (an id or a name) as their place, or an actor or target
        of a report. With the Arabic names of the places.

        ``fresh=False`` waits for a grouping only while there is none yet: it takes the
        cached groups even if the store has changed since, and those are regrouped in the
        background (see ``EVENT_REGROUP_MIN_S``)."""
        entity = self.entity_id(entity)
        groups, names = self._fact_groups() if fresh else self._fact_groups_now()
        picked = [g for g in groups if len(g.sources) >= min_sources
                  and (not event_type or g.type == event_type)
                  and (not entity or g.location == entity
                       or any(entity in (r.actor, r.target) for r in g.reports))]
        return picked, names

    def warm(self) -> None:
        """Group the store's incidents now (a server, before it answers), so that no claims
        page waits for the first grouping; a failure is left to the first page to meet."""
        try:
            self._fact_groups()
        except Exception as exc:
            logging.getLogger(__name__).warning("incident grouping failed: %s: %s",
                                                type(exc).__name__, exc)

    def _fact_groups(self) -> tuple[list[EventGroup], dict[str, str]]:
        """Event groups of the whole store, recomputed only when the articles change
        (grouping reads the latest ``EVENT_GROUP_ARTICLES`` articles' JSON: a second or two
        of CPU at 100,000 articles, tens of seconds under load).

        One grouping runs at a time; while one does, the others get the previous groups
        (they wait only when there are none yet). Without this every request during an
        ingest recomputed at once and the claims page timed out under load."""
        key = self._current_fact_key()
        with self._cache_lock:
            cached = self._cache
        if cached is not None and cached[0] == key:
            return cached[1]
        if not self._compute_lock.acquire(blocking=cached is None):
            assert cached is not None
            return cached[1]
        try:
            with self._cache_lock:
                cached = self._cache
            if cached is None or cached[0] != key:
                cached = self._regroup()
            return cached[1]
        finally:
            self._compute_lock.release()

    def _fact_groups_now(self) -> tuple[list[EventGroup], dict[str, str]]:
        """The cached event groups, even if the store has changed since: then a background
        thread regroups, no sooner than ``_next_regroup``. Only while there are none yet
        (a server's first seconds) does this wait, for the one grouping under way."""
        key = self._current_fact_key()
        with self._cache_lock:
            cached = self._cache
            if cached is not None and cached[0] != key:
                self._regroup_later()
        return self._fact_groups() if cached is None else cached[1]

    def _current_fact_key(self) -> tuple[Any, ...]:
        with self.read() as c:
            return self._fact_key(c)

    def _regroup(self) -> tuple[tuple[Any, ...], tuple[list[EventGroup], dict[str, str]]]:
        """Group now and cache the result (the caller holds ``_compute_lock``); the next
        background regrouping waits in proportion to this one's CPU time."""
        started = time.thread_time()
        cached = self._compute_fact_groups()
        spent = time.thread_time() - started
        with self._cache_lock:
            self._cache = cached
            self._next_regroup = time.monotonic() + max(EVENT_REGROUP_MIN_S,
                                                        EVENT_REGROUP_DUTY * spent)
        return cached

    def _regroup_later(self) -> None:
        """Start the background regrouping unless it runs (the caller holds ``_cache_lock``)."""
        if self._regrouper is not None and self._regrouper.is_alive():
            return
        self._regrouper = threading.Thread(target=self._background_regroup,
                                           name="marsad-regroup", daemon=True)
        self._regrouper.start()

    def _background_regroup(self) -> None:
        try:
            with self._cache_lock:
                delay = self._next_regroup - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            with self._compute_lock:
                with self._cache_lock:
                    cached = self._cache
                if cached is None or cached[0] != self._current_fact_key():
                    self._regroup()
        except Exception as exc:  # e.g. the store went away: keep the groups; a later page
            # asks again
            logging.getLogger(__name__).warning("incident grouping failed: %s: %s",
                                                type(exc).__name__, exc)

    @staticmethod
    def _fact_key(c: sqlite3.Connection) -> tuple[Any, ...]:
        """What changes when articles are written: the kept totals and the last rowid (every
        request asks, so no count over the tables)."""
        return (_kept_count(c, "articles"), c.execute("SELECT MAX(rowid) FROM articles")
                .fetchone()[0], _kept_count(c, "events"))

    def _compute_fact_groups(
            self) -> tuple[tuple[Any, ...], tuple[list[EventGroup], dict[str, str]]]:
        from marsad.claims import group_events

        with self.read() as c:
            c.execute("BEGIN")  # one snapshot: the key describes exactly what was grouped
            try:
                key = self._fact_key(c)
                # The latest articles only: grouping reads each one's JSON (store order kept)
                events = group_events(_article_json(
                    c, "SELECT rowid FROM articles ORDER BY published DESC, rowid DESC LIMIT ?",
                    (EVENT_GROUP_ARTICLES,)))
                names = {str(i): str(n) for i, n in c.execute(
                    "SELECT id, name_ar FROM entities WHERE name_ar IS NOT NULL")}
            finally:
                c.execute("COMMIT")
        return key, (events, names)

    @_cached
    def claims(self, limit: int, offset: int, q: str | None = None, conflicts: bool = False,
               min_sources: int = 1, claims_per_group: int = CLAIMS_PER_GROUP,
               ) -> Counted[tuple[ClaimGroup, int]]:
        """Claim groups (as ``marsad claims``) with their numbers of claims: most conflicts,
        then most sources, first. The groups are kept at write time
        (``store/claim_groups.py``): a page reads its rows."""
        with self.read() as c:
            groups, total = claim_groups.page(c, limit, offset, q=q, conflicts=conflicts,
                                              min_sources=min_sources,
                                              claims_per_group=claims_per_group)
            names = claim_groups.arabic_names(c, (g for g, _ in groups))
        return Counted(total, groups, names)


def _latest_articles(c: sqlite3.Connection, entity_id: str, limit: int = 20,
                     date_from: str | None = None, date_to: str | None = None,
                     ) -> list[ArticleRow]:
    """The latest articles that mention ``entity_id``: read backwards along the (entity,
    day) key, so the cost is the page, not the entity's share of the corpus; undated
    articles fill up a short page. ``date_from``/``date_to`` (days, inclusive: a zoomed
    timeline) bound the same key range, and then undated articles are left out."""
    rows = c.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM (SELECT article, day FROM entity_articles "
        "WHERE entity_id = ? AND day > ? AND day >= ? AND day <= ? ORDER BY day DESC LIMIT ?) "
        "ea JOIN articles a ON a.rowid = ea.article ORDER BY ea.day DESC, a.published DESC, "
        "a.rowid DESC", (entity_id, UNDATED, date_from or UNDATED,
                         date_to or views.LAST_DAY, limit)).fetchall()
    if len(rows) < limit and not (date_from or date_to):
        rows += c.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM entity_articles ea JOIN articles a "
            "ON a.rowid = ea.article WHERE ea.entity_id = ? AND ea.day = ? "
            "ORDER BY a.rowid DESC LIMIT ?", (entity_id, UNDATED, limit - len(rows))).fetchall()
    return [_article_row(r) for r in rows]


def _article_row(row: Sequence[Any]) -> ArticleRow:
    return ArticleRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6] or 0)


def _entity_row(row: Sequence[Any]) -> EntityRow:
    eid, etype, name_ar, name_en, category, country, lat, lon, in_kb, n, n_articles = row
    if lat is None or lon is None:
        kb_entity = _kb_get(eid)
        if kb_entity is not None and kb_entity.lat is not None and kb_entity.lon is not None:
            lat, lon = kb_entity.lat, kb_entity.lon
    return EntityRow(eid, etype, name_ar, name_en, category, country, lat, lon, bool(in_kb),
                     n, n_articles)


def _event_fact(row: Sequence[Any]) -> EventFact:
    (eid, article_id, title, source, published, day, etype, mode, actor, actor_name, target,
     target_name, location, location_name, trigger, trigger_start, trigger_end, fatalities,
     confidence, status, time_precision, injured, arrested, displaced, sentence) = row
    return EventFact(eid, article_id, title, source, published, day, etype, mode, actor,
                     actor_name, target, target_name, location, location_name, trigger,
                     trigger_start, trigger_end, fatalities, confidence, status or "new",
                     time_precision, injured, arrested, displaced, sentence)


def _kb_named(text: str) -> list[str]:
    """Ids of the KB entities ``text`` names — exactly, by any alias in either script
    («قسد», "SDF"), then by the start of a name or alias — so the entity index's name
    filter finds what a substring of the stored name cannot. A broken KB adds none."""
    text = text.strip()
    if len(text) < 2:
        return []
    try:
        from marsad.kb.query import query_index

        index = query_index()
        found = [e.id for e in index.lookup(text)]
        found += [e.id for e in index.suggest(text, MAX_NAMED)]
    except Exception:
        return []
    return list(dict.fromkeys(found))[:MAX_NAMED]


def _kb_get(entity_id: str) -> Any:
    """The KB record, or None — a broken or missing KB must not take the pages down."""
    try:
        from marsad.kb import load_kb

        return load_kb().get(entity_id)
    except Exception:
        return None


def _where(conditions: list[str]) -> str:
    return ("WHERE " + " AND ".join(conditions)) if conditions else ""


def _page(c: sqlite3.Connection, columns: str, source: str, where: str, params: list[Any],
          keys: Sequence[Key], limit: int, offset: int, cursor: str | None,
          ) -> tuple[list[tuple[Any, ...]], str | None]:
    """One page of a list in the order ``keys``: at ``offset``, or after ``cursor`` (keyset
    pagination; the offset is then ignored); and the cursor of the page after it."""
    conditions, values = where, list(params)
    if cursor is not None:
        beyond, beyond_params = after(keys, decode(cursor, len(keys)))
        conditions = f"{where} AND {beyond}" if where else f"WHERE {beyond}"
        values += beyond_params
        offset = 0
    order = ", ".join(f"{expr} {'DESC' if descending else 'ASC'}" for expr, descending in keys)
    rows = c.execute(f"SELECT {columns}, {', '.join(e for e, _ in keys)} FROM {source} "
                     f"{conditions} ORDER BY {order} LIMIT ? OFFSET ?",
                     [*values, limit, offset]).fetchall()
    n = len(keys)
    following = encode(rows[-1][-n:]) if rows and len(rows) == limit else None
    return [tuple(r[:-n]) for r in rows], following


def _fact_filters(alias: str, article: str | None, column: tuple[str, str | None],
                  ) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if article:
        where.append(f"{alias}.article_id = ?")
        params.append(article)
    if column[1]:
        where.append(f"{column[0]} = ?")
        params.append(column[1])
    return _where(where), params


def _newest_first(facts: str, alias: str, where: str) -> str:
    """The join of a fact table with its articles for a newest-first page. Unfiltered, the
    articles' date index leads (``CROSS JOIN`` fixes the loop order): the page is read, not
    the whole table sorted. Filtered, the fact table's own index leads."""
    if where:
        return f"{facts} JOIN articles a ON a.id = {alias}.article_id"
    return f"articles a CROSS JOIN {facts} ON {alias}.article_id = a.id"


def _kept_count(c: sqlite3.Connection, name: str) -> int:
    """A corpus total the writer keeps (``corpus_counts``): no count over the table."""
    row = c.execute("SELECT value FROM corpus_counts WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else 0
