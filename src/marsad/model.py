"""The document model every stage reads and writes.

One ``Article`` flows through the pipeline. Everything extracted refers to the clean ``text``
by character offsets (half-open ``start``/``end``), so a user can always see where a fact came
from. Plain slotted dataclasses keep the model cheap to create, pickle and serialise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from marsad.arabic.normalize import NormalizedText
    from marsad.arabic.tokenize import Token

InputFormat = Literal["auto", "text", "html"]


@dataclass(slots=True)
class RawDocument:
    """An article as it arrives: bytes or text plus whatever the caller knows about it."""

    content: bytes | str
    id: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | date | None = None
    title: str | None = None
    author: str | None = None
    format: InputFormat = "auto"
    origin: str | None = None  # file path or "<stdin>", for error messages


@dataclass(slots=True)
class Author:
    name: str
    role: str | None = None


@dataclass(slots=True)
class Section:
    heading: str
    start: int
    end: int
    heading_start: int = 0
    heading_end: int = 0


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class RemovedLine:
    text: str
    reason: str


@dataclass(slots=True)
class Link:
    text: str
    kind: str
    url: str | None = None


@dataclass(slots=True)
class Dateline:
    text: str
    place: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Mention:
    """One place in ``text`` where an entity is named; ``how`` says which evidence found it.

    ``confidence`` is how often a link made that way was right in the silver link audit
    (``tests/gold/link_audit.jsonl``), so users can filter or weight links by measured
    precision rather than by the name of a method; the linker fills it from
    ``confidence_by_how`` in ``data/linking.json``.
    """

    start: int
    end: int
    text: str
    how: str = "alias"  # name | alias | adjective | ner | short_form | fuzzy
    confidence: float | None = None  # audited precision of ``how``; None: not made by the linker


@dataclass(slots=True)
class Entity:
    """A canonical actor or place (from the knowledge base) or a name NER found on its own."""

    id: str
    type: str
    name_ar: str
    name_en: str | None = None
    wikidata: str | None = None
    category: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    in_kb: bool = True
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Quantity:
    """A claimed figure: «بحوالي 900 مقاتل أمريكي» → 900, approximate, counted «مقاتل أمريكي»."""

    value: float | None
    start: int
    end: int
    text: str
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"  # exact | approximate | at_least | at_most | range
    approximate: bool = False
    counted: str | None = None
    counted_start: int | None = None
    counted_end: int | None = None
    unit: str | None = None


@dataclass(slots=True)
class TimeExpression:
    """A time phrase and, when resolvable, its calendar value (ISO 8601)."""

    text: str
    start: int
    end: int
    value: str | None = None
    granularity: str | None = None  # day | week | month | year
    relative: bool = False
    offset: str | None = None  # ISO 8601 duration for relative phrases, e.g. P-1M
    # date | time | datetime | duration | range | set. ``value`` stays a calendar date (or
    # None: a time of day, a duration and a recurring time have none); ``timex`` is the whole
    # normalised value of any kind: 2016-04-21T20:00, T15:15, PT3H, P1W.
    kind: str = "date"
    timex: str | None = None


@dataclass(slots=True)
class Speaker:
    text: str
    entity: str | None = None
    start: int | None = None
    end: int | None = None
    # title or office written with the name («المتحدث باسم الخارجية»), when one is
    role: str | None = None


@dataclass(slots=True)
class SpanRef:
    """A span of the article text, optionally linked to an entity (cue, recipient, relay)."""

    text: str
    start: int
    end: int
    entity: str | None = None


@dataclass(slots=True)
class Content:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Statement:
    """Who said what: speaker, reporting cue, content span, recipient, stance, hedging."""

    speaker: Speaker
    cue: str
    stance: str
    content: Content | None
    start: int
    end: int
    to: str | None = None
    hedged: bool = False
    cue_start: int | None = None
    cue_end: int | None = None
    # the same cue, recipient and relaying outlet as uniform spans («نقلت X عن Y» → via X)
    cue_span: SpanRef | None = None
    to_span: SpanRef | None = None
    via: SpanRef | None = None


@dataclass(slots=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class EventCount:
    """A human toll tied to one event: «مقتل 6 أشخاص» → fatalities 6 (the quantity's span)."""

    kind: str  # fatalities | injured | arrested | displaced
    value: float | None
    start: int
    end: int
    text: str
    approximate: bool = False
    low: float | None = None
    high: float | None = None


EVENT_STATUSES = ("new", "background", "planned", "hypothetical", "negated")


@dataclass(slots=True)
class Event:
    """Who did what to whom, where, when — PLOVER type and mode; roles are entity ids.

    ``status`` separates the news an article reports (``new``) from events it mentions for
    context (``background``), announces or threatens (``planned``), asks about or conditions
    (``hypothetical``) or denies (``negated``); monitors count only ``new`` events.
    """

    type: str
    trigger: Trigger
    start: int  # the sentence the event was coded from
    end: int
    mode: str | None = None
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    time: str | None = None  # ISO 8601 value of the resolved time expression
    fatalities: float | None = None
    confidence: float = 0.5
    status: str = "new"  # one of EVENT_STATUSES
    status_cue: str | None = None  # the words that decided a non-new status, for review
    time_precision: str | None = None  # day | month | year: the granularity of ``time``
    injured: float | None = None
    arrested: float | None = None
    displaced: float | None = None
    counts: list[EventCount] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)  # every mention merged into it


@dataclass(slots=True)
class Line:
    """A line of source text on its way to becoming body text (stage-internal)."""

    text: str
    kind: Literal["body", "heading", "blank"] = "body"
    url: str | None = None  # first link target inside the line, when the source had one


@dataclass(slots=True)
class Article:
    """A clean, structured article; the single object all stages share."""

    raw: RawDocument
    id: str | None = None
    source_text: str = ""  # decoded input (HTML or plain text)
    encoding: str | None = None
    input_format: Literal["text", "html"] = "text"
    lines: list[Line] = field(default_factory=list)
    title: str | None = None
    kicker: str | None = None
    authors: list[Author] = field(default_factory=list)
    published: date | None = None
    dateline: Dateline | None = None
    language: str | None = None
    language_score: float | None = None
    text: str = ""
    normalized: NormalizedText | None = None  # matching view of ``text`` with offset map
    # words, numbers and punctuation of ``text`` with offsets, tokenised once for every stage
    tokens: list[Token] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    url: str | None = None
    source: str | None = None
    hints: dict[str, str] = field(default_factory=dict)  # metadata found by extractors
    warnings: list[str] = field(default_factory=list)
    # {component: version} of the package, lexicons, KB, models and search analyser behind it
    versions: dict[str, str] = field(default_factory=dict)
