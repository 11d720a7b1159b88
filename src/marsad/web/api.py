"""The JSON API (``/api/...``, ``/health``) and the read queries the pages share.

Reads open a fresh read-only SQLite connection per request: WAL lets them run beside an
ingest, and a read-only handle cannot corrupt anything whatever a request asks. Article
facts are read back from the stored ``to_dict`` JSON, so fields added by later extractor
stages show up here without a schema change.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import StringConstraints

from marsad import __version__ as _version
from marsad.core import extract
from marsad.errors import MarsadError
from marsad.model import EVENT_STATUSES
from marsad.serialize import to_dict
from marsad.store import claim_groups, views
from marsad.store.db import connect
from marsad.store.ingest import ingest
from marsad.store.migrations import TIMELINE_MIN_CONFIDENCE
from marsad.store.search import (
    Hit,
    SearchResult,
    article_filters,
    find,
    resolve_entity,
    suggest,
)
from marsad.web.schemas import (
    ArticleIn,
    ArticleOut,
    ArticleSummary,
    ClaimGroupOut,
    ClaimOut,
    ConflictOut,
    DayCount,
    EntityCandidate,
    EntityContext,
    EntityDetail,
    EntityReadingOut,
    EntitySummary,
    EventGroupOut,
    EventReportOut,
    EventRow,
    ExtractRequest,
    Health,
    IngestRequest,
    IngestResult,
    MonthShareOut,
    OutletCount,
    Page,
    QuantityRow,
    SearchHit,
    SearchPage,
    StatementRow,
)
from marsad.web.security import require_write_token

MAX_LIMIT = 100
MAX_OFFSET = 100_000
MAX_SEARCH_OFFSET = 1_000  # search re-ranks its candidates in Python; keep that bounded
MAX_EXPORT = 10_000  # hits one /api/search/export streams at most
EXPORT_COLUMNS = ("id", "title", "published", "source", "url", "score", "exact", "snippet")
EXPORT_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson"}
MAX_SOURCES = 20
MAX_SUGGEST = 20

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (≤ {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
Text = Annotated[str | None, Query(max_length=200)]
MIN_EVENT_CONFIDENCE = TIMELINE_MIN_CONFIDENCE  # the coder's detection threshold
# Which events a list or timeline counts: by default only those an article reports as news;
# ``all`` adds background, planned, hypothetical and negated mentions.
EventStatus = Literal["new", "background", "planned", "hypothetical", "negated", "all"]
DEFAULT_EVENT_STATUS: EventStatus = "new"
EVENT_STATUS_FILTERS: tuple[str, ...] = (*EVENT_STATUSES, "all")
# ORDER BY clauses of the event list (fixed strings: the sort key never reaches SQL itself).
# ``day DESC`` alone already puts undated events (NULL) last and can walk an index.
EVENT_SORTS = {"date": "ev.day DESC", "date_asc": "ev.day IS NULL, ev.day ASC",
               "confidence": "ev.confidence DESC, ev.day DESC",
               "type": "ev.type, ev.day DESC",
               "fatalities": "ev.fatalities IS NULL, ev.fatalities DESC, ev.day DESC",
               "source": "a.source IS NULL, a.source, ev.day DESC"}
EventSort = Literal["date", "date_asc", "confidence", "type", "fatalities", "source"]
MAX_EVENT_EXPORT = 10_000
# Incidents reported by several outlets are grouped over the latest this many articles (the
# grouping reads every article's JSON; incremental incident groups are left to do).
EVENT_GROUP_ARTICLES = 3000
# A claim group lists its latest claims only (a toll followed for years has thousands).
CLAIMS_PER_GROUP = 50
MAX_SENTENCE_CHARS = 600  # an event's sentence as listed/exported (the article has it all)
EVENT_EXPORT_COLUMNS = ("day", "type", "status", "mode", "actor", "actor_name", "target",
                        "target_name", "location", "location_name", "fatalities", "injured",
                        "arrested", "displaced", "confidence", "trigger", "sentence", "source",
                        "published", "article_id", "title")
_EVENT_COLUMNS = (
    "ev.id, ev.article_id, a.title, a.source, a.published, ev.day, ev.type, ev.mode, ev.actor, "
    "(SELECT name_ar FROM entities WHERE id = ev.actor), ev.target, "
    "(SELECT name_ar FROM entities WHERE id = ev.target), ev.location, "
    "(SELECT name_ar FROM entities WHERE id = ev.location), ev.trigger, ev.json, "
    "ev.fatalities, ev.confidence, ev.status, ev.time_precision, ev.injured, ev.arrested, "
    "ev.displaced, CASE WHEN ev.start >= 0 AND ev.\"end\" > ev.start THEN "
    f"substr(a.text, ev.start + 1, min(ev.\"end\" - ev.start, {MAX_SENTENCE_CHARS})) END")


@dataclass(frozen=True, slots=True)
class SearchParams:
    """A search's query and filters, as /api/search, its export and the /search page take
    them. ``entity`` may be an id or a name in either script (resolved by ``find``)."""

    q: str = ""
    literal: bool = False
    entity: str | None = None
    entity_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    sources: tuple[str, ...] = ()
    sort: str = "relevance"


def split_sources(values: list[str] | tuple[str, ...] | str | None) -> tuple[str, ...]:
    """``source`` given several times and/or comma-separated, as one tuple of names."""
    if not values:
        return ()
    items = [values] if isinstance(values, str) else values
    names = (name.strip() for value in items for name in value.split(","))
    return tuple(dict.fromkeys(name for name in names if name))


class Store:
    """Read queries over one database file (shared by the API and the pages)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.write_lock = threading.Lock()  # one ingest at a time per process
        self._cache_lock = threading.Lock()
        self._compute_lock = threading.Lock()  # one event grouping at a time
        self._cache: tuple[tuple[Any, ...], tuple[list[Any], dict[str, str]]] | None = None

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
                 ) -> Page[ArticleSummary]:
        where, params = _filters(source=source, date_from=date_from, date_to=date_to)
        with self.read() as c:
            total = (_kept_count(c, "articles") if not where else c.execute(
                f"SELECT COUNT(*) FROM articles a {where}", params).fetchone()[0])
            # ``published DESC`` already puts undated articles (NULL) last, along the index
            rows = c.execute(
                "SELECT id, title, published, source, url, language, length(text) FROM articles "
                f"a {where} ORDER BY published DESC, rowid DESC "
                "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return Page[ArticleSummary](total=total, limit=limit, offset=offset,
                                    items=[_summary(r) for r in rows])

    def article(self, article_id: str) -> dict[str, Any] | None:
        with self.read() as c:
            row = c.execute("SELECT json FROM articles WHERE id=?", (article_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def sources(self) -> list[str]:
        with self.read() as c:
            return [r[0] for r in c.execute("SELECT DISTINCT source FROM articles WHERE source "
                                            "IS NOT NULL ORDER BY source")]

    # -- entities --------------------------------------------------------------------------

    def entities(self, limit: int, offset: int, entity_type: str | None = None,
                 q: str | None = None, country: str | None = None,
                 category: str | None = None) -> Page[EntitySummary]:
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
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        with self.read() as c:
            total = c.execute("SELECT COUNT(*) FROM entity_stats s JOIN entities e "
                              f"ON e.id = s.entity_id {clause}", params).fetchone()[0]
            rows = c.execute(
                f"SELECT {_ENTITY_COLUMNS}, s.mentions, s.articles FROM entity_stats s "
                f"JOIN entities e ON e.id = s.entity_id {clause} "
                "ORDER BY s.mentions DESC, s.entity_id LIMIT ? OFFSET ?",
                [*params, limit, offset]).fetchall()
        return Page[EntitySummary](total=total, limit=limit, offset=offset,
                                   items=[_entity(r) for r in rows])

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

    def entity(self, entity_id: str) -> EntityDetail | None:
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
            recent = views.latest_articles(c, entity_id, 20)
        statements = self.statements(20, 0, entity=entity_id).items
        base = _entity(row[:-1])
        kb_entity = _kb_get(entity_id)
        return EntityDetail(
            **base.model_dump(), wikidata=row[-1] or (kb_entity.wikidata if kb_entity else None),
            aliases_ar=list(kb_entity.aliases_ar) if kb_entity else [],
            aliases_en=list(kb_entity.aliases_en) if kb_entity else [],
            per_day=[DayCount(day=d, mentions=n) for d, n in per_day],
            recent_articles=[_summary(r) for r in recent], statements=statements)

    def places(self) -> list[EntitySummary]:
        """Every mentioned GPE/LOC/FAC entity with its mention counts (for the map)."""
        with self.read() as c:
            rows = c.execute(
                f"SELECT {_ENTITY_COLUMNS}, s.mentions, s.articles FROM entity_stats s "
                "JOIN entities e ON e.id = s.entity_id "
                "WHERE e.type IN ('GPE', 'LOC', 'FAC') ORDER BY s.mentions DESC").fetchall()
        return [_entity(r) for r in rows]

    # -- facts -----------------------------------------------------------------------------

    def statements(self, limit: int, offset: int, entity: str | None = None,
                   article: str | None = None) -> Page[StatementRow]:
        where, params = _fact_filters("s", article, ("s.speaker_entity", self.entity_id(entity)))
        with self.read() as c:
            total = (_kept_count(c, "statements") if not where else c.execute(
                f"SELECT COUNT(*) FROM statements s {where}", params).fetchone()[0])
            rows = c.execute(
                "SELECT s.article_id, a.published, s.speaker, s.speaker_entity, s.cue, s.stance, "
                f"s.json FROM {_newest_first('statements s', 's', where)} {where} "
                "ORDER BY a.published DESC, s.id LIMIT ? OFFSET ?",
                [*params, limit, offset]).fetchall()
        items = [StatementRow(article_id=r[0], published=r[1], speaker=r[2], speaker_entity=r[3],
                              cue=r[4], stance=r[5], statement=json.loads(r[6])) for r in rows]
        return Page[StatementRow](total=total, limit=limit, offset=offset, items=items)

    def quantities(self, limit: int, offset: int, article: str | None = None,
                   unit: str | None = None) -> Page[QuantityRow]:
        where, params = _fact_filters("q", article, ("q.unit", unit))
        with self.read() as c:
            total = (_kept_count(c, "quantities") if not where else c.execute(
                f"SELECT COUNT(*) FROM quantities q {where}", params).fetchone()[0])
            rows = c.execute(
                f"SELECT q.article_id, a.published, q.json FROM "
                f"{_newest_first('quantities q', 'q', where)} {where} ORDER BY a.published DESC, "
                "q.id LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        items = [QuantityRow(article_id=r[0], published=r[1], quantity=json.loads(r[2]))
                 for r in rows]
        return Page[QuantityRow](total=total, limit=limit, offset=offset, items=items)

    # -- events and claims -----------------------------------------------------------------

    def _event_where(self, event_type: str | None, entity: str | None, date_from: str | None,
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

    def events(self, limit: int, offset: int, event_type: str | None = None,
               entity: str | None = None, date_from: str | None = None,
               date_to: str | None = None, min_confidence: float = MIN_EVENT_CONFIDENCE,
               status: str | None = DEFAULT_EVENT_STATUS, sort: str = "date",
               place: str | None = None, event_id: int | None = None,
               ) -> Page[EventRow]:
        """Coded events, newest day first (``sort``: a key of EVENT_SORTS, e.g.
        ``confidence`` — most confident first); ``entity`` (an id or a name) matches actor,
        target or location, ``place`` (id or name) the location only; ``status`` one of
        EVENT_STATUSES, or ``all`` (or None) for every status."""
        where, params = self._event_where(event_type, self.entity_id(entity), date_from, date_to,
                                          min_confidence, status, self.entity_id(place),
                                          event_id)
        source = "events"
        kept = not (place or event_id is not None) and min_confidence == TIMELINE_MIN_CONFIDENCE
        with self.read() as c:
            total = (views.corpus_event_total(c, status, event_type, date_from, date_to,
                                              self.entity_id(entity)) if kept else None)
            if total is None:
                total = c.execute(f"SELECT COUNT(*) FROM {source} ev {where}",
                                  params).fetchone()[0]
            rows = c.execute(
                f"SELECT {_EVENT_COLUMNS} FROM {source} ev JOIN articles a "
                f"ON a.id = ev.article_id {where} ORDER BY "
                f"{EVENT_SORTS.get(sort, EVENT_SORTS['date'])}, "
                "ev.article_id, ev.start, ev.id LIMIT ? OFFSET ?",
                [*params, limit, offset]).fetchall()
        return Page[EventRow](total=total, limit=limit, offset=offset,
                              items=[_event_row(r) for r in rows])

    def event_days(self, entity: str | None = None,
                   min_confidence: float = MIN_EVENT_CONFIDENCE,
                   status: str | None = DEFAULT_EVENT_STATUS, date_from: str | None = None,
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

    def event(self, event_id: int) -> EventRow | None:
        """One coded event by id, whatever its confidence or status (the event page)."""
        items = self.events(1, 0, min_confidence=0.0, status="all", event_id=event_id).items
        return items[0] if items else None

    def event_places(self, event_type: str | None = None, entity: str | None = None,
                     date_from: str | None = None, date_to: str | None = None,
                     min_confidence: float = MIN_EVENT_CONFIDENCE,
                     status: str | None = DEFAULT_EVENT_STATUS, place: str | None = None,
                     ) -> list[tuple[EntitySummary, str, int]]:
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
            places = {r[0]: _entity((*r, 0, 0)) for r in c.execute(
                f"SELECT {_ENTITY_COLUMNS} FROM entities e WHERE e.id IN ({marks})", ids)}
        return [(places[p], t, n) for p, t, n in rows if p in places]

    def incident(self, event: EventRow) -> EventGroupOut | None:
        """The incident (reports of one event across articles) ``event`` belongs to, as the
        claims view groups them; None when no other report of it was found."""
        place = event.location or event.target
        for group in self.event_groups(MAX_EVENT_EXPORT, 0, min_sources=1,
                                       event_type=event.type).items:
            if any(r.article_id == event.article_id and r.location == place
                   for r in group.reports) and len(group.reports) > 1:
                return group
        return None

    def entity_context(self, entity_id: str, limit: int = 15) -> dict[str, Any]:
        """What an entity page shows beside the entity itself: co-mentioned actors, the
        outlets that cover it, statements about it, and who it acts on / is acted on by."""
        with self.read() as c:
            return {"neighbours": views.co_mentioned(c, entity_id, limit),
                    "sources": views.top_sources(c, entity_id, limit),
                    "about": views.statements_about(c, entity_id, limit),
                    "relations": views.event_relations(c, entity_id, MIN_EVENT_CONFIDENCE)}

    def entity_context_out(self, entity_id: str, limit: int = 15) -> EntityContext | None:
        """``entity_context`` and the monthly coverage as the API returns them; None for an
        entity the store does not know."""
        with self.read() as c:
            if not views.entity_exists(c, entity_id):
                return None
        ctx = self.entity_context(entity_id, limit)
        return EntityContext(
            id=entity_id,
            neighbours=ctx["neighbours"], about=ctx["about"], relations=ctx["relations"],
            sources=[OutletCount(source=s, articles=n) for s, n in ctx["sources"]],
            coverage=[MonthShareOut(month=m.month, articles=m.articles, total=m.total,
                                    share=round(m.share, 6))
                      for m in self.coverage(entity_id)])

    def coverage(self, entity_id: str, date_from: str | None = None,
                 date_to: str | None = None) -> list[views.MonthShare]:
        """The entity's share of each month's articles (``views.monthly_coverage``)."""
        with self.read() as c:
            return views.monthly_coverage(c, entity_id, date_from, date_to)

    def entity_articles(self, entity_id: str, limit: int, date_from: str | None = None,
                        date_to: str | None = None) -> list[ArticleSummary]:
        """The latest articles that mention the entity, within a (zoomed) date range."""
        with self.read() as c:
            rows = views.latest_articles(c, entity_id, limit, date_from, date_to)
        return [_summary(r) for r in rows]

    def also_reported(self, article_id: str) -> dict[str, Any]:
        """Other articles carrying the same story: its near-duplicate cluster, and the other
        reports of the incidents it reports (by incident, as on the claims page)."""
        from marsad.claims import group_events

        with self.read() as c:
            siblings = views.near_duplicates(c, article_id)
            near = views.incident_candidates(c, article_id)
            articles = [json.loads(raw) for (raw,) in c.execute(
                f"SELECT json FROM articles WHERE id IN ({','.join('?' * len(near))}) "
                "ORDER BY rowid", near)]  # store order: an incident is named by its first
            names = {str(i): str(n) for i, n in c.execute(
                "SELECT id, name_ar FROM entities WHERE name_ar IS NOT NULL AND id IN (SELECT "
                f"location FROM events WHERE article_id IN ({','.join('?' * len(near))}))",
                near)}
        # The incident rule (events/incidents.py) applied to the reports that could share an
        # incident with this article's, not to the whole store.
        incidents = [_event_group(g, names) for g in group_events(articles)
                     if len(g.articles) > 1 and article_id in g.articles]
        return {"siblings": siblings, "incidents": incidents}

    def _fact_groups(self) -> tuple[list[Any], dict[str, str]]:
        """Event groups of the whole store, recomputed only when the articles change
        (grouping reads every article's JSON: seconds on a few thousand).

        One request recomputes at a time; while it does, the others get the previous
        groups (they wait only when there are none yet). Without this every request during
        an ingest recomputed at once and the claims page timed out under load."""
        with self.read() as c:
            key = self._fact_key(c)
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
            if cached is not None and cached[0] == key:
                return cached[1]
            key, value = self._compute_fact_groups()
            with self._cache_lock:
                self._cache = (key, value)
            return value
        finally:
            self._compute_lock.release()

    @staticmethod
    def _fact_key(c: sqlite3.Connection) -> tuple[Any, ...]:
        """What changes when articles are written: the kept totals and the last rowid (every
        request asks, so no count over the tables)."""
        return (_kept_count(c, "articles"), c.execute("SELECT MAX(rowid) FROM articles")
                .fetchone()[0], _kept_count(c, "events"))

    def _compute_fact_groups(self) -> tuple[tuple[Any, ...], tuple[list[Any], dict[str, str]]]:
        from marsad.claims import group_events

        with self.read() as c:
            c.execute("BEGIN")  # one snapshot: the key describes exactly what was grouped
            try:
                key = self._fact_key(c)
                # The latest articles only: grouping reads each one's JSON (store order kept)
                latest = c.execute(
                    "SELECT json FROM (SELECT rowid, json FROM articles ORDER BY published "
                    "DESC, rowid DESC LIMIT ?) ORDER BY rowid", (EVENT_GROUP_ARTICLES,))
                events = group_events(json.loads(raw) for (raw,) in latest)
                names = {str(i): str(n) for i, n in c.execute(
                    "SELECT id, name_ar FROM entities WHERE name_ar IS NOT NULL")}
            finally:
                c.execute("COMMIT")
        return key, (events, names)

    def claims(self, limit: int, offset: int, q: str | None = None, conflicts: bool = False,
               min_sources: int = 1, claims_per_group: int = CLAIMS_PER_GROUP,
               ) -> Page[ClaimGroupOut]:
        """Claim groups (as ``marsad claims``): most conflicts, then most sources, first. The
        groups are kept at write time (``store/claim_groups.py``): a page reads its rows."""
        with self.read() as c:
            groups, total = claim_groups.page(c, limit, offset, q=q, conflicts=conflicts,
                                              min_sources=min_sources,
                                              claims_per_group=claims_per_group)
            names = claim_groups.arabic_names(c, (g for g, _ in groups))
        return Page[ClaimGroupOut](total=total, limit=limit, offset=offset,
                                   items=[_claim_group(g, names, n) for g, n in groups])

    def event_groups(self, limit: int, offset: int, min_sources: int = 2,
                     event_type: str | None = None, entity: str | None = None,
                     ) -> Page[EventGroupOut]:
        """Events (type, place, day) reported by at least ``min_sources`` outlets;
        ``entity`` (an id or a name) as their place, or an actor or target of a report."""
        entity = self.entity_id(entity)
        groups, names = self._fact_groups()
        picked = [g for g in groups if len(g.sources) >= min_sources
                  and (not event_type or g.type == event_type)
                  and (not entity or g.location == entity
                       or any(entity in (r.actor, r.target) for r in g.reports))]
        return Page[EventGroupOut](total=len(picked), limit=limit, offset=offset,
                                   items=[_event_group(g, names)
                                          for g in picked[offset:offset + limit]])

    def find(self, params: SearchParams, limit: int, offset: int = 0, facets: bool = False,
             ) -> SearchResult:
        """:func:`marsad.store.search.find` over this store; a query FTS5 refuses is a 422."""
        try:
            return find(self.db_path, params.q, literal=params.literal, entity=params.entity,
                        entity_type=params.entity_type, date_from=params.date_from,
                        date_to=params.date_to, source=list(params.sources) or None,
                        sort=params.sort, limit=limit, offset=offset, facets=facets)
        except sqlite3.OperationalError as exc:  # an FTS5 syntax the analyser let through
            raise unprocessable(f"cannot search for this query: {exc}", "query", "q") from exc

    def search(self, params: SearchParams, limit: int, offset: int, facets: bool = False,
               ) -> SearchPage:
        """One page of hits with the total, the entities the query was read as and, when
        asked, facets."""
        result = self.find(params, limit, offset, facets)
        return SearchPage(
            total=result.total, limit=limit, offset=offset,
            has_more=offset + len(result.hits) < result.total,
            items=[SearchHit(**h.as_dict()) for h in result.hits],
            understood=[EntityReadingOut(**r.as_dict()) for r in result.understood],
            rest=result.rest, literal=result.literal,
            facets=result.facets if facets else None)

    def search_hits(self, params: SearchParams, max_hits: int = MAX_EXPORT) -> list[Hit]:
        """Every hit of a search, best first, up to ``max_hits``, from one ``find`` call.

        Not a page at a time: ``find`` re-ranks (exact phrase first) the candidates it reads
        for ``offset + limit`` hits, so later pages could repeat or skip hits of earlier
        ones, and each page re-reads every row before it (reading page by page costs more
        and holds as much at its last page). Called before the response starts, so a query
        FTS5 refuses is a 422 rather than a broken download."""
        return self.find(params, max_hits).hits

    def suggest(self, prefix: str, limit: int) -> list[EntityCandidate]:
        """KB entities whose name or alias starts with ``prefix``, most mentioned first."""
        return [EntityCandidate(**item) for item in suggest(self.db_path, prefix, limit)]

    # -- writes ----------------------------------------------------------------------------

    def ingest(self, articles: list[ArticleIn]) -> IngestResult:
        """Through the store's own ingest (same dedup and indexing as the CLI), via a
        temporary JSONL file — the input format ingest already validates."""
        with tempfile.TemporaryDirectory(prefix="marsad-api-") as tmp:
            path = Path(tmp) / "posted.jsonl"
            with path.open("w", encoding="utf-8") as handle:
                for item in articles:
                    record = item.model_dump(exclude_none=True)
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            # Requests run in worker threads, where the per-document time limit (SIGALRM)
            # cannot work: extract in a process pool, whose workers apply it (and the
            # per-worker memory cap) in their own main threads.
            with self.write_lock:
                summary = ingest([str(path)], self.db_path, progress=False,
                                 workers=1 if threading.current_thread()
                                 is threading.main_thread() else 2)
        with self.read() as c:
            ids = [r[0] for r in c.execute("SELECT id FROM articles WHERE run_id = ? "
                                           "ORDER BY rowid", (summary.run_id,))]
        failures = [[Path(origin).name if origin.startswith(tmp) else origin, reason]
                    for origin, reason in summary.failures]
        return IngestResult(read=summary.read, new=summary.new, duplicate=summary.duplicate,
                            near_duplicate=summary.near_duplicate, failed=summary.failed,
                            failures=failures, ids=ids)


def _event_row(row: tuple[Any, ...]) -> EventRow:
    (eid, article_id, title, source, published, day, etype, mode, actor, actor_name, target,
     target_name, location, location_name, trigger, payload, fatalities, confidence, status,
     time_precision, injured, arrested, displaced, sentence) = row
    span = (json.loads(payload).get("trigger") or {}) if payload else {}
    return EventRow(id=eid, article_id=article_id, title=title, source=source,
                    published=published, day=day, type=etype, mode=mode, actor=actor,
                    actor_name=actor_name, target=target, target_name=target_name,
                    location=location, location_name=location_name, trigger=trigger,
                    trigger_start=span.get("start") if isinstance(span, dict) else None,
                    trigger_end=span.get("end") if isinstance(span, dict) else None,
                    fatalities=fatalities, confidence=confidence, status=status or "new",
                    time_precision=time_precision, injured=injured, arrested=arrested,
                    displaced=displaced, sentence=sentence)


def label_ar(measure: str, subject: str | None, modifier: str | None, place: str | None,
             names: dict[str, str]) -> str:
    """«قتلى من الجنود (الولايات المتحدة) في دوما»: the Arabic name of a claim group key."""
    from marsad.claims import load_lexicon

    labels = load_lexicon().labels_ar
    text = labels.get(measure, measure)
    if subject:
        text += f" من {labels.get(subject, subject)}"
    if modifier:
        text += f" ({names.get(modifier, modifier)})"
    if place:
        text += f" في {names.get(place, place)}"
    return text


def _claim_group(group: Any, names: dict[str, str], claims_total: int | None = None,
                 ) -> ClaimGroupOut:
    in_conflict = {id(c) for conflict in group.conflicts for c in conflict.claims}
    claims = [ClaimOut(**{k: v for k, v in c.as_dict().items() if k in ClaimOut.model_fields},
                       in_conflict=id(c) in in_conflict) for c in group.claims]
    conflicts = [ConflictOut(date_from=c.date_from, date_to=c.date_to, low=c.low, high=c.high,
                             sources=c.sources, articles=c.articles) for c in group.conflicts]
    return ClaimGroupOut(
        id=group.id, label=group.label,
        label_ar=label_ar(group.measure, group.subject, group.modifier, group.place, names),
        measure=group.measure, subject=group.subject, modifier=group.modifier,
        place=group.place, names={k: names.get(k, v) for k, v in group.names.items()},
        sources=group.sources, articles=group.articles, claims=claims, conflicts=conflicts,
        claims_total=len(claims) if claims_total is None else claims_total)


def _event_group(group: Any, names: dict[str, str]) -> EventGroupOut:
    reports = [EventReportOut(**r.as_dict()) for r in group.reports]
    return EventGroupOut(id=group.id, label=group.label, type=group.type,
                         location=group.location, location_name=names.get(group.location),
                         day=group.day, sources=group.sources, articles=group.articles,
                         reports=reports,
                         fatality_conflict=list(group.fatality_conflict)
                         if group.fatality_conflict else None)


_ENTITY_COLUMNS = "e.id, e.type, e.name_ar, e.name_en, e.category, e.country, e.lat, e.lon, e.in_kb"


def _entity(row: tuple[Any, ...]) -> EntitySummary:
    eid, etype, name_ar, name_en, category, country, lat, lon, in_kb, n, n_articles = row
    if lat is None or lon is None:
        kb_entity = _kb_get(eid)
        if kb_entity is not None and kb_entity.lat is not None and kb_entity.lon is not None:
            lat, lon = kb_entity.lat, kb_entity.lon
    return EntitySummary(id=eid, type=etype, name_ar=name_ar, name_en=name_en, category=category,
                         country=country, lat=lat, lon=lon, in_kb=bool(in_kb), mentions=n,
                         articles=n_articles)


MAX_NAMED = 20  # KB entities one /entities name filter adds by alias


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


def _summary(row: tuple[Any, ...]) -> ArticleSummary:
    return ArticleSummary(id=row[0], title=row[1], published=row[2], source=row[3], url=row[4],
                          language=row[5], chars=row[6] or 0)


def _filters(source: str | None, date_from: str | None, date_to: str | None,
             ) -> tuple[str, list[Any]]:
    where, params = article_filters(source, date_from, date_to)
    return ("WHERE " + " AND ".join(where)) if where else "", params


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
    return ("WHERE " + " AND ".join(where)) if where else "", params


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


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def unprocessable(message: str, *loc: str) -> HTTPException:
    """A 422 shaped like FastAPI's own validation errors, so clients parse one format."""
    return HTTPException(422, [{"loc": list(loc), "msg": message, "type": "value_error"}])


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]
SearchSort = Literal["relevance", "date"]
SourceName = Annotated[str, StringConstraints(max_length=200)]
ExportFormat = Literal["csv", "jsonl"]
router = APIRouter()


def search_params(
        q: Annotated[str, Query(max_length=500, description=(
            'words (AND), "phrase", prefix*; names of KB actors and places in either '
            "script (قسد, SDF, Raqqa) are read as those entities; may be empty"))] = "",
        literal: Annotated[bool, Query(description=(
            "search the words only: no name is read as an entity"))] = False,
        entity: Annotated[str | None, Query(max_length=200, description=(
            "only articles mentioning this entity: an id (org:sdf) or a name in either "
            "script (قسد, SDF)"))] = None,
        type: Annotated[str | None, Query(max_length=200, description=(
            "only articles mentioning an entity of this type (PER, ORG, GPE, …)"))] = None,
        date_from: Annotated[date | None, Query(alias="from")] = None,
        date_to: Annotated[date | None, Query(alias="to")] = None,
        source: Annotated[list[SourceName] | None, Query(max_length=MAX_SOURCES, description=(
            "only these sources: repeat the parameter, or separate names with commas"))]
        = None,
        sort: Annotated[SearchSort, Query(description=(
            "relevance (exact phrase first, then bm25; entity-only queries by mentions) or "
            "date (newest first)"))] = "relevance",
) -> SearchParams:
    """The query parameters /api/search and /api/search/export share."""
    return SearchParams(q=q, literal=literal, entity=entity or None, entity_type=type or None,
                        date_from=_iso(date_from), date_to=_iso(date_to),
                        sources=split_sources(source), sort=sort)


SearchDep = Annotated[SearchParams, Depends(search_params)]


def extract_payload(body: ExtractRequest) -> dict[str, Any]:
    """Run the pipeline on a request body; input the extractor refuses is a 422."""
    content = body.text if body.text is not None else body.html
    assert content is not None  # the schema guarantees exactly one
    try:
        article = extract(content, published=body.published,
                          format="text" if body.text is not None else "html")
    except (MarsadError, ValueError) as exc:
        raise unprocessable(f"cannot extract this input: {exc}", "body") from exc
    return to_dict(article)


@router.get("/health", response_model=Health, tags=["meta"])
def health(request: Request, store: StoreDep) -> Health:
    """Liveness plus the two facts an operator checks first: corpus size, writes on/off."""
    with store.read() as c:
        count = c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    return Health(status="ok", version=_version, articles=count,
                  writes_enabled=bool(request.app.state.token))


@router.post("/api/extract", response_model=ArticleOut, tags=["extract"])
def api_extract(body: ExtractRequest) -> dict[str, Any]:
    """Extract one article (text or HTML) and return its JSON; nothing is stored."""
    return extract_payload(body)


@router.post("/api/articles", response_model=IngestResult, status_code=201, tags=["articles"],
             dependencies=[Depends(require_write_token)],
             responses={401: {"description": "missing or wrong bearer token"},
                        403: {"description": "writes are disabled (no token configured)"}})
def api_ingest(body: IngestRequest, store: StoreDep) -> IngestResult:
    """Extract and store articles (deduplicated like ``marsad ingest``); bearer token."""
    return store.ingest(body.articles)


@router.get("/api/articles", response_model=Page[ArticleSummary], tags=["articles"])
def api_articles(store: StoreDep, limit: Limit = 20, offset: Offset = 0,
                 source: Text = None, date_from: Annotated[date | None, Query(alias="from")] = None,
                 date_to: Annotated[date | None, Query(alias="to")] = None,
                 ) -> Page[ArticleSummary]:
    """Stored articles, newest first."""
    return store.articles(limit, offset, source, _iso(date_from), _iso(date_to))


@router.get("/api/articles/{article_id:path}", response_model=ArticleOut, tags=["articles"],
            responses={404: {"description": "no such article"}})
def api_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    """One stored article's full JSON."""
    data = store.article(article_id)
    if data is None:
        raise HTTPException(404, "no such article")
    return data


@router.get("/api/search", response_model=SearchPage, tags=["search"])
def api_search(store: StoreDep, params: SearchDep, limit: Limit = 20,
               offset: Annotated[int, Query(ge=0, le=MAX_SEARCH_OFFSET)] = 0,
               facets: Annotated[bool, Query(description=(
                   "also count the matches by source, month, entity type and co-mentioned "
                   "entity"))] = False) -> SearchPage:
    """Entity-aware full-text search (words AND, "phrases", prefix*) with filters; may be
    filters only. ``total`` counts the matches; ``understood`` says which words were read as
    which KB entity (an article matches by mentioning it or by containing the words)."""
    return store.search(params, limit, offset, facets)


@router.get("/api/search/export", tags=["search"], response_class=StreamingResponse,
            responses={200: {"description": "the hits as CSV (with a header row) or JSON lines",
                             "content": {"text/csv": {"schema": {"type": "string"}},
                                         "application/x-ndjson": {"schema": {"type": "string"}}}}})
def api_search_export(store: StoreDep, params: SearchDep,
                      format: Annotated[ExportFormat, Query(description="csv or jsonl")] = "csv",
                      ) -> StreamingResponse:
    """Every hit of a search (the parameters of /api/search), best first, up to 10,000,
    streamed as a download: columns id, title, published, source, url, score, exact,
    snippet (matches in [[…]])."""
    hits = store.search_hits(params, MAX_EXPORT)
    body = _csv_lines(hits) if format == "csv" else _jsonl_lines(hits)
    return StreamingResponse(body, media_type=EXPORT_TYPES[format], headers={
        "Content-Disposition": f'attachment; filename="marsad-search.{format}"'})


def _export_row(hit: Hit) -> dict[str, Any]:
    data = hit.as_dict()
    return {column: data[column] for column in EXPORT_COLUMNS}


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CSV_TEXT = ("id", "title", "source", "url", "snippet")


def csv_cell(value: Any) -> Any:
    """A text cell a spreadsheet will not run: article titles and text are untrusted, and
    «=HYPERLINK(…)» opened in Excel or LibreOffice is a formula. Such a cell gets a leading
    apostrophe (OWASP's advice); numbers are left alone."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv_lines(hits: list[Hit]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    for n, hit in enumerate(hits, 1):
        row = _export_row(hit)
        row.update({key: csv_cell(row[key]) for key in _CSV_TEXT})
        row["exact"] = "true" if row["exact"] else "false"
        writer.writerow(row)
        if n % 200 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _jsonl_lines(hits: list[Hit]) -> Iterator[str]:
    for hit in hits:
        yield json.dumps(_export_row(hit), ensure_ascii=False) + "\n"


@router.get("/api/entities", response_model=Page[EntitySummary], tags=["entities"])
def api_entities(store: StoreDep, limit: Limit = 20, offset: Offset = 0, type: Text = None,
                 q: Text = None,
                 country: Annotated[str | None, Query(max_length=8, description=(
                     "ISO 3166-1 alpha-2 code, e.g. SY"))] = None,
                 category: Annotated[str | None, Query(max_length=60, description=(
                     "KB category, e.g. city, state_forces"))] = None,
                 ) -> Page[EntitySummary]:
    """Mentioned entities, most mentioned first, with mention and article counts."""
    return store.entities(limit, offset, type, q, country, category)


@router.get("/api/entities/suggest", response_model=list[EntityCandidate], tags=["entities"])
def api_entity_suggest(store: StoreDep,
                       q: Annotated[str, Query(max_length=100, description=(
                           "the start of a name or alias, in either script (قس, Syrian Dem)"))],
                       limit: Annotated[int, Query(ge=1, le=MAX_SUGGEST)] = 8,
                       ) -> list[EntityCandidate]:
    """KB entities whose name or alias starts with ``q``, those most mentioned in the store
    first (for autocompletion); declared before /api/entities/{id}, which would take it."""
    return store.suggest(q, limit)


@router.get("/api/entities/{entity_id:path}/context", response_model=EntityContext,
            tags=["entities"], responses={404: {"description": "no such entity"}})
def api_entity_context(entity_id: str, store: StoreDep,
                       limit: Annotated[int, Query(ge=1, le=50, description=(
                           "items per list (neighbours, sources, about)"))] = 15,
                       ) -> EntityContext:
    """What the entity page shows around an entity: co-mentioned actors (shared articles),
    top outlets, statements about it by others, event relations (who acts on whom) and its
    share of each month's articles. Declared before /api/entities/{id}, which would take it."""
    context = store.entity_context_out(entity_id, limit)
    if context is None:
        raise HTTPException(404, "no such entity")
    return context


@router.get("/api/entities/{entity_id:path}", response_model=EntityDetail, tags=["entities"],
            responses={404: {"description": "no such entity"}})
def api_entity(entity_id: str, store: StoreDep) -> EntityDetail:
    """One entity: names, KB aliases, mentions per day, recent articles, its statements."""
    detail = store.entity(entity_id)
    if detail is None:
        raise HTTPException(404, "no such entity")
    return detail


@router.get("/api/statements", response_model=Page[StatementRow], tags=["facts"])
def api_statements(store: StoreDep, limit: Limit = 20, offset: Offset = 0, entity: Text = None,
                   article: Text = None) -> Page[StatementRow]:
    """Attributed statements, optionally by speaker entity (id or name) or article."""
    return store.statements(limit, offset, entity=entity, article=article)


@router.get("/api/quantities", response_model=Page[QuantityRow], tags=["facts"])
def api_quantities(store: StoreDep, limit: Limit = 20, offset: Offset = 0, article: Text = None,
                   unit: Text = None) -> Page[QuantityRow]:
    """Claimed figures, optionally by article or unit."""
    return store.quantities(limit, offset, article=article, unit=unit)


@router.get("/api/events", response_model=Page[EventRow], tags=["facts"])
def api_events(store: StoreDep, limit: Limit = 20, offset: Offset = 0,
               type: Annotated[str | None, Query(max_length=40,
                                                 description="PLOVER type, e.g. ASSAULT")] = None,
               entity: Annotated[str | None, Query(
                   max_length=200, description=(
                       "entity id, or a name in either script (قسد, SDF), as actor, target or "
                       "location"))] = None,
               date_from: Annotated[date | None, Query(alias="from")] = None,
               date_to: Annotated[date | None, Query(alias="to")] = None,
               min_confidence: Annotated[float, Query(ge=0, le=1)] = MIN_EVENT_CONFIDENCE,
               status: Annotated[EventStatus, Query(description=(
                   "only events of this status (new: reported as news; background, planned, "
                   "hypothetical, negated), or all"))] = DEFAULT_EVENT_STATUS,
               sort: Annotated[EventSort, Query(description=(
                   "date (newest first, the default), date_asc, confidence, type, "
                   "fatalities (most first) or source"))] = "date",
               place: Annotated[str | None, Query(max_length=200, description=(
                   "the event's location only: an id or a name (دوما, Douma)"))] = None,
               ) -> Page[EventRow]:
    """Coded events (confidence ≥ 0.6, status new by default), newest day first."""
    return store.events(limit, offset, type, entity, _iso(date_from), _iso(date_to),
                        min_confidence, status, sort, place=place)


@router.get("/api/events/export", tags=["facts"], response_class=StreamingResponse,
            responses={200: {"description": "the events as a CSV file (a header row first)",
                             "content": {"text/csv": {}, "application/x-ndjson": {}}}})
def api_events_export(store: StoreDep,
                      type: Annotated[str | None, Query(max_length=40)] = None,
                      entity: Annotated[str | None, Query(max_length=200)] = None,
                      date_from: Annotated[date | None, Query(alias="from")] = None,
                      date_to: Annotated[date | None, Query(alias="to")] = None,
                      min_confidence: Annotated[float, Query(ge=0, le=1)] = MIN_EVENT_CONFIDENCE,
                      status: EventStatus = DEFAULT_EVENT_STATUS, sort: EventSort = "date",
                      format: Annotated[Literal["csv", "jsonl"], Query(
                          description="csv (default) or jsonl")] = "csv",
                      place: Annotated[str | None, Query(max_length=200)] = None,
                      ) -> StreamingResponse:
    """Every event the filters of /api/events select (up to 10,000), as CSV or JSON lines;
    columns ``day,type,status,mode,actor,…,sentence,source,published,article_id,title``."""
    rows = store.events(MAX_EVENT_EXPORT, 0, type, entity, _iso(date_from), _iso(date_to),
                        min_confidence, status, sort, place=place).items
    records = [{k: getattr(r, k) for k in EVENT_EXPORT_COLUMNS} for r in rows]
    if format == "jsonl":
        lines: Iterator[str] = (json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)
    else:
        lines = _csv_records(records, EVENT_EXPORT_COLUMNS)
    return StreamingResponse(lines, media_type=EXPORT_TYPES[format], headers={
        "Content-Disposition": f'attachment; filename="marsad-events.{format}"'})


def _csv_records(records: list[dict[str, Any]], columns: tuple[str, ...]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: csv_cell(v) for k, v in record.items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if not records:
        yield buffer.getvalue()


@router.get("/api/events/groups", response_model=Page[EventGroupOut], tags=["facts"])
def api_event_groups(store: StoreDep, limit: Limit = 20, offset: Offset = 0,
                     min_sources: Annotated[int, Query(ge=1, le=50)] = 2,
                     type: Annotated[str | None, Query(max_length=40)] = None,
                     entity: Annotated[str | None, Query(max_length=200, description=(
                         "entity id or name, as the place or an actor or target"))] = None,
                     ) -> Page[EventGroupOut]:
    """One event (PLOVER type, place, day) reported by several outlets; differing fatality
    counts are flagged in ``fatality_conflict``."""
    return store.event_groups(limit, offset, min_sources, type, entity)


@router.get("/api/claims", response_model=Page[ClaimGroupOut], tags=["facts"])
def api_claims(store: StoreDep, limit: Limit = 20, offset: Offset = 0,
               q: Annotated[str | None, Query(max_length=200, description=(
                   "label/id words (English) or Arabic text of the claims"))] = None,
               conflicts: Annotated[bool, Query(description="only groups with conflicting "
                                                            "figures")] = False,
               min_sources: Annotated[int, Query(ge=1, le=50)] = 1,
               claims_per_group: Annotated[int, Query(ge=1, le=1000, description=(
                   "the latest claims listed per group (claims_total counts them all)"))]
               = CLAIMS_PER_GROUP) -> Page[ClaimGroupOut]:
    """Claim groups: who claims how many of what, where, when — conflicts flagged."""
    return store.claims(limit, offset, q or None, conflicts, min_sources, claims_per_group)


def ensure_db(db_path: Path) -> None:
    """Create and migrate the database once at startup, so reads never hit a missing file."""
    if not db_path.exists():
        os.makedirs(db_path.parent, exist_ok=True)
    connect(db_path).close()
