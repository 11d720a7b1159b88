"""Typed request/response schemas of the HTTP API (they generate ``/openapi.json``).

Article-shaped responses mirror docs/json-contract.md: each ``…Out`` model of the article
contract declares exactly the fields of its dataclass in :mod:`marsad.model` (same names,
compatible types; ``tests/test_shapes.py`` fails when they drift), more permissive where
articles stored by older versions lack a field. Every model allows extra fields: the JSON
contract only ever adds fields, and a newer extractor's output must pass through an older
server unharmed rather than be silently dropped or rejected.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

# The entity context's rows are the store's own records (frozen dataclasses): one definition
# for the page and the API's schema.
from marsad.store.views import Neighbour, Relation, Said

MAX_TEXT_CHARS = 200_000  # ~10× the longest corpus article; extraction stays sub-second
MAX_BATCH = 50
T = TypeVar("T")


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Page(BaseModel, Generic[T]):
    """One page of a list: ``total`` matching items, ``limit``/``offset`` as requested."""

    total: int
    limit: int
    offset: int
    items: list[T]
    next_cursor: str | None = Field(default=None, description=(
        "pass as ?cursor= for the page after this one, at any depth for the cost of one "
        "index seek (lists that support it; null on the last page)"))


# --- article contract ------------------------------------------------------------------


class AuthorOut(_Open):
    name: str
    role: str | None = None


class DatelineOut(_Open):
    text: str
    place: str | None = None
    outlet: str | None = None


class SectionOut(_Open):
    heading: str
    start: int
    end: int
    heading_start: int = 0
    heading_end: int = 0


class SpanOut(_Open):
    start: int
    end: int


class RemovedOut(_Open):
    text: str
    reason: str


class LinkOut(_Open):
    text: str
    kind: str
    url: str | None = None


class MentionOut(_Open):
    start: int
    end: int
    text: str
    how: str | None = None
    confidence: float | None = Field(
        default=None, description="audited precision of links made this way (0-1]; absent in "
                                  "articles stored before it existed")


class EntityOut(_Open):
    id: str
    type: str
    name_ar: str | None = None
    name_en: str | None = None
    wikidata: str | None = None
    category: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    in_kb: bool = True
    mentions: list[MentionOut] = []


class QuantityOut(_Open):
    value: float | None = None
    start: int
    end: int
    text: str
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    approximate: bool | None = None
    counted: str | None = None
    counted_start: int | None = None
    counted_end: int | None = None
    unit: str | None = None


class TimeOut(_Open):
    text: str
    start: int
    end: int
    value: str | None = None
    granularity: str | None = None
    relative: bool | None = None
    offset: str | None = None
    kind: str | None = Field(None, description="date | time | datetime | duration | range | "
                                               "set; absent in articles stored before it existed")
    timex: str | None = None


class SpeakerOut(_Open):
    text: str | None = None
    entity: str | None = None
    start: int | None = None
    end: int | None = None
    role: str | None = None


class SpanRefOut(_Open):
    """A span of the article text, optionally linked to an entity (cue, recipient, relay)."""

    text: str
    start: int
    end: int
    entity: str | None = None


class ContentOut(_Open):
    text: str
    start: int
    end: int


class StatementOut(_Open):
    speaker: SpeakerOut | None = None
    cue: str | None = None
    stance: str | None = None
    content: ContentOut | None = None
    start: int | None = None
    end: int | None = None
    to: str | None = None
    hedged: bool | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    cue_span: SpanRefOut | None = None
    to_span: SpanRefOut | None = None
    via: SpanRefOut | None = None


class TriggerOut(_Open):
    text: str
    start: int
    end: int


class EventCountOut(_Open):
    """A human toll tied to one event (``kind``: fatalities, injured, arrested, displaced)."""

    kind: str
    value: float | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None
    approximate: bool = False
    low: float | None = None
    high: float | None = None


class EventOut(_Open):
    type: str
    trigger: TriggerOut | None = None
    start: int | None = None
    end: int | None = None
    mode: str | None = None
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    time: str | None = None
    fatalities: float | None = None
    confidence: float | None = None
    status: str | None = Field("new", description=(
        "new | background | planned | hypothetical | negated; absent in articles coded "
        "before statuses existed, which count as new"))
    status_cue: str | None = None
    time_precision: str | None = Field(None, description="day | month | year (of ``time``)")
    injured: float | None = None
    arrested: float | None = None
    displaced: float | None = None
    counts: list[EventCountOut] = []
    triggers: list[TriggerOut] = []


class ArticleOut(_Open):
    """The full article JSON (``marsad extract`` output), as stored or freshly extracted."""

    id: str | None = None
    title: str | None = None
    kicker: str | None = None
    authors: list[AuthorOut] = []
    published: str | None = None
    dateline: DatelineOut | None = None
    language: str | None = None
    language_score: float | None = None
    url: str | None = None
    source: str | None = None
    input_format: str | None = None
    encoding: str | None = None
    text: str = ""
    sections: list[SectionOut] = []
    paragraphs: list[SpanOut] = []
    sentences: list[SpanOut] = []
    removed: list[RemovedOut] = []
    links: list[LinkOut] = []
    entities: list[EntityOut] = []
    quantities: list[QuantityOut] = []
    times: list[TimeOut] = []
    statements: list[StatementOut] = []
    events: list[EventOut] = []
    warnings: list[str] = []
    versions: dict[str, str] = {}


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    language: str | None = None
    chars: int = 0


# --- requests ----------------------------------------------------------------------------


class ExtractRequest(BaseModel):
    """Exactly one of ``text`` or ``html``; ``published`` (YYYY-MM-DD) anchors relative
    dates. Oversized text is refused with 422 naming the limit, not truncated silently."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, max_length=MAX_TEXT_CHARS)
    html: str | None = Field(None, max_length=MAX_TEXT_CHARS)
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")

    @model_validator(mode="after")
    def _one_input(self) -> ExtractRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        if not (self.text or self.html or "").strip():
            raise ValueError("the article is empty")
        return self


class ArticleIn(ExtractRequest):
    """One article to store: the extract input plus the provenance a feed usually knows."""

    id: str | None = Field(None, min_length=1, max_length=200)
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)
    author: str | None = Field(None, max_length=500)


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(..., min_length=1, max_length=MAX_BATCH)


class IngestResult(BaseModel):
    read: int
    new: int
    duplicate: int
    near_duplicate: int
    failed: int
    failures: list[list[str]]
    ids: list[str] = Field(description="ids of the articles this request stored")


# --- store views --------------------------------------------------------------------------


class SearchHit(BaseModel):
    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    score: float
    exact: bool
    snippet: str = Field(description="text around the first match; matches in [[…]]")


class EntityCandidate(BaseModel):
    """A KB entity as search and suggestions show it: names, type, stored articles."""

    id: str
    name_ar: str | None
    name_en: str | None
    type: str
    articles: int = Field(description="stored articles that mention it")


class EntityReadingOut(EntityCandidate):
    """Query words read as a KB entity: the entity searched, and the others so named."""

    text: str = Field(description="the query words, as typed")
    candidates: list[EntityCandidate] = Field(
        default=[], description="other entities with this name (search one with entity=ID)")


class SearchPage(BaseModel):
    """One page of hits, the number of matching articles and how the query was read."""

    total: int = Field(description="matching articles (at most 10,000: see total_exact)")
    total_exact: bool = Field(default=True, description="false when more articles match than "
                              "were counted (total is then a lower bound)")
    limit: int
    offset: int
    has_more: bool
    items: list[SearchHit]
    understood: list[EntityReadingOut] = Field(
        default=[], description="query words read as KB entities (matched by mention or "
                                "by their words)")
    rest: str = Field(default="", description="the query words searched as text")
    literal: bool = Field(default=False, description="words only, no entity reading")
    facets: dict[str, list[dict[str, Any]]] | None = Field(
        default=None, description="with facets=true: counts by source, month, entity_type "
                                  "and co-mentioned entity")


class EntitySummary(BaseModel):
    id: str
    type: str
    name_ar: str | None
    name_en: str | None
    category: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    in_kb: bool = True
    mentions: int
    articles: int


class DayCount(BaseModel):
    day: str
    mentions: int


class StatementRow(BaseModel):
    article_id: str
    published: str | None = None
    speaker: str | None
    speaker_entity: str | None
    cue: str | None
    stance: str | None
    statement: StatementOut


class QuantityRow(BaseModel):
    article_id: str
    published: str | None = None
    quantity: QuantityOut


class EntityDetail(EntitySummary):
    wikidata: str | None = None
    aliases_ar: list[str] = []
    aliases_en: list[str] = []
    per_day: list[DayCount]
    recent_articles: list[ArticleSummary]
    statements: list[StatementRow]


class OutletCount(BaseModel):
    source: str
    articles: int = Field(description="articles of this outlet that mention the entity")


class MonthShareOut(BaseModel):
    """One month of coverage: the entity's articles among all the month's articles."""

    month: str = Field(description="YYYY-MM")
    articles: int = Field(description="articles of the month that mention the entity")
    total: int = Field(description="every article published that month")
    share: float = Field(description="articles / total, 0–1")


class EntityContext(BaseModel):
    """What the entity page shows around an entity: co-mentioned actors, the outlets that
    cover it most, statements about it, who it acts on and who acts on it, and its share of
    each month's coverage (oldest month first)."""

    id: str
    neighbours: list[Neighbour] = Field(description="co-mentioned actors, by shared articles")
    sources: list[OutletCount]
    about: list[Said] = Field(description="statements by others whose content mentions it")
    relations: list[Relation] = Field(
        description="role (actor or target) of the entity in count events of type with "
                    "other (status new, confidence ≥ 0.6)")
    coverage: list[MonthShareOut]


class Health(BaseModel):
    status: str
    version: str
    articles: int
    writes_enabled: bool


# --- events and claims ------------------------------------------------------------------------


class EventRow(BaseModel):
    """One coded event (PLOVER type and mode) with its roles' display names and its day:
    the event's own resolved time when it has one, else the article's publication date."""

    id: int
    article_id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    day: str | None = None
    type: str
    mode: str | None = None
    actor: str | None = None
    actor_name: str | None = None
    target: str | None = None
    target_name: str | None = None
    location: str | None = None
    location_name: str | None = None
    trigger: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    fatalities: float | None = None
    confidence: float | None = None
    status: str = Field("new", description="new | background | planned | hypothetical | "
                                           "negated")
    time_precision: str | None = None
    injured: float | None = None
    arrested: float | None = None
    displaced: float | None = None
    sentence: str | None = Field(None, description="the sentence the event was coded from "
                                                   "(at most 600 characters)")


class ClaimOut(BaseModel):
    """One figure as one article reports it."""

    article_id: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    text: str
    sentence: str
    source: str | None = None
    outlets: list[str] = []
    speaker: str | None = None
    speaker_entity: str | None = None
    date: str | None = None
    date_from: str | None = Field(None, description="'time' (a day in the sentence) or "
                                                    "'published'")
    title: str | None = None
    url: str | None = None
    in_conflict: bool = Field(False, description="part of at least one conflicting pair")
    cumulative: bool = Field(False, description="a running total («ارتفعت الحصيلة إلى», "
                                                "«منذ بدء»), compared only with other totals")


class ConflictOut(BaseModel):
    """Figures of one group, within the conflict window, that disagree across articles."""

    date_from: str | None = None
    date_to: str | None = None
    low: float
    high: float
    sources: list[str]
    articles: list[str]


class ClaimGroupOut(BaseModel):
    """Claims about one measured thing (measure, subject, modifier, place), oldest first."""

    id: str
    label: str
    label_ar: str
    measure: str
    subject: str | None = None
    modifier: str | None = None
    place: str | None = None
    names: dict[str, str] = {}
    sources: list[str]
    articles: list[str]
    claims: list[ClaimOut]
    conflicts: list[ConflictOut]
    claims_total: int | None = Field(None, description="claims in the whole group; ``claims`` "
                                     "holds the latest ones (and their sources, articles and "
                                     "conflicts) when the group is larger")


class EventReportOut(BaseModel):
    article_id: str
    source: str | None = None
    title: str | None = None
    type: str
    mode: str | None = None
    actor: str | None = None
    target: str | None = None
    location: str
    day: str
    trigger: str
    sentence: str
    fatalities: float | None = None
    confidence: float


class EventGroupOut(BaseModel):
    """One event (PLOVER type, place, day) as several outlets report it."""

    id: str
    label: str
    type: str
    location: str
    location_name: str | None = None
    day: str
    sources: list[str]
    articles: list[str]
    reports: list[EventReportOut]
    fatality_conflict: list[float] | None = None
