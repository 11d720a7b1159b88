"""The JSON API (``/api/...``, ``/health``) and the web layer's ``Store``, which the pages share.

No SQL here: every read is a method of the store's read model
(:class:`marsad.store.queries.ReadModel`), which returns plain rows; ``Store`` turns them into
the schemas of :mod:`marsad.web.schemas` (the public JSON contract). The routes parse and
bound the parameters and stream the exports.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import StringConstraints

from marsad import __version__ as _version
from marsad.claims.grouping import EventGroup
from marsad.core import PipelineSpec, as_pipeline, extract
from marsad.errors import MarsadError
from marsad.model import EVENT_STATUSES
from marsad.pipeline import Pipeline
from marsad.serialize import to_dict
from marsad.store.cursor import InvalidCursor
from marsad.store.ingest import ingest
from marsad.store.migrations import TIMELINE_MIN_CONFIDENCE
from marsad.store.queries import (
    CLAIMS_PER_GROUP,
    EVENT_ORDER,
    ArticleRow,
    Counted,
    EntityRow,
    ReadModel,
    UnsearchableQuery,
    prepare,
)
from marsad.store.search import Hit, SearchResult, suggest
from marsad.store.views import MonthShare
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
Cursor = Annotated[str | None, Query(max_length=1000, description=(
    "the next_cursor of the previous page: the page after it (offset is then ignored)"))]
Text = Annotated[str | None, Query(max_length=200)]
MIN_EVENT_CONFIDENCE = TIMELINE_MIN_CONFIDENCE  # the coder's detection threshold
# Which events a list or timeline counts: by default only those an article reports as news;
# ``all`` adds background, planned, hypothetical and negated mentions.
EventStatus = Literal["new", "background", "planned", "hypothetical", "negated", "all"]
DEFAULT_EVENT_STATUS: EventStatus = "new"
EVENT_STATUS_FILTERS: tuple[str, ...] = (*EVENT_STATUSES, "all")
# Sort keys of the event list (each an ORDER BY of the read model's; ``EventSort`` spells them).
EVENT_SORTS: tuple[str, ...] = EVENT_ORDER
EventSort = Literal["date", "date_asc", "confidence", "type", "fatalities", "source"]
MAX_EVENT_EXPORT = 10_000
EVENT_EXPORT_COLUMNS = ("day", "type", "status", "mode", "actor", "actor_name", "target",
                        "target_name", "location", "location_name", "fatalities", "injured",
                        "arrested", "displaced", "confidence", "trigger", "sentence", "source",
                        "published", "article_id", "title")


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
    """The web layer's view of one database file: the read model's rows
    (:class:`marsad.store.queries.ReadModel`, which holds every query) as the API's schemas,
    and the one write the server does, ingest. Shared by the API and the pages."""

    def __init__(self, db_path: Path, pipeline: PipelineSpec = None) -> None:
        self.db_path = db_path
        self.reads = ReadModel(db_path, cache=True)  # results kept per store version
        self.write_lock = threading.Lock()  # one ingest at a time per process
        self.pipeline_spec = pipeline  # what ingest hands its workers (factory or Pipeline)
        self._pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        """The server's pipeline for in-process extraction, built on first use."""
        if self._pipeline is None:
            self._pipeline = as_pipeline(self.pipeline_spec)
        return self._pipeline

    def entity_id(self, value: str | None) -> str | None:
        return self.reads.entity_id(value)

    # -- articles --------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        return self.reads.stats()

    def dense_range(self) -> tuple[str, str] | None:
        return self.reads.dense_range()

    def articles(self, limit: int, offset: int, source: str | None = None,
                 date_from: str | None = None, date_to: str | None = None,
                 cursor: str | None = None) -> Page[ArticleSummary]:
        rows = _paged(self.reads.articles, limit, offset, source, date_from, date_to,
                      cursor=cursor)
        return Page[ArticleSummary](total=rows.total, limit=limit, offset=offset,
                                    items=_summaries(rows.items), next_cursor=rows.next)

    def article(self, article_id: str) -> dict[str, Any] | None:
        return self.reads.article(article_id)

    def sources(self) -> list[str]:
        return self.reads.sources()

    # -- entities --------------------------------------------------------------------------

    def entities(self, limit: int, offset: int, entity_type: str | None = None,
                 q: str | None = None, country: str | None = None,
                 category: str | None = None) -> Page[EntitySummary]:
        rows = self.reads.entities(limit, offset, entity_type, q, country, category)
        return Page[EntitySummary](total=rows.total, limit=limit, offset=offset,
                                   items=[EntitySummary(**r._asdict()) for r in rows.items])

    def entity_facets(self) -> dict[str, list[tuple[str, int]]]:
        return self.reads.entity_facets()

    def entity(self, entity_id: str) -> EntityDetail | None:
        record = self.reads.entity(entity_id)
        if record is None:
            return None
        return EntityDetail(
            **record.entity._asdict(), wikidata=record.wikidata,
            aliases_ar=record.aliases_ar, aliases_en=record.aliases_en,
            per_day=[DayCount(day=d, mentions=n) for d, n in record.per_day],
            recent_articles=_summaries(record.recent),
            statements=[StatementRow(**s._asdict()) for s in record.statements])

    def places(self) -> list[EntityRow]:
        return self.reads.places()

    def entity_context(self, entity_id: str, limit: int = 15) -> dict[str, Any]:
        return self.reads.entity_context(entity_id, limit)

    def entity_context_out(self, entity_id: str, limit: int = 15) -> EntityContext | None:
        """``entity_context`` and the monthly coverage as the API returns them; None for an
        entity the store does not know."""
        if not self.reads.entity_exists(entity_id):
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
                 date_to: str | None = None) -> list[MonthShare]:
        return self.reads.coverage(entity_id, date_from, date_to)

    def entity_articles(self, entity_id: str, limit: int, date_from: str | None = None,
                        date_to: str | None = None) -> list[ArticleSummary]:
        return _summaries(self.reads.entity_articles(entity_id, limit, date_from, date_to))

    # -- facts -----------------------------------------------------------------------------

    def statements(self, limit: int, offset: int, entity: str | None = None,
                   article: str | None = None, cursor: str | None = None,
                   ) -> Page[StatementRow]:
        rows = _paged(self.reads.statements, limit, offset, entity, article, cursor=cursor)
        return Page[StatementRow](total=rows.total, limit=limit, offset=offset,
                                  items=[StatementRow(**r._asdict()) for r in rows.items],
                                  next_cursor=rows.next)

    def quantities(self, limit: int, offset: int, article: str | None = None,
                   unit: str | None = None, cursor: str | None = None) -> Page[QuantityRow]:
        rows = _paged(self.reads.quantities, limit, offset, article, unit, cursor=cursor)
        return Page[QuantityRow](total=rows.total, limit=limit, offset=offset,
                                 items=[QuantityRow(**r._asdict()) for r in rows.items],
                                 next_cursor=rows.next)

    # -- events and claims -----------------------------------------------------------------

    def events(self, limit: int, offset: int, event_type: str | None = None,
               entity: str | None = None, date_from: str | None = None,
               date_to: str | None = None, min_confidence: float = MIN_EVENT_CONFIDENCE,
               status: str | None = DEFAULT_EVENT_STATUS, sort: str = "date",
               place: str | None = None, event_id: int | None = None,
               cursor: str | None = None) -> Page[EventRow]:
        rows = _paged(self.reads.events, limit, offset, event_type, entity, date_from, date_to,
                      min_confidence, status, sort, place, event_id, cursor=cursor)
        return Page[EventRow](total=rows.total, limit=limit, offset=offset,
                              items=[EventRow(**r._asdict()) for r in rows.items],
                              next_cursor=rows.next)

    def event_days(self, entity: str | None = None,
                   min_confidence: float = MIN_EVENT_CONFIDENCE,
                   status: str | None = DEFAULT_EVENT_STATUS, date_from: str | None = None,
                   date_to: str | None = None) -> list[tuple[str, str, int]]:
        return self.reads.event_days(entity, min_confidence, status, date_from, date_to)

    def event(self, event_id: int) -> EventRow | None:
        """One coded event by id, whatever its confidence or status (the event page)."""
        fact = self.reads.event(event_id)
        return EventRow(**fact._asdict()) if fact else None

    def event_places(self, event_type: str | None = None, entity: str | None = None,
                     date_from: str | None = None, date_to: str | None = None,
                     min_confidence: float = MIN_EVENT_CONFIDENCE,
                     status: str | None = DEFAULT_EVENT_STATUS, place: str | None = None,
                     ) -> list[tuple[EntityRow, str, int]]:
        return self.reads.event_places(event_type, entity, date_from, date_to,
                                       min_confidence, status, place)

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

    def also_reported(self, article_id: str) -> dict[str, Any]:
        """Other articles carrying the same story: its near-duplicate cluster, and the other
        reports of the incidents it reports (by incident, as on the claims page)."""
        found = self.reads.also_reported(article_id)
        return {"siblings": found.siblings,
                "incidents": [_event_group(g, found.names) for g in found.incidents]}

    def claims(self, limit: int, offset: int, q: str | None = None, conflicts: bool = False,
               min_sources: int = 1, claims_per_group: int = CLAIMS_PER_GROUP,
               ) -> Page[ClaimGroupOut]:
        """Claim groups (as ``marsad claims``): most conflicts, then most sources, first."""
        rows = self.reads.claims(limit, offset, q, conflicts, min_sources, claims_per_group)
        return Page[ClaimGroupOut](total=rows.total, limit=limit, offset=offset,
                                   items=[_claim_group(g, rows.names, n) for g, n in rows.items])

    def event_groups(self, limit: int, offset: int, min_sources: int = 2,
                     event_type: str | None = None, entity: str | None = None,
                     ) -> Page[EventGroupOut]:
        """Events (type, place, day) reported by at least ``min_sources`` outlets;
        ``entity`` (an id or a name) as their place, or an actor or target of a report."""
        return _event_group_page(self.reads.event_groups(min_sources, event_type, entity),
                                 limit, offset)

    def recent_event_groups(self, limit: int, min_sources: int = 2) -> Page[EventGroupOut]:
        """The first page of :meth:`event_groups` as last grouped, regrouped in the
        background when the store has changed (the claims page: it waits for no regrouping
        but the server's first)."""
        return _event_group_page(self.reads.event_groups(min_sources, fresh=False), limit, 0)

    def warm(self) -> None:
        """Compute what the first request would otherwise wait for (a server at start)."""
        self.reads.warm()

    def find(self, params: SearchParams, limit: int, offset: int = 0, facets: bool = False,
             ) -> SearchResult:
        """:func:`marsad.store.search.find` over this store; a query FTS5 refuses is a 422."""
        try:
            return self.reads.find(params.q, literal=params.literal, entity=params.entity,
                                   entity_type=params.entity_type, date_from=params.date_from,
                                   date_to=params.date_to, source=list(params.sources) or None,
                                   sort=params.sort, limit=limit, offset=offset, facets=facets)
        except UnsearchableQuery as exc:
            raise unprocessable(str(exc), "query", "q") from exc

    def search(self, params: SearchParams, limit: int, offset: int, facets: bool = False,
               ) -> SearchPage:
        """One page of hits with the total, the entities the query was read as and, when
        asked, facets."""
        result = self.find(params, limit, offset, facets)
        return SearchPage(
            total=result.total, total_exact=result.total_exact, limit=limit, offset=offset,
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
                                 is threading.main_thread() else 2,
                                 pipeline=self.pipeline_spec)
        ids = self.reads.run_article_ids(summary.run_id)
        failures = [[Path(origin).name if origin.startswith(tmp) else origin, reason]
                    for origin, reason in summary.failures]
        return IngestResult(read=summary.read, new=summary.new, duplicate=summary.duplicate,
                            near_duplicate=summary.near_duplicate, failed=summary.failed,
                            failures=failures, ids=ids)


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


def _event_group_page(found: tuple[list[EventGroup], dict[str, str]], limit: int,
                      offset: int) -> Page[EventGroupOut]:
    picked, names = found
    return Page[EventGroupOut](total=len(picked), limit=limit, offset=offset,
                               items=[_event_group(g, names)
                                      for g in picked[offset:offset + limit]])


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


def _paged(read: Callable[..., Counted[Any]], *args: Any, cursor: str | None) -> Counted[Any]:
    """A list read by offset or after a cursor; a cursor this list did not hand out is a
    422."""
    try:
        return read(*args, cursor=cursor)
    except InvalidCursor as exc:
        raise unprocessable(str(exc), "query", "cursor") from exc


def _summaries(rows: list[ArticleRow]) -> list[ArticleSummary]:
    return [ArticleSummary(**r._asdict()) for r in rows]


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


def extract_payload(body: ExtractRequest, pipeline: Pipeline | None = None) -> dict[str, Any]:
    """Run the pipeline (default: the default one) on a request body; input the extractor
    refuses is a 422."""
    content = body.text if body.text is not None else body.html
    assert content is not None  # the schema guarantees exactly one
    try:
        article = extract(content, published=body.published,
                          format="text" if body.text is not None else "html",
                          pipeline=pipeline)
    except (MarsadError, ValueError) as exc:
        raise unprocessable(f"cannot extract this input: {exc}", "body") from exc
    return to_dict(article)


@router.get("/health", response_model=Health, tags=["meta"])
def health(request: Request, store: StoreDep) -> Health:
    """Liveness plus the two facts an operator checks first: corpus size, writes on/off."""
    return Health(status="ok", version=_version, articles=store.reads.article_count(),
                  writes_enabled=bool(request.app.state.token))


@router.post("/api/extract", response_model=ArticleOut, tags=["extract"])
def api_extract(body: ExtractRequest, store: StoreDep) -> dict[str, Any]:
    """Extract one article (text or HTML) and return its JSON; nothing is stored."""
    return extract_payload(body, store.pipeline)


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
                 cursor: Cursor = None) -> Page[ArticleSummary]:
    """Stored articles, newest first."""
    return store.articles(limit, offset, source, _iso(date_from), _iso(date_to), cursor)


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
                   article: Text = None, cursor: Cursor = None) -> Page[StatementRow]:
    """Attributed statements, optionally by speaker entity (id or name) or article."""
    return store.statements(limit, offset, entity=entity, article=article, cursor=cursor)


@router.get("/api/quantities", response_model=Page[QuantityRow], tags=["facts"])
def api_quantities(store: StoreDep, limit: Limit = 20, offset: Offset = 0, article: Text = None,
                   unit: Text = None, cursor: Cursor = None) -> Page[QuantityRow]:
    """Claimed figures, optionally by article or unit."""
    return store.quantities(limit, offset, article=article, unit=unit, cursor=cursor)


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
               cursor: Cursor = None) -> Page[EventRow]:
    """Coded events (confidence ≥ 0.6, status new by default), newest day first."""
    return store.events(limit, offset, type, entity, _iso(date_from), _iso(date_to),
                        min_confidence, status, sort, place=place, cursor=cursor)


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
    prepare(db_path)
