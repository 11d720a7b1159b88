"""The JSON API (``/api/...``, ``/health``) and the read queries the pages share.

Reads open a fresh read-only SQLite connection per request: WAL lets them run beside an
ingest, and a read-only handle cannot corrupt anything whatever a request asks. Article
facts are read back from the stored ``to_dict`` JSON, so fields added by later extractor
stages show up here without a schema change.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from marsad import __version__ as _version
from marsad.core import extract
from marsad.errors import MarsadError
from marsad.serialize import to_dict
from marsad.store.db import connect
from marsad.store.ingest import ingest
from marsad.store.search import search
from marsad.web.schemas import (
    ArticleIn,
    ArticleOut,
    ArticleSummary,
    DayCount,
    EntityDetail,
    EntitySummary,
    ExtractRequest,
    Health,
    IngestRequest,
    IngestResult,
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

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (≤ {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
Text = Annotated[str | None, Query(max_length=200)]


class Store:
    """Read queries over one database file (shared by the API and the pages)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.write_lock = threading.Lock()  # one ingest at a time per process

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        conn = connect(self.db_path, readonly=True)
        try:
            yield conn
        finally:
            conn.close()

    # -- articles --------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        with self.read() as c:
            articles, first, last = c.execute(
                "SELECT COUNT(*), MIN(published), MAX(published) FROM articles").fetchone()
            return {
                "articles": articles, "first": first, "last": last,
                "entities": c.execute("SELECT COUNT(DISTINCT entity_id) FROM mentions"
                                      ).fetchone()[0],
                "mentions": c.execute("SELECT COUNT(*) FROM mentions").fetchone()[0],
                "sources": c.execute("SELECT COUNT(DISTINCT source) FROM articles"
                                     ).fetchone()[0],
                "statements": c.execute("SELECT COUNT(*) FROM statements").fetchone()[0],
                "quantities": c.execute("SELECT COUNT(*) FROM quantities").fetchone()[0],
            }

    def articles(self, limit: int, offset: int, source: str | None = None,
                 date_from: str | None = None, date_to: str | None = None,
                 ) -> Page[ArticleSummary]:
        where, params = _filters(source=source, date_from=date_from, date_to=date_to)
        with self.read() as c:
            total = c.execute(f"SELECT COUNT(*) FROM articles a {where}", params).fetchone()[0]
            rows = c.execute(
                "SELECT id, title, published, source, url, language, length(text) FROM articles "
                f"a {where} ORDER BY published IS NULL, published DESC, rowid DESC "
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
                 q: str | None = None) -> Page[EntitySummary]:
        where: list[str] = []
        params: list[Any] = []
        if entity_type:
            where.append("e.type = ?")
            params.append(entity_type)
        if q:
            where.append("(e.name_ar LIKE ? OR e.name_en LIKE ? OR e.id LIKE ?)")
            params.extend([f"%{q}%"] * 3)
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        with self.read() as c:
            total = c.execute("SELECT COUNT(*) FROM entities e WHERE e.id IN (SELECT entity_id "
                              f"FROM mentions) {'AND ' + ' AND '.join(where) if where else ''}",
                              params).fetchone()[0]
            rows = c.execute(
                f"SELECT {_ENTITY_COLUMNS}, COUNT(m.id) AS n, COUNT(DISTINCT m.article_id) "
                f"FROM entities e JOIN mentions m ON m.entity_id = e.id {clause} "
                "GROUP BY e.id ORDER BY n DESC, e.id LIMIT ? OFFSET ?",
                [*params, limit, offset]).fetchall()
        return Page[EntitySummary](total=total, limit=limit, offset=offset,
                                   items=[_entity(r) for r in rows])

    def entity(self, entity_id: str) -> EntityDetail | None:
        with self.read() as c:
            row = c.execute(
                f"SELECT {_ENTITY_COLUMNS}, COUNT(m.id), COUNT(DISTINCT m.article_id), "
                "e.wikidata FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id "
                "WHERE e.id = ? GROUP BY e.id", (entity_id,)).fetchone()
            if row is None:
                return None
            per_day = c.execute(
                "SELECT a.published, COUNT(*) FROM mentions m JOIN articles a "
                "ON a.id = m.article_id WHERE m.entity_id = ? AND a.published IS NOT NULL "
                "GROUP BY a.published ORDER BY a.published", (entity_id,)).fetchall()
            recent = c.execute(
                "SELECT id, title, published, source, url, language, length(text) FROM articles "
                "WHERE id IN (SELECT article_id FROM mentions WHERE entity_id = ?) "
                "ORDER BY published IS NULL, published DESC, rowid DESC LIMIT 20",
                (entity_id,)).fetchall()
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
                f"SELECT {_ENTITY_COLUMNS}, COUNT(m.id) AS n, COUNT(DISTINCT m.article_id) "
                "FROM entities e JOIN mentions m ON m.entity_id = e.id "
                "WHERE e.type IN ('GPE', 'LOC', 'FAC') GROUP BY e.id ORDER BY n DESC").fetchall()
        return [_entity(r) for r in rows]

    # -- facts -----------------------------------------------------------------------------

    def statements(self, limit: int, offset: int, entity: str | None = None,
                   article: str | None = None) -> Page[StatementRow]:
        where, params = _fact_filters("s", article, ("s.speaker_entity", entity))
        with self.read() as c:
            total = c.execute(f"SELECT COUNT(*) FROM statements s {where}", params).fetchone()[0]
            rows = c.execute(
                "SELECT s.article_id, a.published, s.speaker, s.speaker_entity, s.cue, s.stance, "
                f"s.json FROM statements s JOIN articles a ON a.id = s.article_id {where} "
                "ORDER BY a.published IS NULL, a.published DESC, s.id LIMIT ? OFFSET ?",
                [*params, limit, offset]).fetchall()
        items = [StatementRow(article_id=r[0], published=r[1], speaker=r[2], speaker_entity=r[3],
                              cue=r[4], stance=r[5], statement=json.loads(r[6])) for r in rows]
        return Page[StatementRow](total=total, limit=limit, offset=offset, items=items)

    def quantities(self, limit: int, offset: int, article: str | None = None,
                   unit: str | None = None) -> Page[QuantityRow]:
        where, params = _fact_filters("q", article, ("q.unit", unit))
        with self.read() as c:
            total = c.execute(f"SELECT COUNT(*) FROM quantities q {where}", params).fetchone()[0]
            rows = c.execute(
                f"SELECT q.article_id, a.published, q.json FROM quantities q JOIN articles a "
                f"ON a.id = q.article_id {where} ORDER BY a.published IS NULL, a.published DESC, "
                "q.id LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        items = [QuantityRow(article_id=r[0], published=r[1], quantity=json.loads(r[2]))
                 for r in rows]
        return Page[QuantityRow](total=total, limit=limit, offset=offset, items=items)

    def search(self, q: str, limit: int, offset: int, **filters: str | None) -> SearchPage:
        try:
            hits = search(self.db_path, q, limit=offset + limit + 1, **filters)
        except sqlite3.OperationalError as exc:  # an FTS5 syntax the analyser let through
            raise unprocessable(f"cannot search for this query: {exc}", "query", "q") from exc
        page = hits[offset:offset + limit]
        return SearchPage(limit=limit, offset=offset, has_more=len(hits) > offset + limit,
                          items=[SearchHit(**h.as_dict()) for h in page])

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
            with self.write_lock:
                summary = ingest([str(path)], self.db_path, workers=1, progress=False)
        with self.read() as c:
            ids = [r[0] for r in c.execute("SELECT id FROM articles WHERE run_id = ? "
                                           "ORDER BY rowid", (summary.run_id,))]
        failures = [[Path(origin).name if origin.startswith(tmp) else origin, reason]
                    for origin, reason in summary.failures]
        return IngestResult(read=summary.read, new=summary.new, duplicate=summary.duplicate,
                            near_duplicate=summary.near_duplicate, failed=summary.failed,
                            failures=failures, ids=ids)


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
    where: list[str] = []
    params: list[Any] = []
    if source:
        where.append("lower(a.source) = lower(?)")
        params.append(source)
    if date_from:
        where.append("a.published >= ?")
        params.append(date_from)
    if date_to:
        where.append("a.published <= ?")
        params.append(date_to)
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


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def unprocessable(message: str, *loc: str) -> HTTPException:
    """A 422 shaped like FastAPI's own validation errors, so clients parse one format."""
    return HTTPException(422, [{"loc": list(loc), "msg": message, "type": "value_error"}])


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]
router = APIRouter()


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


@router.get("/api/articles/{article_id}", response_model=ArticleOut, tags=["articles"],
            responses={404: {"description": "no such article"}})
def api_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    """One stored article's full JSON."""
    data = store.article(article_id)
    if data is None:
        raise HTTPException(404, "no such article")
    return data


@router.get("/api/search", response_model=SearchPage, tags=["search"])
def api_search(store: StoreDep, q: Annotated[str, Query(max_length=500)] = "",
               entity: Text = None, type: Text = None,
               date_from: Annotated[date | None, Query(alias="from")] = None,
               date_to: Annotated[date | None, Query(alias="to")] = None, source: Text = None,
               limit: Limit = 20,
               offset: Annotated[int, Query(ge=0, le=MAX_SEARCH_OFFSET)] = 0) -> SearchPage:
    """Full-text search (words AND, "phrases", prefix*) with filters; may be filters only."""
    return store.search(q, limit, offset, entity=entity, entity_type=type,
                        date_from=_iso(date_from), date_to=_iso(date_to), source=source)


@router.get("/api/entities", response_model=Page[EntitySummary], tags=["entities"])
def api_entities(store: StoreDep, limit: Limit = 20, offset: Offset = 0, type: Text = None,
                 q: Text = None) -> Page[EntitySummary]:
    """Mentioned entities, most mentioned first, with mention and article counts."""
    return store.entities(limit, offset, type, q)


@router.get("/api/entities/{entity_id}", response_model=EntityDetail, tags=["entities"],
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
    """Attributed statements, optionally by speaker entity or article."""
    return store.statements(limit, offset, entity=entity, article=article)


@router.get("/api/quantities", response_model=Page[QuantityRow], tags=["facts"])
def api_quantities(store: StoreDep, limit: Limit = 20, offset: Offset = 0, article: Text = None,
                   unit: Text = None) -> Page[QuantityRow]:
    """Claimed figures, optionally by article or unit."""
    return store.quantities(limit, offset, article=article, unit=unit)


def ensure_db(db_path: Path) -> None:
    """Create and migrate the database once at startup, so reads never hit a missing file."""
    if not db_path.exists():
        os.makedirs(db_path.parent, exist_ok=True)
    connect(db_path).close()
