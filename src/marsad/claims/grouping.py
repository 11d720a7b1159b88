"""Claims: every extracted figure turned into "who claims how many of what, where, when".

A quantity alone («70 شخصا») says little; what makes it comparable across outlets is what it
measures. So each quantity is classified with the data lexicon ``claim_measures.json``: the
counted noun names the measure on its own («قتلى» → deaths, «جندي» → troops), or a generic
people noun takes the measure of the nearest casualty cue («مقتل 5 مدنيين», «70 شخصا
قتلوا»). Modifiers come from nationality adjectives linked by the entity stage («مقاتل
أمريكي» → gpe:usa), the place from the GPE/LOC mentions of the same sentence. Claims with the
same (measure, subject, modifier, place) key form a ``ClaimGroup`` whose timeline can then be
checked for conflicting figures (``marsad.claims.conflicts``). The records themselves live in
``marsad.claims.records``.

Everything is computed from the article JSON (the public ``to_dict`` contract) so the same
code serves a live ``extract`` result, an exported JSONL file and the store's ``articles.json``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import token_texts
from marsad.claims.conflicts import differs, find_conflicts
from marsad.claims.records import Claim, ClaimGroup
from marsad.events.incidents import Sighting, cluster
from marsad.model import PLACE_TYPES

# Kinds of people counted: with a nearby casualty cue they become the subject of that measure.
PEOPLE_MEASURES = frozenset({"troops", "fighters"})
CASUALTY_MEASURES = frozenset({"deaths", "injured", "displaced", "detained", "missing"})
_BROAD_CATEGORIES = frozenset({"state", "country", "continent", "region_world", "supranational"})
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PROCLITICS = ("و", "ف")
_PREPS = ("ب", "ل", "ك")


# --- the lexicon ------------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class MeasureLexicon:
    """The loaded ``claim_measures.json``: normalised nouns and cues → measure names."""

    nouns: dict[str, str]
    generic: frozenset[str]
    cues: dict[str, str]
    units: dict[str, str]
    labels: dict[str, str]
    labels_ar: dict[str, str]
    cue_window: int
    window_days: int
    relative_difference: float
    max_ratio: float
    require_place: bool
    subset_markers: frozenset[str]
    period_markers: frozenset[str]
    cumulative_markers: frozenset[str] = frozenset()


def _key(word: str) -> str:
    """A lexicon key: normalised, definite article and accusative tanween alif removed."""
    words = []
    for w in normalize(word).split():
        if w.startswith("ال") and len(w) > 4:
            w = w[2:]
        if w.endswith("ا") and len(w) > 3:
            w = w[:-1]
        words.append(w)
    return " ".join(words)


def _variants(word: str) -> set[str]:
    """Lexicon keys a running-text token may stand for once clitics are peeled («وبمقتل»)."""
    out = {_key(word)}
    w = normalize(word)
    for pro in _PROCLITICS:
        if w.startswith(pro) and len(w) > 3:
            out.add(_key(w[1:]))
            w2 = w[1:]
            for prep in _PREPS:
                if w2.startswith(prep) and len(w2) > 3:
                    out.add(_key(w2[1:]))
    for prep in _PREPS:
        if w.startswith(prep) and len(w) > 3:
            out.add(_key(w[1:]))
    if w.startswith("لل") and len(w) > 4:
        out.add(_key(w[2:]))
    return out


@cache
def load_lexicon() -> MeasureLexicon:
    """Read the shipped lexicon once; keys are normalised the way running text is."""
    raw = json.loads(resources.files("marsad.data").joinpath("claim_measures.json")
                     .read_text(encoding="utf-8"))
    nouns: dict[str, str] = {}
    labels: dict[str, str] = {}
    labels_ar: dict[str, str] = {}
    for name, spec in raw["measures"].items():
        labels[name] = spec.get("label", name)
        labels_ar[name] = spec.get("label_ar", name)
        for noun in spec["nouns"]:
            nouns.setdefault(_key(noun), name)
    cues: dict[str, str] = {}
    for name, words in raw["cues"].items():
        for word in words:
            cues.setdefault(_key(word), name)
    labels.update(raw.get("unit_labels", {}))
    conflict = raw.get("conflict", {})
    return MeasureLexicon(
        nouns=nouns, generic=frozenset(_key(w) for w in raw["generic"]), cues=cues,
        units=dict(raw.get("units", {})), labels=labels, labels_ar=labels_ar,
        cue_window=int(raw.get("cue_window", 4)),
        window_days=int(conflict.get("window_days", 2)),
        relative_difference=float(conflict.get("relative_difference", 0.1)),
        max_ratio=float(conflict.get("max_ratio", 5)),
        require_place=bool(conflict.get("require_place", True)),
        subset_markers=frozenset(_key(w) for w in raw.get("subset_markers", [])),
        period_markers=frozenset(_key(w) for w in raw.get("period_markers", [])),
        cumulative_markers=frozenset(_key(w) for w in raw.get("cumulative_markers", [])),
    )


# --- classification ---------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """The words and numbers of ``text`` (shared tokeniser; punctuation is no word)."""
    return [t for t in token_texts(text) if t[0].isalnum() or len(t) > 1]


def _cue(before: list[str], after: list[str], lex: MeasureLexicon) -> str | None:
    """The casualty cue nearest the number (before it or after the counted noun)."""
    n = lex.cue_window
    near_before = list(reversed(before[-n:]))
    near_after = after[:n]
    for i in range(n):
        for side in (near_before, near_after):
            if i < len(side):
                for form in _variants(side[i]):
                    if form in lex.cues:
                        return lex.cues[form]
    return None


def _noun_measure(counted: str, lex: MeasureLexicon) -> tuple[str | None, bool]:
    """(measure named by the counted noun, whether the noun is a generic people noun)."""
    words = counted.split()
    for size in (3, 2, 1):
        if len(words) >= size:
            for form in _variants(" ".join(words[:size])):
                if form in lex.nouns:
                    return lex.nouns[form], False
    if words and any(f in lex.generic for f in _variants(words[0])):
        return None, True
    return None, False


def classify(quantity: dict[str, Any], text: str, sentence: tuple[int, int],
             lex: MeasureLexicon | None = None) -> tuple[str, str | None] | None:
    """(measure, subject) of one quantity of ``text``, or None when it measures nothing we track.

    The sentence bounds the cue search: a cue in the next sentence describes another figure.
    """
    lex = lex or load_lexicon()
    unit = quantity.get("unit")
    if unit:
        measure = lex.units.get(unit)
        return (measure, None) if measure else None
    counted = quantity.get("counted") or ""
    noun, generic = _noun_measure(counted, lex) if counted else (None, False)
    s_start, s_end = sentence
    before = _words(text[s_start:quantity["start"]])
    if before and _variants(before[-1]) & lex.subset_markers:
        return None  # «بينهم 11 طفلا»: a part of the figure before it
    after_from = quantity.get("counted_end") or quantity["end"]
    after = _words(text[after_from:s_end])
    if noun in CASUALTY_MEASURES:
        return noun, None
    if noun in PEOPLE_MEASURES:
        cue = _cue(before, after, lex)
        return (cue, noun) if cue else (noun, None)
    if noun is not None:
        return noun, None
    if generic or not counted:
        cue = _cue(before, after, lex)
        if cue and (generic or _directly_after_cue(before, lex)):
            return cue, None
    return None


def _directly_after_cue(before: list[str], lex: MeasureLexicon) -> bool:
    """A bare number right after a casualty noun («مقتل 12 وإصابة ...») still counts people."""
    return bool(before) and any(f in lex.cues for f in _variants(before[-1]))


# --- from article JSON to claims ---------------------------------------------------------------


def _sentence_of(sentences: list[tuple[int, int]], pos: int, text_len: int) -> tuple[int, int]:
    for start, end in sentences:
        if start <= pos < end:
            return start, end
    return 0, text_len


def _name(entity: dict[str, Any]) -> str:
    return str(entity.get("name_en") or entity.get("name_ar") or entity["id"])


def claims_from_article(data: dict[str, Any], lex: MeasureLexicon | None = None,
                        ) -> list[Claim]:
    """Every tracked claim of one article (its ``to_dict`` JSON), in text order."""
    lex = lex or load_lexicon()
    text: str = data.get("text") or ""
    sentences = [(s["start"], s["end"]) for s in data.get("sentences") or []]
    entities = data.get("entities") or []
    types = {e["id"]: e for e in entities}
    mentions = sorted(
        ((m["start"], m["end"], m.get("how"), e["id"]) for e in entities
         for m in e.get("mentions") or []), key=lambda m: m[0])
    dateline = data.get("dateline") or {}
    published = data.get("published")
    claims: list[Claim] = []
    for q in data.get("quantities") or []:
        sentence = _sentence_of(sentences, q["start"], len(text))
        found = classify(q, text, sentence, lex)
        if found is None:
            continue
        measure, subject = found
        s_start, s_end = sentence
        in_sentence = [m for m in mentions if s_start <= m[0] < s_end]
        counted_start = q.get("counted_start") or q["start"]
        counted_end = q.get("counted_end") or q["end"]
        modifier = _modifier(in_sentence, counted_start, counted_end, types)
        place = _place(in_sentence, q["start"], modifier, types)
        speaker, speaker_entity, outlets = _attribution(data, q["start"], q["end"])
        if dateline.get("outlet"):
            outlets.insert(0, str(dateline["outlet"]))
        date, date_from = _date(data, sentence, published, lex)
        claims.append(Claim(
            article_id=str(data.get("id")), measure=measure, subject=subject,
            value=q.get("value"), low=q.get("low"), high=q.get("high"),
            qualifier=q.get("qualifier") or "exact", text=q.get("text") or "",
            sentence=text[s_start:s_end].strip(), start=q["start"], end=q["end"],
            modifier=modifier, place=place,
            entities=sorted({m[3] for m in in_sentence}), source=data.get("source"),
            outlets=list(dict.fromkeys(outlets)), speaker=speaker,
            speaker_entity=speaker_entity, date=date, date_from=date_from,
            title=data.get("title"), url=data.get("url"),
            cumulative=is_cumulative(text, sentence, q["start"],
                                     q.get("counted_end") or q["end"], lex)))
    return claims


CUMULATIVE_AFTER = 8  # words after a figure's counted noun that may make it a total


def is_cumulative(text: str, sentence: tuple[int, int], start: int, end: int,
                  lex: MeasureLexicon) -> bool:
    """Whether the figure at ``start:end`` is a running total: a cumulative marker before
    it in its sentence («ارتفعت حصيلة القتلى ... لتصل إلى 80», which puts many words
    between the two) or just after its counted noun («1100 قتيل منذ بدء الحملة»). Such
    totals and one day's toll measure different things, so the conflict check never sets
    one against the other."""
    s_start, s_end = sentence
    near = _words(text[s_start:start]) + _words(text[end:s_end])[:CUMULATIVE_AFTER]
    return any(_variants(word) & lex.cumulative_markers for word in near)


def _modifier(mentions: list[tuple[int, int, str | None, str]], start: int, end: int,
              types: dict[str, dict[str, Any]]) -> str | None:
    """A nationality adjective inside or right after the counted noun («جنود روس»)."""
    for m_start, m_end, how, eid in mentions:
        if how == "adjective" and m_start < end + 2 and m_end > start \
                and types.get(eid, {}).get("type") in PLACE_TYPES | {"NORP"}:
            return eid
    return None


def _place(mentions: list[tuple[int, int, str | None, str]], pos: int, modifier: str | None,
           types: dict[str, dict[str, Any]]) -> str | None:
    """The place nearest the figure, narrowed to a city/region of the same country if named.

    Nearest, because a sentence often names the speaker's capital too («قال في موسكو إن ...
    في سوريا»); narrowed, because «دوما في الغوطة الشرقية بسوريا» is about Douma.
    """
    places = [(abs(m[0] - pos), m[3]) for m in mentions
              if m[2] != "adjective" and m[3] != modifier
              and types.get(m[3], {}).get("type") in PLACE_TYPES]
    if not places:
        return None
    places.sort()
    best = places[0][1]
    entity = types[best]
    if entity.get("category") in _BROAD_CATEGORIES or entity.get("category") is None:
        country = entity.get("country")
        for _, eid in places:
            other = types[eid]
            if other.get("category") not in _BROAD_CATEGORIES and other.get("category") \
                    and country and other.get("country") == country:
                return eid
    return best


def _attribution(data: dict[str, Any], start: int, end: int,
                 ) -> tuple[str | None, str | None, list[str]]:
    """Speaker (a statement whose content holds the figure) and outlets it was told to."""
    for st in data.get("statements") or []:
        content = st.get("content") or {}
        if content and content.get("start", 1) <= start and end <= content.get("end", -1):
            speaker = st.get("speaker") or {}
            outlets = [str(st["to"])] if st.get("to") else []
            return speaker.get("text"), speaker.get("entity"), outlets
    return None, None, []


def _date(data: dict[str, Any], sentence: tuple[int, int], published: str | None,
          lex: MeasureLexicon) -> tuple[str | None, str]:
    """A day resolved in the claim's own sentence beats the publication date.

    Except a day that opens a period («منذ 18 فبراير»): the figure is a running total as of
    publication, and dating it to the period's start would pair it with that day's toll.
    """
    s_start, s_end = sentence
    text: str = data.get("text") or ""
    for t in data.get("times") or []:
        value = t.get("value") or ""
        prev = _words(text[max(s_start, t["start"] - 12):t["start"]])
        if prev and _variants(prev[-1]) & lex.period_markers:
            continue
        if s_start <= t["start"] < s_end and t.get("granularity") == "day" \
                and _DAY.match(value) \
                and (not published or abs(_days(value) - _days(published[:10])) <= 31):
            return value, "time"
    return (published[:10] if published else None), "published"


def _days(iso: str) -> int:
    y, m, d = (int(p) for p in iso[:10].split("-"))
    from datetime import date

    return date(y, m, d).toordinal()


# --- grouping ------------------------------------------------------------------------------------


def iter_article_json(db: str | sqlite3.Connection | None) -> Iterator[dict[str, Any]]:
    """Each stored article's JSON (``articles.json`` with its text from ``articles.text``)."""
    from marsad.store.codec import article_json
    from marsad.store.db import connect

    conn = db if isinstance(db, sqlite3.Connection) else connect(db, readonly=True)
    try:
        for payload, text in conn.execute("SELECT json, text FROM articles ORDER BY rowid"):
            yield article_json(payload, text)
    finally:
        if not isinstance(db, sqlite3.Connection):
            conn.close()


def group_claims(articles: Iterable[dict[str, Any]], lex: MeasureLexicon | None = None,
                 ) -> list[ClaimGroup]:
    """Claims of all ``articles`` grouped by key, each group's claims oldest first."""
    lex = lex or load_lexicon()
    groups: dict[tuple[str, str | None, str | None, str | None], ClaimGroup] = {}
    names: dict[str, str] = {}
    for data in articles:
        for e in data.get("entities") or []:
            names.setdefault(e["id"], _name(e))
        for claim in claims_from_article(data, lex):
            group = groups.get(claim.key)
            if group is None:
                group = groups[claim.key] = ClaimGroup(
                    claim.measure, claim.subject, claim.modifier, claim.place, "")
            group.claims.append(claim)
    out = [finish_group(group, names, lex) for group in groups.values()]
    out.sort(key=lambda g: (-len(g.conflicts), -len(g.sources), -len(g.claims), g.id))
    return out


def finish_group(group: ClaimGroup, names: dict[str, str], lex: MeasureLexicon | None = None,
                 ) -> ClaimGroup:
    """Order a group's claims oldest first, name it and find its conflicts (the one rule for
    a whole corpus grouped at once and for a stored group refreshed after an ingest)."""
    lex = lex or load_lexicon()
    group.claims.sort(key=lambda c: (c.date or "", c.article_id, c.start))
    group.names = {k: names[k] for k in (group.modifier, group.place) if k and k in names}
    group.label = label(group.measure, group.subject, group.modifier, group.place, names, lex)
    group.conflicts = []
    if group.place or not lex.require_place:
        # Running totals against running totals, day figures against day figures.
        group.conflicts = [conflict for scope in (False, True)
                           for conflict in find_conflicts(
                               [c for c in group.claims if c.cumulative == scope],
                               lex.window_days, lex.relative_difference, lex.max_ratio)]
    return group


def label(measure: str, subject: str | None, modifier: str | None, place: str | None,
          names: dict[str, str], lex: MeasureLexicon | None = None) -> str:
    """«deaths of troops (United States) in Syria»: a readable name for a group key."""
    lex = lex or load_lexicon()
    parts = [lex.labels.get(measure, measure)]
    if subject:
        parts.append(f"of {lex.labels.get(subject, subject)}")
    if modifier:
        parts.insert(0, names.get(modifier, modifier))
    if place:
        parts.append(f"in {names.get(place, place)}")
    return " ".join(parts)


def _matches(group: ClaimGroup, query: str) -> bool:
    q = query.casefold()
    nq = normalize(query)
    if q in group.label.casefold() or q in group.id.casefold():
        return True
    return any(nq in normalize(c.sentence) or nq in normalize(c.text) for c in group.claims)


def claim_groups(db: str | sqlite3.Connection | None, query: str | None = None, *,
                 min_sources: int = 1, conflicts_only: bool = False) -> list[ClaimGroup]:
    """The claims view of a store: groups (optionally matching ``query``) with their conflicts.

    ``query`` matches the group label or id (English: "troops", "Douma", "gpe:syria") or, in
    Arabic, the text of any of its claims («دوما»).
    """
    groups = group_claims(iter_article_json(db))
    return [g for g in groups
            if len(g.sources) >= min_sources
            and (not conflicts_only or g.conflicts)
            and (not query or _matches(g, query))]


# --- events reported by several outlets ---------------------------------------------------------


@dataclass(slots=True)
class EventReport:
    """One article's coding of an event."""

    article_id: str
    source: str | None
    type: str
    mode: str | None
    actor: str | None
    target: str | None
    location: str
    day: str
    trigger: str
    sentence: str
    fatalities: float | None
    confidence: float
    title: str | None = None
    coords: tuple[float, float] | None = None  # the place's latitude and longitude, if known

    def as_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "source": self.source, "type": self.type,
                "mode": self.mode, "actor": self.actor, "target": self.target,
                "location": self.location, "day": self.day, "trigger": self.trigger,
                "sentence": self.sentence, "fatalities": self.fatalities,
                "confidence": self.confidence, "title": self.title}


@dataclass(slots=True)
class EventGroup:
    """Reports of one incident across articles and outlets (:mod:`marsad.events.incidents`);
    ``location`` and ``day`` are the first report's."""

    type: str
    location: str
    day: str
    label: str
    reports: list[EventReport] = field(default_factory=list)
    fatality_conflict: tuple[float, float] | None = None

    @property
    def id(self) -> str:
        return f"{self.type}:{self.location}:{self.day}"

    @property
    def sources(self) -> list[str]:
        return sorted({r.source or r.article_id for r in self.reports})

    @property
    def articles(self) -> list[str]:
        return sorted({r.article_id for r in self.reports})

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "type": self.type,
                "location": self.location, "day": self.day, "sources": self.sources,
                "articles": self.articles, "reports": [r.as_dict() for r in self.reports],
                "fatality_conflict": list(self.fatality_conflict)
                if self.fatality_conflict else None}


def events_from_article(data: dict[str, Any], min_confidence: float = 0.6,
                        statuses: Collection[str] | None = ("new",)) -> list[EventReport]:
    """The article's events that can be matched across outlets: a place and a day.

    An event without a place would merge every «attack» of a day; one below the coder's
    detection threshold is too often a topic rather than an occurrence. Only events the
    article reports as news (``status`` ``new``; an event coded before statuses existed has
    none and counts as new) by default: a background mention of last year's strike or an
    announced one is not a report of that day's event. ``statuses=None`` keeps every one.
    """
    text: str = data.get("text") or ""
    types = {e["id"]: e for e in data.get("entities") or []}
    coords = {e["id"]: (float(e["lat"]), float(e["lon"])) for e in types.values()
              if e.get("lat") is not None and e.get("lon") is not None}
    published = data.get("published")
    out = []
    for ev in data.get("events") or []:
        if float(ev.get("confidence") or 0) < min_confidence:
            continue
        if statuses is not None and (ev.get("status") or "new") not in statuses:
            continue
        location = ev.get("location")
        if not location and types.get(ev.get("target") or "", {}).get("type") in PLACE_TYPES:
            location = ev.get("target")
        time = ev.get("time") or ""
        day = time[:10] if _DAY.match(time[:10]) else (published or "")[:10]
        if not location or not day:
            continue
        out.append(EventReport(
            article_id=str(data.get("id")), source=data.get("source"), type=ev["type"],
            mode=ev.get("mode"), actor=ev.get("actor"), target=ev.get("target"),
            location=location, day=day, trigger=(ev.get("trigger") or {}).get("text", ""),
            sentence=text[ev["start"]:ev["end"]].strip(), fatalities=ev.get("fatalities"),
            confidence=float(ev.get("confidence") or 0), title=data.get("title"),
            coords=coords.get(location)))
    return out


def _sighting(report: EventReport) -> Sighting:
    return Sighting(report.type, date.fromisoformat(report.day), report.location, report.coords,
                    report.actor, report.target)


def group_events(articles: Iterable[dict[str, Any]], relative_difference: float | None = None,
                 ) -> list[EventGroup]:
    """Event reports grouped into incidents (see :class:`EventGroup`); most-reported first.

    Incidents are matched by :func:`marsad.events.incidents.cluster` (the ACLED export uses the
    same rule)."""
    lex = load_lexicon()
    threshold = lex.relative_difference if relative_difference is None else relative_difference
    names: dict[str, str] = {}
    reports: list[EventReport] = []
    for data in articles:
        for e in data.get("entities") or []:
            names.setdefault(e["id"], _name(e))
        reports.extend(events_from_article(data))
    out: list[EventGroup] = []
    for members in cluster([_sighting(r) for r in reports]):
        first = reports[members[0]]
        group = EventGroup(first.type, first.location, first.day, "")
        for report in (reports[i] for i in members):
            prev = next((r for r in group.reports if r.article_id == report.article_id), None)
            if prev is None:
                group.reports.append(report)
            elif (report.fatalities or 0, report.confidence) > \
                    (prev.fatalities or 0, prev.confidence):
                # one article, one report per incident: keep its best-supported coding
                group.reports[group.reports.index(prev)] = report
        out.append(group)
    for group in out:
        group.label = f"{group.type} in {names.get(group.location, group.location)} " \
                      f"on {group.day}"
        tolls = [(r.fatalities, r.article_id) for r in group.reports if r.fatalities]
        low = min(tolls, default=None)
        high = max(tolls, default=None)
        if low and high and low[1] != high[1] \
                and differs(low[0], high[0], threshold, lex.max_ratio):
            group.fatality_conflict = (low[0], high[0])
    out.sort(key=lambda g: (-len(g.sources), -len(g.reports), g.day, g.id))
    return out


def event_groups(db: str | sqlite3.Connection | None, query: str | None = None, *,
                 min_sources: int = 2) -> list[EventGroup]:
    """Events of a store reported by at least ``min_sources`` outlets (or articles)."""
    groups = group_events(iter_article_json(db))
    q = (query or "").casefold()
    return [g for g in groups if len(g.sources) >= min_sources
            and (not q or q in g.label.casefold() or q in g.id.casefold()
                 or any(normalize(query or "") in normalize(r.sentence) for r in g.reports))]
